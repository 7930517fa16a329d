// GloVe word vectors (data/word-vectors.bin, made by scripts/build-word-vectors.ts): they bridge
// the words people ask with to the words the articles use ("jet" → "plane", "survivors" →
// "survived") where WordNet has no link. Unit-length int8 vectors, so cosine is a dot product.
import fs from 'node:fs';
import { WORD_VECTORS_FILE } from '../paths.js';

const HeaderFields = ['words', 'dimensions', 'scale', 'wordBytes', 'clusters'] as const;
type Header = Record<(typeof HeaderFields)[number], number> & { format: string };

const NEWLINE = 0x0a;
/** Bounds the remembered look-ups: hostile questions can bring endless new words. */
const MAX_REMEMBERED_ROWS = 100_000;

export class WordVectors {
  /** Rows already looked up (null: not among the words kept). */
  private readonly rows = new Map<string, number | null>();

  private constructor(
    /** The words in byte order, separated by newlines; a word's row is its place in this order. */
    private readonly words: Buffer,
    /** Where each row's word starts in `words`. */
    private readonly wordStarts: Uint32Array,
    private readonly matrix: Int8Array,
    /** Each row's frequency rank in English (0: "the"). */
    private readonly ranks: Uint32Array,
    /** Each row's k-means cluster: the words are grouped so a search need not scan them all. */
    private readonly clusterOfRow: Uint16Array,
    /** Cluster centres, unit length and quantised like the words. */
    private readonly centres: Int8Array,
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
    const headerEnd = data.indexOf(NEWLINE);
    const header = JSON.parse(data.toString('utf8', 0, headerEnd)) as Header;
    if (header.format !== 'word-vectors/3' || !HeaderFields.every((field) => Number.isInteger(header[field]))) {
      throw new Error(`${file} is not a word-vectors/3 file: rebuild it with scripts/build-word-vectors.ts`);
    }
    const { words: count, dimensions, clusters } = header;
    const wordsStart = headerEnd + 1;
    const words = data.subarray(wordsStart, wordsStart + header.wordBytes);
    const wordStarts = new Uint32Array(count);
    for (let row = 1, at = 0; row < count; row++) wordStarts[row] = at = words.indexOf(NEWLINE, at) + 1;
    const matrixStart = wordsStart + header.wordBytes;
    const ranksStart = matrixStart + count * dimensions;
    const clustersStart = ranksStart + count * 4;
    const centresStart = clustersStart + count * 2;
    // Copied out of the file's buffer: typed-array views need aligned offsets, and the words' length is arbitrary.
    const copy = (start: number, end: number) => data.buffer.slice(data.byteOffset + start, data.byteOffset + end);
    return new WordVectors(
      words,
      wordStarts,
      new Int8Array(copy(matrixStart, ranksStart)),
      new Uint32Array(copy(ranksStart, clustersStart)),
      new Uint16Array(copy(clustersStart, centresStart)),
      new Int8Array(copy(centresStart, centresStart + clusters * dimensions)),
      dimensions,
      header.scale,
    );
  }

  /**
   * The word's row, or undefined for a word outside the 100,000 kept: a binary search over the
   * words' bytes, remembered, because questions look up the same words (and their synonyms, to
   * weigh WordNet's senses) again and again.
   */
  rowOf(word: string): number | undefined {
    let row = this.rows.get(word);
    if (row === undefined) {
      if (this.rows.size >= MAX_REMEMBERED_ROWS) this.rows.clear();
      this.rows.set(word, (row = this.searchRow(word) ?? null));
    }
    return row ?? undefined;
  }

  private searchRow(word: string): number | undefined {
    const target = Buffer.from(word);
    let low = 0;
    let high = this.wordStarts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = this.wordStarts[middle]!;
      const end = middle + 1 < this.wordStarts.length ? this.wordStarts[middle + 1]! - 1 : this.words.length;
      const order = target.compare(this.words, start, end);
      if (order === 0) return middle;
      if (order > 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** How common a word is in general English: its frequency rank (0 = most common), Infinity when unknown. */
  rankOf(word: string): number {
    const row = this.rowOf(word);
    return row === undefined ? Infinity : this.ranks[row]!;
  }

  get clusterCount(): number {
    return this.centres.length / this.dimensions;
  }

  clusterOf(row: number): number {
    return this.clusterOfRow[row]!;
  }

  /** The `count` clusters whose centres are closest to the word's vector, closest first. */
  closestClusters(row: number, count: number): number[] {
    const { matrix, centres, dimensions } = this;
    const closeness: Array<[cluster: number, dot: number]> = [];
    for (let cluster = 0; cluster < this.clusterCount; cluster++) {
      let dot = 0;
      for (let i = row * dimensions, j = cluster * dimensions, end = i + dimensions; i < end; i++, j++) dot += matrix[i]! * centres[j]!;
      closeness.push([cluster, dot]);
    }
    return closeness
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([cluster]) => cluster);
  }

  /** Cosine similarity of two rows. */
  similarity(a: number, b: number): number {
    return this.similarityTo(a, this.matrix, b);
  }

  /** Cosine similarity of a row with vector `index` of `packed` (vectors copied out by `pack`). */
  similarityTo(row: number, packed: Int8Array, index: number): number {
    const { matrix, dimensions } = this;
    const a = row * dimensions;
    const b = index * dimensions;
    // Integer arithmetic (|0): int8 products summed over 100 dimensions never leave 32 bits, and V8 runs it twice as fast.
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot = (dot + matrix[a + d]! * packed[b + d]!) | 0;
    return dot / (this.scale * this.scale);
  }

  /** The rows' vectors, copied next to each other: scanning them then reads memory in order. */
  pack(rows: readonly number[]): Int8Array {
    const packed = new Int8Array(rows.length * this.dimensions);
    rows.forEach((row, i) => packed.set(this.matrix.subarray(row * this.dimensions, (row + 1) * this.dimensions), i * this.dimensions));
    return packed;
  }
}
