// The evaluation kit's metrics (../shared/eval/score.mjs), rewritten so the suite needs no ../shared:
// hit@3 and MRR@5 on answer questions, abstention on the others, and verbatim fidelity and
// outlet attribution of every passage against the original seed articles.
import fs from 'node:fs';
import path from 'node:path';
import type { DevQuestion } from '../../bench/dev-set.js';
import type { Answer } from '../../src/answers/answer.js';

/** Case, spacing and curly quotes do not count, as in score.mjs. */
export function normalize(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The right outlet for each seed, keyed by the seed file's three-digit prefix (the kit's rules). */
const OUTLET_RULES: Record<string, (outlet: string) => boolean> = {
  '000': (o) => /newsweek/.test(o),
  '004': (o) => /newsweek/.test(o),
  '003': (o) => /t-online/.test(o),
};
const unknownOutletRule = (o: string) => o.length > 0 && !/newsweek|t-online/.test(o);

export interface Scores {
  hit3: number;
  mrr: number;
  abstain: number;
  falseAbstain: number;
  fidelity: number;
  attribution: number;
  misses: string[];
}

export function scoreAnswers(questions: DevQuestion[], answers: Answer[], seedsDir: string): Scores {
  const seeds = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ text: normalize(fs.readFileSync(path.join(seedsDir, f), 'utf8')), rule: OUTLET_RULES[f.slice(0, 3)] ?? unknownOutletRule }));
  let answerCount = 0, hits = 0, reciprocal = 0, falseAbstains = 0, abstainCount = 0, abstained = 0, passages = 0, verbatim = 0, attributed = 0;
  const misses: string[] = [];
  questions.forEach((q, i) => {
    const answer = answers[i]!;
    for (const passage of answer.passages) {
      passages++;
      const fragments = normalize(passage.text).split(/\u2026|\.{3,}/).map((f) => f.trim()).filter(Boolean);
      const sources = seeds.filter((s) => fragments.every((f) => s.text.includes(f)));
      if (sources.length > 0) verbatim++;
      if (sources.some((s) => s.rule(normalize(passage.outlet)))) attributed++;
    }
    if (q.expect === 'answer') {
      answerCount++;
      if (!answer.answered) falseAbstains++;
      const keys = (q.keys ?? []).map(normalize);
      const rank = answer.passages.findIndex((p) => keys.some((k) => normalize(p.text).includes(k))) + 1;
      if (rank >= 1 && rank <= 3) hits++;
      else misses.push(`${q.id} ${q.question}`);
      if (rank >= 1 && rank <= 5) reciprocal += 1 / rank;
    } else {
      abstainCount++;
      if (!answer.answered) abstained++;
      else misses.push(`${q.id} ${q.question} (should abstain)`);
    }
  });
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    hit3: ratio(hits, answerCount),
    mrr: ratio(reciprocal, answerCount),
    abstain: ratio(abstained, abstainCount),
    falseAbstain: ratio(falseAbstains, answerCount),
    fidelity: ratio(verbatim, passages),
    attribution: ratio(attributed, passages),
    misses,
  };
}
