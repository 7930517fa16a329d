// One place that turns text into index terms, so sentences and questions are always
// analysed the same way: natural's word tokenizer, its English stop words and its Porter stemmer.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { createRequire } from 'node:module';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';
import { baseForm } from './irregular-verbs.js';

const tokenizer = new WordTokenizer();
/**
 * natural's stop words, plus what its tokenizer leaves of English contractions ("wasn't" → "wasn",
 * "t"): the contraction stems of NLTK's English stop word list.
 */
const CONTRACTION_STEMS = ['ain', 'aren', 'couldn', 'didn', 'doesn', 'don', 'hadn', 'hasn', 'haven', 'isn', 'll', 'ma', 'mightn', 'mustn', 'needn', 're', 'shan', 'shouldn', 've', 'wasn', 'weren', 'won', 'wouldn'];
const stopwords = new Set([...naturalStopwords, ...CONTRACTION_STEMS]);

/**
 * Initialisms written with dots ("U.S.", "U.K.", "a.m."): the tokenizer would cut them into single
 * letters, which are stop words, and "the U.S. offered" would lose its subject.
 */
const DOTTED_INITIALISM = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;

/** Lower-cased word tokens. Diacritics are folded first because natural's tokenizer only keeps A–Z. */
export function wordTokens(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const undotted = folded.replace(DOTTED_INITIALISM, (initialism) => initialism.replaceAll('.', ''));
  return tokenizer.tokenize(undotted).filter((token) => token.length > 0);
}

export function isStopword(token: string): boolean {
  return stopwords.has(token);
}

/**
 * The broad English stop list of the stopwords-iso collection (package stopwords-en: about 1,300
 * words such as "even", "though", "really", "thing", "kind"; also a few odd ones, "fire",
 * "system"). These words are indexed and matched, but they mean too little on their own for their
 * word-vector neighbours ("though" → "fact", "not") to be worth looking for.
 */
const vagueWords: ReadonlySet<string> = new Set(createRequire(import.meta.url)('stopwords-en'));

export function isVague(token: string): boolean {
  return vagueWords.has(token);
}

/**
 * Stems already worked out. Stemming is the costly step, and questions stem the same synonyms'
 * inflections again and again. Bounded, because hostile questions can bring endless new words.
 */
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 200_000;

/** Porter stem, after irregular past forms are put back to their base ("brought" → "bring"). */
export function stem(token: string): string {
  let stemmed = stems.get(token);
  if (stemmed === undefined) {
    if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
    stems.set(token, (stemmed = PorterStemmer.stem(baseForm(token))));
  }
  return stemmed;
}

/**
 * Added to a sentence for each number it states, so that "how many …" questions can prefer the
 * sentences that give a count. The tokenizer never yields "#", so no word can collide with it.
 */
export const NUMBER_TERM = '#number';

/** The index terms of one token: none for a stop word, else its stem, and for a number also NUMBER_TERM. */
export function termsOfToken(token: string): string[] {
  if (isStopword(token)) return [];
  return /^\d+$/.test(token) ? [stem(token), NUMBER_TERM] : [stem(token)];
}

/** Index terms of a text, in order, repeats kept (they are term frequency). */
export function termsOf(text: string): string[] {
  return wordTokens(text).flatMap(termsOfToken);
}
