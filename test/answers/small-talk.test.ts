// Which messages are greetings or questions about the bot, not questions about the news.
import { describe, expect, it } from 'vitest';
import { isSmallTalk } from '../../src/answers/small-talk.js';
import { openEngine } from '../support/knowledge-folder.js';

describe('isSmallTalk', () => {
  it.each([
    ['a greeting in chat', 'hey hows it going lol'],
    ['with the apostrophe', "how's it going?"],
    ['"what\'s up" typed without it', 'whats up'],
    ['chat spellings', 'how r u'],
    ['a time of day', 'Good morning!'],
    ['a question about the bot', 'are u a bot'],
    ['another', 'Who are you?'],
    ['a request for a joke', 'tell me a joke 😂'],
  ])('is: %s ("%s")', (_kind, question) => {
    expect(isSmallTalk(question)).toBe(true);
  });

  it.each([
    ['a question that opens like a greeting', 'how are you going to find out who did it'],
    ['"what\'s up with" a topic', "what's up with the investigation"],
    ['"how is it going" of something', 'how is the investigation going'],
    ['a question to someone else', 'who are the investigators'],
  ])('is not: %s ("%s")', (_kind, question) => {
    expect(isSmallTalk(question)).toBe(false);
  });
});

describe('a greeting put to the engine', () => {
  it.each(['hey hows it going lol', 'bot tell me a joke 😂'])('is answered with what the bot does, quoting nothing: %s', async (message) => {
    const engine = await openEngine();
    const answer = engine.ask(message);
    expect(answer.answered).toBe(false);
    if (answer.answered) return;
    expect(answer.reason).toBe('small-talk');
    expect(answer.message).toMatch(/J2-8243/);
    expect(answer.passages).toEqual([]);
  });
});
