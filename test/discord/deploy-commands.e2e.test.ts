// The deploy script's request, against the fake Discord: one bulk PUT with every command; and
// what the script says when it cannot register them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { cannotStart } from '../../src/startup-failure.js';
import { closedPort } from '../support/closed-port.js';
import { run } from '../support/run-cli.js';
import { FakeDiscord } from '../../bench/discord/fake-discord.js';
import { APPLICATION_ID, TEST_TOKEN } from '../../bench/discord/bot-harness.js';

const GUILD_ID = '1316000000000000999';
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ applicationId: APPLICATION_ID, token: TEST_TOKEN });
});
afterAll(async () => {
  await fake?.close();
});

describe('deploy-commands', () => {
  it('registers to one server when DISCORD_GUILD_ID is set, with the full definitions', async () => {
    const result = await deployCommands({ token: TEST_TOKEN, clientId: APPLICATION_ID, guildId: GUILD_ID, api: fake.apiUrl });
    expect(result).toEqual({ scope: `server ${GUILD_ID}`, names: ['ask', 'sources', 'help', 'reindex', 'article'] });
    const put = fake.requests.find((r) => r.kind === 'put-commands')!;
    expect(put.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
    const byName = Object.fromEntries((put.body as any[]).map((command) => [command.name, command]));
    expect(Object.keys(byName)).toEqual(['ask', 'sources', 'help', 'reindex', 'article']);

    const everywhere = [InteractionContextType.Guild, InteractionContextType.BotDM];
    for (const name of ['ask', 'sources', 'help']) {
      expect(byName[name].contexts, name).toEqual(everywhere);
      expect(byName[name].default_member_permissions ?? null, name).toBeNull();
      expect(byName[name].integration_types, name).toEqual([ApplicationIntegrationType.GuildInstall]);
      expect(byName[name].dm_permission, name).toBeUndefined();
      expect(byName[name].description.length, name).toBeGreaterThan(0);
    }
    expect(byName.ask.options).toEqual([
      expect.objectContaining({ name: 'question', type: 3, required: true, max_length: 300, autocomplete: true }),
      expect.objectContaining({ name: 'private', type: 5 }),
    ]);
    for (const name of ['reindex', 'article']) {
      expect(byName[name].contexts, name).toEqual([InteractionContextType.Guild]);
      expect(byName[name].default_member_permissions, name).toBe(String(PermissionFlagsBits.ManageGuild));
    }
    expect(byName.article.options.map((sub: any) => [sub.name, sub.options.map((o: any) => `${o.name}:${o.type}${o.required ? '!' : ''}`)])).toEqual([
      ['add', ['url:3', 'file:11', 'outlet:3', 'title:3', 'published:3']],
      ['remove', ['id:3!']],
      ['restore', ['id:3!']],
    ]);
    // No longer than an id may be (autocomplete choice values are at most 100 characters).
    expect(byName.article.options.slice(1).map((sub: any) => sub.options[0].max_length)).toEqual([100, 100]);
  });

  it('registers globally when no server is given', async () => {
    await deployCommands({ token: TEST_TOKEN, clientId: APPLICATION_ID, api: fake.apiUrl });
    const puts = fake.requests.filter((r) => r.kind === 'put-commands');
    expect(puts.at(-1)!.path).toBe(`/applications/${APPLICATION_ID}/commands`);
    expect(puts.at(-1)!.body).toEqual(puts[0]!.body);
    expect(fake.violations).toEqual([]);
  });
});

describe('npm run deploy-commands, when it cannot', () => {
  it('says "Cannot start" and why, before calling Discord', async () => {
    const noToken = await run('deploy-commands', []);
    expect(noToken).toMatchObject({ code: 1, stdout: '' });
    expect(noToken.stderr).toBe('Cannot start: set DISCORD_TOKEN and DISCORD_CLIENT_ID (in .env or the environment) first; see .env.example\n');
    const badSetting = await run('deploy-commands', [], { env: { LOG_LEVEL: 'loud' } });
    expect(badSetting).toMatchObject({ code: 1, stdout: '' });
    expect(badSetting.stderr).toMatch(/^Cannot start: the configuration is not valid:\n {2}- LOG_LEVEL is "loud"; it must be one of/);
  });

  it('says Discord rejected the token on a 401', async () => {
    fake.intercept((r) => r.kind === 'put-commands', { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    const failure = await deployCommands({ token: TEST_TOKEN, clientId: APPLICATION_ID, api: fake.apiUrl }).catch((error: unknown) => error);
    expect(cannotStart(failure)).toMatch(/^Cannot start: Discord rejected the token \(401 Unauthorized\)\. Check DISCORD_TOKEN/);
  });

  it('says it could not reach Discord, with the cause, when the connection fails', async () => {
    const api = `http://127.0.0.1:${await closedPort()}/api`;
    const failure = await deployCommands({ token: TEST_TOKEN, clientId: APPLICATION_ID, api }).catch((error: unknown) => error);
    expect(cannotStart(failure)).toMatch(/^Cannot start: could not reach Discord \(check the network\): .*ECONNREFUSED/);
  });
});
