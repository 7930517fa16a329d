// /reindex end to end: moderators reload the (temporary copy of the) knowledge folder; a broken
// file is reported while the old index keeps answering; everyone else is refused at run time.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { newUser, MODERATOR_ROLE_ID, OTHER_ROLE_ID, type Harness } from '../../bench/discord/bot-harness.js';
import { useHarness } from './support/use-harness.js';
import { askOptions, PERMISSIONS, type FakeUser, type Place } from '../../bench/discord/payloads.js';
import { NEW_ARTICLE, quotedPassages } from '../../bench/discord/articles.js';
import { snowflake } from '../../bench/discord/snowflakes.js';

let h: Harness;
useHarness((started) => (h = started));

/** Runs /reindex and returns the request that carries the result (the edit of a deferred reply, or a refusal). */
async function reindex(user: FakeUser, place: Place) {
  const id = h.command(user, place, 'reindex');
  const first = await h.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === id);
  if (first.body.type !== 5) return first;
  expect(first.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  return h.fake.waitForRequest((r) => r.kind === 'edit-original' && r.path.includes(`interaction-token-${id}`));
}

const asManager = () => h.inGuild({ permissions: PERMISSIONS.viewAndSend | PERMISSIONS.manageGuild });

describe('/reindex', () => {
  it('reloads for a member with Manage Server and reports what changed', async () => {
    await fs.writeFile(path.join(h.knowledgeDir, 'test-added-article.md'), NEW_ARTICLE);
    const user = newUser('manager');
    const result = await reindex(user, asManager());
    expect(result.kind).toBe('edit-original');
    const [embed] = result.message.embeds;
    expect(embed.title).toBe('Reloaded the knowledge folder');
    expect(embed.fields.find((f: any) => f.name === 'Added').value).toContain('test-added-article');
    const answer = await h.commandReply(newUser(), h.inGuild(), 'ask', askOptions('When did the flamingo sanctuary reopen?'));
    expect(quotedPassages(answer.message).map((p) => p.outlet)).toContain('Test Gazette');
    const auditLine = await h.logs.waitFor((e) => e.audit === 'reindex' && e.userId === user.id);
    expect(auditLine).toMatchObject({ result: 'succeeded', guildId: h.guild.id, channelId: h.guild.channelId });
    expect(auditLine.time).toBeTypeOf('number');
  });

  it('reports broken files while the old index keeps answering, untouched by the new folder', async () => {
    const crash = askOptions('How many people died in the crash?');
    const pelican = askOptions('When did the pelican colony return?');
    const before = await h.commandReply(newUser(), h.inGuild(), 'ask', crash);
    const added = {
      // A valid new article: if the failed reload served a partial index, it would answer the pelican question.
      'zz-pelican.md': NEW_ARTICLE.replace('test-added-article', 'zz-pelican').replace('The flamingo sanctuary near Aktau reopened', 'The pelican colony returned'),
      'zz-broken.md': '---\nid: "broken"\ntitle: [unclosed\n---\n\nText.\n',
      'zz-no-outlet.md': '---\nid: "no-outlet"\ntitle: "T"\nsource: "s.txt"\n---\n\nSome text here.\n',
    };
    for (const [name, text] of Object.entries(added)) await fs.writeFile(path.join(h.knowledgeDir, name), text);
    try {
      const user = newUser('moderator');
      const result = await reindex(user, h.inGuild({ roles: [MODERATOR_ROLE_ID] }));
      const [embed] = result.message.embeds;
      expect(embed.title).toMatch(/Not reloaded/);
      expect(embed.description).toMatch(/previous articles are still being served/);
      expect(embed.description).toContain('zz-broken.md');
      expect(embed.description).toMatch(/zz-no-outlet\.md.*outlet/);
      expect(embed.description).not.toContain('zz-pelican.md');
      const after = await h.commandReply(newUser(), h.inGuild(), 'ask', crash);
      expect(after.message.embeds).toEqual(before.message.embeds);
      const unknown = await h.commandReply(newUser(), h.inGuild(), 'ask', pelican);
      expect(unknown.message.content).toMatch(/don't say/);
      expect(await h.logs.waitFor((e) => e.audit === 'reindex' && e.userId === user.id)).toMatchObject({ result: 'failed' });
    } finally {
      for (const name of Object.keys(added)) await fs.rm(path.join(h.knowledgeDir, name));
    }
  });

  it('names the folder itself without its server path', async () => {
    await fs.rename(h.knowledgeDir, `${h.knowledgeDir}-away`);
    try {
      const result = await reindex(newUser('manager'), asManager());
      expect(result.message.embeds[0].description).toContain('• the knowledge folder: does not exist or cannot be read');
      expect(JSON.stringify(result.message)).not.toContain(path.dirname(h.knowledgeDir));
    } finally {
      await fs.rename(`${h.knowledgeDir}-away`, h.knowledgeDir);
    }
  });

  it('has a per-user cooldown', async () => {
    const user = newUser('eager');
    expect((await reindex(user, asManager())).kind).toBe('edit-original');
    const second = await reindex(user, asManager());
    expect(second.body.type).toBe(4);
    expect(second.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(second.message.content).toMatch(/Please wait \d+ s before using \/reindex again/);
  });

  describe('permission matrix (checked at run time, whatever Discord-side settings say)', () => {
    const cases: Array<[string, () => Place, boolean]> = [
      ['a member with Manage Server', asManager, true],
      ['an administrator', () => h.inGuild({ permissions: PERMISSIONS.administrator }), true],
      ['a member with a moderator role', () => h.inGuild({ roles: [MODERATOR_ROLE_ID] }), true],
      ['an ordinary member', () => h.inGuild(), false],
      ['a member with another role and other powers, let through by a Discord-side override', () => h.inGuild({ roles: [OTHER_ROLE_ID], permissions: PERMISSIONS.viewAndSend | PERMISSIONS.manageMessages | PERMISSIONS.kickMembers }), false],
      ['anyone in a DM', () => ({ dmChannelId: snowflake() }), false],
    ];
    it.each(cases)('%s → allowed: %s', async (_who, place, allowed) => {
      const user = newUser();
      const reloadsBefore = h.logs.entries().filter((e) => e.audit === 'reindex' && e.result === 'succeeded').length;
      const result = await reindex(user, place());
      if (allowed) {
        expect(result.kind).toBe('edit-original');
        expect(result.message.embeds[0].title).toBe('Reloaded the knowledge folder');
        return;
      }
      expect(result.body.type).toBe(4);
      expect(result.message.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      expect(result.message.content).toMatch('dmChannelId' in place() ? /only be used in a server/ : /Only moderators/);
      expect(await h.logs.waitFor((e) => e.audit === 'reindex' && e.userId === user.id)).toMatchObject({ result: 'refused' });
      expect(h.logs.entries().filter((e) => e.audit === 'reindex' && e.result === 'succeeded')).toHaveLength(reloadsBefore);
    });
  });
});
