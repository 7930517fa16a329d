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

  it('treats empty values (as in .env.example) as unset', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '', LOG_LEVEL: '', RATE_LIMIT_QUESTIONS: '' }).rateLimit.questions).toBe(5);
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
      expect.stringMatching(/^DISCORD_TOKEN does not look like a bot token/),
      expect.stringMatching(/^DISCORD_GUILD_ID must be a server id/),
      expect.stringMatching(/^MODERATOR_ROLE_IDS\.0 must be a comma-separated list of role ids/),
      expect.stringMatching(/^MODERATOR_ROLE_IDS\.1 must be a comma-separated list of role ids/),
      expect.stringMatching(/^LOG_LEVEL /),
      expect.stringMatching(/^LOG_QUESTIONS must be true or false/),
      expect.stringMatching(/^RATE_LIMIT_QUESTIONS must be at least 1/),
      expect.stringMatching(/^RATE_LIMIT_WINDOW_SECONDS must be a whole number/),
    ]);
    expect(error.message).not.toContain('secret-ish');
    expect(error.message).toContain('.env.example');
  });

  it('requires the application id once a token is set', () => {
    expect(problemsOf({ DISCORD_TOKEN: TEST_TOKEN }).problems).toEqual([expect.stringMatching(/^DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set/)]);
  });
});
