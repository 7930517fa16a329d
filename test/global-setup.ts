// `npm test` must never test stale code: the CLI tests run dist/, and every engine reads
// dist/thesaurus.tsv and dist/tag-lexicon.tsv. So the build runs first, incrementally: `tsc -b`
// recompiles only what changed (a fraction of a second when nothing did), and each generated file
// is rebuilt only when it is older than the compiled code that makes it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, TAG_LEXICON_FILE, THESAURUS_FILE } from '../src/paths.js';

const TSC = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** Each generated file, with the compiled script that makes it (as `npm run build` runs them). */
const GENERATED: Array<[file: string, builder: string]> = [
  [THESAURUS_FILE, path.join(PROJECT_ROOT, 'dist', 'scripts', 'build-thesaurus.js')],
  [TAG_LEXICON_FILE, path.join(PROJECT_ROOT, 'dist', 'scripts', 'build-tag-lexicon.js')],
];

export default function buildBeforeTests(): void {
  run(TSC, '-b', 'tsconfig.build.json');
  for (const [file, builder] of GENERATED) {
    const builtAt = modifiedAt(file);
    if (compiledModulesOf(builder).some((module) => modifiedAt(module) > builtAt)) run(builder);
  }
}

function run(script: string, ...args: string[]): void {
  execFileSync(process.execPath, [script, ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Milliseconds since the epoch; 0 for a file that does not exist yet. */
function modifiedAt(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
}

/** A compiled module and every module of ours it imports, followed through relative imports. */
function compiledModulesOf(entry: string): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const [, target] of fs.readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) visit(path.resolve(path.dirname(file), target!));
  };
  visit(entry);
  return [...found];
}
