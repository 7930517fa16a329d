// `npm test` checks the code as it is now: vitest's global setup (test/global-setup.ts) builds
// dist/ before any test runs, so the CLI tests, which run dist/, never see a stale build.
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

describe('the build under test', () => {
  it('was brought up to date after the last change to any source file', () => {
    const built = fs.statSync(path.join(PROJECT_ROOT, 'dist', 'tsconfig.build.tsbuildinfo')).mtimeMs;
    expect(built).toBeGreaterThanOrEqual(newestSourceChange());
  });
});
