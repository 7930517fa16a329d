// Issue 5 §1 at engine level: whatever is asked, no exception, and every passage is verbatim from
// its article with that article's outlet. Fixed seed in CI; `npm run fuzz` runs many more cases.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/engine/answer-engine.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { expectTrustworthy } from '../support/answer-checks.js';
import { anyQuestion, FUZZ_RUNS, FUZZ_SEED, QUESTION_KINDS } from '../support/fuzz-questions.js';
import { knowledgeArticles, openEngine } from '../support/knowledge-folder.js';

let engine: AnswerEngine;
let articles: Article[];
beforeAll(async () => {
  engine = await openEngine();
  articles = await knowledgeArticles();
});

let cases = 0;
afterAll(() => {
  console.log(`fuzz: ${cases} questions tried (seed ${FUZZ_SEED})`);
});

/** The properties every answer keeps. */
function checkAnswer(question: string, top?: number): void {
  cases++;
  const answer = engine.ask(question, top === undefined ? {} : { top });
  expect(answer.question).toBe(question);
  expectTrustworthy(answer, articles);
  expect(answer.passages.length).toBeLessThanOrEqual(Math.max(1, Math.min(top ?? 3, 10)));
  if (!answer.answered) expect(answer.message.trim()).not.toBe('');
}

describe('fuzzed questions', () => {
  const params = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS };

  it('any kind of question: no exception, verbatim passages, right outlets', () => {
    fc.assert(
      fc.property(anyQuestion, fc.option(fc.integer({ min: -5, max: 20 }), { nil: undefined }), (question, top) => checkAnswer(question, top)),
      params,
    );
  });

  for (const [kind, arbitrary] of Object.entries(QUESTION_KINDS)) {
    it(`${kind}`, () => {
      fc.assert(
        fc.property(arbitrary, (question) => checkAnswer(question)),
        { ...params, numRuns: Math.max(10, Math.ceil(FUZZ_RUNS / 10)) },
      );
    });
  }
});
