// One benchmark run at one corpus size: (a) the product's knowledge base and inverted index,
// (b) natural's TfIdf over the same terms, on the same questions.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { answerQuestion } from '../../src/answers/answer-question.js';
import { buildKnowledgeBase, indexTermsOf, type KnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { termsOf } from '../../src/index/analyze.js';
import type { ScoredDocument } from '../../src/index/tfidf-index.js';
import { benchArticles, BROWN_ID_PREFIX } from './bench-corpus.js';
import { NaturalScanIndex, naturalSearch, naturalTfIdf } from './natural-baseline.js';
import { benchQuestions } from './questions.js';
import { heapUsedMb, median, percentile, timeAsync, timeEach } from '../stats.js';

const TOP = 10;
/** Builds of (a) per size: the first is cold (JIT warm-up), the others are rebuilds; the median is reported. */
const BUILDS = 3;

export interface MethodFigures {
  buildMs: number;
  buildCpuMs: number;
  heapMb: number;
  queryP50Ms: number;
  queryP99Ms: number;
  answerP50Ms: number;
  answerP99Ms: number;
  answerSamples: number;
}

export interface SizeFigures {
  sentences: number;
  questions: number;
  inverted: MethodFigures & { rebuildMaxEventLoopStallMs: number };
  natural: MethodFigures;
  /** Questions whose top 10 (documents and scores) are identical under (a) and (b). */
  identicalTop10: number;
  /** Of the questions answered under both, how many got identical answers. */
  identicalAnswers: number;
  ratios: { queryP50: number; queryP99: number; answerP50: number; answerP99: number; build: number; heap: number };
}

export interface SizeOptions {
  sentences: number;
  questions: number;
  /** (b)'s full answers scan every document per candidate term, so they are timed on fewer questions. */
  naturalAnswers: number;
  /** Called as each step starts: a run at 50k sentences takes about a minute. */
  onProgress?: (step: string, number: number, of: number) => void;
}

/** The steps measureSize reports, in order. */
const STEPS = [
  'building the corpus',
  'building (a) the inverted index',
  'rebuilding (a)',
  'timing (a) queries and answers',
  "building (b) natural's TfIdf",
  'timing (b) queries',
  'timing (b) answers',
];

export async function measureSize(options: SizeOptions): Promise<SizeFigures> {
  let done = 0;
  const step = () => {
    done += 1;
    options.onProgress?.(STEPS[done - 1]!, done, STEPS.length);
  };
  step();
  const articles = await benchArticles(options.sentences);

  step();
  const heapBefore = heapUsedMb();
  const first = await timeAsync(() => buildKnowledgeBase(articles));
  const kb = first.result;
  const invertedHeap = heapUsedMb() - heapBefore;
  step();
  const rebuilds = await timeRebuilds(() => buildKnowledgeBase(articles));

  const questions = benchQuestions(
    kb.sentences.filter((s) => !s.articleId.startsWith(BROWN_ID_PREFIX)).map((s) => s.text),
    kb.sentences.filter((s) => s.articleId.startsWith(BROWN_ID_PREFIX)).map((s) => s.text),
    options.questions,
  );
  const queries = questions.map(termsOf);

  step();
  timeEach(queries, (terms) => kb.index.search(terms, TOP)); // warm-up
  const invertedQueries = timeEach(queries, (terms) => kb.index.search(terms, TOP));
  timeEach(questions, (question) => answerQuestion(kb, question));
  const invertedAnswers = timeEach(questions, (question) => answerQuestion(kb, question));

  step();
  const naturalHeapBefore = heapUsedMb();
  const naturalBuild = await timeAsync(async () => naturalTfIdf(kb.sentences.map((s) => indexTermsOf(s.text))));
  const tfidf = naturalBuild.result;
  const naturalHeap = heapUsedMb() - naturalHeapBefore;
  step();
  const naturalQueries = timeEach(queries, (terms) => naturalSearch(tfidf, terms, TOP));
  const naturalKb = withIndex(kb, new NaturalScanIndex(tfidf));
  step();
  const answered = questions.slice(0, options.naturalAnswers);
  const naturalAnswers = timeEach(answered, (question) => answerQuestion(naturalKb, question));

  const inverted: SizeFigures['inverted'] = {
    ...figures(
      { millis: median([first.millis, ...rebuilds.millis]), cpuMillis: median([first.cpuMillis, ...rebuilds.cpuMillis]) },
      invertedHeap,
      invertedQueries.millis,
      invertedAnswers.millis,
    ),
    rebuildMaxEventLoopStallMs: rebuilds.maxStallMs,
  };
  const natural = figures(naturalBuild, naturalHeap, naturalQueries.millis, naturalAnswers.millis);
  return {
    sentences: kb.sentences.length,
    questions: questions.length,
    inverted,
    natural,
    identicalTop10: countIdentical(invertedQueries.results, naturalQueries.results, sameRanking),
    identicalAnswers: countIdentical(invertedAnswers.results, naturalAnswers.results, (a, b) => JSON.stringify(a) === JSON.stringify(b)),
    ratios: {
      queryP50: natural.queryP50Ms / inverted.queryP50Ms,
      queryP99: natural.queryP99Ms / inverted.queryP99Ms,
      answerP50: natural.answerP50Ms / inverted.answerP50Ms,
      answerP99: natural.answerP99Ms / inverted.answerP99Ms,
      build: natural.buildMs / inverted.buildMs,
      heap: natural.heapMb / inverted.heapMb,
    },
  };
}

/** Rebuild times and the longest the event loop waited during them (what other users' questions would wait). */
async function timeRebuilds(build: () => Promise<KnowledgeBase>): Promise<{ millis: number[]; cpuMillis: number[]; maxStallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const millis: number[] = [];
  const cpuMillis: number[] = [];
  delay.enable();
  for (let i = 1; i < BUILDS; i++) {
    const rebuild = await timeAsync(build);
    millis.push(rebuild.millis);
    cpuMillis.push(rebuild.cpuMillis);
  }
  await new Promise((resolve) => setTimeout(resolve, 5)); // lets the monitor's timer record a stall at the very end
  delay.disable();
  return { millis, cpuMillis, maxStallMs: delay.max / 1e6 };
}

function withIndex(kb: KnowledgeBase, index: KnowledgeBase['index']): KnowledgeBase {
  return { ...kb, index, lexicon: { ...kb.lexicon, index } };
}

function figures(build: { millis: number; cpuMillis: number }, heapMb: number, queryMillis: number[], answerMillis: number[]): MethodFigures {
  return {
    buildMs: build.millis,
    buildCpuMs: build.cpuMillis,
    heapMb,
    queryP50Ms: percentile(queryMillis, 50),
    queryP99Ms: percentile(queryMillis, 99),
    answerP50Ms: percentile(answerMillis, 50),
    answerP99Ms: percentile(answerMillis, 99),
    answerSamples: answerMillis.length,
  };
}

function sameRanking(a: readonly ScoredDocument[], b: readonly ScoredDocument[]): boolean {
  return a.length === b.length && a.every((hit, i) => hit.doc === b[i]!.doc && hit.score === b[i]!.score);
}

/** Pairs up the two lists as far as the shorter goes. */
function countIdentical<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): number {
  let identical = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (same(a[i]!, b[i]!)) identical++;
  return identical;
}
