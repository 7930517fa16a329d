// A knowledge base is one immutable snapshot: the articles, their sentences and the index over
// them. The engine swaps whole snapshots, so a question never sees a half-built one.
import type { Article } from '../knowledge/article-schema.js';
import { splitArticle, type Sentence } from '../sentences/split-sentences.js';
import { NUMBER_TERM, termsOf, termsOfToken, wordTokens } from '../index/analyze.js';
import { answerTypesOf, countsIn } from '../index/answer-types.js';
import { AcronymCollector } from '../index/acronyms.js';
import { correctSpelling } from '../index/spelling-correction.js';
import type { Lexicon } from '../index/query-plan.js';
import { TfIdfIndexBuilder, type TfIdfIndex } from '../index/tfidf-index.js';
import { language, type Language } from '../index/language.js';
import { SimilarWords } from '../index/similar-words.js';

export interface IndexedSentence extends Sentence {
  article: Article;
  /** Distinct index terms (words only), for near-duplicate detection. */
  termSet: ReadonlySet<string>;
  /** The counts it gives, each with the index terms of what it counts ("38" → "people"…), for "how many" questions. */
  counts: ReadonlyMap<string, ReadonlySet<string>>;
  /** Index terms of the words it gives a count of, whatever the count. */
  countedTerms: ReadonlySet<string>;
}

export interface KnowledgeBase {
  articles: readonly Article[];
  /** Sentence i is document i of the index. */
  sentences: readonly IndexedSentence[];
  index: TfIdfIndex;
  lexicon: Lexicon;
  /** The share of the other articles that use a term (0–1): how widely it is reported. */
  reportedBy(term: string): number;
}

/**
 * How long indexing runs before it yields to the event loop, so a rebuild of tens of thousands of
 * sentences never holds up other users' questions for more than about this long.
 */
const SLICE_MILLISECONDS = 8;

/** Word-vector neighbours closer than this are offered for a question word, at most this many (measured on the dev sets). */
const MIN_SIMILARITY = 0.6;
const MAX_SIMILAR_WORDS = 5;
/** Above any English frequency rank: a correction's preference is this less the word's rank. */
const ENGLISH_WORDS = 1_000_000;
/** Bounds the remembered term shares: questions reach endless terms, only ever a few per question. */
const MAX_REMEMBERED_SHARES = 50_000;

/**
 * A sentence's index terms: its words' terms (`wordTerms`, natural's analysis by default), then
 * the kinds of answer it can give (answer-types.ts).
 */
export function indexTermsOf(text: string, wordTerms: (text: string) => string[] = termsOf): string[] {
  return [...wordTerms(text), ...answerTypesOf(text)];
}

export async function buildKnowledgeBase(articles: readonly Article[], { thesaurus, wordVectors, tagger }: Language = language()): Promise<KnowledgeBase> {
  const builder = new TfIdfIndexBuilder();
  const vocabulary = new Vocabulary();
  const acronyms = new AcronymCollector();
  const sentences: IndexedSentence[] = [];
  const pacer = new Pacer();
  for (const article of articles) {
    for (const sentence of splitArticle(article)) {
      builder.add(indexTermsOf(sentence.text, (text) => vocabulary.termsOf(text)));
      acronyms.collect(sentence.text);
      sentences.push(new KnowledgeSentence(sentence, article));
      if (pacer.due) await pacer.pause();
    }
  }
  const steps = builder.buildInSteps();
  let step = steps.next();
  for (; !step.done; step = steps.next()) if (pacer.due) await pacer.pause();
  const index = step.value;
  const similarWords = new SimilarWords(wordVectors, MIN_SIMILARITY, MAX_SIMILAR_WORDS);
  for (const word of vocabulary.contentWords()) {
    similarWords.add(word);
    if (pacer.due) await pacer.pause();
  }
  const lexicon: Lexicon = {
    index,
    thesaurus,
    // The articles' own words first (they are what questions are about), then general English by frequency.
    correctSpelling: (word, fits = () => true) =>
      correctSpelling(
        word,
        (candidate) => {
          const occurrences = vocabulary.occurrencesOf(candidate);
          return occurrences > 0 && fits(candidate) ? occurrences : 0;
        },
        (candidate) => {
          const rank = wordVectors.rankOf(candidate);
          return rank < ENGLISH_WORDS && fits(candidate) ? ENGLISH_WORDS - rank : 0;
        },
      ),
    correctName: (word) => correctSpelling(word, (candidate) => vocabulary.occurrencesOf(candidate)),
    englishRank: (word) => wordVectors.rankOf(word),
    similarity: (a, b) => {
      const [rowA, rowB] = [wordVectors.rowOf(a), wordVectors.rowOf(b)];
      return rowA === undefined || rowB === undefined ? undefined : wordVectors.similarity(rowA, rowB);
    },
    formsOf: (term) => vocabulary.formsOf(term),
    expandAcronym: (word) => acronyms.expand(word),
    similarWords: (word) => similarWords.of(word),
    tagPartsOfSpeech: (words) => tagger.tag(words),
    lexicalTag: (word) => tagger.lexicalTag(word),
  };
  return { articles, sentences, index, lexicon, reportedBy: termReach(sentences, index, articles.length) };
}

/**
 * How widely a term is reported: the share of the other articles that use it (0–1). A figure every
 * outlet gives ("38" killed) is the story's; one only a side story gives ("298" on MH17) is not.
 */
function termReach(sentences: readonly IndexedSentence[], index: TfIdfIndex, articleCount: number): (term: string) => number {
  const shares = new Map<string, number>();
  return (term) => {
    let share = shares.get(term);
    if (share === undefined) {
      const docs = index.postingsOf(term)?.docs ?? [];
      let articles = 0;
      for (let i = 0; i < docs.length; i++) if (i === 0 || sentences[docs[i]!]!.articleId !== sentences[docs[i - 1]!]!.articleId) articles++;
      if (shares.size >= MAX_REMEMBERED_SHARES) shares.clear();
      shares.set(term, (share = articleCount > 1 ? Math.max(0, articles - 1) / (articleCount - 1) : 0));
    }
    return share;
  };
}

/** Lets other work (users' questions) run whenever a slice of SLICE_MILLISECONDS is used up. */
class Pacer {
  private sliceStart = performance.now();

  get due(): boolean {
    return performance.now() - this.sliceStart >= SLICE_MILLISECONDS;
  }

  async pause(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
  }
}

/**
 * The same analysis as `termsOf`, memoised per distinct word (a corpus repeats its words
 * endlessly and stemming is the costly step), counting each content word for the spell checker.
 */
class Vocabulary {
  /** Word → its index terms and occurrences; stop words have no terms and are not counted. */
  private readonly words = new Map<string, { terms: readonly string[]; occurrences: number }>();
  /** Index term → the words that analyse to it. */
  private readonly forms = new Map<string, string[]>();

  termsOf(text: string): string[] {
    const terms: string[] = [];
    for (const word of wordTokens(text)) {
      let entry = this.words.get(word);
      if (!entry) {
        this.words.set(word, (entry = { terms: termsOfToken(word), occurrences: 0 }));
        for (const term of entry.terms) {
          const forms = this.forms.get(term);
          if (forms) forms.push(word);
          else this.forms.set(term, [word]);
        }
      }
      if (entry.terms.length === 0) continue;
      entry.occurrences++;
      for (const term of entry.terms) terms.push(term);
    }
    return terms;
  }

  *contentWords(): Iterable<string> {
    for (const [word, { terms }] of this.words) if (terms.length > 0) yield word;
  }

  formsOf(term: string): readonly string[] {
    return this.forms.get(term) ?? [];
  }

  /** How often the articles use a content word (0 for stop words and unknown words). */
  occurrencesOf(word: string): number {
    return this.words.get(word)?.occurrences ?? 0;
  }
}

/**
 * A sentence with its article. Its term set is only needed for the few sentences an answer
 * quotes, so it is worked out on first use instead of holding tens of thousands of sets.
 */
// Merged with the class below: declares the Sentence fields the constructor copies, whatever Sentence grows to hold.
interface KnowledgeSentence extends Sentence {}
class KnowledgeSentence implements IndexedSentence {
  private terms: ReadonlySet<string> | undefined;
  private countsGiven: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  private counted: ReadonlySet<string> | undefined;

  constructor(
    sentence: Sentence,
    readonly article: Article,
  ) {
    Object.assign(this, sentence);
  }

  get termSet(): ReadonlySet<string> {
    // The number marker says only that a number is stated; two sentences do not say the same thing for it.
    return (this.terms ??= new Set(termsOf(this.text).filter((term) => term !== NUMBER_TERM)));
  }

  get counts(): ReadonlyMap<string, ReadonlySet<string>> {
    return (this.countsGiven ??= countsIn(this.text));
  }

  get countedTerms(): ReadonlySet<string> {
    return (this.counted ??= new Set([...this.counts.values()].flatMap((terms) => [...terms])));
  }
}
