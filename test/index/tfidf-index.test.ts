// The inverted index must rank and score exactly like natural's TfIdf.tfidfs, the reference it replaces.
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { describe, expect, it } from 'vitest';
import { InvertedTfIdfIndex, topByScore, type ScoredDocument } from '../../src/index/tfidf-index.js';
import { seededRandom } from '../../bench/retrieval/seeded-random.js';

const DOCUMENTS = 400;
const QUERIES = 300;
const VOCABULARY = Array.from({ length: 150 }, (_, i) => `w${i}`);


const random = seededRandom(42);
/** Skewed towards the first words, as real text is, so some terms are common and scores often tie. */
const word = () => VOCABULARY[Math.floor(random() ** 2 * VOCABULARY.length)]!;
const terms = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, word);

const documents = Array.from({ length: DOCUMENTS }, () => terms(12));
// Queries repeat terms now and then, and sometimes ask for words no document has.
const queries = Array.from({ length: QUERIES }, () => [...terms(5), ...(random() < 0.2 ? ['absent'] : [])]);

const natural = new TfIdf();
for (const document of documents) natural.addDocument([...document]);
const index = InvertedTfIdfIndex.fromDocuments(documents);

/** natural's ranking: every document's score, matching ones only, highest first, ties in document order. */
function naturalTop(query: string[], limit: number): ScoredDocument[] {
  return natural
    .tfidfs(query)
    .map((score, doc) => ({ doc, score }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, limit);
}

describe('InvertedTfIdfIndex', () => {
  it("has natural's idf for every term, and for terms no document has", () => {
    for (const term of [...VOCABULARY, 'absent']) expect(index.idf(term)).toBe(natural.idf(term));
  });

  it("returns natural's top 10, with bit-identical scores, for every query", () => {
    for (const query of queries) expect(index.search(query, 10)).toEqual(naturalTop(query, 10));
  });

  it('honours other limits, including more than the matching documents', () => {
    for (const limit of [0, 1, 3, DOCUMENTS + 1]) {
      for (const query of queries.slice(0, 20)) expect(index.search(query, limit)).toEqual(naturalTop(query, limit));
    }
  });

  it('gives every term its documents and counts, in document order', () => {
    const postings = index.postingsOf('w0')!;
    const expected = documents.flatMap((document, doc) => {
      const count = document.filter((term) => term === 'w0').length;
      return count > 0 ? [{ doc, count }] : [];
    });
    expect([...postings.docs]).toEqual(expected.map((e) => e.doc));
    expect([...postings.counts]).toEqual(expected.map((e) => e.count));
    expect(index.documentFrequency('w0')).toBe(expected.length);
    expect(index.postingsOf('absent')).toBeUndefined();
  });
});

describe('topByScore', () => {
  it('equals a full sort by score, then document', () => {
    const scored = Array.from({ length: 500 }, (_, doc) => ({ doc, score: Math.floor(random() * 20) }));
    const shuffled = [...scored].sort(() => random() - 0.5);
    const sorted = [...scored].sort((a, b) => b.score - a.score || a.doc - b.doc);
    expect(topByScore(shuffled, 30)).toEqual(sorted.slice(0, 30));
  });
});
