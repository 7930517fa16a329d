// From a question to quoted passages, or to an honest "the articles don't say".
import type { IndexedSentence, KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { planQuery, WEIGHTS, type QueryGroup, type TermChoice } from '../index/query-plan.js';
import type { Essential } from '../index/question-focus.js';
import { TopScores } from '../index/tfidf-index.js';
import { namesThing } from '../index/answer-types.js';
import { stem, wordTokens } from '../index/analyze.js';
import { NOUN_TAG, PROPER_NOUN_TAG } from '../index/penn-tags.js';
import { MAX_TOP, type AbstainReason, type Answer, type Passage, type SourceRef } from './answer.js';
import { passageStart, passageText, sentencesOf } from './passage-context.js';
import { agreedCountsFirst, countsOf } from './counting.js';
import { asksForOverview, ledes } from './overview.js';
import { asksForOpinion } from './opinion.js';
import { isSmallTalk } from './small-talk.js';
import { questionText } from './question-text.js';

export const DEFAULT_TOP = 3;
/**
 * Share of the question's meaning (its words weighted by idf) that the best sentence must cover
 * before we answer. Below it the articles talk about the topic but not about what was asked.
 */
const MIN_COVERAGE = 0.1;
/**
 * What the question hinges on (see QueryGroup.essential) must be in the articles as itself, a
 * variant, an idiom's or a several-word name's sense, or a word-vector neighbour that is nearly
 * the word (cosine ≥ 0.9); typos are fixed before. A one-word WordNet synonym ("pilot" → "fly")
 * may be another sense, and a looser neighbour ("children" → "people") is somebody else: guesses.
 * A measure is reached by a neighbour on its scale: vectors put "long" near "short", "far" near
 * "near", but "old" near nothing the articles say about age. A predicate is also reached by a
 * synonym in the verb's most frequent sense: events are told in other verbs ("talk" → "speak").
 */
const ESSENTIAL_REACH: Record<Essential, number> = { focus: WEIGHTS.idiom, name: WEIGHTS.idiom, measure: 0.6, predicate: WEIGHTS.primary };
/** Passages beside the best may cover less, but not next to nothing (0.4 lost right passages on every dev set). */
const MIN_SUPPORTING_COVERAGE = 0.2;
const CANDIDATES = 30;
/** The kind of answer a question asks for re-ranks this many times CANDIDATES of the best sentences by its words. */
const KIND_OF_ANSWER_POOL = 2;
/**
 * A question word's most telling alternatives are enough: the rest are common words with a low
 * weight (broad synonyms), which add little to a score but have the longest posting lists.
 */
const MAX_ALTERNATIVES = 8;

export interface AskOptions {
  top?: number;
}

/** A run of one or two adjacent sentences of one paragraph, scored as a passage. */
interface Candidate {
  from: number;
  to: number;
  /** The sentence that matched best: near-duplicates are judged on it. */
  anchor: number;
  score: number;
  coverage: number;
  /** Does it hold at least one question word itself (or its spelling fix, or an idiom's sense)? */
  direct: boolean;
  /** Does it give the kind of answer the question requires ("how long" → a length of time), if any? */
  givesAnswerType: boolean;
}

/** Alternatives this close to the question's own word count as the word itself. */
const DIRECT_WEIGHT = WEIGHTS.idiom;

/**
 * Two neighbouring sentences are quoted together when together they answer more of the question
 * ("…flight MH17…" + "All 298 people on board died."); the discount makes that win only when the
 * second sentence adds real matches, not just one more mention.
 */
const PAIR_DISCOUNT = 0.8;

export function answerQuestion(kb: KnowledgeBase, question: string, options: AskOptions = {}): Answer {
  const top = Math.min(Math.max(Math.trunc(options.top ?? DEFAULT_TOP), 1), MAX_TOP);
  if (question.trim().length === 0) {
    return abstain(question, 'empty', 'Please type a question about the Azerbaijan Airlines J2-8243 crash.');
  }
  const text = questionText(question);
  if (isSmallTalk(text)) {
    return abstain(question, 'small-talk', "Hi! I answer questions about the Azerbaijan Airlines J2-8243 crash by quoting the news articles. Try \"how many people died?\" or \"what did Putin say?\"");
  }
  if (asksForOpinion(text)) {
    return abstain(question, 'opinion', "I don't give opinions, only what the articles report. Ask what happened or what someone said about it, and I'll quote them.");
  }
  const groups = planQuery(text, kb.lexicon);
  if (groups.length === 0) {
    return abstain(question, 'no-words', 'I could not find any words to look up in that. Try asking in a sentence.');
  }

  if (asksForOverview(kb, groups)) {
    const leads = ledes(kb).map((doc): Candidate => ({ from: doc, to: doc, anchor: doc, score: 0, coverage: 1, direct: true, givesAnswerType: true }));
    return { question, answered: true, passages: composePassages(kb, leads, top) };
  }
  const counted = groups.find((group) => group.counted);
  const ranked = rankPassages(kb, groups);
  // "How many drones …?" is answered by passages that count the thing, whatever else they match,
  // the count the articles agree on first.
  const counts = counted ? countsOf(kb, counted, groups) : undefined;
  const candidates = counts ? [...agreedCountsFirst(kb, ranked.filter(counts), groups), ...ranked.filter((c) => !counts(c))] : ranked;
  // A passage reached only through synonyms ("pilot" → "flying") is a guess, not an answer.
  const best = Math.max(0, ...candidates.slice(0, top).map((c) => (c.direct ? c.coverage : 0)));
  const unreached = groups.find((group) => group.essential && reachOf(group) < ESSENTIAL_REACH[group.essential]);
  if (unreached) return abstain(question, 'not-covered', `The articles I have don't say anything about "${unreached.word}".`);
  if (best < MIN_COVERAGE) return abstain(question, 'not-covered', "The articles I have don't say.");
  // "How long did the call last?": passages about the call that give no length of time don't answer it.
  const typed = groups.find((group) => group.answerTypeRequired);
  if (typed && !candidates.slice(0, top).some((c) => c.direct && c.givesAnswerType)) {
    return abstain(question, 'not-covered', `The articles I have don't say ${typed.word}.`);
  }
  // "How many drones were shot down?": passages about drones that count none do not answer it.
  if (counted && counts && !candidates.slice(0, top).some(counts)) {
    return abstain(question, 'not-covered', `The articles I have don't say how many ${counted.word}.`);
  }
  // "Which exact system fired?": passages about the system that never name one do not answer it.
  const named = groups.find((group) => group.named);
  if (named && !candidates.slice(0, top).some(namesOf(kb, named, groups))) {
    return abstain(question, 'not-covered', `The articles I have don't name the ${named.word}.`);
  }
  // "What did Kazakhstan's president say?": the articles speak of Kazakhstan and of presidents, never of its president.
  const office = groups.find((group) => group.officeOf !== undefined);
  const officeName = office && groups.find((group) => group.word === office.officeOf);
  if (office && officeName && !mentionedTogether(kb, office, officeName)) {
    return abstain(question, 'not-covered', `The articles I have don't say anything about "${officeName.word} ${office.word}".`);
  }
  // The passage that made us answer always qualifies, even when it covers less than the floor.
  const supported = candidates.filter((c) => c.coverage >= Math.min(MIN_SUPPORTING_COVERAGE, best));
  return { question, answered: true, passages: composePassages(kb, supported, top) };
}

/**
 * How close the articles come to a question word: its closest alternative's weight (1: the word
 * itself). A name is only reached by itself: a name close in meaning ("France" → "Germany") is
 * somebody, or somewhere, else.
 */
function reachOf(group: QueryGroup): number {
  const choices = group.essential === 'name' ? group.choices.filter((choice) => choice.via !== 'vector') : group.choices;
  return Math.max(0, ...choices.map((choice) => choice.weight));
}

/**
 * A test of whether a passage names the group's thing with a name the question does not already
 * give. The thing is a noun: a synonym the articles use only as a verb names nothing ("pilot" →
 * "flying from Baku").
 */
function namesOf(kb: KnowledgeBase, group: QueryGroup, groups: readonly QueryGroup[]): (candidate: Candidate) => boolean {
  const usedAsNoun = (term: string) => kb.lexicon.formsOf(term).some((form) => NOUN_TAG.test(kb.lexicon.lexicalTag(form) ?? 'NN'));
  const thing = new Set(group.choices.filter((choice) => choice.weight >= WEIGHTS.primary).flatMap((choice) => choice.terms).filter(usedAsNoun));
  const asked = new Set(groups.flatMap((g) => g.choices.filter((choice) => choice.weight >= DIRECT_WEIGHT).flatMap((choice) => choice.terms)));
  // A word the tag lexicon does not know is taken for a name too ("Pantsir").
  const isName = (word: string) => PROPER_NOUN_TAG.test(kb.lexicon.lexicalTag(word) ?? 'NNP');
  return (candidate) => sentencesOf(kb.sentences, candidate).some((sentence) => namesThing(sentence.text, thing, asked, isName));
}

/**
 * Do the articles name an office and its name together, within a few words ("Ukrainian President
 * Volodymyr Zelensky", "Azerbaijan's President", "president of Kazakhstan")? The office counts
 * by any of its alternatives but loose ones ("leader" → president); the name only as itself or
 * its own forms ("Ukraine" → Ukrainian), never as another name.
 */
function mentionedTogether(kb: KnowledgeBase, office: QueryGroup, name: QueryGroup): boolean {
  const termsOf = (group: QueryGroup, reaches: (choice: TermChoice) => boolean) => new Set(group.choices.filter(reaches).flatMap((choice) => choice.terms));
  const offices = termsOf(office, (choice) => choice.weight >= MIN_OFFICE_WEIGHT);
  const names = termsOf(name, (choice) => choice.weight >= WEIGHTS.primary && choice.via !== 'vector');
  // Only sentences that hold both are read word by word.
  const withName = new Set([...names].flatMap((term) => [...(kb.index.postingsOf(term)?.docs ?? [])]));
  const both = [...offices].flatMap((term) => [...(kb.index.postingsOf(term)?.docs ?? [])]).filter((doc) => withName.has(doc));
  return both.some((doc) => {
    const terms = wordTokens(kb.sentences[doc]!.text).map(stem);
    return terms.some((term, at) => offices.has(term) && terms.slice(Math.max(0, at - WORDS_BETWEEN_OFFICE_AND_NAME), at + WORDS_BETWEEN_OFFICE_AND_NAME + 1).some((other) => names.has(other)));
  });
}

/** An office's alternatives at least this close stand for it: loose word-vector neighbours too ("leader" → president). */
const MIN_OFFICE_WEIGHT = 0.4;
/** "President *of* Kazakhstan", "Azerbaijan*'s* President": how far apart an office and its name may stand. */
const WORDS_BETWEEN_OFFICE_AND_NAME = 3;


function abstain(question: string, reason: AbstainReason, message: string): Answer {
  return { question, answered: false, reason, message, passages: [] };
}

/** One alternative of a question word, ready to test sentences against. */
interface Alternative {
  /** Sorted sentence lists of the alternative's terms, shortest first: a sentence must be in all of them. */
  postings: Int32Array[];
  score: number;
  /** How close it is to the question word itself (1 = the word): its share of the word's coverage. */
  weight: number;
}

/** A question word with its alternatives. */
interface WordAlternatives {
  importance: number;
  rankingOnly: boolean;
  answerTypeRequired: boolean;
  alternatives: Alternative[];
}

/**
 * Scores sentences with natural's idf, taking per question word the best of its alternatives
 * (word, spelling fix, synonym) times that alternative's weight; then scores the best sentences
 * alone and with each neighbour, and measures how much of the question each covers.
 *
 * A term counts once per sentence: saying a word twice does not make a sentence more on topic,
 * while covering more of the question does. A phrase is as telling as its rarest word.
 */
function rankPassages(kb: KnowledgeBase, groups: readonly QueryGroup[]): Candidate[] {
  // A word without alternatives (one the articles never use, a typo nothing corrects) adds nothing
  // to any passage, so it is left out: V8 compiles the loops below for the kind of array they have
  // met, and an empty list is another kind, which threw the compiled code away on every benchmark pass.
  const words = groups.filter((group) => group.choices.length > 0).map((group): WordAlternatives => ({
    importance: group.importance,
    rankingOnly: group.rankingOnly ?? false,
    answerTypeRequired: group.answerTypeRequired ?? false,
    alternatives: bestAlternatives(kb, group),
  }));
  const best = bestSentences(kb.sentences.length, words);

  const totalImportance = groups.reduce((sum, group) => sum + group.importance, 0);
  const requiresAnswerType = groups.some((group) => group.answerTypeRequired);
  // A passage is one sentence (`other` is the anchor) or the anchor and a neighbour.
  const measure = (anchor: number, other: number, discount: number): Candidate => {
    let score = 0;
    let credit = 0;
    let direct = false;
    let givesAnswerType = !requiresAnswerType;
    for (const word of words) {
      let wordScore = 0;
      let wordWeight = 0;
      for (const { postings, score: alternativeScore, weight } of word.alternatives) {
        // Best first by score: once one is held, only a closer alternative can still change anything.
        if (alternativeScore <= wordScore && weight <= wordWeight) continue;
        if (!containsAll(postings, anchor) && (other === anchor || !containsAll(postings, other))) continue;
        wordScore = Math.max(wordScore, alternativeScore);
        wordWeight = Math.max(wordWeight, weight);
      }
      score += wordScore;
      credit += word.importance * wordWeight;
      direct ||= !word.rankingOnly && wordWeight >= DIRECT_WEIGHT;
      givesAnswerType ||= word.answerTypeRequired && wordWeight > 0;
    }
    const coverage = totalImportance > 0 ? credit / totalImportance : 0;
    return { from: Math.min(anchor, other), to: Math.max(anchor, other), anchor, score: score * discount, coverage, direct, givesAnswerType };
  };

  const candidates: Candidate[] = [];
  for (const { doc } of best) {
    candidates.push(measure(doc, doc, 1));
    for (const neighbour of [doc - 1, doc + 1]) {
      if (sameParagraph(kb.sentences[doc]!, kb.sentences[neighbour])) candidates.push(measure(doc, neighbour, PAIR_DISCOUNT));
    }
  }
  return candidates.sort((a, b) => b.score - a.score || a.from - b.from);
}

/** The group's MAX_ALTERNATIVES best-scoring choices, best first; among equals, the group's order. */
function bestAlternatives(kb: KnowledgeBase, group: QueryGroup): Alternative[] {
  // Ranked as documents are, by score and then by place.
  const best = new TopScores(MAX_ALTERNATIVES);
  group.choices.forEach((choice, place) => best.offer(place, scoreOf(kb, choice, group)));
  return best.results().map(({ doc: place, score }) => {
    const choice = group.choices[place]!;
    return { postings: postingsOf(kb, choice), score, weight: choice.weight };
  });
}

function scoreOf(kb: KnowledgeBase, choice: TermChoice, group: QueryGroup): number {
  // A stand-in is never more telling than the word itself: "Ukrainian" is rarer in the articles than
  // "Russian", but a sentence about Ukrainians does not answer a question about Russians better.
  let rarest = -Infinity;
  for (const term of choice.terms) rarest = Math.max(rarest, kb.index.idf(term));
  return group.specificity * choice.weight * Math.min(rarest, group.idf);
}

/** The sentence lists of the choice's terms, shortest first: walking it and looking up the rest costs least. */
function postingsOf(kb: KnowledgeBase, choice: TermChoice): Int32Array[] {
  return choice.terms.map((term) => kb.index.postingsOf(term)?.docs ?? NO_SENTENCES).sort((a, b) => a.length - b.length);
}

const NO_SENTENCES = new Int32Array(0);

/**
 * The CANDIDATES best-scoring sentences. Typed arrays indexed by sentence keep this to a few
 * passes over the question's postings, even with tens of thousands of sentences.
 */
function bestSentences(sentenceCount: number, words: readonly WordAlternatives[]) {
  const { total, wordBest, scored, matched } = scratchFor(sentenceCount);
  let scoredCount = 0;
  for (const word of words) {
    if (word.rankingOnly) continue;
    let matchedCount = 0;
    for (const { postings, score } of word.alternatives) {
      const first = postings[0]!;
      const rest = postings.slice(1);
      for (let i = 0; i < first.length; i++) {
        const doc = first[i]!;
        // Scores are positive (idf is), so a sentence this word already matched as well needs no look-up.
        if (wordBest[doc]! >= score || (rest.length > 0 && !containsAll(rest, doc))) continue;
        if (wordBest[doc] === 0) matched[matchedCount++] = doc;
        wordBest[doc] = score;
      }
    }
    for (let i = 0; i < matchedCount; i++) {
      const doc = matched[i]!;
      if (total[doc] === 0) scored[scoredCount++] = doc;
      total[doc]! += wordBest[doc]!;
      wordBest[doc] = 0;
    }
  }
  const byWords = new TopScores(CANDIDATES * KIND_OF_ANSWER_POOL);
  for (let i = 0; i < scoredCount; i++) {
    const doc = scored[i]!;
    byWords.offer(doc, total[doc]!);
    total[doc] = 0;
  }
  // The kind of answer re-ranks what the question's words found. Its markers are on a large share
  // of all sentences, so they are looked up for these few rather than walked.
  const answerKinds = words.filter((word) => word.rankingOnly);
  const best = new TopScores(CANDIDATES);
  for (const { doc, score } of byWords.results()) {
    let reranked = score;
    for (const word of answerKinds) reranked += bestScoreIn(word, doc);
    best.offer(doc, reranked);
  }
  return best.results();
}

/** The best score among a word's alternatives that this sentence holds (0: none). */
function bestScoreIn(word: WordAlternatives, doc: number): number {
  let best = 0;
  for (const { postings, score } of word.alternatives) if (score > best && containsAll(postings, doc)) best = score;
  return best;
}

/**
 * Per-sentence accumulators and lists of the sentences matched, reused by every question (answering
 * is synchronous) so that a large corpus does not allocate and collect big arrays per question.
 * The accumulators are all zero between questions.
 */
let scratch = scratchOf(0);
function scratchFor(sentenceCount: number): typeof scratch {
  if (scratch.total.length < sentenceCount) scratch = scratchOf(sentenceCount);
  return scratch;
}

function scratchOf(sentenceCount: number) {
  return {
    total: new Float64Array(sentenceCount),
    wordBest: new Float64Array(sentenceCount),
    /** The sentences any question word matched. */
    scored: new Int32Array(sentenceCount),
    /** The sentences the current question word matched. */
    matched: new Int32Array(sentenceCount),
  };
}

/** Is the sentence in every one of these sorted lists? */
function containsAll(lists: readonly Int32Array[], doc: number): boolean {
  for (const list of lists) if (!sortedIncludes(list, doc)) return false;
  return true;
}

function sortedIncludes(list: Int32Array, value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = list[middle]!;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function sameParagraph(a: IndexedSentence, b: IndexedSentence | undefined): boolean {
  return b !== undefined && a.articleId === b.articleId && a.paragraph === b.paragraph;
}

/** The first `top` distinct passages; near-duplicates from other articles become `alsoReportedBy`. */
function composePassages(kb: KnowledgeBase, candidates: readonly Candidate[], top: number): Passage[] {
  const chosen: Chosen[] = [];
  // An anchor heads up to three candidates (alone, and with either neighbour): where among the
  // chosen passages it may first repeat one, so that it is compared with each only once.
  const mayRepeatFrom = new Map<number, number>();
  for (const candidate of candidates) {
    const anchor = kb.sentences[candidate.anchor]!;
    const twin = firstRepeated(chosen, anchor, mayRepeatFrom.get(candidate.anchor) ?? 0);
    mayRepeatFrom.set(candidate.anchor, twin);
    if (twin < chosen.length) {
      addReporter(chosen[twin]!.passage, anchor);
      continue;
    }
    if (chosen.length === top) continue; // still scanning for duplicates of what was chosen
    const from = passageStart(kb.sentences, candidate.from);
    if (chosen.some((c) => from <= c.to && candidate.to >= c.from)) continue; // overlaps a chosen passage
    const passage: Passage = {
      text: passageText(kb.sentences, from, candidate.to),
      ...sourceOf(anchor),
      score: Math.round(candidate.score * 1000) / 1000,
      alsoReportedBy: [],
    };
    chosen.push({ passage, anchor, from, to: candidate.to });
  }
  return chosen.map((c) => c.passage);
}

interface Chosen {
  passage: Passage;
  anchor: IndexedSentence;
  from: number;
  to: number;
}

/** The place of the first chosen passage from `start` on that the sentence repeats; chosen.length if none does. */
function firstRepeated(chosen: readonly Chosen[], sentence: IndexedSentence, start: number): number {
  let at = start;
  while (at < chosen.length && !nearDuplicates(chosen[at]!.anchor, sentence)) at++;
  return at;
}

function sourceOf(sentence: IndexedSentence): SourceRef {
  return { outlet: sentence.article.outlet, articleId: sentence.article.id, title: sentence.article.title };
}

function addReporter(passage: Passage, sentence: IndexedSentence): void {
  if (sentence.articleId === passage.articleId) return;
  if (passage.alsoReportedBy.some((ref) => ref.articleId === sentence.articleId)) return;
  passage.alsoReportedBy.push(sourceOf(sentence));
}

/** Shares of the smaller and of the larger sentence's index terms that near-duplicates have in common. */
const SHARED_OF_SMALLER = 0.75;
const SHARED_OF_LARGER = 0.5;

/** The same statement, verbatim or lightly edited: most index terms shared both ways. */
function nearDuplicates(a: IndexedSentence, b: IndexedSentence): boolean {
  const small = a.termSet.size <= b.termSet.size ? a.termSet : b.termSet;
  const large = small === a.termSet ? b.termSet : a.termSet;
  // They share at most the smaller one's terms.
  if (small.size < 4 || small.size / large.size < SHARED_OF_LARGER) return false;
  // Most sentences compared share little: each term missed lowers the share still possible, and
  // the comparison stops once it is out of reach.
  let missed = 0;
  for (const term of small) {
    if (large.has(term)) continue;
    missed++;
    if ((small.size - missed) / small.size < SHARED_OF_SMALLER) return false;
  }
  const shared = small.size - missed;
  return shared / small.size >= SHARED_OF_SMALLER && shared / large.size >= SHARED_OF_LARGER;
}
