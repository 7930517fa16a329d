// The discord.js Client with the least access the bot needs: Guilds (for slash commands) and
// DirectMessages. No MessageContent intent: DM content arrives without it, and server messages
// are not read. The Channel partial is required, or DMs in uncached channels are silently dropped.
import { Client, GatewayIntentBits, Options, Partials, type ClientOptions } from 'discord.js';
import { NO_MENTIONS } from './discord-limits.js';

/** Options a caller may change: where REST goes (tests point it at a fake Discord) and start-up waits. */
export type ClientOverrides = Pick<ClientOptions, 'rest' | 'waitGuildTimeout'>;

const BOT_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages] as const;

/**
 * discord.js keeps every user and member it has seen, for ever, and the last 200 messages of every
 * DM channel: each new asker added about 0.8 KB to the heap, each DM 7 KB (npm run load). The bot
 * needs none of them once answered (each interaction and message carries its own), so messages are
 * not kept, and of people only the most recent and always the bot itself.
 */
const RECENT_PEOPLE_KEPT = 200;
const cacheLimits = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  UserManager: { maxSize: RECENT_PEOPLE_KEPT, keepOverLimit: (user) => user.id === user.client.user.id },
  GuildMemberManager: { maxSize: RECENT_PEOPLE_KEPT, keepOverLimit: (member) => member.id === member.client.user.id },
});

export function createClient(overrides: ClientOverrides = {}): Client {
  return new Client({
    intents: [...BOT_INTENTS],
    partials: [Partials.Channel],
    // The default for every message; each reply sets it again explicitly (see reply-payload.ts).
    allowedMentions: NO_MENTIONS,
    makeCache: cacheLimits,
    ...overrides,
  });
}
