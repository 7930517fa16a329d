// `npm start` with SHARD_COUNT set: discord.js's ShardingManager runs the bot's own entry point once
// per shard, each in its own process with the same environment, and respawns any that dies. This
// process only supervises: it logs the shards' lives, serves the merged metrics, and on SIGTERM
// stops every shard gracefully (each finishes its answers in flight) before exiting.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ShardingManager, type Shard } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { managerMetricsSource } from '../metrics/manager-metrics.js';
import { startMetricsServer } from '../metrics/metrics-server.js';
import { BOT_ENTRY } from '../paths.js';
import { planShards } from './shard-plan.js';

/** Time a shard gets to become READY: loading the articles, then the gateway handshake. */
const SHARD_READY_TIMEOUT_MS = 60_000;
/** A shard's own shutdown waits up to 10 s for answers in flight; past this it is killed. */
const SHARD_STOP_TIMEOUT_MS = 15_000;

export async function runShardingManager(
  config: Config,
  { token, shardCount }: { token: string; shardCount: number | 'auto' },
  stopRequested: Promise<string>,
  logger: Logger,
): Promise<number> {
  const plan = await planShards(shardCount, token, config.discordApiUrl);
  const manager = new ShardingManager(BOT_ENTRY, { totalShards: plan.count, respawn: true, mode: 'process', token });
  manager.on('shardCreate', (shard) => logShardLife(shard, manager, logger));
  // At once: Ctrl-C reaches the shards too, and a shard that exits on it must not be respawned.
  void stopRequested.then(() => {
    manager.respawn = false;
  });
  logger.info({ shards: plan.count, requested: shardCount, spawnDelayMs: plan.spawnDelayMs }, 'starting shards');

  const server = config.metrics ? await startMetricsServer(config.metrics, managerMetricsSource(manager, plan.count), logger) : undefined;
  const spawning = manager.spawn({ amount: plan.count, delay: plan.spawnDelayMs, timeout: SHARD_READY_TIMEOUT_MS }).then(
    () => ({ ready: true as const }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  const first = await Promise.race([spawning, stopRequested.then((signal) => ({ signal }))]);
  if ('error' in first) {
    // A shard that cannot start now (bad token, broken folder) would only fail again if respawned.
    logger.fatal({ error: first.error }, 'a shard failed to start; stopping');
    await stopShards(manager, logger);
    await server?.close();
    return 1;
  }
  if ('ready' in first) logger.info({ shards: plan.count }, 'every shard is ready');
  logger.info({ signal: await stopRequested }, 'shutting down: stopping every shard');
  let clean = await stopShards(manager, logger);
  if ('signal' in first) {
    // Stopped while starting: the spawn loop may yet start the next shard, which is stopped in turn.
    await spawning;
    clean = (await stopShards(manager, logger)) && clean;
  }
  await server?.close();
  return clean ? 0 : 1;
}

function logShardLife(shard: Shard, manager: ShardingManager, logger: Logger): void {
  const log = logger.child({ shard: shard.id });
  let spawns = 0;
  // The manager runs shards as processes ('process' mode), never worker threads.
  shard.on('spawn', (child) => log.info({ pid: (child as ChildProcess).pid }, ++spawns === 1 ? 'shard spawned' : 'shard respawned'));
  shard.on('ready', () => log.info('shard ready'));
  shard.on('death', (child) => {
    const { pid, exitCode, signalCode } = child as ChildProcess;
    if (manager.respawn) log.warn({ pid, exitCode, signal: signalCode }, 'shard died; respawning');
    else log.info({ pid, exitCode, signal: signalCode }, 'shard exited');
  });
  shard.on('disconnect', () => log.warn('shard gateway disconnected'));
  shard.on('reconnecting', () => log.warn('shard gateway reconnecting'));
  shard.on('error', (error: Error) => log.error({ error: error.message }, 'shard failed to respawn'));
}

/** SIGTERM to every shard, no respawning; true if each one exited 0. */
async function stopShards(manager: ShardingManager, logger: Logger): Promise<boolean> {
  manager.respawn = false;
  const exits = [...manager.shards.values()].map(async (shard) => {
    const child = shard.process;
    if (!child || child.exitCode !== null) return true;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      logger.warn({ shard: shard.id }, 'shard did not stop in time; killing it');
      child.kill('SIGKILL');
    }, SHARD_STOP_TIMEOUT_MS);
    const [code] = (await exited) as [number | null];
    clearTimeout(timer);
    return code === 0;
  });
  const clean = (await Promise.all(exits)).every(Boolean);
  logger.info({ clean }, clean ? 'every shard stopped cleanly' : 'some shards did not stop cleanly');
  return clean;
}
