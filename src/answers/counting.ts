// "How many …?" questions: which passages count the thing asked about, and which count comes first
// when the articles give several.
import type { IndexedSentence, KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { stem, termsOf } from '../index/analyze.js';
import { baseFormsOf } from '../index/inflections.js';
import { WEIGHTS, type QueryGroup, type TermChoice } from '../index/query-plan.js';
import { sentencesOf, type SentenceSpan } from './passage-context.js';

/** The plural nouns English counts persons with ("38 people"). */
const PERSONS = termsOf('people persons');
/** Passages scoring at least this share of the best counting passage's score vote for their count. */
const VOTERS_NEAR_BEST = 0.8;

/**
 * A test of whether a passage counts the question's thing, in any of its words. People are counted
 * as people too: "how many passengers died?" is answered by "38 people were killed", a count of
 * people that also counts what the question says of them; "how many investigators are at the crash
 * site?" is not answered by "67 people on board".
 */
export function countsOf(kb: KnowledgeBase, counted: QueryGroup, groups: readonly QueryGroup[]): (passage: SentenceSpan) => boolean {
  const terms = counted.choices.flatMap((choice) => choice.terms);
  const countsThing = (sentence: IndexedSentence) => terms.some((term) => sentence.countedTerms.has(term));
  const said = saidOfIt(groups);
  const countsPeople = namesPeople(kb, counted.word)
    ? (sentence: IndexedSentence) => PERSONS.some((term) => sentence.countedTerms.has(term)) && said.some((choice) => countsAll(sentence.countedTerms, choice))
    : () => false;
  return (passage) => sentencesOf(kb.sentences, passage).some((sentence) => countsThing(sentence) || countsPeople(sentence));
}

/**
 * Counting passages, the count the articles agree on first. When passages scoring near the best
 * count what the question says of the thing ("38 people were *killed*" for "how many people
 * died?"), each such count earns their scores: the death toll four articles report then ranks
 * above a side story's ("All 298 people on board died."), as redundancy picks answers in AskMSR
 * (Brill et al. 2002). A count nobody near the best votes for keeps its rank by score.
 */
export function agreedCountsFirst<P extends SentenceSpan & { score: number }>(kb: KnowledgeBase, counting: readonly P[], groups: readonly QueryGroup[]): P[] {
  const said = saidOfIt(groups);
  const best = counting[0]?.score ?? 0;
  const votes = new Map<string, number>();
  for (const passage of counting) {
    if (passage.score < VOTERS_NEAR_BEST * best) break;
    for (const count of countsSaid(kb, passage, said)) votes.set(count, (votes.get(count) ?? 0) + passage.score);
  }
  const voteOf = (passage: P) => Math.max(0, ...countsGiven(kb, passage).map((count) => votes.get(count) ?? 0));
  return counting
    .map((passage, rank) => ({ passage, rank, vote: voteOf(passage) }))
    .sort((a, b) => b.vote - a.vote || a.rank - b.rank)
    .map(({ passage }) => passage);
}

/** Alternatives of what the question says of its thing: its other words that count towards it ("died", "on board"). */
function saidOfIt(groups: readonly QueryGroup[]): TermChoice[] {
  return groups
    .filter((group) => !group.counted && !group.rankingOnly && group.importance > 0)
    .flatMap((group) => group.choices.filter((choice) => choice.weight >= WEIGHTS.primary));
}

/** Does the word's most frequent noun sense name people ("passengers", "survivors")? */
function namesPeople(kb: KnowledgeBase, word: string): boolean {
  return baseFormsOf(word).some((form) => kb.lexicon.thesaurus.namesPeople(stem(form)));
}

/** Are all of the alternative's terms among what is counted? */
function countsAll(counted: ReadonlySet<string>, choice: TermChoice): boolean {
  return choice.terms.every((term) => counted.has(term));
}

/** The counts a passage gives of what the question says ("38" in "38 people were killed" for "died"). */
function countsSaid(kb: KnowledgeBase, passage: SentenceSpan, said: readonly TermChoice[]): string[] {
  return sentencesOf(kb.sentences, passage).flatMap((sentence) =>
    [...sentence.counts].filter(([, counted]) => said.some((choice) => countsAll(counted, choice))).map(([count]) => count),
  );
}

/** Every count a passage gives. */
function countsGiven(kb: KnowledgeBase, passage: SentenceSpan): string[] {
  return sentencesOf(kb.sentences, passage).flatMap((sentence) => [...sentence.counts.keys()]);
}
