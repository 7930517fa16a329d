// Starting and stopping the Discord bot: wires the handlers to a Client, logs in, waits for
// READY, and on stop lets answers in progress finish before destroying the client.
import { once } from 'node:events';
import { Events, Status, type Client } from 'discord.js';
import type { Config } from '../config.js';
import type { AnswerEngine } from '../engine/answer-engine.js';
import { errorSummary } from '../error-summary.js';
import type { Logger } from '../logger.js';
import { KnowledgeMaintenance } from '../maintenance/knowledge-maintenance.js';
import { BotMetrics } from '../metrics/bot-metrics.js';
import { exposeShardEndpoints, type ShardStatus } from '../sharding/shard-endpoints.js';
import { createClient, type ClientOverrides } from './client.js';
import type { BotServices } from './command.js';
import { commands } from './command-registry.js';
import { PendingConfirmations } from './confirmations.js';
import { createDirectMessageHandler } from './dm-handler.js';
import { InFlightWork } from './in-flight.js';
import { createInteractionHandler } from './interaction-handler.js';
import { knowledgeReloader, reloadHere } from './knowledge-reload.js';
import { RateLimiter } from './rate-limiter.js';

export interface BotOptions {
  token: string;
  config: Config;
  engine: AnswerEngine;
  logger: Logger;
  client?: ClientOverrides;
  /** How long /article's buttons work; 5 minutes unless a test needs to see them expire. */
  confirmationTtlMs?: number;
}

export interface RunningBot {
  client: Client<true>;
  metrics: BotMetrics;
  status(): ShardStatus;
  /**
   * Resolves with the close code if discord.js gives up on the gateway (ShardDisconnect: it will not
   * reconnect). The process should then exit non-zero so its supervisor, or the ShardingManager, restarts it.
   */
  gatewayClosed: Promise<number>;
  /** Stops taking new work, waits (up to `graceMs`) for answers in progress, then disconnects. */
  stop(graceMs?: number): Promise<void>;
}

const DEFAULT_GRACE_MS = 10_000;

export async function startBot({ token, config, engine, logger, client: overrides, confirmationTtlMs }: BotOptions): Promise<RunningBot> {
  const client = createClient(overrides);
  const shardId = config.shardId ?? 0;
  const metrics = new BotMetrics(String(shardId), { processMetrics: config.metrics !== undefined });
  const reloadThisShard = () => reloadHere(engine, shardId, logger);
  const reloadKnowledge = knowledgeReloader(client, reloadThisShard);
  const services: BotServices = {
    engine,
    config,
    logger,
    metrics,
    shardId,
    questionLimiter: new RateLimiter(config.rateLimit.questions, config.rateLimit.windowSeconds * 1000),
    reloadKnowledge,
    // The config itself is the address rule: it is read at every fetch. Every change reloads every shard.
    maintenance: new KnowledgeMaintenance(engine, config, reloadKnowledge),
    articleConfirmations: new PendingConfirmations(confirmationTtlMs),
  };
  const status = (): ShardStatus => ({ shardId, ready: client.ws.status === Status.Ready, knowledgeVersion: engine.version });
  metrics.watch({ gatewayReady: () => status().ready, knowledgeVersion: () => engine.version });
  // Before login, so the manager can reach this shard as soon as it is connected.
  exposeShardEndpoints(client, { reloadKnowledge: reloadThisShard, status, metrics: () => metrics.registry.getMetricsAsJSON() });

  const inFlight = new InFlightWork();
  let stopping = false;

  const handleInteraction = createInteractionHandler(commands, services);
  const handleDirectMessage = createDirectMessageHandler(services);
  /** Handlers catch their own errors; this is the last guard so nothing becomes an unhandled rejection. */
  const track = (kind: string, work: () => Promise<void>) => {
    if (stopping) {
      logger.info({ kind }, 'shutting down: event ignored');
      return;
    }
    inFlight.run(() => work().catch((error: unknown) => logger.error({ error: errorSummary(error), kind }, 'unexpected handler failure')));
  };
  client.on(Events.InteractionCreate, (interaction) => track('interaction', () => handleInteraction(interaction)));
  client.on(Events.MessageCreate, (message) => track('message', () => handleDirectMessage(message)));
  client.on(Events.Error, (error) => logger.error({ error: errorSummary(error) }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, 'discord client warning'));
  // discord.js resumes or re-identifies by itself; ShardDisconnect means it has given up (bad token, intents...).
  client.on(Events.ShardReconnecting, (id) => logger.warn({ shardId: id }, 'gateway connection lost; reconnecting'));
  client.on(Events.ShardResume, (id) => logger.info({ shardId: id }, 'gateway resumed'));
  const gatewayClosed = new Promise<number>((resolve) =>
    client.once(Events.ShardDisconnect, (event, id) => {
      logger.error({ shardId: id, code: event.code }, 'gateway closed for good; not reconnecting');
      resolve(event.code);
    }),
  );

  const ready = once(client, Events.ClientReady);
  try {
    // Rejects if Discord refuses the token (401) or the IDENTIFY (4004, 4013, 4014...): start-up fails, exit 1.
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  const readyClient = client as Client<true>;
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, knowledgeVersion: engine.version }, 'bot ready');

  return {
    client: readyClient,
    metrics,
    status,
    gatewayClosed,
    async stop(graceMs = DEFAULT_GRACE_MS) {
      if (stopping) return;
      stopping = true;
      const pending = inFlight.size;
      const finished = await inFlight.drain(graceMs);
      logger.info({ pending, finished }, finished ? 'answers in progress finished; disconnecting' : 'gave up waiting for answers in progress; disconnecting');
      await client.destroy();
    },
  };
}
