// Stopping the bot (what SIGINT/SIGTERM do in main.ts): answers in flight finish first, new
// events are ignored, the gateway connection closes, and nothing is left holding the process open.
import { describe, expect, it } from 'vitest';
import { startHarness, newUser } from '../../bench/discord/bot-harness.js';
import { quotedPassages } from '../../bench/discord/articles.js';
import { askOptions } from '../../bench/discord/payloads.js';

/** Sockets, servers and timers: what would keep a process (or vitest) from exiting. */
function openHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const resource of process.getActiveResourcesInfo()) {
    if (/TCP|Timeout|Pipe/.test(resource)) counts[resource] = (counts[resource] ?? 0) + 1;
  }
  return counts;
}

describe('shutdown', () => {
  it('finishes the answer in flight, ignores new questions, disconnects, and leaves no open handles', async () => {
    const before = openHandles();
    const h = await startHarness();
    const ask = askOptions('How many people died in the crash?');
    // Discord is slow to accept this answer, so it is still in flight when the stop begins.
    h.fake.intercept((r) => r.kind === 'callback', { delayMs: 400 });
    const slow = await h.commandReply(newUser(), h.inGuild(), 'ask', ask);
    expect(slow.respondedAt).toBeUndefined();

    const stopping = h.bot.stop(5000);
    const late = h.command(newUser(), h.inGuild(), 'ask', ask);
    await stopping;

    expect(slow.respondedAt).toBeDefined();
    expect(quotedPassages(slow.message).length).toBeGreaterThan(0);
    expect(h.logs.entries().find((e) => /answers in progress finished/.test(e.msg))).toMatchObject({ pending: 1, finished: true });
    expect(h.fake.requests.filter((r) => r.interactionId === late)).toEqual([]);
    expect(h.logs.entries().some((e) => /shutting down: event ignored/.test(e.msg))).toBe(true);
    expect(h.fake.connectedSockets).toBe(0);
    expect(h.fake.violations).toEqual([]);

    await h.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Vitest's own timers may come and go; nothing of the bot's may remain.
    for (const [kind, count] of Object.entries(openHandles())) expect(count, kind).toBeLessThanOrEqual(before[kind] ?? 0);
  });
});
