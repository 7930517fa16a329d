// A knowledge base is one immutable snapshot: the articles, their sentences and the index over
// them. The engine swaps whole snapshots, so a question never sees a half-built one.
import Spellcheck from 'natural/lib/natural/spellcheck/spellcheck.js';
import type { Article } from '../knowledge/article-schema.js';
import { splitArticle, type Sentence } from '../sentences/split-sentences.js';
import { isStopword, stem, wordTokens } from '../index/analyze.js';
import type { Lexicon } from '../index/query-plan.js';
import { TfIdfIndexBuilder, type TfIdfIndex } from '../index/tfidf-index.js';
import type { Thesaurus } from '../index/thesaurus.js';

export interface IndexedSentence extends Sentence {
  article: Article;
  /** Distinct index terms, for near-duplicate detection. */
  termSet: ReadonlySet<string>;
}

export interface KnowledgeBase {
  articles: readonly Article[];
  /** Sentence i is document i of the index. */
  sentences: readonly IndexedSentence[];
  index: TfIdfIndex;
  lexicon: Lexicon;
}

/** How many sentences to index between yields to the event loop, so a rebuild never stalls answers for long. */
const SENTENCES_PER_SLICE = 2000;

export async function buildKnowledgeBase(articles: readonly Article[], thesaurus: Thesaurus): Promise<KnowledgeBase> {
  const builder = new TfIdfIndexBuilder();
  const sentences: IndexedSentence[] = [];
  const wordCounts = new Map<string, number>();
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) stems.set(word, (stemmed = stem(word)));
    return stemmed;
  };

  for (const article of articles) {
    for (const sentence of splitArticle(article)) {
      const terms: string[] = [];
      for (const word of wordTokens(sentence.text)) {
        if (isStopword(word)) continue;
        terms.push(stemOf(word));
        wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
      }
      builder.add(terms);
      sentences.push({ ...sentence, article, termSet: new Set(terms) });
      if (sentences.length % SENTENCES_PER_SLICE === 0) await yieldToEventLoop();
    }
  }
  const index = builder.build();
  return { articles, sentences, index, lexicon: { index, thesaurus, correctSpelling: spellingCorrector(wordCounts) } };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** natural's Norvig-style spell checker over the articles' own words, built on first use. */
function spellingCorrector(wordCounts: ReadonlyMap<string, number>): Lexicon['correctSpelling'] {
  let checker: Spellcheck | undefined;
  return (word) => {
    checker ??= new Spellcheck([...wordCounts.keys()].filter((w) => /^[a-z]+$/.test(w)));
    const candidates = checker.getCorrections(word, 1);
    let best: string | undefined;
    for (const candidate of candidates) {
      if ((wordCounts.get(candidate) ?? 0) > (best === undefined ? 0 : wordCounts.get(best)!)) best = candidate;
    }
    return best;
  };
}
