// The environment schema: defaults, parsing, and clear messages that never echo the token.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { TEST_TOKEN } from '../../bench/discord/bot-harness.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('needs nothing for console mode, and fills in defaults', () => {
    expect(parseConfig({})).toEqual({
      moderatorRoleIds: [],
      knowledgeDir: path.join(PROJECT_ROOT, 'knowledge'),
      fetchAllowPrivateAddresses: false,
      logLevel: 'info',
      logQuestions: false,
      rateLimit: { questions: 5, windowSeconds: 30 },
    });
  });

  it('reads every setting', () => {
    const config = parseConfig({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_CLIENT_ID: '1316000000000000000',
      DISCORD_GUILD_ID: '1316000000000000001',
      MODERATOR_ROLE_IDS: ' 1316000000000000002, 1316000000000000003 ,',
      KNOWLEDGE_DIR: '/srv/articles',
      LOG_LEVEL: 'warn',
      LOG_QUESTIONS: 'true',
      KNOWLEDGE_FETCH_ALLOW_PRIVATE: 'true',
      RATE_LIMIT_QUESTIONS: '2',
      RATE_LIMIT_WINDOW_SECONDS: '10',
    });
    expect(config).toEqual({
      discordToken: TEST_TOKEN,
      clientId: '1316000000000000000',
      guildId: '1316000000000000001',
      moderatorRoleIds: ['1316000000000000002', '1316000000000000003'],
      knowledgeDir: '/srv/articles',
      fetchAllowPrivateAddresses: true,
      logLevel: 'warn',
      logQuestions: true,
      rateLimit: { questions: 2, windowSeconds: 10 },
    });
  });

  it('treats empty and blank values (as in .env.example) as unset', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: ' ', LOG_LEVEL: '', RATE_LIMIT_QUESTIONS: '', KNOWLEDGE_DIR: '  ' })).toEqual(parseConfig({}));
  });

  it('accepts words from a fixed list in any case', () => {
    expect(parseConfig({ LOG_LEVEL: 'INFO', LOG_QUESTIONS: 'True' })).toMatchObject({ logLevel: 'info', logQuestions: true });
    expect(parseConfig({ LOG_LEVEL: ' Warn ', LOG_QUESTIONS: 'FALSE' })).toMatchObject({ logLevel: 'warn', logQuestions: false });
  });

  it('names every bad value with what is wrong, without echoing the token', () => {
    const error = problemsOf({
      DISCORD_TOKEN: 'not a token but secret-ish',
      DISCORD_GUILD_ID: 'my-server',
      MODERATOR_ROLE_IDS: '123,abc',
      LOG_LEVEL: 'loud',
      LOG_QUESTIONS: 'yes',
      RATE_LIMIT_QUESTIONS: '0',
      RATE_LIMIT_WINDOW_SECONDS: 'ten',
    });
    expect(error.problems).toEqual([
      'DISCORD_TOKEN does not look like a bot token (copy it from the Bot page of the application)',
      'DISCORD_GUILD_ID is "my-server"; it must be a server id, a number of 17 to 20 digits',
      'MODERATOR_ROLE_IDS is "123,abc"; it must be a comma-separated list of role ids (numbers of 17 to 20 digits)',
      'LOG_LEVEL is "loud"; it must be one of fatal, error, warn, info, debug, trace, silent',
      'LOG_QUESTIONS is "yes"; it must be true or false',
      'RATE_LIMIT_QUESTIONS is "0"; it must be at least 1',
      'RATE_LIMIT_WINDOW_SECONDS is "ten"; it must be a whole number',
    ]);
    expect(error.message).not.toContain('secret-ish');
    expect(error.message).toContain('.env.example');
  });

  it('words every problem plainly, never in the validator\'s own terms', () => {
    const bad = { DISCORD_TOKEN: 'x', DISCORD_CLIENT_ID: '12', DISCORD_GUILD_ID: '1e18', MODERATOR_ROLE_IDS: ',x,', LOG_LEVEL: '3', LOG_QUESTIONS: '1', RATE_LIMIT_QUESTIONS: '2.5', RATE_LIMIT_WINDOW_SECONDS: '-1' };
    const { problems } = problemsOf(bad);
    expect(problems).toHaveLength(Object.keys(bad).length);
    for (const [i, name] of Object.keys(bad).entries()) {
      expect(problems[i]).toMatch(new RegExp(`^${name} (is "[^"]*"; it )?(must|does not)`));
      expect(problems[i]).not.toMatch(/invalid|expected|received|too (small|big)|NaN|\bnumber\b.*\bstring\b/i);
    }
  });

  it('reads the sharding and metrics settings, and what a ShardingManager sets in its shards', () => {
    expect(parseConfig({ SHARD_COUNT: 'auto', METRICS_PORT: '9464' })).toMatchObject({ shardCount: 'auto', metrics: { host: '127.0.0.1', port: 9464 } });
    expect(parseConfig({ SHARD_COUNT: '4', METRICS_PORT: '0', METRICS_HOST: '0.0.0.0', DISCORD_API_URL: 'http://127.0.0.1:8080/api' })).toMatchObject({
      shardCount: 4,
      metrics: { host: '0.0.0.0', port: 0 },
      discordApiUrl: 'http://127.0.0.1:8080/api',
    });
    expect(parseConfig({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toMatchObject({ shardId: 1, shardCount: 2 });
    expect(parseConfig({ METRICS_HOST: '0.0.0.0' })).not.toHaveProperty('metrics');
    expect(problemsOf({ SHARD_COUNT: '0', METRICS_PORT: '70000', DISCORD_API_URL: 'ftp://example' }).problems).toEqual([
      expect.stringMatching(/^SHARD_COUNT (is "0"; it )?must be auto or a whole number of at least 1/),
      expect.stringMatching(/^METRICS_PORT (is "70000"; it )?must be a port number/),
      expect.stringMatching(/^DISCORD_API_URL (is "ftp:\/\/example"; it )?must be an http\(s\) URL/),
    ]);
  });

  it('requires the application id once a token is set', () => {
    expect(problemsOf({ DISCORD_TOKEN: TEST_TOKEN }).problems).toEqual([expect.stringMatching(/^DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set/)]);
  });
});
