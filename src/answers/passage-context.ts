// A sentence that cannot stand alone ("He said…", the middle of a quotation, a few-word sentence) is quoted together
// with the sentences before it in its paragraph. The passage is one slice of the paragraph, so
// it stays exactly as published.
import type { IndexedSentence } from '../knowledge-base/knowledge-base.js';

const MAX_SENTENCES_BACK = 2;
const MIN_STANDALONE_WORDS = 8;
const LEANS_ON_PREVIOUS =
  /^["'“‘]?(he|she|it|they|this|that|these|those|his|her|its|their|there|such|however|but|also|additionally|accordingly|meanwhile|moreover|furthermore|instead|still|yet|then)\b/i;

/** A run of sentences of one paragraph, by index. */
export interface SentenceSpan {
  from: number;
  to: number;
}

/** The sentences of a span. */
export function sentencesOf(sentences: readonly IndexedSentence[], { from, to }: SentenceSpan): readonly IndexedSentence[] {
  return sentences.slice(from, to + 1);
}

/** Index of the first sentence the passage for `sentences[at]` must start from. */
export function passageStart(sentences: readonly IndexedSentence[], at: number): number {
  let start = at;
  for (let steps = 0; steps < MAX_SENTENCES_BACK; steps++) {
    const sentence = sentences[start]!;
    const previous = sentences[start - 1];
    if (!previous || previous.articleId !== sentence.articleId || previous.paragraph !== sentence.paragraph) break;
    if (!LEANS_ON_PREVIOUS.test(sentence.text) && !insideQuotation(sentence) && !isTooShortToStandAlone(sentence)) break;
    start -= 1;
  }
  return start;
}

/** The verbatim text from sentence `from` through sentence `to` (same paragraph). */
export function passageText(sentences: readonly IndexedSentence[], from: number, to: number): string {
  const first = sentences[from]!;
  const last = sentences[to]!;
  return first.paragraphText.slice(first.offset, last.offset + last.text.length);
}

/** A sentence of a few words ("All 298 people on board died.") is about whatever came just before. */
function isTooShortToStandAlone(sentence: IndexedSentence): boolean {
  return sentence.text.split(/\s+/).length < MIN_STANDALONE_WORDS;
}

/** Does a quotation opened earlier in the paragraph still run when this sentence starts? */
function insideQuotation(sentence: IndexedSentence): boolean {
  const before = sentence.paragraphText.slice(0, sentence.offset);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length;
  const closed = (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opened > closed;
}
