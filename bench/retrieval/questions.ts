// Realistic questions for the benchmark, generated the same way for any corpus: the dev set's
// questions, then casual questions built around a phrase of a random sentence (half from the
// story's articles, half from the rest), some with a typo, as users type them.
import { readDevSet } from '../dev-set.js';
import { seededRandom } from './seeded-random.js';

const OPENERS = ['what about', 'why did', 'who said', 'is it true that', 'how', 'when was', 'tell me about', 'did'];
const TYPO_EVERY = 5;

/** `count` questions, deterministic for a given corpus. */
export function benchQuestions(storySentences: readonly string[], otherSentences: readonly string[], count: number): string[] {
  const random = seededRandom(4);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const questions = readDevSet().map((q) => q.question).slice(0, count);
  while (questions.length < count) {
    const pool = questions.length % 2 === 0 || otherSentences.length === 0 ? storySentences : otherSentences;
    const words = pick(pool).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    if (words.length < 4) continue;
    const length = 3 + Math.floor(random() * 4);
    const start = Math.floor(random() * Math.max(1, words.length - length));
    const phrase = words.slice(start, start + length).map((word) => word.toLowerCase());
    if (questions.length % TYPO_EVERY === 0) misspellLongest(phrase);
    questions.push(`${pick(OPENERS)} ${phrase.join(' ')}?`);
  }
  return questions;
}

/** Swaps two letters in the middle of the phrase's longest word ("aircraft" → "airrcaft"). */
function misspellLongest(words: string[]): void {
  const longest = words.reduce((best, word, i) => (word.length > words[best]!.length ? i : best), 0);
  const word = words[longest]!;
  if (word.length < 5) return;
  const at = Math.floor(word.length / 2);
  words[longest] = word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
}

