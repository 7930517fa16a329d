// What a shard process answers over the ShardingManager's IPC. discord.js's broadcastEval sends a
// function's source text to a shard and calls it there with that shard's Client, so the function
// cannot close over anything: whatever it calls must hang off the Client. Each shard attaches its
// endpoints under one property, and the functions below are the only ones ever sent.
import type { Client } from 'discord.js';
import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import type { ReloadResult } from '../engine/answer-engine.js';

/** One shard's reload: the engine's result, or why the shard could not be asked (it may be respawning). */
export type ShardReload = { shardId: number } & (ReloadResult | { ok: false; unreachable: string });

export interface ShardStatus {
  shardId: number;
  /** The gateway connection is READY (the engine is always loaded before the shard logs in). */
  ready: boolean;
  knowledgeVersion: string;
}

export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

export interface ShardEndpoints {
  reloadKnowledge(): Promise<ShardReload>;
  status(): ShardStatus;
  metrics(): Promise<MetricsJson>;
}

type ClientWithEndpoints = Client & { newsbotShard: ShardEndpoints };

export function exposeShardEndpoints(client: Client, endpoints: ShardEndpoints): void {
  (client as ClientWithEndpoints).newsbotShard = endpoints;
}

/** The functions broadcastEval sends; each runs on the shard with its Client. */
export const onShard = {
  reloadKnowledge: (client: Client) => (client as ClientWithEndpoints).newsbotShard.reloadKnowledge(),
  status: (client: Client) => (client as ClientWithEndpoints).newsbotShard.status(),
  metrics: (client: Client) => (client as ClientWithEndpoints).newsbotShard.metrics(),
};
