// An inverted TF-IDF index that scores exactly like natural's TfIdf, only faster.
//
// natural's TfIdf.tfidfs(query) walks every document for every question. Here each term keeps a
// posting list (document, term frequency) and a question only touches the postings of its own
// terms. The weighting is natural's: tf = raw count in the document, idf = 1 + ln(N / (1 + df)),
// and a document's score is the sum of tf × idf over the query's terms, added in query order, so
// scores are bit-for-bit those of natural (test/index and the benchmark check it).
//
// All postings live in two flat typed arrays, sliced per term by an offset table: at 50k
// sentences that is a few megabytes and no per-posting objects for the garbage collector.

export interface ScoredDocument {
  doc: number;
  score: number;
}

/** Documents containing a term, ascending, with the term's count in each (parallel arrays). */
export interface Postings {
  docs: Int32Array;
  counts: Int32Array;
}

/**
 * An index over sentences; natural's TfIdf can be adapted to it (see the benchmark). Answers read
 * postings and idf directly, to score each question word once per sentence; `search` is plain
 * TF-IDF ranking, natural's exactly, which the benchmark and its test compare with natural.
 */
export interface TfIdfIndex {
  readonly documentCount: number;
  /** Number of documents that contain the term. */
  documentFrequency(term: string): number;
  has(term: string): boolean;
  /** natural's inverse document frequency. */
  idf(term: string): number;
  /** The idf a term that no document contains would have: the ceiling of informativeness. */
  maxIdf(): number;
  postingsOf(term: string): Readonly<Postings> | undefined;
  /**
   * The `limit` best documents for the query terms (repeats count again, as in natural), by score
   * and then by document order, which is also how a stable sort of natural's tfidfs() ranks them.
   */
  search(queryTerms: readonly string[], limit: number): ScoredDocument[];
}

/** Postings handled between two pauses of `buildInSteps`: well under a millisecond of work. */
const POSTINGS_PER_STEP = 20_000;

/** Adds documents one at a time, so a large rebuild can pause between slices. */
export class TfIdfIndexBuilder {
  private readonly termIds = new Map<string, number>();
  /** One entry per (term, document) pair, in document order: flat, so adding allocates almost nothing. */
  private readonly postingTerms: number[] = [];
  private readonly postingDocs: number[] = [];
  private readonly postingCounts: number[] = [];
  /** Scratch: the current document's count per term id; back to zero after every add. */
  private readonly countInDocument: number[] = [];
  private readonly distinctInDocument: number[] = [];
  private documentCount = 0;

  /** @param terms the document's index terms (repeats are term frequency) */
  add(terms: readonly string[]): void {
    const doc = this.documentCount++;
    for (const term of terms) {
      const id = this.idOf(term);
      const count = this.countInDocument[id]!;
      if (count === 0) this.distinctInDocument.push(id);
      this.countInDocument[id] = count + 1;
    }
    for (const id of this.distinctInDocument) {
      this.postingTerms.push(id);
      this.postingDocs.push(doc);
      this.postingCounts.push(this.countInDocument[id]!);
      this.countInDocument[id] = 0;
    }
    this.distinctInDocument.length = 0;
  }

  /** Groups the postings by term (a counting sort, which keeps each list in document order). */
  build(): InvertedTfIdfIndex {
    const steps = this.buildInSteps();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * `build` in steps of about POSTINGS_PER_STEP postings: a caller that must stay responsive (a
   * reindex while the bot answers) can pause between them.
   */
  *buildInSteps(): Generator<void, InvertedTfIdfIndex> {
    const termCount = this.termIds.size;
    const postingCount = this.postingTerms.length;
    const offsets = new Int32Array(termCount + 1);
    for (let i = 0; i < postingCount; i++) {
      offsets[this.postingTerms[i]! + 1]!++;
      if (i % POSTINGS_PER_STEP === 0) yield;
    }
    for (let id = 0; id < termCount; id++) offsets[id + 1]! += offsets[id]!;
    const next = offsets.slice(0, termCount);
    const docs = new Int32Array(postingCount);
    const counts = new Int32Array(postingCount);
    for (let i = 0; i < postingCount; i++) {
      const slot = next[this.postingTerms[i]!]!++;
      docs[slot] = this.postingDocs[i]!;
      counts[slot] = this.postingCounts[i]!;
      if (i % POSTINGS_PER_STEP === 0) yield;
    }
    return new InvertedTfIdfIndex(this.termIds, offsets, docs, counts, this.documentCount);
  }

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      this.termIds.set(term, (id = this.termIds.size));
      this.countInDocument.push(0);
    }
    return id;
  }
}

export class InvertedTfIdfIndex implements TfIdfIndex {
  /**
   * Scratch reused by every search (searches are synchronous): only `touched` documents are
   * non-zero. Made on the first search: answering reads postings directly and never needs it.
   */
  private scratch: { accumulator: Float64Array; touched: Int32Array } | undefined;

  constructor(
    private readonly termIds: ReadonlyMap<string, number>,
    /** Term id i's postings are docs/counts[offsets[i] .. offsets[i + 1]). */
    private readonly offsets: Int32Array,
    private readonly docs: Int32Array,
    private readonly counts: Int32Array,
    readonly documentCount: number,
  ) {}

  static fromDocuments(documents: readonly (readonly string[])[]): InvertedTfIdfIndex {
    const builder = new TfIdfIndexBuilder();
    for (const terms of documents) builder.add(terms);
    return builder.build();
  }

  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  idf(term: string): number {
    return 1 + Math.log(this.documentCount / (1 + this.documentFrequency(term)));
  }

  maxIdf(): number {
    return 1 + Math.log(this.documentCount);
  }


  postingsOf(term: string): Readonly<Postings> | undefined {
    const id = this.termIds.get(term);
    if (id === undefined) return undefined;
    const from = this.offsets[id]!;
    const to = this.offsets[id + 1]!;
    return { docs: this.docs.subarray(from, to), counts: this.counts.subarray(from, to) };
  }

  search(queryTerms: readonly string[], limit: number): ScoredDocument[] {
    const { docs, counts, documentCount } = this;
    const { accumulator, touched } = (this.scratch ??= { accumulator: new Float64Array(documentCount), touched: new Int32Array(documentCount) });
    let touchedCount = 0;
    for (const term of queryTerms) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const idf = this.idf(term);
      for (let i = this.offsets[id]!, end = this.offsets[id + 1]!; i < end; i++) {
        const doc = docs[i]!;
        if (accumulator[doc] === 0) touched[touchedCount++] = doc; // idf > 0, so a touched score is never 0
        accumulator[doc] = accumulator[doc]! + counts[i]! * idf;
      }
    }
    const best = new TopScores(limit);
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      best.offer(doc, accumulator[doc]!);
      accumulator[doc] = 0;
    }
    return best.results();
  }
}

/** Highest score first, ties by document order. */
export function topByScore(results: readonly ScoredDocument[], limit: number): ScoredDocument[] {
  const best = new TopScores(limit);
  for (const { doc, score } of results) best.offer(doc, score);
  return best.results();
}

/**
 * Keeps the `limit` best (score, doc) pairs seen, ranked by score and then document, without
 * sorting everything: most offers lose to the current worst in one comparison. The pairs are kept
 * in two arrays of numbers, so that offers allocate nothing.
 */
export class TopScores {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly limit: number) {}

  offer(doc: number, score: number): void {
    const { docs, scores, limit } = this;
    if (limit <= 0) return;
    const full = docs.length === limit;
    if (full && !ranksBefore(doc, score, docs[limit - 1]!, scores[limit - 1]!)) return;
    let at = full ? limit - 1 : docs.length;
    while (at > 0 && ranksBefore(doc, score, docs[at - 1]!, scores[at - 1]!)) {
      docs[at] = docs[at - 1]!;
      scores[at] = scores[at - 1]!;
      at--;
    }
    docs[at] = doc;
    scores[at] = score;
  }

  results(): ScoredDocument[] {
    return this.docs.map((doc, i) => ({ doc, score: this.scores[i]! }));
  }
}

function ranksBefore(doc: number, score: number, otherDoc: number, otherScore: number): boolean {
  return score > otherScore || (score === otherScore && doc < otherDoc);
}
