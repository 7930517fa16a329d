// /article end to end: the real Client, engine and maintenance code against the fake Discord,
// fetching from the loopback news site. Moderators add (by address or upload, after a preview),
// remove and restore articles; the change is answerable at once in servers and DMs.
import fs from 'node:fs/promises';
import path from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPENSATION, LAWSUIT } from '../support/fresh-articles.js';
import { knowledgeArticles } from '../support/knowledge-folder.js';
import { startNewsSite, type NewsSite } from '../support/news-site.js';
import { quotedPassages } from '../../bench/discord/articles.js';
import { MODERATOR_ROLE_ID, newUser, type Harness } from '../../bench/discord/bot-harness.js';
import { askOptions, PERMISSIONS, subcommand, type CommandOption, type FakeUser, type Place } from '../../bench/discord/payloads.js';
import { snowflake } from '../../bench/discord/snowflakes.js';
import { useHarness } from './support/use-harness.js';

let h: Harness;
useHarness((started) => (h = started), { KNOWLEDGE_FETCH_ALLOW_PRIVATE: 'true' });
let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite(await knowledgeArticles());
});
afterAll(() => site.close());

const asModerator = () => h.inGuild({ roles: [MODERATOR_ROLE_ID] });
const text = (name: string, value: string): CommandOption => ({ name, type: 3, value });

/** Runs /article and returns the request that carries its outcome: the edit of the deferred reply, or a refusal. */
async function article(user: FakeUser, place: Place, options: CommandOption[], resolved?: { attachments: Record<string, unknown> }) {
  const id = h.command(user, place, 'article', options, 2, resolved);
  const first = await h.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === id);
  if (first.body.type !== 5) return first;
  expect(first.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  return h.fake.waitForRequest((r) => r.kind === 'edit-original' && r.path.includes(`interaction-token-${id}`), 15_000);
}

/** Clicks a button and returns the request that carries the outcome (an update, a reply, or the edit after a deferred update). */
async function click(user: FakeUser, customId: string, place: Place = asModerator()) {
  const id = h.click(user, place, customId);
  const first = await h.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === id);
  if (first.body.type !== 6) return first;
  return h.fake.waitForRequest((r) => r.kind === 'edit-original' && r.path.includes(`interaction-token-${id}`), 15_000);
}

function buttons(message: any): { confirm: string; cancel: string } {
  const [confirm, cancel] = message.components[0].components.map((button: any) => button.custom_id);
  return { confirm, cancel };
}

async function ask(question: string) {
  return (await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions(question))).message;
}

async function askInDm(question: string) {
  return (await h.directMessageReply(newUser(), snowflake(), question)).message;
}

describe('/article add', () => {
  it('by address: a preview, then Add; the article is quoted at once in servers, DMs and /sources', async () => {
    const moderator = newUser('moderator');
    const preview = await article(moderator, asModerator(), subcommand('add', [text('url', `${site.base}/jsonld-only`)]));
    const [embed] = preview.message.embeds;
    expect(embed.title).toBe('Add this article?');
    const field = (name: string) => embed.fields.find((f: any) => f.name === name)?.value;
    expect(field('Outlet')).toBe(COMPENSATION.outlet);
    expect(field('Title')).toBe(COMPENSATION.headline);
    expect(field('Published')).toBe('2025-01-14');
    expect(field('URL')).toBe(`${site.base}/jsonld-only`);
    expect(embed.description).toMatch(/^\*\*6 sentences\.\*\* The first ones, as I will quote them:\n1\. > Relatives of the passengers/);
    expect(embed.description.split('\n')).toHaveLength(4);
    expect(field('Left out as page furniture (check none of it is the article)')).toContain('Advertisement');
    expect(embed.footer.text).toBe('Only you can use these buttons, for 5 minutes.');
    expect(quotedPassages(await ask(COMPENSATION.question)).map((p) => p.outlet)).not.toContain(COMPENSATION.outlet);

    const done = await click(moderator, buttons(preview.message).confirm);
    expect(done.kind).toBe('edit-original');
    expect(done.message.components).toEqual([]);
    expect(done.message.embeds[0].title).toBe('Added `caspian-daily-wire-families-of-j2-8243-passengers-meet-at`');
    expect(done.message.embeds[0].fields.find((f: any) => f.name === 'Added').value).toBe('`caspian-daily-wire-families-of-j2-8243-passengers-meet-at`');

    for (const answer of [await ask(COMPENSATION.question), await askInDm(COMPENSATION.question)]) {
      expect(quotedPassages(answer)).toContainEqual(expect.objectContaining({ outlet: COMPENSATION.outlet, quote: expect.stringContaining(COMPENSATION.answerContains) }));
    }
    const sources = await h.commandReply(newUser(), h.inGuild(), 'sources');
    expect(sources.message.embeds[0].description).toContain(COMPENSATION.outlet);
    const audits = h.logs.entries().filter((e) => e.audit === 'article' && e.userId === moderator.id);
    expect(audits.map((e) => e.result)).toEqual(['previewed', 'succeeded']);
    expect(audits[1]).toMatchObject({ action: 'add', articleId: 'caspian-daily-wire-families-of-j2-8243-passengers-meet-at', url: `${site.base}/jsonld-only`, guildId: h.guild.id });
  });

  it('Cancel writes nothing; someone else’s click is refused and leaves the buttons working', async () => {
    const moderator = newUser('canceller');
    const files = await fs.readdir(h.knowledgeDir);
    const preview = await article(moderator, asModerator(), subcommand('add', [text('url', `${site.base}/meta-only`)]));
    const { confirm, cancel } = buttons(preview.message);
    const intruder = newUser('intruder');
    const refused = await click(intruder, confirm, h.inGuild({ roles: [MODERATOR_ROLE_ID] }));
    expect(refused.body.type).toBe(4);
    expect(refused.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(refused.message.content).toMatch(/belong to the moderator who asked/);
    const cancelled = await click(moderator, cancel);
    expect(cancelled.body.type).toBe(7);
    expect(cancelled.message).toMatchObject({ content: 'Cancelled; nothing was changed.', components: [] });
    expect(await fs.readdir(h.knowledgeDir)).toEqual(files);
    // A cancelled preview's Add button does nothing any more.
    expect((await click(moderator, confirm)).message.content).toMatch(/^This expired/);
  });

  it('by upload: the file is fetched from the attachment address; the outlet option names the outlet', async () => {
    const upload = h.fake.addAttachment('falconry.txt', 'text/plain; charset=utf-8', `${LAWSUIT.headline}\n${LAWSUIT.body.replace(/\n\n/g, '\n')}\n`);
    const moderator = newUser('uploader');
    const options = subcommand('add', [{ name: 'file', type: 11, value: upload.id }, text('outlet', LAWSUIT.outlet)]);
    const preview = await article(moderator, asModerator(), options, { attachments: { [upload.id]: upload } });
    expect(preview.message.embeds[0].fields.find((f: any) => f.name === 'File').value).toBe('falconry.txt');
    const done = await click(moderator, buttons(preview.message).confirm);
    expect(done.message.embeds[0].title).toMatch(/^Added `baku-evening-courier-falconry/);
    expect(quotedPassages(await askInDm(LAWSUIT.question)).map((p) => p.outlet)).toContain(LAWSUIT.outlet);
  });

  it('an upload that names no outlet is refused with how to give one; nothing is guessed', async () => {
    const upload = h.fake.addAttachment('untitled.md', 'text/markdown', `# Aktau airport reopens\n\n${COMPENSATION.body.replaceAll('flamingo', 'pelican')}\n`);
    const reply = await article(newUser(), asModerator(), subcommand('add', [{ name: 'file', type: 11, value: upload.id }]), { attachments: { [upload.id]: upload } });
    expect(reply.message.content).toBe('Not added: the file does not name its outlet; run `/article add` again with the `outlet` option.');
  });

  it('refuses a duplicate, naming the article it duplicates', async () => {
    const reply = await article(newUser(), asModerator(), subcommand('add', [text('url', `${site.base}/articles/t-online-putin-apologizes`)]));
    expect(reply.message.content).toMatch(/^Not added: 100% of its sentences are already in `t-online-putin-apologizes` \(t-online: “After plane crash: Kremlin chief Putin apologizes”\)\.$/);
  });

  it('refuses a home page, a paywall stub, a PDF, and neither or both of url and file', async () => {
    const cases: Array<[CommandOption[], RegExp]> = [
      [subcommand('add', [text('url', `${site.base}/`)]), /does not look like an article/],
      [subcommand('add', [text('url', `${site.base}/paywall`)]), /paywall stub/],
      [subcommand('add', [text('url', `${site.base}/report.pdf`)]), /application\/pdf, not a web page/],
      [subcommand('add', [text('outlet', 'X')]), /give either a `url` or a `file`/],
      [subcommand('add', [text('url', `${site.base}/meta-only`), text('published', 'last week')]), /`published` must be a date written YYYY-MM-DD/],
    ];
    for (const [options, message] of cases) expect((await article(newUser(), asModerator(), options)).message.content).toMatch(message);
  });

  it('refuses a 2,000-character non-address within the message limit, and an uploaded PDF', async () => {
    const long = await article(newUser(), asModerator(), subcommand('add', [text('url', `not an address ${'x'.repeat(1985)}`)]));
    expect(long.message.content).toMatch(/^Not added: "not an address x+…\.$/);
    const pdf = h.fake.addAttachment('report.pdf', 'application/pdf', '%PDF-1.7');
    const refused = await article(newUser(), asModerator(), subcommand('add', [{ name: 'file', type: 11, value: pdf.id }]), { attachments: { [pdf.id]: pdf } });
    expect(refused.message.content).toMatch(/^Not added: the address gives application\/pdf, not a web page/);
  });

  it('rolls back when the reload refuses the folder: the problems are listed by file, the old articles keep serving', async () => {
    const moderator = newUser('unlucky');
    const upload = h.fake.addAttachment('pelicans.md', 'text/markdown', `---\noutlet: "Pelican Post"\ntitle: "Pelicans return to Aktau"\n---\n\n${COMPENSATION.body.replaceAll('flamingo', 'pelican').replaceAll('saxaul trees', 'tamarisk bushes')}\n`);
    const preview = await article(moderator, asModerator(), subcommand('add', [{ name: 'file', type: 11, value: upload.id }]), { attachments: { [upload.id]: upload } });
    await fs.writeFile(path.join(h.knowledgeDir, 'zz-hand-edited.md'), '---\nid: "hand-edited"\ntitle: "Forgot the outlet"\nsource: "x.txt"\n---\n\nText.\n');
    try {
      const done = await click(moderator, buttons(preview.message).confirm);
      const [embed] = done.message.embeds;
      expect(embed.title).toBe('Not added');
      expect(embed.description).toMatch(/^The knowledge folder has problems, so nothing was changed\. The new article was moved to \.removed\/; the previous articles are still being served/);
      expect(embed.description).toContain('• zz-hand-edited.md, outlet: is missing; this field is required');
      expect(JSON.stringify(done.message)).not.toContain(h.knowledgeDir);
      expect(quotedPassages(await ask('What did the families plant at the pelican reserve?')).map((p) => p.outlet)).not.toContain('Pelican Post');
      expect(h.engine.articles().map((a) => a.id)).not.toContain('pelican-post-pelicans-return-to-aktau');
      expect(await fs.readdir(h.knowledgeDir)).not.toContain('pelican-post-pelicans-return-to-aktau.md');
      expect(h.logs.entries().find((e) => e.audit === 'article' && e.userId === moderator.id && e.result === 'failed')).toMatchObject({ action: 'add', articleId: 'pelican-post-pelicans-return-to-aktau' });
    } finally {
      await fs.rm(path.join(h.knowledgeDir, 'zz-hand-edited.md'));
    }
  });
});

describe('/article remove and restore', () => {
  it('removes after confirmation, and restores; autocomplete offers the ids', async () => {
    const suggestId = h.command(newUser(), asModerator(), 'article', subcommand('remove', [{ name: 'id', type: 3, value: 't-onl', focused: true }]), 4);
    const suggestions = await h.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === suggestId);
    expect(suggestions.body).toEqual({ type: 8, data: { choices: [{ name: 't-online-putin-apologizes — After plane crash: Kremlin chief Putin apologizes', value: 't-online-putin-apologizes' }] } });

    const remover = newUser('remover');
    const confirm = await article(remover, asModerator(), subcommand('remove', [text('id', 't-online-putin-apologizes')]));
    expect(confirm.message.embeds[0].title).toBe('Remove this article?');
    const removed = await click(remover, buttons(confirm.message).confirm);
    expect(removed.message.embeds[0].title).toBe('Removed `t-online-putin-apologizes`');
    expect((await h.commandReply(newUser(), h.inGuild(), 'sources')).message.embeds[0].description).not.toContain('Kremlin chief Putin apologizes');
    expect(await fs.readdir(path.join(h.knowledgeDir, '.removed'))).toContain('t-online-kremlin-chief-apologizes.md');

    const restoreSuggestId = h.command(newUser(), asModerator(), 'article', subcommand('restore', [{ name: 'id', type: 3, value: '', focused: true }]), 4);
    const restorable = await h.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === restoreSuggestId);
    expect(restorable.body.data.choices.map((c: any) => c.value)).toContain('t-online-putin-apologizes');
    const restored = await article(newUser('restorer'), asModerator(), subcommand('restore', [text('id', 't-online-putin-apologizes')]));
    expect(restored.message.embeds[0].title).toBe('Restored `t-online-putin-apologizes`');
    expect((await h.commandReply(newUser(), h.inGuild(), 'sources')).message.embeds[0].description).toContain('Kremlin chief Putin apologizes');
  });

  it('checks again at the click that the clicker is a moderator: one who lost the role meanwhile is refused', async () => {
    const moderator = newUser('demoted');
    const confirm = await article(moderator, asModerator(), subcommand('remove', [text('id', 'newsweek-uk-rejects-apology')]));
    const { confirm: remove } = buttons(confirm.message);
    const refused = await click(moderator, remove, h.inGuild());
    expect(refused.body.type).toBe(4);
    expect(refused.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(refused.message.content).toBe('Only moderators can use /article: you need the Manage Server permission or a moderator role.');
    expect(h.engine.articles().map((a) => a.id)).toContain('newsweek-uk-rejects-apology');
    expect(h.logs.entries().filter((e) => e.audit === 'article' && e.userId === moderator.id).map((e) => e.result)).toEqual(['previewed', 'refused']);
    // The buttons still work for the moderator once the role is back.
    expect((await click(moderator, remove)).message.embeds[0].title).toBe('Removed `newsweek-uk-rejects-apology`');
    expect((await article(newUser(), asModerator(), subcommand('restore', [text('id', 'newsweek-uk-rejects-apology')]))).message.embeds[0].title).toBe('Restored `newsweek-uk-rejects-apology`');
  });

  it('refuses an unknown id', async () => {
    expect((await article(newUser(), asModerator(), subcommand('remove', [text('id', 'no-such-article')]))).message.content).toMatch(/^No article has the id `no-such-article`/);
  });
});

describe('fetching safely (the address rule on, as in production)', () => {
  const withRuleOn = async (check: () => Promise<void>) => {
    h.config.fetchAllowPrivateAddresses = false;
    try {
      await check();
    } finally {
      h.config.fetchAllowPrivateAddresses = true;
    }
  };

  it.each([
    ['a loopback address', () => `${site.base}/jsonld-only`, /127\.0\.0\.1 is a loopback address; only public web addresses can be fetched/],
    ['the cloud metadata service', () => 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    ['a private network', () => 'http://10.0.0.1/', /10\.0\.0\.1 is a private network address/],
    ['IPv6 loopback', () => 'http://[::1]/', /::1 is a loopback address/],
    ['a file: address', () => 'file:///etc/passwd', /only http and https/],
  ])('refuses %s', async (_what, url, message) => {
    await withRuleOn(async () => {
      const moderator = newUser();
      const reply = await article(moderator, asModerator(), subcommand('add', [text('url', url())]));
      expect(reply.message.content).toMatch(message);
      expect(await h.logs.waitFor((e) => e.audit === 'article' && e.userId === moderator.id)).toMatchObject({ result: 'failed', action: 'add', url: url() });
    });
  });

  it('refuses a redirect to 127.0.0.1, checking the address again at the redirect', async () => {
    // The first hop stands for a public site: the rule is lifted for it only, and on again for the redirect.
    site.onRequest = (requested) => {
      if (requested === '/to-loopback') h.config.fetchAllowPrivateAddresses = false;
    };
    try {
      const before = site.requested.length;
      const reply = await article(newUser(), asModerator(), subcommand('add', [text('url', `${site.base}/to-loopback`)]));
      expect(reply.message.content).toMatch(/127\.0\.0\.1 is a loopback address/);
      expect(site.requested.slice(before)).toEqual(['/to-loopback']);
    } finally {
      h.config.fetchAllowPrivateAddresses = true;
      site.onRequest = undefined;
    }
  });
});

describe('permission matrix (as /reindex)', () => {
  const cases: Array<[string, () => Place, boolean]> = [
    ['a member with Manage Server', () => h.inGuild({ permissions: PERMISSIONS.viewAndSend | PERMISSIONS.manageGuild }), true],
    ['a member with a moderator role', asModerator, true],
    ['an ordinary member', () => h.inGuild(), false],
    ['anyone in a DM', () => ({ dmChannelId: snowflake() }), false],
  ];
  it.each(cases)('%s → allowed: %s', async (_who, place, allowed) => {
    const user = newUser();
    const reply = await article(user, place(), subcommand('remove', [text('id', 'no-such-article')]));
    if (allowed) {
      expect(reply.kind).toBe('edit-original');
      expect(reply.message.content).toMatch(/No article has the id/);
      return;
    }
    expect(reply.body.type).toBe(4);
    expect(reply.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(reply.message.content).toMatch('dmChannelId' in place() ? /\/article can only be used in a server/ : /Only moderators can use \/article/);
    expect(await h.logs.waitFor((e) => e.audit === 'article' && e.userId === user.id)).toMatchObject({ result: 'refused', action: 'remove' });
  });

  it('has the /reindex cooldown per moderator', async () => {
    const user = newUser();
    await article(user, asModerator(), subcommand('remove', [text('id', 'no-such-article')]));
    const second = await article(user, asModerator(), subcommand('remove', [text('id', 'no-such-article')]));
    expect(second.message.content).toMatch(/Please wait \d+ s before using \/article again/);
  });
});
