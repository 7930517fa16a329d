// What keeps a draft out of the knowledge folder: too little text to quote, or an article the
// bot already has (the same canonical address, or most of its sentences).
import type { ArticleDraft } from './article-draft.js';

/** Fewer sentences than this is a teaser, a stub or an extraction gone wrong, not an article. */
const MIN_SENTENCES = 5;
/** Share of a draft's sentences an existing article may already have before it counts as the same article. */
const DUPLICATE_SHARE = 0.8;

export interface ExistingArticle {
  id: string;
  title: string;
  outlet: string;
  url?: string;
  sentences: readonly string[];
}

export function draftProblem(draft: ArticleDraft, existing: readonly ExistingArticle[]): string | undefined {
  if (draft.sentences.length < MIN_SENTENCES) {
    return `only ${draft.sentences.length} sentence${draft.sentences.length === 1 ? '' : 's'} of article text were found; an article needs at least ${MIN_SENTENCES}`;
  }
  const name = (a: ExistingArticle) => `\`${a.id}\` (${a.outlet}: “${a.title}”)`;
  const address = draft.fields.url ? sameAddress(draft.fields.url) : undefined;
  const sameUrl = address ? existing.find((a) => a.url && sameAddress(a.url) === address) : undefined;
  if (sameUrl) return `it is already in the knowledge folder as ${name(sameUrl)}, from the same address`;
  const mine = draft.sentences.map(comparable);
  for (const article of existing) {
    const theirs = new Set(article.sentences.map(comparable));
    const shared = mine.filter((s) => theirs.has(s)).length;
    if (shared / mine.length >= DUPLICATE_SHARE) {
      return `${Math.round((100 * shared) / mine.length)}% of its sentences are already in ${name(article)}`;
    }
  }
  return undefined;
}

/** An address as a key: scheme, "www.", fragment, tracking parameters and a trailing slash do not matter. */
function sameAddress(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) if (/^utm_|^fbclid$|^gclid$/.test(key)) parsed.searchParams.delete(key);
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  return `${host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
}

/** A sentence as a key: case, spacing and curly versus straight quotes do not matter. */
function comparable(sentence: string): string {
  return sentence.normalize('NFKC').toLowerCase().replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}
