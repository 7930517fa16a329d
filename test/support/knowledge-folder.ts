// Real knowledge folders in temp dirs, for tests that load, break and reload them.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AnswerEngine } from '../../src/engine/answer-engine.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';

export const KNOWLEDGE_DIR = DEFAULT_KNOWLEDGE_DIR;

/** Temp dirs made by one test file; call `removeAll` in afterAll. */
export class TempDirs {
  private readonly dirs: string[] = [];

  async make(prefix = 'kb-'): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
    this.dirs.push(dir);
    return dir;
  }

  /** A fresh copy of the real knowledge folder. */
  async copyOfKnowledge(): Promise<string> {
    const dir = await this.make();
    await fs.cp(KNOWLEDGE_DIR, dir, { recursive: true });
    return dir;
  }

  async removeAll(): Promise<void> {
    await Promise.all(this.dirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
  }
}

/** The text of a knowledge file: front matter from `fields` (values written as YAML strings), then the body. */
export function articleFile(fields: Record<string, string>, body: string): string {
  const yaml = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return ['---', ...yaml, '---', '', body, ''].join('\n');
}

/** Valid front matter for a test article with this id. */
export function fieldsFor(id: string, overrides: Record<string, string> = {}): Record<string, string> {
  return { id, outlet: `Outlet of ${id}`, title: `Title of ${id}`, source: `${id}.txt`, ...overrides };
}

export async function writeArticle(folder: string, file: string, fields: Record<string, string>, body: string): Promise<void> {
  await fs.writeFile(path.join(folder, file), articleFile(fields, body));
}

export function openEngine(folder: string = KNOWLEDGE_DIR): Promise<AnswerEngine> {
  return AnswerEngine.open(folder);
}

let realArticles: Promise<Article[]> | undefined;
/** The five curated articles, as loaded from knowledge/. */
export function knowledgeArticles(): Promise<Article[]> {
  return (realArticles ??= loadKnowledge(KNOWLEDGE_DIR));
}
