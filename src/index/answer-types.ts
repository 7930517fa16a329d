// The kind of answer a question asks for, and the sentences that can give one: a count ("how
// many"), a time ("when", "on what day"), a time of day ("what time"), a place ("where", "which
// city"), a length of time ("how long") or a distance ("how far"). Each kind is an index term of its own that sentences carry
// besides their words; a question of that kind adds it as a ranking-only group, so among passages
// that match its words equally, those that can answer win ("when was the call?" → "During the
// phone call on Saturday"). Answer typing is the first step of classic question answering
// (Moldovan et al. 2000, "The structure and performance of an open-domain question answering
// system"); the patterns below are general English.
import { isStopword, NUMBER_TERM, stem, wordTokens } from './analyze.js';
import { NOUN_TAG } from './penn-tags.js';

// Sentence markers. The tokenizer never yields "#", so no word can collide with them.
export const TIME_TERM = '#time';
export const PLACE_TERM = '#place';
export const DURATION_TERM = '#duration';
export const DISTANCE_TERM = '#distance';
export const CLOCK_TERM = '#clock';

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** "May" only before a day's number: it is also a verb. */
const MONTHS = 'January|February|March|April|June|July|August|September|October|November|December';
const HOLIDAYS = 'Christmas|Easter';
/** A weekday, month or holiday; a date ("May 5"), a clock time ("3:55", "a.m.") or a year. */
const TIME = new RegExp(`\\b(${WEEKDAYS}|${MONTHS}|${HOLIDAYS})\\b|\\bMay \\d|\\b\\d{1,2}:\\d{2}\\b|\\b[ap]\\.m\\.|\\b(1[89]|20)\\d\\d\\b`);
/** A preposition of place before a name ("near Aktau", "over the Caspian Sea", "in Russian airspace"), not before a time ("on Saturday", "in December"). */
const PLACE = new RegExp(`\\b(in|near|close to|over|across|into|outside|at)\\s+(the\\s+)?(?!(${WEEKDAYS}|${MONTHS}|${HOLIDAYS})\\b)\\p{Lu}`, 'u');
/** An amount before a unit: a number, a number word, "a", "half an", "several", "hundreds of". */
const AMOUNT = '(\\d[\\d,.]*|an?|half an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand|several|few|many|dozens of|hundreds of|thousands of)';
const DURATION = new RegExp(`\\b${AMOUNT}[\\s-]+(second|minute|hour|day|week|month|year)s?\\b`, 'i');
/** A time of day: "3:55", "a.m.", "noon". */
const CLOCK = /\b\d{1,2}:\d{2}\b|\b[ap]\.m\.|\bo'clock\b|\bnoon\b|\bmidnight\b/i;
const DISTANCE = new RegExp(`\\b${AMOUNT}[\\s-]+(mile|kilometer|kilometre|km|meter|metre|foot|feet)s?\\b`, 'i');

const SENTENCE_MARKERS: ReadonlyArray<[term: string, pattern: RegExp]> = [
  [TIME_TERM, TIME],
  [PLACE_TERM, PLACE],
  [DURATION_TERM, DURATION],
  [DISTANCE_TERM, DISTANCE],
  [CLOCK_TERM, CLOCK],
];

/** The answer-type terms a sentence carries, from its text as published (capitals matter). */
export function answerTypesOf(text: string): string[] {
  return SENTENCE_MARKERS.filter(([, pattern]) => pattern.test(text)).map(([term]) => term);
}

/** Nouns that, after "what" or "which", ask for a time ("on what *day*") or a place ("which *city*"). */
const TIME_NOUNS = new Set(['day', 'date', 'time', 'year', 'month']);
const PLACE_NOUNS = new Set(['city', 'country', 'place', 'town', 'region']);
const QUESTION_WORDS = new Set(['what', 'which', 'whose', 'who', 'whom', 'where', 'whereabouts', 'when', 'why', 'how']);
/** What "how" asks for by the word after it. */
const HOW: ReadonlyMap<string, string> = new Map([
  ['many', NUMBER_TERM],
  ['much', NUMBER_TERM],
  ['long', DURATION_TERM],
  ['far', DISTANCE_TERM],
]);

/**
 * A length of time, a distance or a time of day is what a "how long", "how far" or "what time"
 * question asks for: a passage that gives none does not answer it. A count, a day or a place only
 * ranks passages: answers give them in other words ("repeatedly", "the day before").
 */
const REQUIRED: ReadonlySet<string> = new Set([DURATION_TERM, DISTANCE_TERM, CLOCK_TERM]);

export interface AskedAnswerType {
  /** The words that ask ("how long", "which city"). */
  asking: string;
  term: string;
  /** Only a passage that gives this kind of answer answers the question. */
  required: boolean;
}

/** The answer types a question asks for, by its lower-case words. */
export function askedAnswerTypes(words: readonly string[]): AskedAnswerType[] {
  const asked = new Map<string, string>();
  const firstQuestionWord = words.findIndex((word) => QUESTION_WORDS.has(word));
  words.forEach((word, at) => {
    const [previous, next] = [words[at - 1], words[at + 1]];
    // "on what *day*"; or a question that is just the noun ("*date* of crash?"), as chat asks.
    const afterWhat = previous === 'what' || previous === 'which' || (at === 0 && next === 'of');
    const how = word === 'how' && next !== undefined ? HOW.get(next) : undefined;
    if (how) asked.set(how, `how ${next}`);
    const typeNoun = `${previous === 'which' ? 'which' : 'what'} ${word}`;
    if (afterWhat && word === 'time') asked.set(CLOCK_TERM, typeNoun);
    // "when" and "where" ask only as the question's own question word, not as a conjunction
    // ("how far off course was it *when* it crashed"), unless they open a second question ("… and where …").
    const asks = at === firstQuestionWord || previous === 'and' || previous === 'or';
    if ((word === 'when' && asks) || (afterWhat && TIME_NOUNS.has(word))) asked.set(TIME_TERM, afterWhat ? typeNoun : word);
    if (((word === 'where' || word === 'whereabouts') && asks) || (afterWhat && PLACE_NOUNS.has(word))) asked.set(PLACE_TERM, afterWhat ? typeNoun : word);
  });
  return [...asked].map(([term, asking]) => ({ asking, term, required: REQUIRED.has(term) }));
}

/**
 * The thing a "how many" question counts: the head noun of the phrase after "many" ("how many
 * Ukrainian *drones*", "how many crew *members*"), if it has one ("how many died" counts no noun).
 * "How many times" asks how often, which answers tell in words ("repeatedly", "twice"), not counts.
 */
export function countedNoun(words: readonly string[], tagOf: WordTagger): string | undefined {
  const many = words.findIndex((word, at) => word === 'many' && words[at - 1] === 'how');
  if (many < 0) return undefined;
  const head = headNounFrom(many + 1, words, tagOf);
  return head !== undefined && stem(head) === 'time' ? undefined : head;
}

/** Adjectives that ask for one thing in particular ("which *exact* system"): English's words for it. */
export const ONE_IN_PARTICULAR = new Set(['exact', 'specific', 'particular', 'precise']);
const IN_PARTICULAR = new Set(['exactly', 'specifically', 'particularly', 'precisely']);

/** Does the word ask for precision ("exact", "exactly", "specific")? */
export function asksForPrecision(word: string): boolean {
  return ONE_IN_PARTICULAR.has(word) || IN_PARTICULAR.has(word);
}

/**
 * The thing a question asks to be named: "what's the name of the *minister*", "which exact
 * *system*", "which *airlines* specifically". Its answer is a name, not a description.
 */
export function namedThing(words: readonly string[], tagOf: WordTagger): string | undefined {
  const nameOf = words.findIndex((word, at) => (word === 'name' || word === 'names') && words[at + 1] === 'of');
  const which = words.findIndex((word) => word === 'which' || word === 'what');
  let start: number | undefined;
  if (nameOf >= 0) start = nameOf + 2;
  else if (which >= 0 && ONE_IN_PARTICULAR.has(words[which + 1] ?? '')) start = which + 2;
  else if (which >= 0 && words.some((word) => IN_PARTICULAR.has(word))) start = which + 1;
  return start === undefined ? undefined : headNounFrom(start, words, tagOf);
}

/** Penn Treebank tags of the words of a noun phrase: determiners, possessives, adjectives, nouns, numbers, participles. */
const NOUN_PHRASE_WORD = /^(DT|PRP\$|JJ|NN|CD|VBN|VBG)/;

/**
 * A word's most frequent Penn Treebank tag by itself (undefined: unknown). A noun phrase right after
 * "how many" or "which exact" is told well enough without context, so the contextual tagger, which
 * takes a while to load, is not needed for it.
 */
export type WordTagger = (word: string) => string | undefined;

/** Penn Treebank tags of participles, which modify a noun before it ("the *downed* plane") and start a clause after it ("the pilot *flying* it"). */
const PARTICIPLE = /^VB[NG]$/;

/** The head (last noun) of the noun phrase that starts at `start`, if one does. A word the lexicon lacks is taken for a noun. */
function headNounFrom(start: number, words: readonly string[], tagOf: WordTagger): string | undefined {
  let head: string | undefined;
  for (let at = start; at < words.length; at++) {
    const tag = tagOf(words[at]!) ?? 'NN';
    if (!NOUN_PHRASE_WORD.test(tag) || (head !== undefined && PARTICIPLE.test(tag))) break;
    if (NOUN_TAG.test(tag)) head = words[at];
  }
  return head;
}

/** How many content words may stand between a thing and its name ("the *Pantsir* air *system*", "*Nabiyev*, the transport *minister*"). */
const MAX_WORDS_BETWEEN_NAME_AND_THING = 1;

/**
 * Does the text name the thing? A name (a capitalised word past the text's first that `isName`
 * accepts and the question did not use) beside one of the thing's words.
 */
export function namesThing(text: string, thing: ReadonlySet<string>, asked: ReadonlySet<string>, isName: (word: string) => boolean): boolean {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0 && !isStopword(word.toLowerCase()));
  const terms = words.map((word) => stem(wordTokens(word)[0] ?? ''));
  const names = words.flatMap((word, at) => (at > 0 && /^\p{Lu}/u.test(word) && !asked.has(terms[at]!) && isName(wordTokens(word)[0] ?? '') ? [at] : []));
  return names.some((at) => terms.some((term, other) => thing.has(term) && Math.abs(other - at) <= MAX_WORDS_BETWEEN_NAME_AND_THING + 1));
}

/** Numbers that name rather than count: a code ("J2-*8243*"), a year ("the *2014* crash") and a clock time ("*3:55*"). */
const NOT_A_COUNT = /[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*-\d+|\b(?:1[89]|20)\d\d\b|\d+:\d+/gu;
/** A count: digits, or a number in words (not "several" or "multiple", which count nothing). */
const COUNT = /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens)$/;
/** "38 people", "two employees of", "67 passengers and crew": how far a count may stand before its noun. */
const MAX_WORDS_BETWEEN_COUNT_AND_NOUN = 2;

/**
 * The counts a text gives, each with the index terms of the words right after it, which it counts
 * ("38 *people* were", "dozens of *people*", "29 *survived*"): so a "how many" question can tell
 * whether a sentence counts its thing, and which number it gives.
 */
export function countsIn(text: string): Map<string, Set<string>> {
  const tokens = wordTokens(text.replace(NOT_A_COUNT, ' '));
  const counts = new Map<string, Set<string>>();
  tokens.forEach((token, at) => {
    if (!COUNT.test(token)) return;
    let counted = counts.get(token);
    if (!counted) counts.set(token, (counted = new Set()));
    for (const next of tokens.slice(at + 1, at + 2 + MAX_WORDS_BETWEEN_COUNT_AND_NOUN)) counted.add(stem(next));
  });
  return counts;
}
