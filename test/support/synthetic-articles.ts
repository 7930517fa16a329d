// Small made-up articles, for tests that need to know exactly what the knowledge base holds.
import type { Article } from '../../src/knowledge/article-schema.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';

export function syntheticArticle(id: string, body: string, outlet = `Outlet of ${id}`): Article {
  return { id, outlet, title: `Title of ${id}`, source: `${id}.txt`, file: `${id}.md`, body };
}

export function syntheticKnowledgeBase(...articles: Article[]): Promise<KnowledgeBase> {
  return buildKnowledgeBase(articles);
}
