// What keeps a draft out of the knowledge folder: too little text to quote, or an article the
// bot already has (the same canonical address, or most of its sentences).
import { DuplicateFinder, type ArticleText } from '../knowledge-base/duplicate-articles.js';
import type { ArticleDraft } from './article-draft.js';

/** Fewer sentences than this is a teaser, a stub or an extraction gone wrong, not an article. */
const MIN_SENTENCES = 5;

export function draftProblem(draft: ArticleDraft, existing: readonly ArticleText[]): string | undefined {
  if (draft.sentences.length < MIN_SENTENCES) {
    return `only ${draft.sentences.length} sentence${draft.sentences.length === 1 ? '' : 's'} of article text were found; an article needs at least ${MIN_SENTENCES}`;
  }
  return new DuplicateFinder(existing).duplication({ ...(draft.fields.url ? { url: draft.fields.url } : {}), sentences: draft.sentences });
}
