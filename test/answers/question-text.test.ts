// Discord decorations around a question are taken off before it is read; the words stay.
import { beforeAll, describe, expect, it } from 'vitest';
import { questionText } from '../../src/answers/question-text.js';
import type { AnswerEngine } from '../../src/engine/answer-engine.js';
import { openEngine } from '../support/knowledge-folder.js';

describe('questionText', () => {
  it.each([
    ['a user mention', '<@123456789012345678> who shot down the plane?'],
    ['a nickname mention', 'who shot down <@!123456789012345678> the plane?'],
    ['a role mention', '<@&123456789012345678> who shot down the plane?'],
    ['a channel mention', 'who shot down the plane? <#123456789012345678>'],
    ['@everyone before', '@everyone who shot down the plane?'],
    ['@here after', 'who shot down the plane? @here'],
    ['a custom emoji', 'who shot down the plane? <:thinking:123456789012345678>'],
    ['an animated emoji', '<a:wave:123456789012345678> who shot down the plane?'],
    ['a timestamp', 'who shot down the plane? <t:1735120800:R>'],
    ['a URL', 'who shot down the plane? https://example.com/news?id=1'],
    ['a suppressed-embed URL', 'who shot down the plane? <https://example.com/news>'],
    ['italics', 'who shot down the _plane_?'],
    ['bold', 'who **shot down** the plane?'],
    ['bold italics', 'who ***shot*** down the plane?'],
    ['underline', 'who shot down the __plane__?'],
    ['strike-through', 'who ~~shot~~ down the plane?'],
    ['a spoiler', 'who shot down the ||plane||?'],
    ['inline code', 'who shot down the `plane`?'],
    ['a code fence', '```\nwho shot down the plane?\n```'],
    ['a block quote', '> who shot down the plane?'],
    ['a heading', '# who shot down the plane?'],
    ['the bot addressed by name before', 'bot, who shot down the plane?'],
    ['… and after', 'who shot down the plane bot?'],
  ])('%s: %s', (_kind, typed) => {
    expect(questionText(typed)).toMatch(/^who shot down the plane\??$/);
  });

  it('keeps "bot" inside the question, where it is no address', () => {
    expect(questionText('was it a bot attack')).toBe('was it a bot attack');
  });

  it('keeps words joined by underscores, which are not formatting', () => {
    expect(questionText('what is snake_case')).toBe('what is snake_case');
  });
});

describe('a decorated question gets the answer of the plain one', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    engine = await openEngine();
  });

  it.each([
    '@everyone who shot down the plane?',
    'who shot down the plane? @everyone',
    'who shot down the _plane_?',
    '<@123456789012345678> **who** shot down the plane? <:blob:123456789012345678>',
    '> who shot down the plane? https://example.com',
  ])('%s', (decorated) => {
    const plain = engine.ask('who shot down the plane?');
    const answer = engine.ask(decorated);
    expect(plain.answered).toBe(true);
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.text)).toEqual(plain.passages.map((p) => p.text));
  });
});
