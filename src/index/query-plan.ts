// Turns a casual question into weighted index terms. Each content word of the question becomes
// a group of alternative terms: the word itself, its other-side-of-the-Atlantic spelling, a
// spelling correction against the articles' vocabulary, and WordNet synonyms that the articles
// use. A sentence earns, per group, the best alternative it contains, so synonyms never stack.
import { CHAT_SPELLINGS } from './chat-lexicon.js';
import { isStopword, NUMBER_TERM, stem, termsOf, wordTokens } from './analyze.js';
import { baseFormsOf, inflectionsOf } from './inflections.js';
import { baseForm } from './irregular-verbs.js';
import { spellingVariants } from './spelling-variants.js';
import type { TfIdfIndex } from './tfidf-index.js';
import type { Thesaurus } from './thesaurus.js';

/** Longer questions are cut here: nobody asks about forty things at once, and it bounds the work. */
const MAX_QUESTION_WORDS = 40;
/** Longer "words" are noise (a pasted hash, a held-down key); stemming them costs time for nothing. */
const MAX_WORD_LENGTH = 40;
/** Bounds the per-index memory of words' index terms: hostile questions can bring endless new words. */
const MAX_REMEMBERED_WORDS = 100_000;
export const WEIGHTS = { exact: 1, variant: 1, spelling: 0.9, idiom: 0.8, primary: 0.7, synonym: 0.5, broader: 0.3 } as const;

/**
 * Words that shape a question rather than say what it is about ("what did X *say* about…",
 * "how did X *react*", "death *count*", "is there *anything*…"). Sentences are not searched for them.
 */
const QUESTION_FILLER = new Set([
  'say', 'says', 'saying', 'tell', 'told', 'telling', 'react', 'reacted', 'reaction', 'reactions',
  'respond', 'responded', 'response', 'responses', 'know', 'knows', 'think', 'actually', 'really', 'exactly',
  'anything', 'something', 'anyone', 'someone', 'anybody', 'somebody', 'everything', 'thing', 'things', 'stuff',
  'happen', 'happens', 'happened', 'happening', 'going', 'getting', 'gets', 'get', 'got', 'kind', 'sort', 'just',
  'even', 'ever', 'please', 'thanks', 'thank', 'hey', 'hi', 'hello', 'lol', 'ok', 'okay', 'yes', 'no', 'guys',
  'bot', 'wondering', 'wonder', 'want', 'wants', 'question', 'questions', 'info', 'information', 'details',
  'count', 'number', 'total', 'amount', 'toll', 'figure', 'figures', 'mean', 'means', 'off', 'away', 'supposed',
]);

/** In a question, "did it", "do they", "was that" are grammar, never the idioms WordNet lists. */
const PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'them', 'he', 'she', 'him', 'her', 'we', 'us', 'you', 'i', 'me', 'there']);

/**
 * What "how far" or "what time" asks for: a distance in miles, a time of day, not the words "far"
 * or "time". Sentences containing these words answer the question word as fully as the word itself.
 */
const ANSWER_WORDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  'how far': ['mile', 'kilometre', 'kilometer', 'km', 'distance'],
  'how long': ['hour', 'minute', 'day', 'week', 'month', 'year'],
  'how old': ['year', 'age'],
  'how big': ['size', 'length', 'metre', 'meter', 'foot'],
  'what time': ['utc', 'gmt', 'morning', 'afternoon', 'evening', 'night', 'midnight', 'noon'],
}));

/**
 * Words worth a spelling correction. The corrector tries every one-letter edit, so its cost grows
 * with the word: a 10,000-letter "word" would take minutes. No English word is longer than this.
 */
const CORRECTABLE_WORD = /^[a-z]{3,24}$/;

export type Via = keyof typeof WEIGHTS;

export interface TermChoice {
  /** The index term, or a phrase's terms joined by spaces. */
  term: string;
  /** Index terms that must all occur in a sentence: one word's, or a phrase's ("united kingdom"). */
  terms: string[];
  weight: number;
  via: Via;
}

export interface QueryGroup {
  /** The question's word (or two-word idiom) the group stands for. */
  word: string;
  /**
   * The kind of answer wanted ("how many" → a number), not what the question is about: it helps
   * rank the passages that give one, and counts nothing towards covering the question.
   */
  rankingOnly?: boolean;
  /** How much this word matters: its idf, or the idf ceiling when the articles never use it. */
  importance: number;
  choices: TermChoice[];
}

export interface Lexicon {
  index: TfIdfIndex;
  thesaurus: Thesaurus;
  /** The articles' word closest in spelling, for a word neither the articles nor WordNet know. */
  correctSpelling(word: string): string | undefined;
  /** The index terms of the name an acronym stands for, where the articles spell it out ("isw"). */
  expandAcronym(word: string): readonly string[] | undefined;
}

export function planQuery(question: string, lexicon: Lexicon): QueryGroup[] {
  const words = wordTokens(question)
    .filter((word) => word.length <= MAX_WORD_LENGTH)
    .slice(0, MAX_QUESTION_WORDS)
    .flatMap((word) => wordTokens(CHAT_SPELLINGS.get(word) ?? word));
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const idiom = next === undefined || PRONOUNS.has(next) ? undefined : idiomGroup(word, next, lexicon);
    if (idiom) {
      groups.push(idiom); // the idiom stands for both of its words
      i += 1;
      continue;
    }
    if (isStopword(word) || isStopword(baseForm(word)) || QUESTION_FILLER.has(word) || seen.has(word)) continue;
    seen.add(word);
    groups.push(wordGroup(word, lexicon, ANSWER_WORDS.get(`${words[i - 1]} ${word}`) ?? []));
  }
  const asksForANumber = words.some((word, i) => word === 'how' && (words[i + 1] === 'many' || words[i + 1] === 'much'));
  if (asksForANumber && groups.length > 0 && lexicon.index.has(NUMBER_TERM)) {
    groups.push({ word: 'how many', rankingOnly: true, importance: 0, choices: [{ term: NUMBER_TERM, terms: [NUMBER_TERM], weight: WEIGHTS.exact, via: 'exact' }] });
  }
  return groups;
}

function wordGroup(word: string, lexicon: Lexicon, answerWords: readonly string[]): QueryGroup {
  const { index, thesaurus } = lexicon;
  const choices = new Map<string, TermChoice>();
  // A term reached several ways keeps its closest way ("uk" is an acronym and a WordNet synonym).
  const offerChoice = (choice: TermChoice) => {
    if (choice.weight > (choices.get(choice.term)?.weight ?? 0)) choices.set(choice.term, choice);
  };
  const offer = (term: string, via: Via) => {
    if (index.has(term)) offerChoice({ term, terms: [term], weight: WEIGHTS[via], via });
  };
  const offerForms = (words: string, via: Via) => {
    const phrase = words.includes(' ') ? phraseChoice(words, WEIGHTS[via], via, index) : undefined;
    if (phrase) offerChoice(phrase);
    else for (const term of indexTermsOfWord(words, index)) offer(term, via);
  };

  const own = stem(word);
  offer(own, 'exact');
  offerForms(word, 'variant');
  for (const variant of [...spellingVariants(word), ...answerWords]) offerForms(variant, 'variant');
  const name = choices.size === 0 ? lexicon.expandAcronym(word) : undefined;
  if (name) offerChoice({ term: name.join(' '), terms: [...name], weight: WEIGHTS.exact, via: 'exact' });
  let meant = word;
  if (choices.size === 0 && !thesaurus.knows(own) && CORRECTABLE_WORD.test(word)) {
    const corrected = lexicon.correctSpelling(word);
    if (corrected) {
      meant = corrected;
      offerForms(corrected, 'spelling');
    }
  }
  // The thesaurus is keyed by the stems of base forms, and Porter does not always give an
  // inflected word its base form's stem ("died" → "di", "die" → "die"): look up every base form.
  for (const key of new Set(baseFormsOf(meant).map(stem))) {
    for (const synonym of thesaurus.primary(key)) offerForms(synonym, 'primary');
    for (const synonym of thesaurus.related(key)) offerForms(synonym, 'synonym');
    for (const broader of thesaurus.broader(key)) offerForms(broader, 'broader');
  }

  const best = [...choices.values()].find((choice) => choice.weight >= WEIGHTS.spelling);
  const importance = best ? index.idf(best.term) : index.maxIdf();
  return { word, importance, choices: [...choices.values()] };
}

/**
 * Two-word idioms WordNet knows ("own up", "shoot down"), matched through their one-word synonyms;
 * through what they are a way of doing ("own up" is a way to "confess", itself a way to "admit");
 * and through the synonyms of their head verb's main sense ("shoot" → "hit"), which idioms lean on.
 * The head word itself is not offered: "own" in "own up" is not about owning.
 */
function idiomGroup(first: string, second: string, lexicon: Lexicon): QueryGroup | undefined {
  const { index, thesaurus } = lexicon;
  const key = `${stem(first)} ${stem(second)}`;
  const ways = thesaurus.broader(key);
  // Climb only as far as needed: the idiom's synonyms first, then what it is a way of doing. Idioms
  // of filler verbs ("going down") are too vague to climb: what they are ways of is "move".
  const ladder: Array<[string[], Via]> = [
    [thesaurus.related(key), 'idiom'],
    [ways, 'broader'],
    [ways.flatMap((way) => thesaurus.broader(keyOfWords(way))), 'broader'],
  ];
  if (QUESTION_FILLER.has(first)) ladder.length = 1;
  const rung = ladder.map(([words, via]) => ({ terms: termsOfWords(words, index), via })).find(({ terms }) => terms.size > 0);
  if (!rung) return undefined;
  const choices = new Map<string, TermChoice>();
  const offer = (terms: Set<string>, via: Via) => {
    for (const term of terms) if (!choices.has(term)) choices.set(term, { term, terms: [term], weight: WEIGHTS[via], via });
  };
  offer(rung.terms, rung.via);
  offer(termsOfWords(thesaurus.firstVerbSense(stem(first)), index), 'synonym');
  const importance = Math.max(...[...rung.terms].map((term) => index.idf(term)));
  return { word: `${first} ${second}`, importance, choices: [...choices.values()] };
}

/** The thesaurus key of plain words: their stems ("shoot down" → "shoot down", "confess" → "confess"). */
function keyOfWords(words: string): string {
  return words.split(' ').map(stem).join(' ');
}

/** Index terms of single-word thesaurus entries, through all their inflections. */
function termsOfWords(words: readonly string[], index: TfIdfIndex): Set<string> {
  return new Set(words.filter((word) => !word.includes(' ')).flatMap((word) => indexTermsOfWord(word, index)));
}

/**
 * The index terms a word's inflections stem to ("die" → "die", "di"), remembered per index:
 * questions look up the same synonyms again and again, and inflecting and stemming them each
 * time made most of a question's garbage.
 */
const indexTermsCache = new WeakMap<TfIdfIndex, Map<string, readonly string[]>>();
function indexTermsOfWord(word: string, index: TfIdfIndex): readonly string[] {
  let cache = indexTermsCache.get(index);
  if (!cache) indexTermsCache.set(index, (cache = new Map()));
  let terms = cache.get(word);
  if (!terms) {
    terms = [...new Set(inflectionsOf(word).map(stem))].filter((term) => index.has(term));
    if (cache.size >= MAX_REMEMBERED_WORDS) cache.clear();
    cache.set(word, terms);
  }
  return terms;
}

/**
 * A several-word synonym ("united kingdom" for "uk") as one choice: a sentence matches it only
 * when it holds all the phrase's content words. Phrases with one content word are single words.
 */
function phraseChoice(words: string, weight: number, via: Via, index: TfIdfIndex): TermChoice | undefined {
  const terms = [...new Set(termsOf(words))];
  if (terms.length < 2 || !terms.every((term) => index.has(term))) return undefined;
  // All of a several-word name ("united kingdom") in one sentence is as telling as the word itself.
  return { term: terms.join(' '), terms, weight: Math.max(weight, WEIGHTS.idiom), via };
}
