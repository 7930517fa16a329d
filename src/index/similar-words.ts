// The articles' words closest in meaning to a question word, by word-vector cosine: the bridge
// from "jet" to "plane" and from "survivors" to "survived" that spelling and WordNet miss.
// Only the articles' own words are candidates, packed into one matrix when the index is built.
import type { WordVectors } from './word-vectors.js';

export interface SimilarWord {
  word: string;
  similarity: number;
}

/** Bounds the remembered look-ups: hostile questions can bring endless new words. */
const MAX_REMEMBERED_WORDS = 20_000;

export class SimilarWords {
  private readonly words: string[] = [];
  private readonly rows: number[] = [];
  private readonly remembered = new Map<string, readonly SimilarWord[]>();

  constructor(
    private readonly vectors: WordVectors,
    corpusWords: Iterable<string>,
    private readonly minSimilarity: number,
    private readonly limit: number,
  ) {
    for (const word of corpusWords) {
      const row = vectors.rowOf(word);
      if (row === undefined) continue;
      this.words.push(word);
      this.rows.push(row);
    }
  }

  /** Up to `limit` of the articles' words at least `minSimilarity` close to `word`, closest first; never the word itself. */
  of(word: string): readonly SimilarWord[] {
    let found = this.remembered.get(word);
    if (!found) {
      found = this.search(word);
      if (this.remembered.size >= MAX_REMEMBERED_WORDS) this.remembered.clear();
      this.remembered.set(word, found);
    }
    return found;
  }

  private search(word: string): SimilarWord[] {
    const row = this.vectors.rowOf(word);
    if (row === undefined) return [];
    const found: SimilarWord[] = [];
    for (let i = 0; i < this.rows.length; i++) {
      if (this.rows[i] === row) continue;
      const similarity = this.vectors.similarity(row, this.rows[i]!);
      if (similarity >= this.minSimilarity) found.push({ word: this.words[i]!, similarity });
    }
    return found.sort((a, b) => b.similarity - a.similarity).slice(0, this.limit);
  }
}
