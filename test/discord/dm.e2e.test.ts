// Direct messages end to end: a DM is a question (or "help"); server messages and bots are ignored.
import { describe, expect, it } from 'vitest';
import { directMessage } from '../../bench/discord/payloads.js';
import { newUser, type Harness } from '../../bench/discord/bot-harness.js';
import { useHarness } from './support/use-harness.js';
import { quotedPassages, readArticles } from '../../bench/discord/articles.js';
import { snowflake } from '../../bench/discord/snowflakes.js';
import { rateLimited, type RecordedRequest } from '../../bench/discord/fake-discord.js';
import { liveLinks } from '../../bench/discord/discord-limits-check.js';

let h: Harness;
useHarness((started) => (h = started), { RATE_LIMIT_QUESTIONS: '3', RATE_LIMIT_WINDOW_SECONDS: '60' });

/** Sends messages that should be ignored, then a real question, and checks only the question got a reply. */
async function expectIgnored(messages: Array<ReturnType<typeof directMessage> & { guild_id?: string }>) {
  for (const message of messages) h.fake.dispatch('MESSAGE_CREATE', message);
  await h.directMessageReply(newUser(), snowflake(), 'Who did Putin apologize to?');
  const ignoredIds = new Set(messages.map((m) => m.id));
  expect(h.fake.requests.filter((r) => ignoredIds.has(r.body?.message_reference?.message_id))).toEqual([]);
}

describe('direct messages', () => {
  it('answers a DM question like /ask, as a reply to the message', async () => {
    const user = newUser();
    const channelId = snowflake();
    const reply = await h.directMessageReply(user, channelId, 'How many people died in the crash?');
    expect(reply.channelId).toBe(channelId);
    expect(reply.message.allowed_mentions).toMatchObject({ parse: [] });
    const passages = quotedPassages(reply.message);
    expect(passages.length).toBeGreaterThan(0);
    const articles = await readArticles(h.knowledgeDir);
    for (const passage of passages) expect(articles.find((a) => a.outlet === passage.outlet && a.body.includes(passage.quote))).toBeDefined();
    const line = await h.logs.waitFor((e) => e.event === 'question' && e.userId === user.id);
    expect(line).toMatchObject({ context: 'dm', outcome: 'answered' });
    expect(line).not.toHaveProperty('guildId');
  });

  it('answers "help" with the help text', async () => {
    const reply = await h.directMessageReply(newUser(), snowflake(), 'help');
    expect(reply.message.embeds[0].description).toMatch(/quote them word for word/);
  });

  it('says plainly when the articles do not cover the question', async () => {
    const reply = await h.directMessageReply(newUser(), snowflake(), 'Who won the 2022 World Cup?');
    expect(reply.message.content).toMatch(/don't say/);
  });

  it("shows a question's links without a masked link or a preview", async () => {
    const question = 'how many people died? [Click here for free Nitro](https://evil.example/phish) [or here](https://evil.example/2) https://evil.example/preview';
    const { message } = await h.directMessageReply(newUser(), snowflake(), question);
    expect(message.content).toContain('\\[Click here for free Nitro](<https://evil.example/phish>) \\[or here](<https://evil.example/2>) <https://evil.example/preview>');
    expect(liveLinks(message.content)).toEqual([]);
  });

  it('ignores bots, and messages in servers', async () => {
    const fromBot = directMessage(newUser('otherbot'), snowflake(), 'How many people died?', { bot: true });
    const inServer = { ...directMessage(newUser(), h.guild.channelId, 'How many people died?'), guild_id: h.guild.id, channel_type: 0 };
    await expectIgnored([fromBot, inServer]);
  });

  it('a hostile 6,000-character DM pings nobody and gets a reply within the limits', async () => {
    const reply = await h.directMessageReply(newUser(), snowflake(), `@everyone <@&${snowflake()}> ${'# __boom__ '.repeat(545)}`);
    expect(reply.message.allowed_mentions.parse).toEqual([]);
    expect(reply.message.content).toMatch(/to 300 characters or fewer/);
  });

  it('does not count questions turned away as too long against the rate limit', async () => {
    const user = newUser();
    const channelId = snowflake();
    for (let i = 0; i < h.config.rateLimit.questions; i++) {
      const refused = await h.directMessageReply(user, channelId, `Where did the plane crash? ${'Tell me. '.repeat(40)}`);
      expect(refused.message.content).toMatch(/to 300 characters or fewer/);
    }
    const reply = await h.directMessageReply(user, channelId, 'Where did the plane crash?');
    expect(quotedPassages(reply.message).length).toBeGreaterThan(0);
  });

  it("rate-limits one user's flood, and others are answered while Discord holds the flood's replies back", async () => {
    const flooder = newUser('flooder');
    const channelId = snowflake();
    // Discord rate-limits the flooder's channel: the first reply gets a 429, the rest wait their turn.
    h.fake.intercept((r) => r.channelId === channelId, rateLimited(1));
    const flood = Array.from({ length: 10 }, () => directMessage(flooder, channelId, 'Where did the plane crash?'));
    for (const message of flood) h.fake.dispatch('MESSAGE_CREATE', message);
    const limitedTry = await h.fake.waitForRequest((r) => r.channelId === channelId);

    const other = await h.directMessageReply(newUser(), snowflake(), 'Where did the plane crash?');
    expect(quotedPassages(other.message).length).toBeGreaterThan(0);
    // It came while the flood's replies were still held back: none of them had gone through.
    expect(h.fake.requests.filter((r) => r.channelId === channelId)).toEqual([limitedTry]);

    const replyTo = (message: { id: string }) => (r: RecordedRequest) => r !== limitedTry && r.body?.message_reference?.message_id === message.id;
    const replies = await Promise.all(flood.map((m) => h.fake.waitForRequest(replyTo(m))));
    expect(replies.filter((r) => quotedPassages(r.message).length > 0)).toHaveLength(3);
    expect(replies.filter((r) => /Please wait/.test(r.message.content))).toHaveLength(7);
  });

  it('keeps no DM channel cached once answered (discord.js would keep one per person)', () => {
    const client = h.bot.client;
    expect(h.fake.requests.filter((r) => r.kind === 'channel-message').length).toBeGreaterThan(10);
    expect(client.channels.cache.filter((channel) => channel.isDMBased())).toHaveProperty('size', 0);
  });
});
