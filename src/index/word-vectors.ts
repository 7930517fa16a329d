// GloVe word vectors (data/word-vectors.bin, made by scripts/build-word-vectors.ts): they bridge
// the words people ask with to the words the articles use ("jet" → "plane", "survivors" →
// "survived") where WordNet has no link. Unit-length int8 vectors, so cosine is a dot product.
import fs from 'node:fs';
import { WORD_VECTORS_FILE } from '../paths.js';

const HeaderFields = ['words', 'dimensions', 'scale', 'wordBytes'] as const;
type Header = Record<(typeof HeaderFields)[number], number> & { format: string };

export class WordVectors {
  private constructor(
    /** Row of each word; rows are in order of how common the word is in English (row 0: "the"). */
    private readonly rows: ReadonlyMap<string, number>,
    private readonly matrix: Int8Array,
    readonly dimensions: number,
    private readonly scale: number,
  ) {}

  static load(file: string = WORD_VECTORS_FILE): WordVectors {
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch {
      throw new Error(`the word vectors ${file} are missing: they are part of the repository (data/)`);
    }
    const headerEnd = data.indexOf(0x0a);
    const header = JSON.parse(data.toString('utf8', 0, headerEnd)) as Header;
    if (header.format !== 'word-vectors/1' || !HeaderFields.every((field) => Number.isInteger(header[field]))) {
      throw new Error(`${file} is not a word-vectors/1 file`);
    }
    const wordsStart = headerEnd + 1;
    const words = data.toString('utf8', wordsStart, wordsStart + header.wordBytes).split('\n');
    const matrixStart = wordsStart + header.wordBytes;
    const matrix = new Int8Array(data.buffer, data.byteOffset + matrixStart, header.words * header.dimensions);
    return new WordVectors(new Map(words.map((word, row) => [word, row])), matrix, header.dimensions, header.scale);
  }

  /** The word's row, or undefined for a word outside the 100,000 kept. */
  rowOf(word: string): number | undefined {
    return this.rows.get(word);
  }

  /** How common a word is in general English: its frequency rank (0 = most common), Infinity when unknown. */
  rankOf(word: string): number {
    return this.rows.get(word) ?? Infinity;
  }

  /** Cosine similarity of two rows. */
  similarity(a: number, b: number): number {
    const { matrix, dimensions } = this;
    let dot = 0;
    for (let i = a * dimensions, j = b * dimensions, end = i + dimensions; i < end; i++, j++) dot += matrix[i]! * matrix[j]!;
    return dot / (this.scale * this.scale);
  }
}
