// Answers through the real engine over knowledge/: verbatim, attributed, merged, abstaining.
// These assert behaviour that retrieval tuning must keep, not particular rankings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOP, type Answer } from '../../src/answers/answer.js';
import { answerQuestion, DEFAULT_TOP } from '../../src/answers/answer-question.js';
import type { AnswerEngine } from '../../src/engine/answer-engine.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { splitArticle } from '../../src/sentences/split-sentences.js';
import { expectTrustworthy } from '../support/answer-checks.js';
import { readDevSet } from '../../bench/dev-set.js';
import { fieldsFor, knowledgeArticles, openEngine, TempDirs, writeArticle } from '../support/knowledge-folder.js';
import { syntheticArticle, syntheticKnowledgeBase } from '../support/synthetic-articles.js';

const ON_TOPIC = [
  'how many people died',
  'who did putin apologize to',
  'was the plane shot down by russia',
  'where did the plane crash',
  'what did zelensky say',
  ...readDevSet()
    .filter((q) => q.expect === 'answer')
    .map((q) => q.question),
];
const OFF_TOPIC = ['who won the world cup', 'recipe for chocolate cake', 'What is the capital of France?', 'can u recommend a good vpn', 'stock price of apple today'];

let engine: AnswerEngine;
let articles: Article[];
beforeAll(async () => {
  engine = await openEngine();
  articles = await knowledgeArticles();
});

describe('answers to on-topic questions', () => {
  it('are given, quoting verbatim passages with their own outlet and title', () => {
    for (const question of ON_TOPIC) {
      const answer = engine.ask(question);
      expect(answer.answered, question).toBe(true);
      expectTrustworthy(answer, articles);
      expect(answer.question).toBe(question);
      expect(answer.passages.length).toBeLessThanOrEqual(DEFAULT_TOP);
    }
  });

  it('never repeat a passage, nor quote one statement twice', () => {
    for (const question of ON_TOPIC) {
      const texts = engine.ask(question).passages.map((p) => p.text);
      for (const a of texts) for (const b of texts) if (a !== b) expect(a.includes(b), `${question}: ${b} is inside ${a}`).toBe(false);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('quote a sentence several outlets report once, listing the others', () => {
    // Verbatim in two articles, nearly so in two more.
    const statement = 'Vladimir Putin apologized for the tragic incident that occurred in Russian airspace and once again expressed his deep and sincere condolences to the families of the victims and wished a speedy recovery to the injured';
    const reporting = articles.filter((a) => a.body.includes(statement)).map((a) => a.id);
    expect(reporting.length).toBeGreaterThanOrEqual(2);

    const answer = engine.ask(statement);
    expectTrustworthy(answer, articles);
    const quoting = answer.passages.filter((p) => p.text.includes('apologized for the tragic incident'));
    expect(quoting).toHaveLength(1);
    const reporters = [quoting[0]!.articleId, ...quoting[0]!.alsoReportedBy.map((r) => r.articleId)];
    for (const id of reporting) expect(reporters).toContain(id);
  });

  it('never open on a pronoun-led sentence cut off from the sentence before it', () => {
    const sentences = articles.flatMap((a) => splitArticle(a));
    for (const question of ON_TOPIC) {
      for (const passage of engine.ask(question).passages) {
        const first = sentences.find((s) => s.articleId === passage.articleId && passage.text.startsWith(s.text) && s.paragraphText.includes(passage.text));
        expect(first, `passage does not start at a sentence: ${passage.text}`).toBeDefined();
        const previous = sentences[sentences.indexOf(first!) - 1];
        if (previous?.articleId !== first!.articleId || previous.paragraph !== first!.paragraph) continue;
        expect(first!.text, `${question}: passage opens on a sentence that leans on the one before`).not.toMatch(/^["“]?(he|she|it|they|this|however)\b/i);
      }
    }
  });
});

describe('the top option', () => {
  it.each([
    [1, 1],
    [2, 2],
    [5, 5],
    [0, 1],
    [-3, 1],
    [2.7, 2],
    [99, MAX_TOP],
    [Number.NaN, DEFAULT_TOP],
    [Number.POSITIVE_INFINITY, MAX_TOP],
  ])('top %s gives at most %s passages', (top, most) => {
    const answer = engine.ask('what did putin say to aliyev about the crash', { top });
    expect(answer.answered).toBe(true);
    expect(answer.passages.length).toBeGreaterThanOrEqual(1);
    expect(answer.passages.length).toBeLessThanOrEqual(most);
    expectTrustworthy(answer, articles);
  });

  it('more passages when asked for more', () => {
    const question = 'what did putin say to aliyev about the crash';
    expect(engine.ask(question, { top: 5 }).passages.length).toBeGreaterThan(engine.ask(question, { top: 1 }).passages.length);
  });
});

describe('abstention', () => {
  it.each(OFF_TOPIC)('%s: the articles do not say, and nothing is quoted', (question) => {
    const answer = engine.ask(question);
    expect(answer).toMatchObject({ answered: false, reason: 'not-covered', passages: [] });
    expect(!answer.answered && answer.message).toMatch(/articles .*don't say/);
    expectTrustworthy(answer, articles);
  });
});

describe('bad input gets a clear message or an abstention, never an exception', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace only', ' \t\n  \r\n'],
    ['10,000 letters', 'x'.repeat(10_000)],
    ['10,000 characters of words', 'how many people died in the crash '.repeat(300).slice(0, 10_000)],
    ['10,000 characters of unknown long words', `${'qwrtzpxkv'.repeat(4)} `.repeat(250)],
    ['emoji only', '😀🔥✈️💥🇦🇿'],
    ['markdown', '**bold** _italic_ [link](http://x.y) > quote'],
    ['a code fence', '```js\nconsole.log(process.env)\n```'],
    ['@everyone', '@everyone'],
    ['@here and mentions', '@here <@123456789012345678> <@&987654321> <#111>'],
    ['lone surrogates', '\uD800 what \uDC00 happened \uDBFF'],
    ['NUL and control characters', '\u0000\u0001\u0002\u001b[31m\u007f'],
    ['NUL inside a question', 'how many\u0000 people died'],
    ['zero-width and RTL', '\u200b\u200d\u202e\u2066مرحبا\u200f'],
    ['javascript: link', 'javascript:alert(document.cookie)'],
    // Words that are also Object.prototype keys: found by the long fuzz run.
    ['__proto__', '__proto__'],
    ['"constructor" in a real question', 'who was the constructor of the plane'],
  ];
  it.each(cases)('%s', (_name, question) => {
    const answer = engine.ask(question);
    expect(answer.question).toBe(question);
    expectTrustworthy(answer, articles);
    if (!answer.answered) expect(answer.message.trim().length).toBeGreaterThan(0);
  });

  it.each([
    ['empty', '', 'empty'],
    ['whitespace only', '   \n\t', 'empty'],
    ['emoji only', '😀🔥✈️💥', 'no-words'],
    ['control characters only', '\u0000\u0001\u0007', 'no-words'],
  ])('%s is refused with a plain message', (_name, question, reason) => {
    const answer = engine.ask(question);
    expect(answer).toMatchObject({ answered: false, reason, passages: [] });
  });

  it.each(['@everyone', '@here', '```\n```', '<@123456789012345678>', 'x'.repeat(10_000)])('%s does not get an answer', (question) => {
    expect(engine.ask(question).answered).toBe(false);
  });
});

describe('attribution follows the knowledge folder', () => {
  const temp = new TempDirs();
  afterAll(() => temp.removeAll());

  it('two articles with the same outlet keep their own titles; an unknown outlet stays unknown', async () => {
    const folder = await temp.make();
    const a = syntheticArticle('zed-one', 'The zeppelin landed in Zedville on Monday after a long flight from Quux.', 'Unknown outlet');
    const b = syntheticArticle('zed-two', 'The zeppelin landed in Zedville on Monday after a long flight from Quux, officials said.', 'Unknown outlet');
    for (const article of [a, b]) await writeArticle(folder, article.file, fieldsFor(article.id, { outlet: article.outlet, title: article.title }), article.body);
    const local = await openEngine(folder);
    const answer: Answer = local.ask('where did the zeppelin land');
    expect(answer.answered).toBe(true);
    expect(answer.passages).toHaveLength(1);
    const [passage] = answer.passages;
    expect(passage!.outlet).toBe('Unknown outlet');
    expect([passage!.articleId, ...passage!.alsoReportedBy.map((r) => r.articleId)].sort()).toEqual(['zed-one', 'zed-two']);
    expectTrustworthy(answer, local.knowledgeBase.articles);
  });
});

describe('ranking', () => {
  it('a stand-in for a question word never outscores the word itself, however rare the stand-in', async () => {
    // "Russian" is everywhere, so its idf is low; "Ukrainian", a close word-vector neighbour, is rare.
    const russianEverywhere = Array.from({ length: 12 }, (_, i) => `The Russian ministry issued statement number ${i + 1}.`).join('\n\n');
    const body = `${russianEverywhere}\n\nThe Ukrainian investigators questioned the crew.\n\nThe Russian investigators questioned the crew.`;
    const kb = await syntheticKnowledgeBase(syntheticArticle('ministries', body));
    const answer = answerQuestion(kb, 'who did the russian investigators question');
    expect(answer.passages[0]?.text).toBe('The Russian investigators questioned the crew.');
  });
});
