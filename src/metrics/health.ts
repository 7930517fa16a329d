// What /healthz answers: healthy (200) only when every shard's gateway is READY with its index
// loaded; otherwise 503 with a JSON reason naming the shards that are not.
export interface ShardHealth {
  shardId: number;
  ready: boolean;
  knowledgeVersion?: string;
  /** Why the shard is not ready, when the manager could not even ask it. */
  problem?: string;
}

export interface HealthReport {
  httpStatus: 200 | 503;
  body: { status: 'ok' | 'unavailable'; reason?: string; shards: ShardHealth[] };
}

export function healthReport(shards: ShardHealth[]): HealthReport {
  const notReady = shards.filter((shard) => !shard.ready);
  if (notReady.length === 0) return { httpStatus: 200, body: { status: 'ok', shards } };
  const reason = notReady.map((shard) => `shard ${shard.shardId}: ${shard.problem ?? 'gateway not ready'}`).join('; ');
  return { httpStatus: 503, body: { status: 'unavailable', reason, shards } };
}
