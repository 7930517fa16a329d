// The short version of `npm run load`: /ask interactions at once and in a row through the fake
// gateway, each from a different person. All are answered, and neither the heap nor discord.js's
// per-person caches grow with the number of people asking. Timings are reported by the script only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../bench/discord/bot-harness.js';
import { askAtOnce, askInARow, singleBot, withHeapGrowth } from '../../bench/discord/load-run.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ LOG_LEVEL: 'warn' });
});
afterAll(async () => {
  await h?.close();
});

describe('load', () => {
  it('answers 50 /ask sent at once', async () => {
    const figures = await askAtOnce(singleBot(h), 50);
    expect(figures.answered).toBe(50);
  });

  it('answers 500 /ask in a row with bounded heap and caches', async () => {
    const figures = await withHeapGrowth(() => askInARow(singleBot(h), 500));
    expect(figures.answered).toBe(500);
    // Generous: the 10,000-question run grows by a few MB, mostly compiled code and the rate
    // limiter's last-window entries.
    expect(figures.heapGrowthMb).toBeLessThan(8);
    const { client } = h.bot;
    expect(client.users.cache.size).toBeLessThanOrEqual(201);
    for (const guild of client.guilds.cache.values()) expect(guild.members.cache.size).toBeLessThanOrEqual(201);
  });

  it('sent nothing that could ping, and logged no warning', () => {
    expect(h.fake.violations).toEqual([]);
    expect(h.logs.lines).toEqual([]);
  });
});
