// "What happened?", "tell me about the crash", "tldr": questions that ask for the story itself
// rather than a detail of it are answered with the articles' ledes, the first sentence of each,
// which is how news writing summarises a story.
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import type { QueryGroup } from '../index/query-plan.js';

/**
 * General English words that ask for a summary rather than name a subject. (Chosen from what the
 * words mean, not from any question set: each is a way of saying "tell me the story".)
 */
const ASKS_FOR_THE_STORY = new Set([
  'happen', 'happens', 'happened', 'happening', 'going', 'tell', 'explain', 'summary', 'summarise', 'summarize',
  'overview', 'recap', 'rundown', 'tldr', 'tl', 'dr', 'story', 'news', 'update', 'updates', 'latest', 'gist', 'background',
]);

/**
 * A term the story itself is made of when nearly every article uses it ("crash", "plane"): asking
 * about it alone asks for the story.
 */
const STORY_TERM_REACH = 0.75;

/**
 * Does the question ask for the story as a whole: summary words, and otherwise only what every
 * article is about? Vague words the articles never use ("what happened to the plane *today*")
 * change nothing.
 */
export function asksForOverview(kb: KnowledgeBase, groups: readonly QueryGroup[]): boolean {
  const words = groups.filter((group) => !group.rankingOnly && !(group.importance === 0 && group.choices.length === 0));
  return (
    words.some((group) => ASKS_FOR_THE_STORY.has(group.word)) &&
    words.every((group) => ASKS_FOR_THE_STORY.has(group.word) || group.choices.some((choice) => choice.via === 'exact' && kb.reportedBy(choice.term) >= STORY_TERM_REACH))
  );
}

/** Ledes already found, by the sentences they were found in: finding them walks every sentence. */
const ledesOf = new WeakMap<KnowledgeBase['sentences'], readonly number[]>();

/** The first sentence of each article, in the folder's order. */
export function ledes(kb: KnowledgeBase): readonly number[] {
  let firsts = ledesOf.get(kb.sentences);
  if (!firsts) ledesOf.set(kb.sentences, (firsts = firstSentences(kb.sentences)));
  return firsts;
}

function firstSentences(sentences: KnowledgeBase['sentences']): number[] {
  const firsts: number[] = [];
  for (let doc = 0; doc < sentences.length; doc++) if (doc === 0 || sentences[doc - 1]!.articleId !== sentences[doc]!.articleId) firsts.push(doc);
  return firsts;
}
