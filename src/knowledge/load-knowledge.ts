// Reads and validates a whole knowledge folder. Either every file is valid and the articles are
// returned, or a KnowledgeError lists every problem: nothing is ever served from a half-valid folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Article } from './article-schema.js';
import { FOLDER, KnowledgeError, type KnowledgeProblem } from './knowledge-error.js';
import { parseArticle } from './parse-article.js';

/** Articles are a few kilobytes; anything this large is a mistake (a PDF, a dump), not an article. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function loadKnowledge(folder: string): Promise<Article[]> {
  const problems: KnowledgeProblem[] = [];
  const root = await realFolder(folder);
  const names = (await listFolder(root)).filter(isArticleFileName).sort();
  if (names.length === 0) throw new KnowledgeError(folder, [{ file: FOLDER, message: 'contains no .md article files' }]);

  const articles: Article[] = [];
  for (const name of names) {
    const read = await readArticleFile(root, name);
    if (typeof read !== 'string') {
      problems.push(read);
      continue;
    }
    const parsed = parseArticle(name, read);
    if (parsed.article) articles.push(parsed.article);
    else problems.push(...parsed.problems);
  }

  const fileById = new Map<string, string>();
  for (const article of articles) {
    const first = fileById.get(article.id);
    if (first) problems.push({ file: article.file, field: 'id', message: `"${article.id}" is already used by ${first}` });
    else fileById.set(article.id, article.file);
  }

  if (problems.length > 0) throw new KnowledgeError(folder, problems);
  return articles;
}

/**
 * Article files are the folder's `.md` files. Hidden entries are not: `.removed/` keeps removed
 * articles, and a file being written is a hidden temporary until it is renamed into place.
 */
export function isArticleFileName(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('.');
}

async function realFolder(folder: string): Promise<string> {
  try {
    const real = await fs.realpath(folder);
    if (!(await fs.stat(real)).isDirectory()) throw new KnowledgeError(folder, [{ file: FOLDER, message: 'is not a folder' }]);
    return real;
  } catch (error) {
    if (error instanceof KnowledgeError) throw error;
    throw new KnowledgeError(folder, [{ file: FOLDER, message: 'does not exist or cannot be read' }]);
  }
}

/** The folder's entries (names only). */
export async function listFolder(root: string): Promise<string[]> {
  try {
    return await fs.readdir(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new KnowledgeError(root, [{ file: FOLDER, message: `cannot be listed (${code})` }]);
  }
}

/** "1,048,577 bytes", so a file just over the limit is not reported as "1.0 MB; at most 1 MB". */
function bytes(count: number): string {
  return `${count.toLocaleString('en-US')} bytes`;
}

/** The file's text, or the problem that keeps it from being read safely. */
async function readArticleFile(root: string, name: string): Promise<string | KnowledgeProblem> {
  const problem = (message: string): KnowledgeProblem => ({ file: name, message });
  try {
    const real = await fs.realpath(path.join(root, name));
    if (path.dirname(real) !== root && !real.startsWith(root + path.sep)) {
      return problem('is a link to a file outside the knowledge folder; copy the article in instead');
    }
    const stat = await fs.stat(real);
    if (!stat.isFile()) return problem('is not a regular file');
    const tooLarge = (size: number) =>
      problem(`is too large: ${bytes(size)}; an article may be at most ${bytes(MAX_ARTICLE_BYTES)} (${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
    if (stat.size > MAX_ARTICLE_BYTES) return tooLarge(stat.size);
    const content = await fs.readFile(real);
    if (content.length > MAX_ARTICLE_BYTES) return tooLarge(content.length); // it grew while we looked
    if (content.includes(0)) return problem('is a binary file, not UTF-8 text');
    try {
      return utf8.decode(content);
    } catch {
      return problem('is not valid UTF-8 text');
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && (await isLink(path.join(root, name)))) return problem('is a link to a file that does not exist');
    if (code === 'ENOENT') return problem('disappeared while it was being read (deleted or renamed during the reload)');
    return problem(`cannot be read (${code ?? 'unknown error'})`);
  }
}

async function isLink(file: string): Promise<boolean> {
  try {
    return (await fs.lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}
