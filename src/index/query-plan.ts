// Turns a casual question into weighted index terms. Typos are corrected and chat spellings
// read first; then each content word becomes a group of alternative terms: the word itself and
// its forms, its other-side-of-the-Atlantic spelling, acronyms the articles spell out, WordNet
// synonyms and idioms, and the articles' words closest in meaning by word vectors. A sentence
// earns, per group, the best alternative it contains, so synonyms never stack.
import { readChat } from './chat-lexicon.js';
import { splitCompound } from './compounds.js';
import { COMMON_NOUN_TAG, NOUN_TAG, PROPER_NOUN_TAG } from './penn-tags.js';
import { isStopword, isVague, stem, termsOf, wordTokens } from './analyze.js';
import { askedAnswerTypes, asksForPrecision, countedNoun, namedThing } from './answer-types.js';
import { baseFormsOf, inflectionsOf } from './inflections.js';
import { baseForm } from './irregular-verbs.js';
import { essentialWords, isAuxiliary, type Essential } from './question-focus.js';
import { rememberedPer } from './remembered.js';
import { correctSpelling } from './spelling-correction.js';
import { spellingVariants } from './spelling-variants.js';
import type { TfIdfIndex } from './tfidf-index.js';
import type { Thesaurus } from './thesaurus.js';
import type { SimilarWord } from './similar-words.js';

/** Longer questions are cut here: nobody asks about forty things at once, and it bounds the work. */
const MAX_QUESTION_WORDS = 40;
/** Longer "words" are noise (a pasted hash, a held-down key); stemming them costs time for nothing. */
const MAX_WORD_LENGTH = 40;
/** Words rarer than this in general English are as specific as a word can be (about where names start). */
const SPECIFIC_RANK = 20_000;
/** Bounds the memory of words' index terms and spelling fixes, per knowledge base: hostile questions can bring endless new words. */
const MAX_REMEMBERED_WORDS = 100_000;
/** Bounds the memory of words' groups, per knowledge base: about 2 KB each at 50,000 sentences (tens of alternatives). */
const MAX_REMEMBERED_GROUPS = 5_000;
export const WEIGHTS = { exact: 1, variant: 1, idiom: 0.8, primary: 0.7, synonym: 0.5, broader: 0.3, vector: 1 } as const;
/** An alternative at least this close stands for the word itself when judging how telling the word is. */
const AS_THE_WORD = 0.9;

/**
 * In a question, "did it", "do they", "was that" are grammar, never the idioms WordNet lists; so is
 * an auxiliary before any word ("who *was on* the plane" is not "be on", as in broadcast).
 */
const PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'them', 'he', 'she', 'him', 'her', 'we', 'us', 'you', 'i', 'me', 'there']);

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
   * The kind of answer wanted ("how many" → a number, "when" → a time, "where" → a place; see
   * answer-types.ts), not what the question is about: it helps rank the passages that give one,
   * and counts nothing towards covering the question.
   */
  rankingOnly?: boolean;
  /** The kind of answer is what the question asks for ("how long"): a passage without one does not answer. */
  answerTypeRequired?: boolean;
  /** The question counts this thing ("how many *drones*"): a passage that gives no count of it does not answer. */
  counted?: boolean;
  /** The question asks this thing's name ("which exact *system*"): a passage that names none does not answer. */
  named?: boolean;
  /**
   * The question asks about the holder of an office of this name ("*Kazakhstan*'s president",
   * "the *Kazakh* president"): articles that never name the two together do not speak of them.
   */
  officeOf?: string;
  /** How rare the word is in the articles: its idf, or the idf ceiling when they never use it. */
  idf: number;
  /**
   * How much the word counts towards covering the question: its idf times its specificity; nothing
   * for a vague word ("even", "thing") unless the question hinges on it.
   */
  importance: number;
  /** How telling the word is by general English alone (0–1): it scales every alternative's score. */
  specificity: number;
  /** The question hinges on this word: articles that never reach it cannot answer. */
  essential?: Essential;
  choices: readonly TermChoice[];
}

export interface Lexicon {
  index: TfIdfIndex;
  thesaurus: Thesaurus;
  /** The word closest in spelling (of those that `fit`), for a word neither the articles nor English know: the articles' own first. */
  correctSpelling(word: string, fits?: (candidate: string) => boolean): string | undefined;
  /** The articles' word one letter from a name they lack ("aliev" → "aliyev", "jon" → "john"). */
  correctName(word: string): string | undefined;
  /** How common the word is in general English: its frequency rank (0 = most common), Infinity when unknown. */
  englishRank(word: string): number;
  /** The index terms of the name an acronym stands for, where the articles spell it out ("isw"). */
  expandAcronym(word: string): readonly string[] | undefined;
  /** The articles' words closest in meaning (word vectors), closest first. */
  similarWords(word: string): readonly SimilarWord[];
  /** Cosine similarity of two words' vectors; undefined when either has none. */
  similarity(a: string, b: string): number | undefined;
  /** The articles' words that analyse to this index term ("nation" → "national"). */
  formsOf(term: string): readonly string[];
  /** A lower-case word's most frequent Penn Treebank tag by itself ("france" → NNP), if known. */
  lexicalTag(word: string): string | undefined;
  /** Penn Treebank part-of-speech tags of lower-case words, one each. */
  tagPartsOfSpeech(words: readonly string[]): readonly string[];
}

export function planQuery(question: string, lexicon: Lexicon): QueryGroup[] {
  const isName = nameTest(question, lexicon);
  const words = wordTokens(question)
    .filter((word) => word.length <= MAX_WORD_LENGTH)
    .slice(0, MAX_QUESTION_WORDS)
    .flatMap((word) => {
      const read = readChat(word);
      return read === word ? [word] : wordTokens(read); // a token is its own tokenization
    })
    .flatMap((word) => splitCompound(word, lexicon.index, lexicon.thesaurus) ?? [word])
    .map((word, i, all) => spelledRight(word, lexicon, isName(word), all[i - 1]));
  const focus = essentialWords(words, lexicon.tagPartsOfSpeech);
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const idiom = next === undefined || PRONOUNS.has(next) || isAuxiliary(word) ? undefined : idiomGroup(word, next, lexicon);
    if (idiom) {
      groups.push(idiom); // the idiom stands for both of its words
      i += 1;
      continue;
    }
    // "Exactly", "specific" ask for precision, never about a topic: matched, they pull in sentences that say "exact".
    if (isStopword(word) || isStopword(baseForm(word)) || asksForPrecision(word) || seen.has(word)) continue;
    seen.add(word);
    groups.push(wordGroup(word, lexicon, isName(word) ? 'name' : focus.get(word)));
  }
  // A question of vague words only ("what did the uk say": "uk" is on the broad list as well) is
  // still about them.
  if (groups.every((group) => group.importance === 0)) for (const group of groups) group.importance = group.idf * group.specificity;
  const counted = countedNoun(words, lexicon.lexicalTag);
  const named = namedThing(words, lexicon.lexicalTag);
  for (const group of groups) {
    // What "how many" counts is what the question asks for ("how many Russian *soldiers*").
    if (group.word === counted) Object.assign(group, { counted: true, essential: group.essential ?? 'focus' });
    if (group.word === named) group.named = true;
  }
  const holder = officeHolder(words, isName, lexicon);
  const office = holder && groups.find((group) => group.word === holder.office);
  if (office && groups.some((group) => group.word === holder.of)) office.officeOf = holder.of;
  // The kind of answer ranks the passages that match the question's words (and for "how long" must
  // be in one); alone it asks nothing.
  const answerTypes = groups.length > 0 ? askedAnswerTypes(words) : [];
  // A question word that is no stop word ("*whereabouts* in the cabin …") asks for the kind of
  // answer; it is not also a word to look up.
  const askingWords = new Set(answerTypes.map(({ asking }) => asking));
  const lookedUp = groups.filter((group) => !askingWords.has(group.word));
  for (const { asking, term, required } of answerTypes) {
    // No sentence gives that kind of answer: the group stays, with nothing to match.
    const given = lexicon.index.has(term);
    const idf = given ? lexicon.index.idf(term) : lexicon.index.maxIdf();
    const choices = given ? [{ term, terms: [term], weight: WEIGHTS.exact, via: 'exact' as const }] : [];
    lookedUp.push({ word: asking, rankingOnly: true, answerTypeRequired: required, idf, importance: 0, specificity: 1, choices });
  }
  return lookedUp;
}

/**
 * A holder of an office that the question ties to a name: "Kazakhstan's *president*", "the
 * Russian *officials*" (WordNet: a kind of leader or official). The office is the noun right after
 * the name or its possessive "'s".
 */
function officeHolder(words: readonly string[], isName: (word: string) => boolean, lexicon: Lexicon): { office: string; of: string } | undefined {
  for (let at = 0; at < words.length; at++) {
    const name = words[at]!;
    const office = words[words[at + 1] === 's' ? at + 2 : at + 1];
    if (!isName(name) || office === undefined || isName(office) || !COMMON_NOUN_TAG.test(lexicon.lexicalTag(office) ?? '')) continue;
    if (baseFormsOf(office).some((base) => lexicon.thesaurus.namesOfficeHolder(stem(base)))) return { office, of: name };
  }
  return undefined;
}

/**
 * Which of the question's words name someone or somewhere: those the asker capitalised where a
 * sentence does not start ("what did *Tokayev* say"); and in a question typed all in lower case,
 * or with capitals on every kind of word, the words English only uses as names (the tag lexicon's
 * NNP: "the capital of *france*") and the words the tag lexicon does not have at all ("did
 * *kadyrov* comment", "was it a *pantsir*"): it holds 80,000 English words, so what it lacks is
 * mostly names, unless one slip away from a word of grammar ("waht"). An asker who uses capitals
 * as English does capitalises names, so their lower-case words are not taken for names ("tel" is
 * also Tel Aviv's).
 */
function nameTest(question: string, lexicon: Lexicon): (word: string) => boolean {
  const capitalised = new Set<string>();
  let styled = false;
  for (const match of question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)) {
    if (!/^\p{Lu}/u.test(match[0])) continue; // most words are typed in lower case: nothing more to look at
    const before = question.slice(0, match.index).trimEnd();
    const startsSentence = before === '' || /[.?!:;]$/.test(before);
    const [word] = wordTokens(match[0]);
    if (startsSentence || !word) continue;
    capitalised.add(word);
    styled ||= isStopword(word);
  }
  // A capital on a word like "the" or "did" is style, not a name: the question is shouted ("WAS
  // THE PLANE INSURED") or in Title Case ("Was The Plane Insured"), and its capitals tell nothing.
  if (/\p{Lu}/u.test(question) && !styled) return (word) => capitalised.has(word);
  return (word) => {
    const tag = lexicon.lexicalTag(word);
    if (tag !== undefined) return PROPER_NOUN_TAG.test(tag);
    return UNTAGGED_NAME.test(word) && !isSlipOfGrammar(word);
  };
}

/** A word the tag lexicon lacks may be a name if it is letters only ("mh17" is a code, "xi" too short to tell). */
const UNTAGGED_NAME = /^[a-z]{3,}$/;
/** One letter longer than the longest stop word ("themselves"): a longer word is no slip of one. */
const LONGEST_SLIP_OF_GRAMMAR = 11;

/** Is the word one slip from a word of grammar ("waht", "whta")? */
function isSlipOfGrammar(word: string): boolean {
  return word.length <= LONGEST_SLIP_OF_GRAMMAR && correctSpelling(word, (candidate) => (isStopword(candidate) ? 1 : 0)) !== undefined;
}

/** Could the word be a name: a noun ("john" is one) or a word the tag lexicon lacks, not a word of grammar ("whether")? */
function isNameLike(word: string, lexicon: Lexicon): boolean {
  return NOUN_TAG.test(lexicon.lexicalTag(word) ?? 'NNP');
}


/** Determiners and possessives (Penn DT, PRP$): what follows one starts a noun phrase. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'my', 'your', 'our']);
/** Tags of a word that can follow a determiner: nouns, adjectives, numbers, gerunds. */
const NOUN_PHRASE_TAG = /^(NN|JJ|CD|VBG)/;

/**
 * The word as meant: a word that neither the articles nor general English (100,000 words) know is
 * a typo (unless the articles spell it out as an acronym: "isw"), corrected to the closest word
 * that is known ("flihgt" → "flight", "whre" → "where"); after a determiner, to a word that can
 * follow one ("the wether" → weather, not whether). A name the articles lack is first tried against
 * the articles' own names one letter away: names come in several spellings ("Aliev", "Aliyev"),
 * and general English knows them all.
 */
function spelledRight(word: string, lexicon: Lexicon, isName: boolean, previous: string | undefined): string {
  if (!CORRECTABLE_WORD.test(word) || isStopword(word) || lexicon.index.has(stem(word)) || lexicon.expandAcronym(word)) return word;
  const afterDeterminer = previous !== undefined && DETERMINERS.has(previous);
  // Trying every one-letter edit of a word takes a while, and askers make the same typos again.
  return rememberedSpelling(lexicon, `${word}\t${isName}\t${afterDeterminer}`, () => correctedWord(word, lexicon, isName, afterDeterminer));
}

const rememberedSpelling = rememberedPer<Lexicon, string>(MAX_REMEMBERED_WORDS);

function correctedWord(word: string, lexicon: Lexicon, isName: boolean, afterDeterminer: boolean): string {
  // A possessive typed without its apostrophe ("alievs office") is the name one letter away, plus "s".
  const articlesName = isName ? (lexicon.correctName(word) ?? (word.endsWith('s') ? lexicon.correctName(word.slice(0, -1)) : undefined)) : undefined;
  if (articlesName !== undefined && isNameLike(articlesName, lexicon)) return articlesName;
  if (lexicon.englishRank(word) < Infinity) return isInDictionary(word, lexicon) ? word : (commonerArticlesWord(word, lexicon) ?? word);
  const fits = afterDeterminer ? (candidate: string) => NOUN_PHRASE_TAG.test(lexicon.lexicalTag(candidate) ?? '') : undefined;
  return lexicon.correctSpelling(word, fits) ?? word;
}

/**
 * Is the word in a dictionary (the tag lexicon or WordNet), not only in the frequency list of the
 * web text the word vectors were trained on, which also holds common typos ("bord", "teh")?
 */
function isInDictionary(word: string, lexicon: Lexicon): boolean {
  return lexicon.lexicalTag(word) !== undefined || lexicon.thesaurus.knows(stem(word));
}

/** How much commoner in English a word of the articles must be to be taken for what a non-dictionary word meant. */
const TYPO_FREQUENCY_RATIO = 10;

/**
 * For a word no dictionary has, the articles' word one slip away if that is much commoner in
 * English ("on bord" → board): the typo is likelier than the rare word. Not a slip of a word of
 * grammar ("waht" stays, it is no "want").
 */
function commonerArticlesWord(word: string, lexicon: Lexicon): string | undefined {
  if (isSlipOfGrammar(word)) return undefined;
  const fix = lexicon.correctName(word);
  return fix !== undefined && lexicon.englishRank(fix) * TYPO_FREQUENCY_RATIO < lexicon.englishRank(word) ? fix : undefined;
}

/** Words whose vectors are less alike than this are different words, whatever their stems. */
const SAME_WORD_SIMILARITY = 0.5;

/**
 * Do the articles use `term` for `word` itself: as the word, one of its inflections, or a
 * derivation close in meaning ("investigating" → "investigation"), not a look-alike ("national"
 * for "nationality", "general" for "generally")? Words without vectors get the benefit of the doubt.
 */
function isFormOf(word: string, term: string, lexicon: Lexicon): boolean {
  const inflections = inflectionsOf(word);
  return lexicon.formsOf(term).some((form) => {
    if (form === word || inflections.includes(form)) return true;
    const similarity = lexicon.similarity(word, form);
    return similarity === undefined || similarity >= SAME_WORD_SIMILARITY;
  });
}

/**
 * How telling a word is by general English alone, from 0 to 1: the log of its frequency rank,
 * as idf is a log of rarity. "say" or "get" tell little whatever the articles hold; a word rarer
 * than SPECIFIC_RANK, or unknown, tells all.
 */
function specificity(word: string, lexicon: Lexicon): number {
  return Math.min(1, Math.log(lexicon.englishRank(word) + 2) / Math.log(SPECIFIC_RANK));
}

/** Below this, two words' vectors say they are rarely used in the same sense. */
const SAME_SENSE_SIMILARITY = 0.3;

/**
 * WordNet lists every sense of a word alike, however rare ("nationality" → "land", "recording" →
 * "enter"). Word vectors show which senses a word is mostly used in (McCarthy et al. 2004,
 * "Finding predominant word senses in untagged text"): a synonym they put far away is a guess.
 */
function senseWeight(word: string, synonym: string, via: Via, lexicon: Lexicon): number {
  const similarity = synonym.includes(' ') ? undefined : lexicon.similarity(word, synonym);
  return similarity !== undefined && similarity < SAME_SENSE_SIMILARITY ? WEIGHTS.broader : WEIGHTS[via];
}

/**
 * The word's group, worked out once per word and lexicon: the thesaurus, the vectors and the index
 * give the same alternatives every time. A copy, because planQuery marks on it what the question
 * asks; the choices are shared, and never changed.
 */
function wordGroup(word: string, lexicon: Lexicon, essential: QueryGroup['essential']): QueryGroup {
  return { ...rememberedGroup(lexicon, `${word}\t${essential ?? ''}`, () => newWordGroup(word, lexicon, essential)) };
}

const rememberedGroup = rememberedPer<Lexicon, QueryGroup>(MAX_REMEMBERED_GROUPS);

function newWordGroup(word: string, lexicon: Lexicon, essential: QueryGroup['essential']): QueryGroup {
  const { index, thesaurus } = lexicon;
  const choices = new Map<string, TermChoice>();
  // A term reached several ways keeps its closest way ("uk" is an acronym and a WordNet synonym).
  const offerChoice = (choice: TermChoice) => {
    if (choice.weight > (choices.get(choice.term)?.weight ?? 0)) choices.set(choice.term, choice);
  };
  const offer = (term: string, via: Via, weight: number = WEIGHTS[via]) => {
    if (index.has(term)) offerChoice({ term, terms: [term], weight, via });
  };
  const offerForms = (words: string, via: Via, weight: number = WEIGHTS[via]) => {
    const phrase = words.includes(' ') ? phraseChoice(words, weight, via, index) : undefined;
    if (phrase) offerChoice(phrase);
    else for (const term of indexTermsOfWord(words, index)) if (!rejectedOwnForms.has(term)) offer(term, via, weight);
  };

  // Porter conflates words that only look alike ("nationality", "national" → "nation"): a stem
  // counts as the word only when the articles use it as a form of the word.
  const ownForm = (term: string) => isFormOf(word, term, lexicon);
  const own = stem(word);
  // Look-alikes refused here stay refused when WordNet lists the word among its own synonyms.
  const rejectedOwnForms = new Set([own, ...indexTermsOfWord(word, index)].filter((term) => index.has(term) && !ownForm(term)));
  if (!rejectedOwnForms.has(own)) offer(own, 'exact');
  for (const term of indexTermsOfWord(word, index)) if (!rejectedOwnForms.has(term)) offer(term, 'variant');
  for (const variant of spellingVariants(word)) offerForms(variant, 'variant');
  const name = choices.size === 0 ? lexicon.expandAcronym(word) : undefined;
  if (name) offerChoice({ term: name.join(' '), terms: [...name], weight: WEIGHTS.exact, via: 'exact' });
  // The thesaurus is keyed by the stems of base forms, and Porter does not always give an
  // inflected word its base form's stem ("died" → "di", "die" → "die"): look up every base form.
  for (const key of new Set(baseFormsOf(word).map(stem))) {
    for (const synonym of thesaurus.primary(key)) offerForms(synonym, 'primary', senseWeight(word, synonym, 'primary', lexicon));
    for (const synonym of thesaurus.related(key)) offerForms(synonym, 'synonym', senseWeight(word, synonym, 'synonym', lexicon));
    for (const broader of thesaurus.broader(key)) offerForms(broader, 'broader');
  }
  // Similarity squared: a neighbour at 0.9 is nearly the word, one at 0.6 only a hint. A vague
  // word's neighbours are noise, except where the question hinges on it ("how *long*" → "short"):
  // there they tell whether the articles speak of it at all.
  const vague = !essential && isVague(word);
  if (!vague) for (const { word: similar, similarity } of lexicon.similarWords(word)) offer(stem(similar), 'vector', similarity * similarity);

  const best = [...choices.values()].find((choice) => choice.weight >= AS_THE_WORD);
  const telling = specificity(word, lexicon);
  const idf = best ? index.idf(best.term) : index.maxIdf();
  const importance = vague ? 0 : idf * telling;
  return { word, idf, importance, specificity: telling, essential, choices: [...choices.values()] };
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
  if (!thesaurus.knows(key)) return undefined; // most pairs of words are no idiom
  const ways = thesaurus.broader(key);
  // Climb only as far as needed: the idiom's synonyms and the ways of doing it ("come down" →
  // crash: a crash is a coming down) first, then what it is a way of doing.
  const ladder: Array<[string[], Via]> = [
    [[...thesaurus.related(key), ...thesaurus.narrower(key)], 'idiom'],
    [ways, 'broader'],
    [ways.flatMap((way) => thesaurus.broader(keyOfWords(way))), 'broader'],
  ];
  const rung = ladder.map(([words, via]) => ({ terms: termsOfWords(words, index), via })).find(({ terms }) => terms.size > 0);
  if (!rung) return undefined;
  const choices = new Map<string, TermChoice>();
  const offer = (terms: Set<string>, via: Via) => {
    for (const term of terms) if (!choices.has(term)) choices.set(term, { term, terms: [term], weight: WEIGHTS[via], via });
  };
  offer(rung.terms, rung.via);
  offer(termsOfWords(thesaurus.firstVerbSense(stem(first)), index), 'synonym');
  const idf = Math.max(...[...rung.terms].map((term) => index.idf(term)));
  // An idiom of everyday words ("go down") is as telling as its more telling word: its loose
  // stand-ins ("move", "travel") must not outrank the question's own words.
  const telling = Math.max(specificity(first, lexicon), specificity(second, lexicon));
  return { word: `${first} ${second}`, idf, importance: idf, specificity: telling, choices: [...choices.values()] };
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
function indexTermsOfWord(word: string, index: TfIdfIndex): readonly string[] {
  return rememberedIndexTerms(index, word, () => [...new Set(inflectionsOf(word).map(stem))].filter((term) => index.has(term)));
}

const rememberedIndexTerms = rememberedPer<TfIdfIndex, readonly string[]>(MAX_REMEMBERED_WORDS);

/**
 * A several-word synonym ("united kingdom" for "uk") as one choice: a sentence matches it only
 * when it holds all the phrase's content words. Phrases with one content word are single words.
 */
function phraseChoice(words: string, weight: number, via: Via, index: TfIdfIndex): TermChoice | undefined {
  const terms = [...new Set(termsOf(words))];
  if (terms.length < 2 || !terms.every((term) => index.has(term))) return undefined;
  // All of a several-word name ("united kingdom") in one sentence is as telling as the word itself;
  // a phrase among a word's looser synonyms ("nationality" → "across the country") is not a name.
  return { term: terms.join(' '), terms, weight: via === 'synonym' ? weight : Math.max(weight, WEIGHTS.idiom), via };
}
