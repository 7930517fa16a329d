// Failures end to end: a failing reply, an expired interaction, and what users and logs get to see.
import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { newUser, TEST_TOKEN, type Harness } from '../../bench/discord/bot-harness.js';
import { useHarness } from './support/use-harness.js';
import { askOptions } from '../../bench/discord/payloads.js';
import { quotedPassages } from '../../bench/discord/articles.js';
import { snowflake } from '../../bench/discord/snowflakes.js';
import { rateLimited, type RecordedRequest } from '../../bench/discord/fake-discord.js';

let h: Harness;
useHarness((started) => (h = started), { LOG_QUESTIONS: 'true' });

const firstCallback = (r: RecordedRequest) => r.kind === 'callback';

describe('faults', () => {
  it('a failing reply gives the user a private "something went wrong" and a logged error', async () => {
    h.fake.intercept(firstCallback, { status: 400, body: { code: 50035, message: `Invalid Form Body at ${process.cwd()}/secret/path.ts` } });
    const id = h.command(newUser(), h.inGuild(), 'ask', askOptions('How many people died?'));
    const apology = await h.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === id && /went wrong/.test(r.message?.content));
    expect(apology.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(apology.message.content).not.toMatch(/\/|at |Error|50035/);
    const logged = await h.logs.waitFor((e) => e.msg === 'interaction handler failed' && e.interactionId === id);
    expect(logged.error).toMatchObject({ type: 'DiscordAPIError', code: 50035, status: 400 });
    // The bot keeps serving.
    const next = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions('How many people died?'));
    expect(quotedPassages(next.message).length).toBeGreaterThan(0);
  });

  it('a DM whose reply fails is logged and the bot keeps answering', async () => {
    h.fake.intercept((r) => r.kind === 'channel-message', { status: 403, body: { code: 50007, message: 'Cannot send messages to this user' } });
    const user = newUser();
    const channelId = snowflake();
    const apology = await h.directMessageReply(user, channelId, 'Where did the plane crash?').then(() =>
      h.fake.waitForRequest((r) => r.channelId === channelId && /went wrong/.test(r.message?.content)),
    );
    expect(apology.message.allowed_mentions.parse).toEqual([]);
    await h.logs.waitFor((e) => e.msg === 'direct message handler failed' && e.userId === user.id);
    const next = await h.directMessageReply(newUser(), snowflake(), 'Where did the plane crash?');
    expect(quotedPassages(next.message).length).toBeGreaterThan(0);
  });

  it('an expired interaction (10062) is logged, not fatal, and nothing more is sent for it', async () => {
    h.fake.intercept(firstCallback, { status: 404, body: { code: 10062, message: 'Unknown interaction' } });
    const id = h.command(newUser(), h.inGuild(), 'ask', askOptions('Who did Putin apologize to?'));
    await h.logs.waitFor((e) => e.interactionId === id && /expired/.test(e.msg));
    expect(h.logs.entries().find((e) => e.level >= 50 && e.interactionId === id)).toBeUndefined();
    const next = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions('Who did Putin apologize to?'));
    expect(quotedPassages(next.message).length).toBeGreaterThan(0);
    expect(h.fake.requests.filter((r) => r.interactionId === id)).toHaveLength(1);
  });

  it('a 500 on a reply is retried and the answer arrives', async () => {
    h.fake.intercept(firstCallback, { status: 500, body: { message: 'Internal Server Error', code: 0 } });
    const id = h.command(newUser(), h.inGuild(), 'ask', askOptions('Where was the flight going?'));
    const failed = await h.fake.waitForRequest((r) => r.interactionId === id);
    const retried = await h.fake.waitForRequest((r) => r.interactionId === id && r !== failed);
    expect(retried.body).toEqual(failed.body);
    expect(quotedPassages(retried.message).length).toBeGreaterThan(0);
  });

  it('a 500 on every try of a reply is logged, the user gets an apology, and the next question is answered', async () => {
    // discord.js tries a 5xx request four times (its default of 3 retries) before giving up.
    h.fake.intercept(firstCallback, { status: 500, body: { message: 'Internal Server Error', code: 0 } }, 4);
    const id = h.command(newUser(), h.inGuild(), 'ask', askOptions('Where was the flight going?'));
    const logged = await h.logs.waitFor((e) => e.msg === 'interaction handler failed' && e.interactionId === id);
    expect(logged.error).toMatchObject({ type: 'HTTPError', status: 500 });
    expect(JSON.stringify(logged)).not.toContain(`interaction-token-${id}`);
    const apology = await h.fake.waitForRequest((r) => r.interactionId === id && /went wrong/.test(r.message?.content));
    expect(apology.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const next = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions('Where was the flight going?'));
    expect(quotedPassages(next.message).length).toBeGreaterThan(0);
  });

  it('a 429 on the interaction callback is retried after retry_after, and the answer arrives', async () => {
    h.fake.intercept(firstCallback, rateLimited(1));
    const id = h.command(newUser(), h.inGuild(), 'ask', askOptions('Who did Putin apologize to?'));
    const limited = await h.fake.waitForRequest((r) => r.interactionId === id);
    const retried = await h.fake.waitForRequest((r) => r.interactionId === id && r !== limited);
    expect(retried.body).toEqual(limited.body);
    expect(quotedPassages(retried.message).length).toBeGreaterThan(0);
    expect(h.fake.requests.filter((r) => r.interactionId === id)).toHaveLength(2);
    expect(h.logs.entries().find((e) => e.level >= 40 && e.interactionId === id)).toBeUndefined();
  });

  it('logs the question text only because LOG_QUESTIONS is true', async () => {
    const user = newUser();
    await h.commandReply(user, h.inGuild(), 'ask', askOptions('What did the White House say about the crash?'));
    const line = await h.logs.waitFor((e) => e.event === 'question' && e.userId === user.id);
    expect(line.question).toBe('What did the White House say about the crash?');
  });

  it('never shows the bot token in logs or in anything sent, even after failures', () => {
    expect(h.logs.lines.length).toBeGreaterThan(5);
    expect(h.logs.lines.join('\n')).not.toContain(TEST_TOKEN);
    const sent = h.fake.requests.map((r) => JSON.stringify(r.body ?? null)).join('\n');
    expect(sent).not.toContain(TEST_TOKEN);
    // The token was used, so its absence above means something.
    expect(h.fake.requests.some((r) => r.headers.authorization === `Bot ${TEST_TOKEN}`)).toBe(true);
  });
});
