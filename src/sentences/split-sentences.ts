// Splits article bodies into sentences that are exact slices of the published text.
//
// natural's SentenceTokenizer rewrites text through placeholders and trims it, and it breaks
// after "U.S." and "a.m."; quoting users word for word needs offsets into the original instead.
import type { Article } from '../knowledge/article-schema.js';

export interface Sentence {
  articleId: string;
  /** 0-based order of the sentence within its article. */
  position: number;
  /** 0-based paragraph the sentence belongs to; neighbours in one paragraph share context. */
  paragraph: number;
  /** The Markdown section heading above the sentence, if any. */
  heading: string | null;
  /** Verbatim text. */
  text: string;
  /** The whole paragraph, so a passage can span neighbouring sentences and stay verbatim. */
  paragraphText: string;
  /** Where `text` starts inside `paragraphText`. */
  offset: number;
}

/** Lower-cased words that end with a period without ending the sentence ("Mr. Putin"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'vs', 'inc', 'ltd', 'corp', 'co', 'no', 'nos', 'fig', 'approx',
  'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
]);
/** a.m. / p.m. end a sentence only when a new sentence clearly starts after them. */
const TIME_OF_DAY = /^[ap]\.m$/i;
const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** Sentence-ending punctuation, any closing quotes or brackets, then white space. */
const CANDIDATE_END = /[.!?…]+["'”’»)\]]*(?=\s)/g;
/** What may start a sentence: a capital or digit, optionally behind an opening quote or bracket. */
const SENTENCE_START = /^["'“‘«([]?[\p{Lu}\d]/u;

export function splitArticle(article: Pick<Article, 'id' | 'body'>): Sentence[] {
  const sentences: Sentence[] = [];
  let heading: string | null = null;
  let paragraph = 0;
  for (const line of article.body.split(/\r?\n/)) {
    const headingMatch = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (headingMatch) {
      heading = headingMatch[1] ?? null;
      continue;
    }
    if (line.trim().length === 0) continue;
    for (const { text, offset } of sentenceSpans(line)) {
      sentences.push({ articleId: article.id, position: sentences.length, paragraph, heading, text, paragraphText: line, offset });
    }
    paragraph += 1;
  }
  return sentences;
}

/** Sentences of one paragraph, each a verbatim slice of it without surrounding white space. */
export function splitParagraph(paragraph: string): string[] {
  return sentenceSpans(paragraph).map((span) => span.text);
}

function sentenceSpans(paragraph: string): Array<{ text: string; offset: number }> {
  const sentences: Array<{ text: string; offset: number }> = [];
  let start = 0;
  for (const match of paragraph.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    const rest = paragraph.slice(end).trimStart();
    if (!SENTENCE_START.test(rest)) continue;
    if (match[0].startsWith('.') && !match[0].startsWith('..') && isAbbreviation(paragraph.slice(start, match.index), rest)) continue;
    pushSpan(sentences, paragraph, start, end);
    start = end;
  }
  pushSpan(sentences, paragraph, start, paragraph.length);
  return sentences;
}

/** Does the word right before this period make the period part of an abbreviation? */
function isAbbreviation(textBeforePeriod: string, nextText: string): boolean {
  const word = /(\S+)$/.exec(textBeforePeriod)?.[1]?.replace(/^["'“‘(]+/, '') ?? '';
  if (TIME_OF_DAY.test(word)) return /^[A-Z]{2,4}\b/.test(nextText) || WEEKDAYS.test(nextText);
  if (/^\p{L}$/u.test(word)) return true; // an initial: "U. S.", "George W. Bush"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // dotted acronym: "U.S.", "e.g."
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushSpan(spans: Array<{ text: string; offset: number }>, paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const text = raw.trim();
  if (text.length > 0) spans.push({ text, offset: start + (raw.length - raw.trimStart().length) });
}
