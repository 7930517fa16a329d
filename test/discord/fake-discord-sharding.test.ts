// The fake Discord routes like Discord does, so the sharded e2e tests prove something: each
// connection gets only its shard's guilds and events, DMs go to shard 0, and its routing rule
// agrees with discord.js's own for every guild.
import { once } from 'node:events';
import { ShardClientUtil } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FakeDiscord, guildOnShard, shardForGuild } from '../../bench/discord/fake-discord.js';
import { snowflake } from '../../bench/discord/snowflakes.js';

const TOKEN = 'a.b.c';
const SHARDS = 2;
const guilds = [guildOnShard(0, SHARDS), guildOnShard(1, SHARDS), guildOnShard(1, SHARDS)];

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ applicationId: '1316000000000000000', token: TOKEN, guilds, shards: SHARDS });
});
afterAll(async () => {
  await fake?.close();
});

/** A raw gateway connection that IDENTIFYs with `shard` and records every dispatch it receives. */
async function connect(shard: unknown): Promise<{ socket: WebSocket; dispatches: Array<{ t: string; d: any }> }> {
  const socket = new WebSocket(`ws://127.0.0.1:${fake.port}/gateway`);
  const dispatches: Array<{ t: string; d: any }> = [];
  socket.on('message', (data) => {
    const payload = JSON.parse(data.toString());
    if (payload.op === 0) dispatches.push({ t: payload.t, d: payload.d });
  });
  await once(socket, 'open');
  const handshake = fake.nextHandshake();
  socket.send(JSON.stringify({ op: 2, d: { token: TOKEN, intents: 0, properties: {}, shard } }));
  await handshake;
  return { socket, dispatches };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('fake Discord sharding', () => {
  it('recommends its shard count in GET /gateway/bot', async () => {
    const response = await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${TOKEN}` } });
    expect(await response.json()).toMatchObject({ shards: SHARDS });
  });

  it("agrees with discord.js's routing rule", () => {
    for (let i = 0; i < 200; i++) {
      const id = String(BigInt(snowflake()) + (BigInt(i * 7919) << 22n));
      expect(shardForGuild(id, 3)).toBe(ShardClientUtil.shardIdForGuildId(id, 3));
    }
    for (const [shard, count] of [[0, 2], [1, 2], [4, 5]] as const) expect(shardForGuild(guildOnShard(shard, count).id, count)).toBe(shard);
  });

  it("sends each shard only its guilds, routes guild events by guild and DMs to shard 0", async () => {
    const zero = await connect([0, SHARDS]);
    const one = await connect([1, SHARDS]);
    try {
      await settle();
      const readyGuilds = (c: typeof zero) => c.dispatches.find((d) => d.t === 'READY')!.d.guilds.map((g: any) => g.id);
      expect(readyGuilds(zero)).toEqual([guilds[0]!.id]);
      expect(readyGuilds(one)).toEqual([guilds[1]!.id, guilds[2]!.id]);
      expect(one.dispatches.find((d) => d.t === 'READY')!.d.shard).toEqual([1, SHARDS]);
      const guildCreates = (c: typeof zero) => c.dispatches.filter((d) => d.t === 'GUILD_CREATE').map((d) => d.d.id);
      expect(guildCreates(zero)).toEqual([guilds[0]!.id]);
      expect(guildCreates(one)).toEqual([guilds[1]!.id, guilds[2]!.id]);

      fake.dispatch('INTERACTION_CREATE', { id: 'in-guild-2', guild_id: guilds[2]!.id });
      fake.dispatch('INTERACTION_CREATE', { id: 'in-guild-0', guild_id: guilds[0]!.id });
      fake.dispatch('MESSAGE_CREATE', { id: 'a-dm', channel_id: snowflake() });
      await settle();
      const events = (c: typeof zero) => c.dispatches.filter((d) => d.t !== 'READY' && d.t !== 'GUILD_CREATE').map((d) => d.d.id);
      expect(events(zero)).toEqual(['in-guild-0', 'a-dm']);
      expect(events(one)).toEqual(['in-guild-2']);
      expect(fake.violations).toEqual([]);
    } finally {
      zero.socket.terminate();
      one.socket.terminate();
    }
  });

  it('flags an IDENTIFY without a shard, or with the wrong count', async () => {
    for (const shard of [undefined, [0, 3]]) {
      const connection = await connect(shard);
      connection.socket.terminate();
    }
    expect(fake.violations).toEqual([expect.stringMatching(/IDENTIFY with shard undefined/), expect.stringMatching(/IDENTIFY with shard \[0,3\]/)]);
  });
});
