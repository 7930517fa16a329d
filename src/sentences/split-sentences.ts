// Splits article bodies into sentences that are exact slices of the published text.
//
// natural's SentenceTokenizer rewrites text through placeholders and trims it, and it breaks
// after "U.S." and "a.m."; quoting users word for word needs offsets into the original instead.
import type { Article } from '../knowledge/article-schema.js';

export interface Sentence {
  articleId: string;
  /** 0-based paragraph the sentence belongs to; neighbours in one paragraph share context. */
  paragraph: number;
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
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'vs', 'inc', 'ltd', 'corp', 'co', 'fig', 'approx',
  'dept', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
]);
/** "No. 5": an abbreviation only before a number, since "no." often ends a sentence ("He said no."). */
const NUMBER_ABBREVIATION = /^nos?$/i;
/** a.m. / p.m. end a sentence only when a new sentence clearly starts after them. */
const TIME_OF_DAY = /^[ap]\.m$/i;
const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** How much of the text after a candidate end the rules above need to see ("Wednesday", "UTC"). */
const LOOKAHEAD = 16;
/** Sentence-ending punctuation, any closing quotes or brackets, then white space. */
const CANDIDATE_END = /[.!?…]+["'”’»)\]]*(?=\s)/g;
/** What may start a sentence: a capital or digit, optionally behind an opening quote or bracket. */
const SENTENCE_START = /^["'“‘«([]?[\p{Lu}\d]/u;

export function splitArticle(article: Pick<Article, 'id' | 'body'>): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const paragraphText of markdownParagraphs(article.body)) {
    for (const { text, offset } of sentenceSpans(paragraphText)) {
      sentences.push({ articleId: article.id, paragraph, text, paragraphText, offset });
    }
    paragraph += 1;
  }
  return sentences;
}

const HEADING = /^#{1,6}\s/;

/**
 * The body's paragraphs. A paragraph is a run of non-blank lines (Markdown may wrap one over
 * several lines), kept as a verbatim slice of the body; a heading line always ends the paragraph
 * before it and is never part of one, so it is never glued onto a sentence, quoted or searched.
 */
function markdownParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) paragraphs.push(body.slice(start, end));
    start = -1;
  };
  let lineStart = 0;
  for (const rawLine of body.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (HEADING.test(line) || line.trim().length === 0) {
      flush();
    } else {
      if (start < 0) start = lineStart;
      end = lineStart + line.length;
    }
    lineStart += rawLine.length + 1;
  }
  flush();
  return paragraphs;
}

/** Sentences of one paragraph, each a verbatim slice of it without surrounding white space. */
export function splitParagraph(paragraph: string): string[] {
  return sentenceSpans(paragraph).map((span) => span.text);
}

function sentenceSpans(paragraph: string): Array<{ text: string; offset: number }> {
  const sentences: Array<{ text: string; offset: number }> = [];
  let start = 0;
  for (const match of paragraph.matchAll(CANDIDATE_END)) {
    let end = match.index + match[0].length;
    let rest = textAfter(paragraph, end);
    if (rest.startsWith('“') && opensQuotation(paragraph.slice(start, end))) {
      // Published as `investigation. “He said`: the “ closes the open quotation (a misprinted ”),
      // so it ends this sentence rather than opening the next one.
      end = paragraph.indexOf('“', end) + 1;
      rest = textAfter(paragraph, end);
    }
    if (!SENTENCE_START.test(rest)) continue;
    if (match[0].startsWith('.') && !match[0].startsWith('..') && isAbbreviation(wordBefore(paragraph, start, match.index), rest)) continue;
    pushSpan(sentences, paragraph, start, end);
    start = end;
  }
  pushSpan(sentences, paragraph, start, paragraph.length);
  return sentences;
}

/**
 * The start of what follows `at`, past white space: enough to tell how the next sentence begins.
 * Bounded, because a paragraph can be long and every candidate end looks at it.
 */
function textAfter(paragraph: string, at: number): string {
  let from = at;
  while (from < paragraph.length && /\s/.test(paragraph[from]!)) from++;
  return paragraph.slice(from, from + LOOKAHEAD);
}

/** The word (without opening quotes) that ends right at `end`, not reaching back before `start`. */
function wordBefore(paragraph: string, start: number, end: number): string {
  let from = end;
  while (from > start && !/\s/.test(paragraph[from - 1]!)) from--;
  return paragraph.slice(from, end).replace(/^["'“‘(]+/, '');
}

/** Does this text leave a curly quotation open? */
function opensQuotation(text: string): boolean {
  return (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;
}

/** Does the word right before this period make the period part of an abbreviation? */
function isAbbreviation(word: string, nextText: string): boolean {
  if (NUMBER_ABBREVIATION.test(word)) return /^\d/.test(nextText);
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
