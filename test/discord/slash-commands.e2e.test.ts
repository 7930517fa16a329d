// /ask, /sources and /help end to end: the real Client and engine against the fake Discord.
import { describe, expect, it } from 'vitest';
import { GatewayIntentBits, MessageFlags } from 'discord.js';
import { newUser, type Harness } from '../../bench/discord/bot-harness.js';
import { useHarness } from './support/use-harness.js';
import { askOptions } from '../../bench/discord/payloads.js';
import { quotedPassages, readArticles, unescapeMarkdown } from '../../bench/discord/articles.js';
import { liveLinks } from '../../bench/discord/discord-limits-check.js';

let h: Harness;
useHarness((started) => (h = started));


describe('/ask', () => {
  it('logs in with only the Guilds and DirectMessages intents', () => {
    expect(h.fake.identifies).toHaveLength(1);
    expect(h.fake.identifies[0].intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages);
    expect(h.fake.identifies[0].intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('answers in a server with verbatim quotes, their outlets and the article titles', async () => {
    const reply = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions('How many people died in the crash?'));
    expect(reply.body.type).toBe(4);
    const message = reply.message;
    expect(message.flags ?? 0).toBe(0);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.content).toContain('How many people died in the crash?');
    const passages = quotedPassages(message);
    expect(passages.length).toBeGreaterThan(0);
    const articles = await readArticles(h.knowledgeDir);
    for (const passage of passages) {
      const source = articles.find((a) => a.title === passage.title);
      expect(source, `article titled ${passage.title}`).toBeDefined();
      expect(passage.outlet).toBe(source!.outlet);
      expect(source!.body).toContain(passage.quote);
    }
    expect(passages.some((p) => /38/.test(p.quote))).toBe(true);
  });

  it('replies privately when private is true', async () => {
    const reply = await h.commandReply(newUser(), h.inGuild(), 'ask', [...askOptions('Who did Putin apologize to?'), { name: 'private', type: 5, value: true }]);
    expect(reply.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(quotedPassages(reply.message).length).toBeGreaterThan(0);
  });

  it('says plainly when the articles do not cover the question', async () => {
    const reply = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions('What is the best pizza topping?'));
    expect(reply.message.content).toMatch(/don't say/);
    expect(reply.message.embeds).toEqual([]);
  });

  it('works when used in a DM with the bot', async () => {
    const user = newUser();
    const reply = await h.commandReply(user, { dmChannelId: '1316000000000000555' }, 'ask', askOptions('Where did the plane crash?'));
    expect(reply.body.type).toBe(4);
    expect(quotedPassages(reply.message).length).toBeGreaterThan(0);
    const line = await h.logs.waitFor((e) => e.event === 'question' && e.userId === user.id);
    expect(line).toMatchObject({ context: 'dm', outcome: 'answered' });
  });

  it('pings nobody and escapes markdown when the question is hostile', async () => {
    const hostile = '@everyone @here <@&1316000000000000077> **bold** `code` ||spoiler|| how many people died?';
    const reply = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions(hostile));
    const { content, allowed_mentions } = reply.message;
    expect(allowed_mentions.parse).toEqual([]);
    expect(content).not.toMatch(/@everyone|@here/);
    expect(content).toContain('@\u200beveryone');
    expect(content).toContain('\\*\\*bold\\*\\*');
    expect(content).toContain('\\|\\|spoiler\\|\\|');
  });

  it("shows a question's links in public without a masked link or a preview", async () => {
    const question = '[Click here for free Nitro](https://evil.example/phish) how many people died in the crash? https://evil.example/preview';
    const { message } = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions(question));
    expect(message.content).toContain('\\[Click here for free Nitro](<https://evil.example/phish>)');
    expect(message.content).toContain('<https://evil.example/preview>');
    expect(liveLinks(message.content)).toEqual([]);
  });

  it('turns away a 6,000-character question privately, within the limits', async () => {
    const reply = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions(`@everyone ${'**why** '.repeat(750)}`));
    expect(reply.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(reply.message.content).toMatch(/to 300 characters or fewer/);
    expect(reply.message.content).not.toContain('@everyone');
  });

  it('offers only questions the articles answer as autocomplete suggestions', async () => {
    const id = h.command(newUser(), h.inGuild(), 'ask', [{ name: 'question', type: 3, value: 'putin', focused: true }], 4);
    const reply = await h.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === id);
    expect(reply.body.type).toBe(8);
    const choices: Array<{ name: string; value: string }> = reply.body.data.choices;
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) {
      expect(choice.name.toLowerCase()).toContain('putin');
      expect(h.engine.ask(choice.value).answered).toBe(true);
    }
  });

  it('limits each user to RATE_LIMIT_QUESTIONS per window, with a private notice', async () => {
    const user = newUser();
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await h.commandReply(user, h.inGuild(), 'ask', askOptions('Where was the flight going?')));
    expect(replies.slice(0, 5).every((r) => quotedPassages(r.message).length > 0)).toBe(true);
    expect(replies[5]!.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(replies[5]!.message.content).toMatch(/Please wait \d+ seconds?/);
    // Someone else is not held back by it.
    const other = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions('Where was the flight going?'));
    expect(quotedPassages(other.message).length).toBeGreaterThan(0);
  });

  it('logs one line per question with user, place, latency and outcome, but not the question', async () => {
    const user = newUser();
    await h.commandReply(user, h.inGuild(), 'ask', askOptions('What did the Kremlin say?'));
    const line = await h.logs.waitFor((e) => e.event === 'question' && e.userId === user.id);
    expect(line).toMatchObject({ context: 'guild', guildId: h.guild.id, outcome: 'answered' });
    expect(line.latencyMs).toBeTypeOf('number');
    expect(h.logs.lines.join('\n')).not.toContain('What did the Kremlin say?');
  });
});

describe('/sources', () => {
  it('lists every article with outlet, title, date and sentence count', async () => {
    const reply = await h.commandReply(newUser(), h.inGuild(), 'sources');
    const description = unescapeMarkdown(reply.message.embeds[0].description);
    const articles = await readArticles(h.knowledgeDir);
    expect(reply.message.embeds[0].title).toBe(`The ${articles.length} articles I quote`);
    for (const summary of h.engine.articles()) {
      const entry = description.split('\n**').find((block) => block.includes(`: ${summary.title}\n`));
      expect(entry, summary.title).toBeDefined();
      expect(entry).toContain(summary.outlet);
      expect(entry).toContain(`${summary.sentences} sentences`);
      const date = summary.published ?? summary.updated;
      if (date) expect(entry).toContain(date.slice(0, 8));
    }
  });

  it('works in a DM', async () => {
    const reply = await h.commandReply(newUser(), { dmChannelId: '1316000000000000666' }, 'sources');
    expect(reply.message.embeds[0].description).toContain('Newsweek');
  });
});

describe('/help', () => {
  it('says what the bot knows, how to ask, and that it quotes rather than paraphrases', async () => {
    const reply = await h.commandReply(newUser(), h.inGuild(), 'help');
    const text: string = reply.message.embeds[0].description;
    expect(text).toMatch(/J2-8243/);
    expect(text).toMatch(/`\/ask`/);
    expect(text).toMatch(/direct message/);
    expect(text).toMatch(/word for word/);
    expect(text).toMatch(/never paraphrase/);
    expect(text).toContain('(from Newsweek, t-online and 2 articles whose outlet is not named)');
  });

  it('works in a DM', async () => {
    const reply = await h.commandReply(newUser(), { dmChannelId: '1316000000000000667' }, 'help');
    expect(reply.message.embeds[0].description).toMatch(/word for word/);
  });
});
