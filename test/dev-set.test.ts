// The evaluation kit's dev set, scored in-process with the kit's metrics against the original
// seed articles (copied into test/fixtures/seeds so a fresh clone needs no ../shared).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/engine/answer-engine.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/paths.js';
import { readDevSet, scoreAnswers, type Scores } from './support/dev-set-scoring.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

describe('dev set', () => {
  let scores: Scores;

  beforeAll(async () => {
    const engine = await AnswerEngine.open(DEFAULT_KNOWLEDGE_DIR);
    const questions = readDevSet(path.join(FIXTURES, 'dev.jsonl'));
    scores = scoreAnswers(questions, questions.map((q) => engine.ask(q.question)), path.join(FIXTURES, 'seeds'));
  });

  it('finds the answer in the top 3 for at least 90% of answerable questions', () => {
    expect(scores.hit3, scores.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks the first right passage high (MRR@5 at least 0.80)', () => {
    expect(scores.mrr).toBeGreaterThanOrEqual(0.8);
  });

  it('abstains on at least 85% of the questions the articles do not answer', () => {
    expect(scores.abstain, scores.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('abstains wrongly on at most 10% of answerable questions', () => {
    expect(scores.falseAbstain).toBeLessThanOrEqual(0.1);
  });

  it('quotes every passage verbatim and names the right outlet for each', () => {
    expect(scores.fidelity).toBe(1);
    expect(scores.attribution).toBe(1);
  });
});
