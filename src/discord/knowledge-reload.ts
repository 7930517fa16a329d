// Reloading the knowledge folder everywhere the bot runs. Under a ShardingManager each shard has
// its own engine, so a reload asked for on one shard is sent to every shard through the manager's
// IPC (discord.js's broadcastEval), and the caller gets each shard's result back. A shard that
// refuses the folder keeps serving its old version, as do the others, so running it again converges.
import type { Client } from 'discord.js';
import type { AnswerEngine } from '../engine/answer-engine.js';
import type { Logger } from '../logger.js';
import { onShard, type ShardReload } from '../sharding/shard-endpoints.js';
import { withTimeout } from '../sharding/with-timeout.js';

/** Longer than any rebuild: a shard silent for this long is reported as unreachable. */
const SHARD_RELOAD_TIMEOUT_MS = 30_000;

/** Reloads this process's engine, with one log line carrying the version now serving. */
export async function reloadHere(engine: AnswerEngine, shardId: number, logger: Logger): Promise<ShardReload> {
  const result = await engine.reload();
  if (result.ok) logger.info({ event: 'knowledge-reload', version: result.version, report: result.report }, 'knowledge reloaded');
  else logger.warn({ event: 'knowledge-reload', version: result.version, problems: result.problems }, 'knowledge reload refused; previous articles still served');
  return { shardId, ...result };
}

/** The reload every moderator action calls: this process alone, or every shard of the manager. */
export function knowledgeReloader(client: Client, local: () => Promise<ShardReload>): () => Promise<ShardReload[]> {
  const sharding = client.shard;
  if (!sharding) return async () => [await local()];
  return () =>
    Promise.all(
      Array.from({ length: sharding.count }, async (_, shardId): Promise<ShardReload> => {
        try {
          return (await withTimeout(sharding.broadcastEval(onShard.reloadKnowledge, { shard: shardId }), SHARD_RELOAD_TIMEOUT_MS)) as ShardReload;
        } catch (error) {
          return { shardId, ok: false, unreachable: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
}
