// One running bot for a test file: the fake Discord, the real engine over a temporary copy of
// knowledge/, the real discord.js Client, and every log line captured as parsed JSON.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig, type Config } from '../../src/config.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { AnswerEngine } from '../../src/engine/answer-engine.js';
import { createLogger } from '../../src/logger.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { FakeDiscord, type FakeGuild, type RecordedRequest } from './fake-discord.js';
import { buttonInteraction, commandInteraction, directMessage, newUser, type CommandOption, type FakeUser, type Place } from './payloads.js';
import { snowflake } from './snowflakes.js';

/** Shaped like a real bot token so the config accepts it; searched for in every output. */
export const TEST_TOKEN = `MTMxNjAwMDAwMDAwMDAwMDAwMA.Gx7kQz.${'s3cretTokenPart'.repeat(2)}`;
export const APPLICATION_ID = '1316000000000000000';
export const MODERATOR_ROLE_ID = '1316000000000000077';
/** A role the test server has that does not make anyone a moderator. */
export const OTHER_ROLE_ID = '1316000000000000078';

export class LogCapture {
  readonly lines: string[] = [];
  private readonly listeners = new Set<() => void>();

  write(line: string): void {
    this.lines.push(line);
    for (const listener of [...this.listeners]) listener();
  }

  entries(): any[] {
    return this.lines.map((line) => JSON.parse(line));
  }

  /** The first log entry matching `match` (from line `since` on), waiting for it if it has not been written yet. */
  waitFor(match: (entry: any) => boolean, timeoutMs = 5000, since = 0): Promise<any> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.entries().slice(since).find(match);
        if (!found) return;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`no matching log entry within ${timeoutMs} ms`));
      }, timeoutMs);
      this.listeners.add(check);
      check();
    });
  }
}

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  engine: AnswerEngine;
  config: Config;
  logs: LogCapture;
  guild: FakeGuild;
  knowledgeDir: string;
  /** Sends a slash command (or, with type 4, an autocomplete request) and returns its interaction id. */
  command(user: FakeUser, place: Place, name: string, options?: CommandOption[], type?: 2 | 4, resolved?: { attachments: Record<string, unknown> }): string;
  /** Clicks a button (custom id) on a message the bot sent, and returns the click's interaction id. */
  click(user: FakeUser, place: Place, customId: string, messageId?: string): string;
  /** Sends a slash command and waits for the request that answers it (a message, or a deferral). */
  commandReply(user: FakeUser, place: Place, name: string, options?: CommandOption[]): Promise<RecordedRequest>;
  /** Sends a DM and waits for the bot's message in that channel. */
  directMessageReply(user: FakeUser, channelId: string, content: string): Promise<RecordedRequest>;
  inGuild(extra?: Partial<Extract<Place, { guildId: string }>>): Place;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** How long /article's buttons work (the bot's default is 5 minutes). */
  confirmationTtlMs?: number;
}

export async function startHarness(env: Record<string, string> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const knowledgeDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsbot-knowledge-'));
  await fs.cp(DEFAULT_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  const guild: FakeGuild = { id: snowflake(), name: 'Test server', channelId: snowflake(), roleIds: [MODERATOR_ROLE_ID, OTHER_ROLE_ID] };
  const fake = await FakeDiscord.start({ applicationId: APPLICATION_ID, token: TEST_TOKEN, guilds: [guild] });
  const config = parseConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_CLIENT_ID: APPLICATION_ID,
    MODERATOR_ROLE_IDS: MODERATOR_ROLE_ID,
    KNOWLEDGE_DIR: knowledgeDir,
    LOG_LEVEL: 'debug',
    ...env,
  });
  const logs = new LogCapture();
  const engine = await AnswerEngine.open(config.knowledgeDir);
  let bot: RunningBot;
  try {
    bot = await startBot({
      token: TEST_TOKEN,
      config,
      engine,
      logger: createLogger(config.logLevel, logs),
      client: { rest: { api: fake.apiUrl }, waitGuildTimeout: 200 },
      ...options,
    });
  } catch (error) {
    await fake.close();
    throw error;
  }

  const command = (user: FakeUser, place: Place, name: string, options: CommandOption[] = [], type: 2 | 4 = 2, resolved?: { attachments: Record<string, unknown> }) => {
    const interaction = commandInteraction(APPLICATION_ID, user, place, name, options, type, resolved);
    fake.dispatch('INTERACTION_CREATE', interaction);
    return interaction.id;
  };
  const click = (user: FakeUser, place: Place, customId: string, messageId = snowflake()) => {
    const interaction = buttonInteraction(APPLICATION_ID, user, place, customId, messageId);
    fake.dispatch('INTERACTION_CREATE', interaction);
    return interaction.id;
  };
  return {
    fake,
    bot,
    engine,
    config,
    logs,
    guild,
    knowledgeDir,
    command,
    click,
    commandReply: (user, place, name, options) => {
      const id = command(user, place, name, options);
      return fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === id);
    },
    directMessageReply: (user, channelId, content) => {
      const message = directMessage(user, channelId, content);
      fake.dispatch('MESSAGE_CREATE', message);
      return fake.waitForRequest((r) => r.kind === 'channel-message' && r.body?.message_reference?.message_id === message.id);
    },
    inGuild: (extra = {}) => ({ guildId: guild.id, channelId: guild.channelId, ...extra }),
    async close() {
      await bot.stop(2000);
      await fake.close();
      await fs.rm(knowledgeDir, { recursive: true, force: true });
    },
  };
}

export { newUser };
