// A shard never outlives its ShardingManager: if the manager is killed outright (SIGKILL, no chance
// to stop its shards), each shard sees its IPC channel close and stops by itself.
import { expect, it } from 'vitest';
import { startShardedBot } from '../../bench/discord/sharded-bot.js';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('shards stop when their manager is killed', async () => {
  const bot = await startShardedBot(1);
  try {
    const pid = bot.shardPid(0);
    process.kill(bot.manager.pid!, 'SIGKILL');
    await bot.exited;
    expect(await bot.logs.waitFor((e) => e.shard === 0 && e.msg === 'shutting down')).toMatchObject({ signal: 'manager gone' });
    await bot.logs.waitFor((e) => e.shard === 0 && /answers in progress finished/.test(e.msg));
    await expect.poll(() => isRunning(pid), { timeout: 5000 }).toBe(false);
  } finally {
    await bot.close();
  }
}, 30_000);
