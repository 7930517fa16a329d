// Method (b): natural's straightforward use. TfIdf holds one term-count map per sentence and
// tfidfs(query) scores every sentence; the adapter lets the full answer pipeline run on it too,
// finding a term's postings the only way natural can, by looking at every document.
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { topByScore, type Postings, type ScoredDocument, type TfIdfIndex } from '../../src/index/tfidf-index.js';

export function naturalTfIdf(documents: Iterable<readonly string[]>): TfIdf {
  const tfidf = new TfIdf();
  for (const terms of documents) tfidf.addDocument([...terms]);
  return tfidf;
}

/** tfidfs over every document, then the top `limit` that match at all, ties by document order. */
export function naturalSearch(tfidf: TfIdf, queryTerms: readonly string[], limit: number): ScoredDocument[] {
  const scored: ScoredDocument[] = [];
  tfidf.tfidfs([...queryTerms]).forEach((score, doc) => {
    if (score > 0) scored.push({ doc, score });
  });
  return topByScore(scored, limit);
}

export class NaturalScanIndex implements TfIdfIndex {
  readonly documentCount: number;

  constructor(private readonly tfidf: TfIdf) {
    this.documentCount = tfidf.documents.length;
  }

  documentFrequency(term: string): number {
    return this.tfidf.documents.filter((document) => TfIdf.tf(term, document) > 0).length;
  }

  /** natural caches idf per term, and only a term no document has gets the ceiling. */
  has(term: string): boolean {
    return this.idf(term) < this.maxIdf();
  }

  idf(term: string): number {
    return this.tfidf.idf(term);
  }

  maxIdf(): number {
    return 1 + Math.log(this.documentCount);
  }

  postingsOf(term: string): Readonly<Postings> | undefined {
    const docs: number[] = [];
    const counts: number[] = [];
    this.tfidf.documents.forEach((document, doc) => {
      const count = TfIdf.tf(term, document);
      if (count > 0) {
        docs.push(doc);
        counts.push(count);
      }
    });
    return docs.length === 0 ? undefined : { docs: Int32Array.from(docs), counts: Int32Array.from(counts) };
  }

  search(queryTerms: readonly string[], limit: number): ScoredDocument[] {
    return naturalSearch(this.tfidf, queryTerms, limit);
  }
}
