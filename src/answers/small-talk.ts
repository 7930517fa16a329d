// "hey how's it going", "what's up", "who are you?": greetings and questions about the bot, which
// people type to a chat bot before, or instead of, a question. They are about no news; quoting the
// nearest sentence ("going" → "travelled") would answer something nobody asked.
import { wordTokens } from '../index/analyze.js';
import { readChat } from '../index/chat-lexicon.js';

/**
 * English's phatic formulae and questions to the addressee, as words after chat spellings are read
 * ("hows" → how, "u" → you) and interjections ("hey", "lol") dropped. The whole question must be
 * one: "how are you going to investigate" is a question.
 */
const SMALL_TALK = new RegExp(
  '^(' +
    [
      // "how's" is read "how s", and chat's "hows" "how".
      'how( s| is)? it going', 'how goes it', 'how are things', 'how are you( doing)?', 'how you doing', 'how have you been',
      'how( s| is)? your day', 'what( s| is)? up', 'sup', 'wassup', 'whassup',
      'good (morning|afternoon|evening|night|day)', 'who are you', 'what are you', 'are you (a bot|there|real|human|alive)',
      'nice to meet you', 'see you', 'bye', 'goodbye', 'tell (me|us) a joke', 'make me laugh',
    ].join('|') +
    ')$',
);

/** Is the whole question a greeting, a farewell or a question about the bot itself? */
export function isSmallTalk(question: string): boolean {
  const words = wordTokens(question).map(readChat).filter((word) => word.length > 0);
  return SMALL_TALK.test(words.join(' '));
}
