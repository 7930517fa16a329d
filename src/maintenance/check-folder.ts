// `check`: validates the knowledge folder exactly as start-up and reloads do, without starting
// anything, and names the files the loader would silently skip.
import { KnowledgeError, type KnowledgeProblem } from '../knowledge/knowledge-error.js';
import { loadDistinctKnowledge } from '../knowledge-base/duplicate-articles.js';
import { splitArticle } from '../sentences/split-sentences.js';
import { ignoredEntries } from './article-files.js';

export type FolderCheck = ({ ok: true; articles: number; sentences: number } | { ok: false; problems: KnowledgeProblem[] }) & {
  /** Entries that are not articles (not .md, or hidden), except .removed/. */
  ignored: string[];
};

export async function checkFolder(folder: string): Promise<FolderCheck> {
  try {
    const articles = await loadDistinctKnowledge(folder);
    const sentences = articles.reduce((sum, article) => sum + splitArticle(article).length, 0);
    return { ok: true, articles: articles.length, sentences, ignored: await ignoredEntries(folder) };
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    const ignored = await ignoredEntries(folder).catch(() => []);
    return { ok: false, problems: error.problems, ignored };
  }
}
