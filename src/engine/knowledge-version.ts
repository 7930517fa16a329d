// A short content hash of the loaded articles: shards that loaded the same folder report the same
// version, so an operator (and a moderator's reload report) can see at a glance that they agree.
import { createHash } from 'node:crypto';
import type { Article } from '../knowledge/article-schema.js';

/** What an article says, without where it happens to be stored (its file name). */
export function articleContent({ file: _file, ...content }: Article): string {
  return JSON.stringify(content);
}

/** 12 hex digits of a SHA-256 over every article's content, independent of file order. */
export function knowledgeVersion(articles: readonly Article[]): string {
  const hash = createHash('sha256');
  for (const content of articles.map(articleContent).sort()) hash.update(content).update('\0');
  return hash.digest('hex').slice(0, 12);
}
