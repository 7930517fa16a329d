// The sharded bot end to end, as real processes: `npm start` with SHARD_COUNT=2 runs discord.js's
// ShardingManager, which forks two bot processes, each connected as its own shard of a fake
// Discord that routes guilds and DMs as Discord does. Started once for the file; the tests run in order.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NEW_ARTICLE, quotedPassages } from '../../bench/discord/articles.js';
import { newUser } from '../../bench/discord/bot-harness.js';
import { askOptions, PERMISSIONS, subcommand } from '../../bench/discord/payloads.js';
import { metricValue } from '../../bench/discord/prometheus-text.js';
import { startShardedBot, type ShardedBot } from '../../bench/discord/sharded-bot.js';
import { snowflake } from '../../bench/discord/snowflakes.js';

let bot: ShardedBot;
beforeAll(async () => {
  bot = await startShardedBot(2);
}, 40_000);
afterAll(async () => {
  await bot?.close();
});
afterEach(() => {
  expect(bot.fake.violations).toEqual([]);
});

const FLAMINGO = askOptions('When did the flamingo sanctuary reopen?');
const CRASH = askOptions('How many people died in the crash?');

const asModerator = (shard: number) => bot.inGuild(shard, { permissions: PERMISSIONS.viewAndSend | PERMISSIONS.manageGuild });
const outlets = (reply: { message?: unknown }) => quotedPassages(reply.message).map((p) => p.outlet);
/** The knowledge version a shard's /sources reports, with the shard it says it came from. */
async function sourcesFooter(shard: number): Promise<string> {
  const reply = await bot.commandReply(newUser(), bot.inGuild(shard), 'sources');
  return reply.message.embeds[0].footer.text;
}
const scrape = async (what: 'metrics' | 'healthz') => {
  const response = await fetch(`${bot.metricsUrl}/${what}`);
  return { status: response.status, text: await response.text() };
};
describe('sharded bot (ShardingManager, 2 shard processes)', () => {
  it('brings both shards to READY, each identified as its own shard, and reports healthy', async () => {
    expect(bot.fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 2], [1, 2]]);
    for (const shard of [0, 1]) {
      expect(bot.logs.entries().some((e) => e.role === 'manager' && e.shard === shard && e.msg === 'shard ready')).toBe(true);
    }
    const health = await scrape('healthz');
    expect(health.status).toBe(200);
    const body = JSON.parse(health.text);
    expect(body.shards.map((s: any) => s.ready)).toEqual([true, true]);
    expect(new Set(body.shards.map((s: any) => s.knowledgeVersion)).size).toBe(1);
  });

  it('answers in a guild on each shard, and DMs on shard 0', async () => {
    for (const shard of [0, 1]) {
      const reply = await bot.commandReply(newUser(), bot.inGuild(shard), 'ask', CRASH);
      expect(quotedPassages(reply.message).length).toBeGreaterThan(0);
      const line = await bot.logs.waitFor((e) => e.event === 'question' && e.guildId === bot.guilds[shard]!.id);
      expect(line.shard).toBe(shard);
    }
    const user = newUser();
    const dm = await bot.directMessageReply(user, snowflake(), 'Who did Putin apologize to?');
    expect(quotedPassages(dm.message).length).toBeGreaterThan(0);
    expect((await bot.logs.waitFor((e) => e.event === 'question' && e.userId === user.id)).shard).toBe(0);
  });

  it('/reindex on shard 0 reloads every shard: shard 1 answers from the new article, one version everywhere', async () => {
    const before = await sourcesFooter(1);
    await fs.writeFile(path.join(bot.knowledgeDir, 'test-added-article.md'), NEW_ARTICLE);
    const result = await bot.deferredReply(newUser('moderator'), asModerator(0), 'reindex');
    const [embed] = result.message.embeds;
    expect(embed.title).toBe('Reloaded the knowledge folder');
    expect(embed.fields.find((f: any) => f.name === 'Added').value).toContain('test-added-article');
    const version = embed.description.match(/Knowledge version `(\w+)`/)[1];
    expect(embed.description).toContain(`Shard 0: reloaded, version \`${version}\``);
    expect(embed.description).toContain(`Shard 1: reloaded, version \`${version}\``);

    expect(outlets(await bot.commandReply(newUser(), bot.inGuild(1), 'ask', FLAMINGO))).toContain('Test Gazette');
    expect(await sourcesFooter(1)).toBe(`Knowledge version ${version} · shard 1`);
    expect(await sourcesFooter(0)).toBe(`Knowledge version ${version} · shard 0`);
    expect(before).not.toContain(version);
    const reloads = bot.logs.entries().filter((e) => e.event === 'knowledge-reload');
    expect(reloads.map((e) => [e.shard, e.version]).sort()).toEqual([[0, version], [1, version]]);
    expect(JSON.parse((await scrape('healthz')).text).shards.map((s: any) => s.knowledgeVersion)).toEqual([version, version]);
  });

  it('a broken folder is refused by every shard, and the old version keeps answering everywhere', async () => {
    const version = (await sourcesFooter(0)).match(/version (\w+)/)![1];
    const broken = path.join(bot.knowledgeDir, 'zz-broken.md');
    await fs.writeFile(broken, '---\nid: "broken"\ntitle: [unclosed\n---\n\nText.\n');
    try {
      const result = await bot.deferredReply(newUser('moderator'), asModerator(1), 'reindex');
      const [embed] = result.message.embeds;
      expect(embed.title).toMatch(/Not reloaded/);
      expect(embed.description).toContain(`Shard 0: refused the folder, still serving version \`${version}\``);
      expect(embed.description).toContain(`Shard 1: refused the folder, still serving version \`${version}\``);
      expect(embed.description).toContain('zz-broken.md');
      for (const shard of [0, 1]) {
        expect(outlets(await bot.commandReply(newUser(), bot.inGuild(shard), 'ask', FLAMINGO))).toContain('Test Gazette');
        expect(await sourcesFooter(shard)).toBe(`Knowledge version ${version} · shard ${shard}`);
      }
    } finally {
      await fs.rm(broken);
    }
  });

  it('/article remove on shard 1 and restore on shard 0 reach every shard, each reply listing both', async () => {
    const id = 't-online-putin-apologizes';
    const title = 'Kremlin chief Putin apologizes';
    const moderator = newUser('moderator');
    const confirm = await bot.deferredReply(moderator, asModerator(1), 'article', subcommand('remove', [{ name: 'id', type: 3, value: id }]));
    const removeId = confirm.message.components[0].components[0].custom_id;
    const removed = (await bot.clickReply(moderator, asModerator(1), removeId)).message.embeds[0];
    expect(removed.title).toBe(`Removed \`${id}\``);
    const version = removed.description.match(/Knowledge version `(\w+)`/)[1];
    expect(removed.description).toContain(`Shard 0: reloaded, version \`${version}\``);
    expect(removed.description).toContain(`Shard 1: reloaded, version \`${version}\``);
    const sources = await bot.commandReply(newUser(), bot.inGuild(0), 'sources');
    expect(sources.message.embeds[0].description).not.toContain(title);
    expect(sources.message.embeds[0].footer.text).toBe(`Knowledge version ${version} · shard 0`);

    const restored = (await bot.deferredReply(newUser('moderator'), asModerator(0), 'article', subcommand('restore', [{ name: 'id', type: 3, value: id }]))).message.embeds[0];
    expect(restored.title).toBe(`Restored \`${id}\``);
    expect(restored.description).toMatch(/Shard 0: reloaded.*\nShard 1: reloaded/);
    expect((await bot.commandReply(newUser(), bot.inGuild(1), 'sources')).message.embeds[0].description).toContain(title);
  });

  it('serves merged /metrics labelled by shard, with the counters moving after questions', async () => {
    const before = (await scrape('metrics')).text;
    for (const shard of [0, 1]) await bot.commandReply(newUser(), bot.inGuild(shard), 'ask', CRASH);
    const after = (await scrape('metrics')).text;
    for (const shard of ['0', '1']) {
      const answered = { shard, front_end: 'slash', outcome: 'answered' };
      expect(metricValue(after, 'newsbot_questions_total', answered)).toBe(metricValue(before, 'newsbot_questions_total', answered) + 1);
      expect(metricValue(after, 'newsbot_gateway_ready', { shard })).toBe(1);
      expect(metricValue(after, 'newsbot_shard_process_up', { shard })).toBe(1);
      expect(metricValue(after, 'newsbot_answer_seconds_count', { shard, front_end: 'slash' })).toBeGreaterThan(0);
      expect(metricValue(after, 'process_resident_memory_bytes', { shard })).toBeGreaterThan(0);
    }
    expect(metricValue(after, 'process_resident_memory_bytes', { shard: 'manager' })).toBeGreaterThan(0);
    expect(metricValue(after, 'newsbot_moderator_actions_total', { shard: '0', command: 'reindex', result: 'succeeded' })).toBe(1);
    expect(metricValue(after, 'newsbot_moderator_actions_total', { shard: '1', command: 'reindex', result: 'failed' })).toBe(1);
    expect(after.match(/newsbot_knowledge_info\{version="(\w+)",shard="\d"\} 1/g)).toHaveLength(2);
  });

  it('respawns a killed shard, which loads the current folder and answers again at the same version', async () => {
    const version = (await sourcesFooter(0)).match(/version (\w+)/)![1];
    const pid = bot.shardPid(1);
    const killedAt = bot.logs.lines.length;
    process.kill(pid, 'SIGKILL');
    await bot.logs.waitFor((e) => e.role === 'manager' && e.shard === 1 && e.msg === 'shard died; respawning' && e.pid === pid, 5000, killedAt);
    const unhealthy = await scrape('healthz');
    expect(unhealthy.status).toBe(503);
    expect(JSON.parse(unhealthy.text).reason).toMatch(/^shard 1: /);

    await bot.logs.waitFor((e) => e.role === 'manager' && e.shard === 1 && e.msg === 'shard ready', 20_000, killedAt);
    expect(bot.logs.entries().slice(killedAt).find((e) => e.msg === 'shard respawned')).toMatchObject({ shard: 1, pid: bot.shardPid(1) });
    expect(bot.shardPid(1)).not.toBe(pid);
    expect(outlets(await bot.commandReply(newUser(), bot.inGuild(1), 'ask', FLAMINGO))).toContain('Test Gazette');
    expect(await sourcesFooter(1)).toBe(`Knowledge version ${version} · shard 1`);
    expect((await scrape('healthz')).status).toBe(200);
  }, 40_000);

  it('SIGTERM to the manager finishes the answer in flight, stops every shard and exits 0', async () => {
    const pids = [bot.shardPid(0), bot.shardPid(1)];
    // Discord is slow to accept this answer, so it is still in flight when the manager is told to stop.
    bot.fake.intercept((r) => r.kind === 'callback', { delayMs: 1500 });
    const slow = await bot.commandReply(newUser(), bot.inGuild(1), 'ask', CRASH);
    expect(slow.respondedAt).toBeUndefined();
    bot.manager.kill('SIGTERM');
    expect(await bot.exited).toBe(0);

    expect(slow.respondedAt).toBeDefined();
    expect(quotedPassages(slow.message).length).toBeGreaterThan(0);
    expect(bot.logs.entries().find((e) => e.shard === 1 && /answers in progress finished/.test(e.msg))).toMatchObject({ pending: 1, finished: true });
    const exits = bot.logs.entries().filter((e) => e.role === 'manager' && e.msg === 'shard exited');
    expect(exits.map((e) => [e.shard, e.exitCode]).sort()).toEqual([[0, 0], [1, 0]]);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    expect(bot.stderr()).toBe('');
  }, 30_000);
});
