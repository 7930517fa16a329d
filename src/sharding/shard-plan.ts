// How many shards to run and how fast to start them, from Discord's GET /gateway/bot: its
// recommended count (for SHARD_COUNT=auto) and how many shards may identify at once.
import { REST, Routes, type RESTGetAPIGatewayBotResult } from 'discord.js';

export interface ShardPlan {
  count: number;
  /** Between one shard's start and the next: discord.js's default, 5.5 s, shared by the identify slots. */
  spawnDelayMs: number;
}

const IDENTIFY_SPACING_MS = 5_500;

export async function planShards(requested: number | 'auto', token: string, api?: string): Promise<ShardPlan> {
  const rest = new REST(api ? { api } : {}).setToken(token);
  try {
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return {
      count: requested === 'auto' ? gateway.shards : requested,
      spawnDelayMs: Math.ceil(IDENTIFY_SPACING_MS / gateway.session_start_limit.max_concurrency),
    };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
