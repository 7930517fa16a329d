// A bot that cannot log in must exit non-zero, so its supervisor (or the ShardingManager) sees it;
// and the manager plans its shards from Discord's GET /gateway/bot. Real processes, fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planShards } from '../../src/sharding/shard-plan.js';
import { run } from '../support/run-cli.js';
import { APPLICATION_ID, TEST_TOKEN } from '../../bench/discord/bot-harness.js';
import { FakeDiscord } from '../../bench/discord/fake-discord.js';

/** Well-formed, so the configuration accepts it, but not the token the fake Discord expects. */
const WRONG_TOKEN = TEST_TOKEN.replace('s3cret', 'wr0ng0');

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ applicationId: APPLICATION_ID, token: TEST_TOKEN, shards: 3, maxConcurrency: 16 });
});
afterAll(async () => {
  await fake?.close();
});

const start = (env: Record<string, string>) =>
  run('start', [], { env: { DISCORD_TOKEN: WRONG_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'silent', ...env } });

describe('start-up failures', () => {
  it('a bot whose token Discord refuses exits 1 with a plain message', async () => {
    const started = await start({});
    expect(started.code).toBe(1);
    expect(started.stderr).toMatch(/^Cannot start: Discord rejected the token/m);
    expect(started.stderr).not.toContain('wr0ng0');
  });

  it('so does a ShardingManager, before spawning any shard', async () => {
    const started = await start({ SHARD_COUNT: 'auto' });
    expect(started.code).toBe(1);
    expect(started.stderr).toMatch(/^Cannot start: Discord rejected the token/m);
    expect(fake.identifies).toEqual([]);
  });
});

describe('shard plan', () => {
  it("takes Discord's recommended count for auto, and spaces starts by the identify concurrency", async () => {
    expect(await planShards('auto', TEST_TOKEN, fake.apiUrl)).toEqual({ count: 3, spawnDelayMs: 344 });
    expect(await planShards(2, TEST_TOKEN, fake.apiUrl)).toEqual({ count: 2, spawnDelayMs: 344 });
  });
});
