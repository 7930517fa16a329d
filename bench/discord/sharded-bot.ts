// `npm start` with SHARD_COUNT set, as real processes: the compiled entry point runs discord.js's
// ShardingManager, which forks one bot process per shard, all against a fake Discord with as many
// shards on 127.0.0.1 and a temporary copy of knowledge/. Every JSON log line of every process
// (they share stdout) is captured. The manager leads its own process group, which its shards join,
// so `close` can make sure no process of the run is left behind, and touches no other.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { BOT_ENTRY, DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT } from '../../src/paths.js';
import { APPLICATION_ID, LogCapture, MODERATOR_ROLE_ID, TEST_TOKEN } from './bot-harness.js';
import { FakeDiscord, guildOnShard, type FakeGuild, type RecordedRequest } from './fake-discord.js';
import { buttonInteraction, commandInteraction, directMessage, type CommandOption, type FakeUser, type Place } from './payloads.js';
import { snowflake } from './snowflakes.js';

export interface ShardedBot {
  fake: FakeDiscord;
  manager: ChildProcess;
  logs: LogCapture;
  stderr: () => string;
  /** guilds[i] is routed to shard i. */
  guilds: FakeGuild[];
  knowledgeDir: string;
  metricsUrl: string;
  inGuild(shard: number, extra?: Partial<Extract<Place, { guildId: string }>>): Place;
  /** Sends a slash command and returns its interaction id. */
  command(user: FakeUser, place: Place, name: string, options?: CommandOption[]): string;
  commandReply(user: FakeUser, place: Place, name: string, options?: CommandOption[]): Promise<RecordedRequest>;
  /** The result of a deferred command: the edit of its original reply. */
  deferredReply(user: FakeUser, place: Place, name: string, options?: CommandOption[]): Promise<RecordedRequest>;
  /** Clicks a button (custom id) whose handler defers, and returns the edit that carries the outcome. */
  clickReply(user: FakeUser, place: Place, customId: string): Promise<RecordedRequest>;
  directMessageReply(user: FakeUser, channelId: string, content: string): Promise<RecordedRequest>;
  /** The pid the manager last logged for a shard's process. */
  shardPid(shard: number): number;
  /** Resolves with the manager's exit code. */
  exited: Promise<number | null>;
  close(): Promise<void>;
}

export async function startShardedBot(shards: number): Promise<ShardedBot> {
  const knowledgeDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsbot-sharded-'));
  await fs.cp(DEFAULT_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  const guilds = Array.from({ length: shards }, (_, shard) => guildOnShard(shard, shards, [MODERATOR_ROLE_ID]));
  // Discord lets big bots identify 16 shards at once; the manager then spaces their start by 344 ms, not 5.5 s.
  const fake = await FakeDiscord.start({ applicationId: APPLICATION_ID, token: TEST_TOKEN, guilds, shards, maxConcurrency: 16 });
  const manager = spawn(process.execPath, [BOT_ENTRY], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_CLIENT_ID: APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
      MODERATOR_ROLE_IDS: MODERATOR_ROLE_ID,
      KNOWLEDGE_DIR: knowledgeDir,
      SHARD_COUNT: String(shards),
      METRICS_PORT: '0',
      LOG_LEVEL: 'info',
    },
  });
  const exited = new Promise<number | null>((resolve) => manager.once('exit', (code) => resolve(code)));
  const logs = new LogCapture();
  readline.createInterface({ input: manager.stdout! }).on('line', (line) => logs.write(line));
  let stderr = '';
  manager.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const close = async () => {
    try {
      // The whole group: the manager and every shard it forked.
      process.kill(-manager.pid!, 'SIGKILL');
    } catch {
      // Already gone, as after a clean SIGTERM.
    }
    await exited;
    await fake.close();
    await fs.rm(knowledgeDir, { recursive: true, force: true });
  };

  let metricsPort: number;
  try {
    await Promise.race([
      logs.waitFor((e) => e.msg === 'every shard is ready', 30_000),
      exited.then((code) => Promise.reject(new Error(`the manager exited with ${code} before its shards were ready:\n${stderr}`))),
    ]);
    metricsPort = (await logs.waitFor((e) => e.msg === 'serving /metrics and /healthz')).port;
  } catch (error) {
    await close();
    throw error;
  }

  const command = (user: FakeUser, place: Place, name: string, options: CommandOption[] = []) => {
    const interaction = commandInteraction(APPLICATION_ID, user, place, name, options);
    fake.dispatch('INTERACTION_CREATE', interaction);
    return interaction.id;
  };
  const editOf = (interactionId: string) =>
    fake.waitForRequest((r) => r.kind === 'edit-original' && r.path.includes(`interaction-token-${interactionId}`), 40_000);
  return {
    fake,
    manager,
    logs,
    stderr: () => stderr,
    guilds,
    knowledgeDir,
    metricsUrl: `http://127.0.0.1:${metricsPort}`,
    inGuild: (shard, extra = {}) => ({ guildId: guilds[shard]!.id, channelId: guilds[shard]!.channelId, ...extra }),
    command,
    commandReply: (user, place, name, options) => {
      const id = command(user, place, name, options);
      return fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === id, 15_000);
    },
    deferredReply: (user, place, name, options) => editOf(command(user, place, name, options)),
    clickReply: (user, place, customId) => {
      const interaction = buttonInteraction(APPLICATION_ID, user, place, customId, snowflake());
      fake.dispatch('INTERACTION_CREATE', interaction);
      return editOf(interaction.id);
    },
    directMessageReply: (user, channelId, content) => {
      const message = directMessage(user, channelId, content);
      fake.dispatch('MESSAGE_CREATE', message);
      return fake.waitForRequest((r) => r.kind === 'channel-message' && r.body?.message_reference?.message_id === message.id, 15_000);
    },
    shardPid: (shard) => logs.entries().filter((e) => e.shard === shard && /^shard (re)?spawned$/.test(e.msg)).at(-1)!.pid,
    exited,
    close,
  };
}
