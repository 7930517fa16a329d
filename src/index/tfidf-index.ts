// An inverted TF-IDF index that scores exactly like natural's TfIdf, only faster.
//
// natural's TfIdf.tfidfs(query) walks every document for every question. Here each term keeps a
// posting list (document, term frequency) and a question only touches the postings of its own
// terms. The weighting is natural's: tf = raw count in the document, idf = 1 + ln(N / (1 + df)),
// and a document's score is the sum of tf × idf over the query's terms, added in query order, so
// scores are bit-for-bit those of natural (the benchmark checks the top 10 agree).

export interface ScoredDocument {
  doc: number;
  score: number;
}

interface Postings {
  docs: number[];
  counts: number[];
}

/** Adds documents one at a time, so a large rebuild can pause between slices. */
export class TfIdfIndexBuilder {
  private readonly postings = new Map<string, Postings>();
  private documentCount = 0;

  /** @param terms the document's index terms (repeats are term frequency) */
  add(terms: readonly string[]): void {
    const doc = this.documentCount++;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = { docs: [], counts: [] }));
      list.docs.push(doc);
      list.counts.push(count);
    }
  }

  build(): TfIdfIndex {
    return new TfIdfIndex(this.postings, this.documentCount);
  }
}

export class TfIdfIndex {
  /** Scratch accumulator reused by every search; only entries listed in `touched` are non-zero. */
  private readonly accumulator: Float64Array;

  constructor(
    private readonly postings: ReadonlyMap<string, Postings>,
    readonly documentCount: number,
  ) {
    this.accumulator = new Float64Array(documentCount);
  }

  static fromDocuments(documents: readonly (readonly string[])[]): TfIdfIndex {
    const builder = new TfIdfIndexBuilder();
    for (const terms of documents) builder.add(terms);
    return builder.build();
  }

  /** Number of documents that contain the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** natural's inverse document frequency. */
  idf(term: string): number {
    return 1 + Math.log(this.documentCount / (1 + this.documentFrequency(term)));
  }

  /** The idf a term that no document contains would have: the ceiling of informativeness. */
  maxIdf(): number {
    return 1 + Math.log(this.documentCount);
  }

  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Term frequency of every document containing the term, as parallel arrays. */
  postingsOf(term: string): Readonly<Postings> | undefined {
    return this.postings.get(term);
  }

  /**
   * The `limit` best documents for the query terms (repeats count again, as in natural), by score
   * and then by document order, which is also how a stable sort of natural's tfidfs() ranks them.
   */
  search(queryTerms: readonly string[], limit: number): ScoredDocument[] {
    const touched: number[] = [];
    for (const term of queryTerms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        if (this.accumulator[doc] === 0) touched.push(doc);
        this.accumulator[doc] = this.accumulator[doc]! + list.counts[i]! * idf;
      }
    }
    const results = touched.map((doc) => ({ doc, score: this.accumulator[doc]! }));
    for (const doc of touched) this.accumulator[doc] = 0;
    return topByScore(results, limit);
  }
}

/** Highest score first, ties by document order. */
export function topByScore(results: ScoredDocument[], limit: number): ScoredDocument[] {
  return results.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
}
