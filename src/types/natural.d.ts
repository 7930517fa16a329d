// natural's package index loads its storage back-ends (mongoose, pg, redis…) and costs ~1 s
// at start-up, so we import only the modules we use. These declarations cover exactly those.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class WordTokenizer {
    tokenize(text: string): string[];
  }
}

declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}

declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    /** One term → count map per document (plus natural's own `__key`). */
    documents: Array<Record<string, number>>;
    static tf(term: string, document: Record<string, number>): number;
    addDocument(document: string[] | string, key?: unknown): void;
    tfidf(terms: string[] | string, documentIndex: number): number;
    tfidfs(terms: string[] | string, callback?: (i: number, measure: number) => void): number[];
    idf(term: string): number;
  }
}

declare module 'natural/lib/natural/brill_pos_tagger/lib/RuleSet.js' {
  export default class RuleSet {
    constructor(language: 'EN' | 'DU');
  }
}

declare module 'natural/lib/natural/brill_pos_tagger/lib/Brill_POS_Tagger.js' {
  import type RuleSet from 'natural/lib/natural/brill_pos_tagger/lib/RuleSet.js';
  export default class BrillPOSTagger {
    /** `lexicon.tagWord` gives a word's tags, most frequent first; only the first is used. */
    constructor(lexicon: { tagWord(word: string): string[] }, ruleSet: RuleSet);
    tag(words: string[]): { taggedWords: Array<{ token: string; tag: string }> };
  }
}
