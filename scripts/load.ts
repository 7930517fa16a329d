// `npm run load [-- --at-once 200 --in-a-row 10000] [--shards 2]`
// Starts the fake Discord and the real bot, sends /ask interactions all at once through the fake
// gateway, then one after another, and reports throughput and reply latency (dispatch to callback)
// per shard. Without --shards the bot runs in this process and its heap growth is measured; with
// --shards N, `npm start` runs as real processes (a ShardingManager and N shards) and each one's
// resident memory after the run is read from the manager's /metrics. Prints a summary, and last a
// single JSON line for scripts.
import { parseArgs } from 'node:util';
import { startHarness } from '../bench/discord/bot-harness.js';
import { askAtOnce, askInARow, shardedBot, singleBot, withHeapGrowth, type RunFigures } from '../bench/discord/load-run.js';
import { metricValue } from '../bench/discord/prometheus-text.js';
import { startShardedBot } from '../bench/discord/sharded-bot.js';

const { values } = parseArgs({
  options: {
    'at-once': { type: 'string', default: '200' },
    'in-a-row': { type: 'string', default: '10000' },
    shards: { type: 'string' },
  },
});

function positiveInteger(option: 'at-once' | 'in-a-row' | 'shards'): number {
  const value = Number(values[option]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${option} takes a whole number of at least 1, not "${values[option]}"`);
  return value;
}

const atOnceCount = positiveInteger('at-once');
const inARowCount = positiveInteger('in-a-row');

function describeRun(what: string, run: RunFigures): string {
  const perShard = run.shards.map((s) => `shard ${s.shard} p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms`).join('; ');
  return `${run.asked} /ask ${what}: ${run.answered} answered in ${(run.durationMs / 1000).toFixed(1)} s (${run.perSecond}/s); ${perShard}`;
}

function report(summary: Record<string, unknown>, problems: string[], allAnswered: boolean): void {
  for (const problem of problems) console.log(`problem: ${problem}`);
  console.log(JSON.stringify({ ...summary, problems: problems.length }));
  process.exitCode = allAnswered && problems.length === 0 ? 0 : 1;
}

if (values.shards === undefined) {
  // Warnings only: the per-question info lines would fill the captured log (and the heap).
  const h = await startHarness({ LOG_LEVEL: 'warn' });
  try {
    const atOnce = await askAtOnce(singleBot(h), atOnceCount);
    console.log(describeRun('at once', atOnce));
    const inARow = await withHeapGrowth(() => askInARow(singleBot(h), inARowCount));
    console.log(`${describeRun('in a row', inARow)}; heap after GC ${inARow.heapBeforeMb} MB → ${inARow.heapAfterMb} MB (growth ${inARow.heapGrowthMb} MB)`);
    const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
    console.log(`resident memory of this process (bot and fake Discord): ${rssMb} MB`);
    const problems = [...h.fake.violations, ...h.logs.lines.map((line) => `log: ${line}`)];
    report({ atOnce, inARow, rssMb }, problems, atOnce.answered === atOnce.asked && inARow.answered === inARow.asked);
  } finally {
    await h.close();
  }
} else {
  const bot = await startShardedBot(positiveInteger('shards'));
  try {
    const atOnce = await askAtOnce(shardedBot(bot), atOnceCount);
    console.log(describeRun('at once', atOnce));
    const inARow = await askInARow(shardedBot(bot), inARowCount);
    console.log(describeRun('in a row', inARow));
    const metrics = await (await fetch(`${bot.metricsUrl}/metrics`)).text();
    const processes = ['manager', ...bot.guilds.map((_, shard) => String(shard))];
    const rssMb = Object.fromEntries(processes.map((shard) => [shard, Math.round(metricValue(metrics, 'process_resident_memory_bytes', { shard }) / 2 ** 20)]));
    console.log(`resident memory after the run: ${processes.map((p) => `${p === 'manager' ? 'manager' : `shard ${p}`} ${rssMb[p]} MB`).join(', ')}`);
    // Per-question lines are info; anything at warn or above is a problem.
    const problems = [...bot.fake.violations, ...bot.logs.lines.filter((line) => JSON.parse(line).level >= 40).map((line) => `log: ${line}`)];
    report({ shards: processes.length - 1, atOnce, inARow, rssMb }, problems, atOnce.answered === atOnce.asked && inARow.answered === inARow.asked);
    bot.manager.kill('SIGTERM');
    await bot.exited;
  } finally {
    await bot.close();
  }
}
