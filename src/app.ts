// What `npm start` does, with its surroundings passed in so tests can run it in-process: validate
// the configuration and the knowledge folder, then run the Discord bot until told to stop, or,
// with no DISCORD_TOKEN, the local console mode. A broken folder stops start-up with every
// problem listed: the bot never serves a partial index. With SHARD_COUNT set this process becomes
// a ShardingManager instead (src/sharding/), which runs this same program once per shard.
import { setTimeout } from 'node:timers/promises';
import type { DestinationStream } from 'pino';
import { parseConfig, type Config } from './config.js';
import { runConsole } from './console-mode.js';
import { startBot, type RunningBot } from './discord/bot.js';
import type { ClientOverrides } from './discord/client.js';
import { AnswerEngine } from './engine/answer-engine.js';
import { errorSummary } from './error-summary.js';
import { loadDistinctKnowledge } from './knowledge-base/duplicate-articles.js';
import { createLogger, type Logger } from './logger.js';
import { healthReport } from './metrics/health.js';
import { startMetricsServer } from './metrics/metrics-server.js';
import { runShardingManager } from './sharding/shard-manager.js';
import { cannotStart } from './startup-failure.js';

const SHARD_RETRY_PAUSE_MS = 10_000;

export interface AppSurroundings {
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** A person at a terminal (prompts) rather than piped input. */
  interactive: boolean;
  /** Resolves with the signal's name when the bot should shut down (SIGINT, SIGTERM). */
  stopRequested: Promise<string>;
  /** Where bot logs go; stdout by default. */
  logDestination?: DestinationStream;
  client?: ClientOverrides;
}

/** Runs the app to completion and returns the process exit code. */
export async function runApp(io: AppSurroundings): Promise<number> {
  // A bad setting, a broken folder, a rejected token or no network: said plainly, no stack trace.
  const refuse = async (error: unknown, config?: Config) => {
    io.stderr.write(`${cannotStart(error)}\n`);
    // The manager respawns a shard the moment it exits: pausing first makes a failure that would
    // recur (a broken folder, a revoked token) a retry every few seconds, not a tight restart loop.
    if (config?.shardId !== undefined) await pauseUnlessStopped(SHARD_RETRY_PAUSE_MS, io.stopRequested);
    return 1;
  };
  let config: Config;
  try {
    config = parseConfig(io.env);
  } catch (error) {
    return refuse(error);
  }

  if (config.discordToken && config.shardCount !== undefined && config.shardId === undefined) {
    try {
      // The manager only checks the folder, to refuse a broken one before any shard starts; each shard builds its own engine.
      await loadDistinctKnowledge(config.knowledgeDir);
    } catch (error) {
      return refuse(error);
    }
    const logger = createLogger(config.logLevel, io.logDestination).child({ role: 'manager' });
    return runShardingManager(config, { token: config.discordToken, shardCount: config.shardCount }, io.stopRequested, logger);
  }

  let engine: AnswerEngine;
  try {
    engine = await AnswerEngine.open(config.knowledgeDir);
  } catch (error) {
    return refuse(error, config);
  }
  if (!config.discordToken) {
    io.stderr.write('No DISCORD_TOKEN is set, so the bot is not connecting to Discord. Starting the local console mode instead.\n\n');
    await runConsole(engine, io.stdin, io.stdout, io.interactive, io.stopRequested);
    return 0;
  }

  const rootLogger = createLogger(config.logLevel, io.logDestination);
  const logger: Logger = config.shardId === undefined ? rootLogger : rootLogger.child({ shard: config.shardId });
  const client = io.client ?? (config.discordApiUrl ? { rest: { api: config.discordApiUrl } } : undefined);
  let bot: RunningBot;
  try {
    bot = await startBot({ token: config.discordToken, config, engine, logger, ...(client ? { client } : {}) });
  } catch (error) {
    return refuse(error, config);
  }
  return runBot(config, bot, io.stopRequested, logger);
}

/**
 * One bot process, standalone or as one shard: runs until a stop signal (exit 0, answers in flight
 * finished) or until discord.js gives up on the gateway (exit 1, so a supervisor or the manager restarts it).
 */
async function runBot(config: Config, bot: RunningBot, stopRequested: Promise<string>, logger: Logger): Promise<number> {
  // A shard's metrics are served by its manager; a standalone bot serves its own.
  const server =
    config.metrics && config.shardId === undefined
      ? await startMetricsServer(
          config.metrics,
          {
            metrics: async () => ({ contentType: bot.metrics.registry.contentType, text: await bot.metrics.registry.metrics() }),
            health: async () => healthReport([bot.status()]),
          },
          logger,
        )
      : undefined;
  const ending = await Promise.race([stopRequested.then((signal) => ({ signal })), bot.gatewayClosed.then((code) => ({ code }))]);
  logger.info(ending, 'shutting down');
  try {
    await bot.stop();
    await server?.close();
  } catch (error) {
    logger.error({ error: errorSummary(error) }, 'error while shutting down');
  }
  return 'code' in ending ? 1 : 0;
}

async function pauseUnlessStopped(ms: number, stopRequested: Promise<string>): Promise<void> {
  const cancel = new AbortController();
  const paused = setTimeout(ms, undefined, { signal: cancel.signal }).catch(() => undefined);
  await Promise.race([paused, stopRequested]);
  cancel.abort();
}
