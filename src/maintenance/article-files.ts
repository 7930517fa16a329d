// File operations on the knowledge folder. A new file is written whole or not at all (a hidden
// temporary file in the same folder, flushed to disk, then renamed into place), so a reload
// never reads half an article. Removing moves a file into .removed/, which the loader ignores;
// nothing is ever deleted, so a removal can always be undone.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isArticleFileName, listFolder } from '../knowledge/load-knowledge.js';
import { parseArticle } from '../knowledge/parse-article.js';

const REMOVED_FOLDER = '.removed';

export async function writeFileAtomically(folder: string, name: string, text: string): Promise<void> {
  const temporary = path.join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await fs.open(temporary, 'wx');
  try {
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporary, path.join(folder, name));
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Makes a rename in the folder durable too. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Moves `name` into .removed/ and returns its name there. Earlier removals of the same name are
 * kept beside it as copies: `name` itself first, then `name.2.md`, `name.3.md`, … Each new copy
 * is numbered one past the highest, never in a gap a restore left, so the highest is the latest.
 */
export async function moveToRemoved(folder: string, name: string): Promise<string> {
  const removed = path.join(folder, REMOVED_FOLDER);
  await fs.mkdir(removed, { recursive: true });
  const copies = (await fs.readdir(removed)).filter((entry) => originalName(entry) === name).map(copyNumber);
  const copy = Math.max(0, ...copies) + 1;
  const target = copy === 1 ? name : name.replace(/\.md$/, `.${copy}.md`);
  await fs.rename(path.join(folder, name), path.join(removed, target));
  return target;
}

/** The name a removed copy had in the folder: "x.3.md" was "x.md". */
function originalName(removedName: string): string {
  return removedName.replace(/\.\d+\.md$/, '.md');
}

/** Which removal of its name a copy is: 1 for "x.md", 3 for "x.3.md". */
function copyNumber(removedName: string): number {
  return Number(/\.(\d+)\.md$/.exec(removedName)?.[1] ?? 1);
}

/** Moves a removed file back into the folder as `name`. */
export async function moveBack(folder: string, removedName: string, name: string): Promise<void> {
  await fs.rename(path.join(folder, REMOVED_FOLDER, removedName), path.join(folder, name));
}

export interface RemovedArticle {
  /** Name inside .removed/. */
  removedName: string;
  /** The name it had (and gets back) in the folder. */
  name: string;
  /** Which removal of that name it is (1 the first); the highest is the latest. */
  copy: number;
  id: string;
  outlet: string;
  title: string;
  url?: string;
  body: string;
}

/**
 * The articles in .removed/ that can be restored (files that no longer parse are left out), by
 * name and then in the order they were removed, so the latest removal of a name comes last.
 */
export async function removedArticles(folder: string): Promise<RemovedArticle[]> {
  const removed = path.join(folder, REMOVED_FOLDER);
  if (!(await exists(removed))) return [];
  const found: RemovedArticle[] = [];
  for (const removedName of (await fs.readdir(removed)).filter(isArticleFileName)) {
    const { article } = parseArticle(removedName, await fs.readFile(path.join(removed, removedName), 'utf8'));
    if (!article) continue;
    const { id, outlet, title, url, body } = article;
    found.push({ removedName, name: originalName(removedName), copy: copyNumber(removedName), id, outlet, title, ...(url ? { url } : {}), body });
  }
  return found.sort((a, b) => (a.name === b.name ? a.copy - b.copy : a.name < b.name ? -1 : 1));
}

/** Entries the loader skips, other than .removed/: worth a warning, since they look like articles that were meant to count. */
export async function ignoredEntries(root: string): Promise<string[]> {
  return (await listFolder(root)).filter((name) => name !== REMOVED_FOLDER && !isArticleFileName(name)).sort();
}
