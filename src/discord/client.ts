// The discord.js Client with the least access the bot needs: Guilds (for slash commands) and
// DirectMessages. No MessageContent intent: DM content arrives without it, and server messages
// are not read. The Channel partial is required, or DMs in uncached channels are silently dropped.
import { Client, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import { NO_MENTIONS } from './discord-limits.js';

/** Options a caller may change: where REST goes (tests point it at a fake Discord) and start-up waits. */
export type ClientOverrides = Pick<ClientOptions, 'rest' | 'waitGuildTimeout'>;

export const BOT_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages] as const;

export function createClient(overrides: ClientOverrides = {}): Client {
  return new Client({
    intents: [...BOT_INTENTS],
    partials: [Partials.Channel],
    // The default for every message; each reply sets it again explicitly (see reply-payload.ts).
    allowedMentions: NO_MENTIONS,
    ...overrides,
  });
}
