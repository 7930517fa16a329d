// The manager asking its shards, over IPC, how they are and what they count. A shard that is dead,
// respawning or silent is reported as such rather than holding up the answer.
import type { ShardingManager } from 'discord.js';
import type { ShardHealth } from '../metrics/health.js';
import { onShard, type MetricsJson, type ShardStatus } from './shard-endpoints.js';
import { withTimeout } from './with-timeout.js';

/** Scrapes and health checks should answer quickly; a shard busy for longer counts as not ready. */
const PROBE_TIMEOUT_MS = 2_000;

export function probeShards(manager: ShardingManager, count: number): Promise<ShardHealth[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, shardId): Promise<ShardHealth> => {
      const shard = manager.shards.get(shardId);
      if (!shard?.process) return { shardId, ready: false, problem: 'process not running' };
      try {
        const status = (await withTimeout(shard.eval(onShard.status), PROBE_TIMEOUT_MS)) as ShardStatus;
        return { shardId, ready: status.ready, knowledgeVersion: status.knowledgeVersion };
      } catch (error) {
        return { shardId, ready: false, problem: `no answer (${error instanceof Error ? error.message : String(error)})` };
      }
    }),
  );
}

/** Each live shard's registry as JSON; a shard that does not answer is left out of this scrape. */
export async function shardMetrics(manager: ShardingManager): Promise<MetricsJson[]> {
  const scrapes = await Promise.allSettled(
    [...manager.shards.values()].filter((shard) => shard.process).map((shard) => withTimeout(shard.eval(onShard.metrics), PROBE_TIMEOUT_MS)),
  );
  return scrapes.flatMap((scrape) => (scrape.status === 'fulfilled' ? [scrape.value as MetricsJson] : []));
}
