// Imports flow one way, the way the data does (README, Architecture): each folder of the pipeline
// imports only from the folders before it, and from src/ itself only the paths.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';

const PIPELINE = ['knowledge', 'sentences', 'index', 'knowledge-base', 'answers', 'engine'];
const SHARED_MODULES_ALLOWED = ['paths'];

function importsOf(folder: string): Array<{ file: string; target: string }> {
  const dir = path.join(PROJECT_ROOT, 'src', folder);
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/from '\.\.\/([^']+)'/g)].map((match) => ({ file: `${folder}/${file}`, target: match[1]! })));
}

describe('src/ folders', () => {
  it.each(PIPELINE)('%s imports only from the folders before it', (folder) => {
    const wrongWay = importsOf(folder).filter(({ target }) => {
      const [first, ...rest] = target.split('/');
      if (rest.length === 0) return !SHARED_MODULES_ALLOWED.includes(first!.replace(/\.js$/, ''));
      const at = PIPELINE.indexOf(first!);
      return at < 0 || at > PIPELINE.indexOf(folder);
    });
    expect(wrongWay).toEqual([]);
  });
});
