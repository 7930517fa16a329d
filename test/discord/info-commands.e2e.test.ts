// /sources and /help end to end, in a server and in a DM.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, newUser, type Harness } from './support/bot-harness.js';
import { readArticles, unescapeMarkdown } from './support/articles.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  expect(h.fake.violations).toEqual([]);
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
  });

  it('works in a DM', async () => {
    const reply = await h.commandReply(newUser(), { dmChannelId: '1316000000000000667' }, 'help');
    expect(reply.message.embeds[0].description).toMatch(/word for word/);
  });
});
