// When two articles are one: the same canonical address, or most of one's sentences already in
// the other. `add` and `restore` refuse such an article, and a folder holding one is refused like
// a folder with an id used twice: answers would quote it with itself as "also reported by".
import type { Article } from '../knowledge/article-schema.js';
import { KnowledgeError, type KnowledgeProblem } from '../knowledge/knowledge-error.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { splitArticle } from '../sentences/split-sentences.js';

/** Share of an article's sentences another may already have before the two count as one article. */
const DUPLICATE_SHARE = 0.8;

/** An article as the duplicate check sees it: what names it, its address, and its sentences. */
export interface ArticleText {
  id: string;
  title: string;
  outlet: string;
  url?: string;
  sentences: readonly string[];
}

export class DuplicateFinder {
  private readonly byAddress = new Map<string, ArticleText[]>();
  private readonly bySentence = new Map<string, Set<ArticleText>>();

  /** Indexes `articles` by address and by sentence, so checking one article costs its own sentences, not all of theirs. */
  constructor(private readonly articles: readonly ArticleText[]) {
    for (const article of articles) {
      const address = article.url && sameAddress(article.url);
      if (address) this.byAddress.set(address, [...(this.byAddress.get(address) ?? []), article]);
      for (const sentence of article.sentences) {
        const key = comparable(sentence);
        this.bySentence.set(key, (this.bySentence.get(key) ?? new Set()).add(article));
      }
    }
  }

  /** Why `article` is one of the articles already (itself aside, when it is one), worded for the moderator; undefined when it is not. */
  duplication(article: Pick<ArticleText, 'url' | 'sentences'>): string | undefined {
    const sameUrl = article.url ? this.byAddress.get(sameAddress(article.url))?.find((other) => other !== article) : undefined;
    if (sameUrl) return `it is already in the knowledge folder as ${name(sameUrl)}, from the same address`;
    const shared = new Map<ArticleText, number>();
    for (const sentence of article.sentences) {
      for (const other of this.bySentence.get(comparable(sentence)) ?? []) if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    // The first in the articles' order, whatever the order of the sentences.
    const total = article.sentences.length;
    const same = this.articles.find((other) => (shared.get(other) ?? 0) >= DUPLICATE_SHARE * total && total > 0);
    return same ? `${Math.round((100 * shared.get(same)!) / total)}% of its sentences are already in ${name(same)}` : undefined;
  }
}

/** The folder's articles (loadKnowledge), none of them another again. Throws KnowledgeError listing every problem. */
export async function loadDistinctKnowledge(folder: string): Promise<Article[]> {
  const articles = await loadKnowledge(folder);
  const problems = duplicateProblems(articles);
  if (problems.length > 0) throw new KnowledgeError(folder, problems);
  return articles;
}

/** Every article that `add` would refuse beside the others: each of an identical pair, the smaller of a pair where one holds the other. */
function duplicateProblems(articles: readonly Article[]): KnowledgeProblem[] {
  const texts = articles.map((article) => ({ ...articleText(article), file: article.file }));
  const finder = new DuplicateFinder(texts);
  return texts.flatMap((text) => {
    const duplication = finder.duplication(text);
    return duplication ? [{ file: text.file, message: `repeats another article: ${duplication}; keep one of them` }] : [];
  });
}

export function articleText(article: Pick<Article, 'id' | 'title' | 'outlet' | 'url' | 'body'>): ArticleText {
  const { id, title, outlet, url } = article;
  return { id, title, outlet, ...(url ? { url } : {}), sentences: splitArticle(article).map((s) => s.text) };
}

function name(article: ArticleText): string {
  return `\`${article.id}\` (${article.outlet}: “${article.title}”)`;
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
