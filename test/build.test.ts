// `npm test` checks the code as it is now: vitest's global setup (test/global-setup.ts) builds
// dist/ before any test runs, so the CLI tests, which run dist/, never see a stale build. And the
// build holds no test code: nothing the programs or bench/ import comes from test/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';

const SOURCE_FOLDERS = ['src', 'commands', 'scripts', 'bench'];

function newestSourceChange(): number {
  return Math.max(
    ...SOURCE_FOLDERS.flatMap((folder) =>
      fs
        .readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => fs.statSync(path.join(PROJECT_ROOT, folder, file)).mtimeMs),
    ),
  );
}

const BUILD_INFO = path.join(PROJECT_ROOT, 'dist', 'tsconfig.build.tsbuildinfo');

describe('the build under test', () => {
  it('was brought up to date after the last change to any source file', () => {
    expect(fs.statSync(BUILD_INFO).mtimeMs).toBeGreaterThanOrEqual(newestSourceChange());
  });

  it('compiles no file from test/', () => {
    // tsc records every file of the program, imported ones included, relative to dist/.
    const { fileNames } = JSON.parse(fs.readFileSync(BUILD_INFO, 'utf8')) as { fileNames: string[] };
    expect(fileNames.some((file) => file.startsWith('../src/'))).toBe(true);
    expect(fileNames.filter((file) => file.startsWith('../test/'))).toEqual([]);
  });
});
