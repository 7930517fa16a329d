// /metrics and /healthz for a ShardingManager: every live shard's registry, fetched over IPC and
// merged by prom-client's AggregatorRegistry (each series keeps its `shard` label), plus the
// manager's own process metrics and which shard processes are running.
import type { ShardingManager } from 'discord.js';
import { AggregatorRegistry, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { probeShards, shardMetrics } from '../sharding/shard-probe.js';
import { healthReport } from './health.js';
import type { MetricsSource } from './metrics-server.js';

export function managerMetricsSource(manager: ShardingManager, shardCount: number): MetricsSource {
  const registry = new Registry();
  registry.setDefaultLabels({ shard: 'manager' });
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'newsbot_shard_process_up',
    help: '1 while the shard has a running process (the manager respawns one that dies)',
    labelNames: ['shard'] as const,
    registers: [registry],
    collect() {
      for (let shard = 0; shard < shardCount; shard++) this.set({ shard: String(shard) }, manager.shards.get(shard)?.process ? 1 : 0);
    },
  });
  return {
    async metrics() {
      const merged = AggregatorRegistry.aggregate([await registry.getMetricsAsJSON(), ...(await shardMetrics(manager))]);
      return { contentType: merged.contentType, text: await merged.metrics() };
    },
    health: async () => healthReport(await probeShards(manager, shardCount)),
  };
}
