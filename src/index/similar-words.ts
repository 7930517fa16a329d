// The articles' words closest in meaning to a question word, by word-vector cosine: the bridge
// from "jet" to "plane" and from "survivors" to "survived" that spelling and WordNet miss.
// Only the articles' own words are candidates, grouped by the vectors' k-means clusters when the
// index is built; a search scans only the clusters closest to the word (an inverted-file index),
// so its cost does not grow with the corpus's vocabulary as a full scan's would (13 ms a word at
// 50,000 sentences).
import type { WordVectors } from './word-vectors.js';

export interface SimilarWord {
  word: string;
  similarity: number;
}

/** Bounds the remembered look-ups: hostile questions can bring endless new words. */
const MAX_REMEMBERED_WORDS = 20_000;
/**
 * Clusters scanned per search, of 256. Measured on the knowledge articles' vocabulary and the dev
 * sets' question words: 16 find the same five nearest words as a full scan for 99% of them (402
 * of 407; 8 clusters: 93%).
 */
const CLUSTERS_SCANNED = 16;

export class SimilarWords {
  /**
   * The articles' words with a vector, by cluster: the words, their rows, and their vectors packed
   * together (on the cluster's first search: most clusters are never searched).
   */
  private readonly clusters: Array<{ words: string[]; rows: number[]; vectors?: Int8Array }>;
  private readonly remembered = new Map<string, readonly SimilarWord[]>();

  constructor(
    private readonly vectors: WordVectors,
    private readonly minSimilarity: number,
    private readonly limit: number,
  ) {
    this.clusters = Array.from({ length: vectors.clusterCount }, () => ({ words: [], rows: [] }));
  }

  /** Makes one of the articles' words a candidate (a word without a vector is left out). */
  add(word: string): void {
    const row = this.vectors.rowOf(word);
    if (row === undefined) return;
    const cluster = this.clusters[this.vectors.clusterOf(row)]!;
    cluster.words.push(word);
    cluster.rows.push(row);
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
    for (const cluster of this.vectors.closestClusters(row, CLUSTERS_SCANNED)) {
      const members = this.clusters[cluster]!;
      const { words, rows } = members;
      const vectors = (members.vectors ??= this.vectors.pack(rows));
      for (let i = 0; i < rows.length; i++) {
        if (rows[i] === row) continue;
        const similarity = this.vectors.similarityTo(row, vectors, i);
        if (similarity >= this.minSimilarity) found.push({ word: words[i]!, similarity });
      }
    }
    return found.sort((a, b) => b.similarity - a.similarity).slice(0, this.limit);
  }
}
