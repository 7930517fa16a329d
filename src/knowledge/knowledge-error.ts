import path from 'node:path';
import { shownPath } from '../paths.js';

/** One thing wrong with one knowledge file, worded for the moderator who has to fix it. */
export interface KnowledgeProblem {
  /** Relative to the knowledge folder, so replies never show server paths; FOLDER for the folder itself. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** Front-matter field, when the problem is about one. */
  field?: string;
  message: string;
}

/** The `file` of a problem with the knowledge folder as a whole. */
export const FOLDER = '.';

export function describeProblem(problem: KnowledgeProblem): string {
  const where = [problem.file === FOLDER ? 'the knowledge folder' : problem.file, problem.line !== undefined ? `line ${problem.line}` : undefined, problem.field]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}

/** Thrown when a knowledge folder cannot be served. It carries every problem found, not just the first. */
export class KnowledgeError extends Error {
  constructor(
    folder: string,
    readonly problems: KnowledgeProblem[],
  ) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`the knowledge folder ${shownPath(folder)}${path.sep} has ${count}:\n${problems.map((p) => `  - ${describeProblem(p)}`).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}
