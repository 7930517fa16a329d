// The trust invariants every answer must keep, whatever the question and however retrieval is tuned.
import { expect } from 'vitest';
import type { Answer, SourceRef } from '../../src/answers/answer.js';
import type { Article } from '../../src/knowledge/article-schema.js';

/**
 * Every passage is a verbatim slice of its article's body, names
 * that article's outlet and title from its front matter, and lists other reporters correctly.
 */
export function expectTrustworthy(answer: Answer, articles: readonly Article[]): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const passage of answer.passages) {
    const article = expectSource(passage, byId);
    expect(passage.text.trim().length, 'passage text is empty').toBeGreaterThan(0);
    expect(article.body.includes(passage.text), `not verbatim from ${article.id}: ${JSON.stringify(passage.text)}`).toBe(true);
    expect(Number.isFinite(passage.score)).toBe(true);
    const others = passage.alsoReportedBy.map((ref) => expectSource(ref, byId).id);
    expect(others, 'alsoReportedBy repeats its own article').not.toContain(passage.articleId);
    expect(new Set(others).size, 'alsoReportedBy lists an article twice').toBe(others.length);
  }
  if (answer.answered) expect(answer.passages.length).toBeGreaterThan(0);
  else expect(answer.passages).toEqual([]);
}

/** The article a source points at, after checking its outlet and title are that article's own. */
function expectSource(ref: SourceRef, byId: ReadonlyMap<string, Article>): Article {
  const article = byId.get(ref.articleId);
  expect(article, `unknown article id ${ref.articleId}`).toBeDefined();
  expect(ref.outlet.trim().length, 'empty outlet').toBeGreaterThan(0);
  expect(ref.outlet).toBe(article!.outlet);
  expect(ref.title).toBe(article!.title);
  return article!;
}
