// `npm run load [-- --at-once 200 --in-a-row 10000]`
// Starts the fake Discord and the real bot in this process, sends /ask interactions all at once
// through the fake gateway, then one after another, and reports reply latency (dispatch to
// callback) and heap growth. Prints a summary, and last a single JSON line for scripts.
import { parseArgs } from 'node:util';
import { startHarness } from '../bench/discord/bot-harness.js';
import { askAtOnce, askInARow } from '../bench/discord/load-run.js';

const { values } = parseArgs({
  options: {
    'at-once': { type: 'string', default: '200' },
    'in-a-row': { type: 'string', default: '10000' },
  },
});

function positiveInteger(option: 'at-once' | 'in-a-row'): number {
  const value = Number(values[option]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${option} takes a whole number of at least 1, not "${values[option]}"`);
  return value;
}

const atOnceCount = positiveInteger('at-once');
const inARowCount = positiveInteger('in-a-row');
// Warnings only: the per-question info lines would fill the captured log (and the heap).
const h = await startHarness({ LOG_LEVEL: 'warn' });
try {
  const atOnce = await askAtOnce(h, atOnceCount);
  console.log(`${atOnce.asked} /ask at once: ${atOnce.answered} answered; dispatch to callback p50 ${atOnce.p50Ms} ms, p99 ${atOnce.p99Ms} ms`);
  const inARow = await askInARow(h, inARowCount);
  console.log(
    `${inARow.asked} /ask in a row: ${inARow.answered} answered in ${(inARow.durationMs / 1000).toFixed(1)} s; ` +
      `heap after GC ${inARow.heapBeforeMb} MB → ${inARow.heapAfterMb} MB (growth ${inARow.heapGrowthMb} MB)`,
  );
  const problems = [...h.fake.violations, ...h.logs.lines.map((line) => `log: ${line}`)];
  for (const problem of problems) console.log(`problem: ${problem}`);
  console.log(JSON.stringify({ atOnce, inARow, problems: problems.length }));
  process.exitCode = atOnce.answered === atOnce.asked && inARow.answered === inARow.asked && problems.length === 0 ? 0 : 1;
} finally {
  await h.close();
}
