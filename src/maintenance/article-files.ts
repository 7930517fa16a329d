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

/** Moves `name` into .removed/ and returns its name there; an earlier removal of the same name is kept beside it. */
export async function moveToRemoved(folder: string, name: string): Promise<string> {
  const removed = path.join(folder, REMOVED_FOLDER);
  await fs.mkdir(removed, { recursive: true });
  let target = name;
  for (let n = 2; await exists(path.join(removed, target)); n++) target = name.replace(/\.md$/, `.${n}.md`);
  await fs.rename(path.join(folder, name), path.join(removed, target));
  return target;
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
  id: string;
  outlet: string;
  title: string;
}

/** The articles in .removed/ that can be restored (files that no longer parse are left out). */
export async function removedArticles(folder: string): Promise<RemovedArticle[]> {
  const removed = path.join(folder, REMOVED_FOLDER);
  if (!(await exists(removed))) return [];
  const found: RemovedArticle[] = [];
  for (const removedName of (await fs.readdir(removed)).filter(isArticleFileName).sort()) {
    const { article } = parseArticle(removedName, await fs.readFile(path.join(removed, removedName), 'utf8'));
    if (article) found.push({ removedName, name: removedName.replace(/\.\d+\.md$/, '.md'), id: article.id, outlet: article.outlet, title: article.title });
  }
  return found;
}

/** Entries the loader skips, other than .removed/: worth a warning, since they look like articles that were meant to count. */
export async function ignoredEntries(root: string): Promise<string[]> {
  return (await listFolder(root)).filter((name) => name !== REMOVED_FOLDER && !isArticleFileName(name)).sort();
}
