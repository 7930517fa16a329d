// Settings come from the environment (and `.env`), validated once at start-up so a typo is
// reported plainly instead of surfacing later as a confusing Discord error.
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { knowledgeDirSetting, PROJECT_ROOT } from './paths.js';

const SNOWFLAKE = /^\d{17,20}$/;
/** Three base64url parts separated by dots; checked only loosely, Discord has the final word. */
const BOT_TOKEN = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** Unset, empty and blank mean the same: `.env.example` leaves optional values empty. */
const emptyAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUnset, schema.optional());
/** For words from a fixed list, where case cannot matter ("INFO", "True"). */
const lowerCase = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const positiveInteger = (fallback: number) =>
  z.preprocess(
    (value) => emptyAsUnset(value) ?? fallback,
    z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be at least 1'),
  );

/** A `true`/`false` setting, in any case; off when unset. */
const offUnlessTrue = z.preprocess(
  (value) => lowerCase(emptyAsUnset(value)),
  z.enum(['true', 'false'], { error: 'must be true or false' }).default('false').transform((flag) => flag === 'true'),
);

const EnvSchema = z
  .object({
    // Each message below says what a value must be; parseConfig adds the variable and its value.
    DISCORD_TOKEN: optional(z.string().trim().regex(BOT_TOKEN, 'does not look like a bot token (copy it from the Bot page of the application)')),
    DISCORD_CLIENT_ID: optional(z.string().trim().regex(SNOWFLAKE, 'must be the application id, a number of 17 to 20 digits')),
    DISCORD_GUILD_ID: optional(z.string().trim().regex(SNOWFLAKE, 'must be a server id, a number of 17 to 20 digits')),
    MODERATOR_ROLE_IDS: z
      .string()
      .default('')
      .transform((list) => list.split(',').map((id) => id.trim()).filter(Boolean))
      .refine((ids) => ids.every((id) => SNOWFLAKE.test(id)), 'must be a comma-separated list of role ids (numbers of 17 to 20 digits)'),
    KNOWLEDGE_DIR: optional(z.string().trim()),
    LOG_LEVEL: z.preprocess(
      (value) => lowerCase(emptyAsUnset(value)),
      z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    ),
    LOG_QUESTIONS: offUnlessTrue,
    // For tests only: their "news site" runs on 127.0.0.1, which article fetching otherwise refuses.
    KNOWLEDGE_FETCH_ALLOW_PRIVATE: offUnlessTrue,
    RATE_LIMIT_QUESTIONS: positiveInteger(5),
    RATE_LIMIT_WINDOW_SECONDS: positiveInteger(30),
    SHARD_COUNT: optional(
      z
        .string()
        .trim()
        .regex(/^(auto|[1-9]\d*)$/, 'must be auto or a whole number of at least 1')
        .transform((count) => (count === 'auto' ? count : Number(count))),
    ),
    // Set by discord.js's ShardingManager in the shard processes it spawns (never by hand).
    SHARDING_MANAGER: optional(z.enum(['true'])),
    SHARDS: optional(z.coerce.number().int().min(0)),
    METRICS_PORT: optional(z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(0).max(65_535, 'must be a port number')),
    METRICS_HOST: z.preprocess(emptyAsUnset, z.string().trim().min(1).default('127.0.0.1')),
    DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  })
  .superRefine((env, context) => {
    if (env.DISCORD_TOKEN && !env.DISCORD_CLIENT_ID) {
      context.addIssue({ code: 'custom', path: ['DISCORD_CLIENT_ID'], message: 'is required when DISCORD_TOKEN is set (it is the application id)' });
    }
  });

type Env = z.infer<typeof EnvSchema>;

export interface Config {
  /** Absent: the bot runs in local console mode. */
  discordToken?: string;
  clientId?: string;
  guildId?: string;
  moderatorRoleIds: string[];
  knowledgeDir: string;
  /** Lets article fetching reach loopback and private addresses (tests only; read at every fetch). */
  fetchAllowPrivateAddresses: boolean;
  logLevel: Env['LOG_LEVEL'];
  logQuestions: boolean;
  rateLimit: { questions: number; windowSeconds: number };
  /** Set: `npm start` runs a ShardingManager with this many shards ('auto': as Discord recommends). */
  shardCount?: number | 'auto';
  /** Set in a shard process that a ShardingManager spawned: its shard id. */
  shardId?: number;
  /** Set: /metrics and /healthz are served on this address (port 0: any free port, logged). */
  metrics?: { host: string; port: number };
  /** Discord's REST API base, for a proxy in front of Discord (or the tests' fake Discord). */
  discordApiUrl?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`the configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment. Throws ConfigError listing every bad or missing value. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // The fallback wording is for a rule that forgot its own: never zod's internals.
  const parsed = EnvSchema.safeParse(env, { error: () => 'is not a value this setting accepts' });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => describeProblem(String(issue.path[0]), env, issue.message)));
  const e = parsed.data;
  return {
    ...(e.DISCORD_TOKEN ? { discordToken: e.DISCORD_TOKEN } : {}),
    ...(e.DISCORD_CLIENT_ID ? { clientId: e.DISCORD_CLIENT_ID } : {}),
    ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
    moderatorRoleIds: e.MODERATOR_ROLE_IDS,
    knowledgeDir: knowledgeDirSetting(e.KNOWLEDGE_DIR),
    fetchAllowPrivateAddresses: e.KNOWLEDGE_FETCH_ALLOW_PRIVATE,
    logLevel: e.LOG_LEVEL,
    logQuestions: e.LOG_QUESTIONS,
    rateLimit: { questions: e.RATE_LIMIT_QUESTIONS, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
    ...(e.SHARD_COUNT !== undefined ? { shardCount: e.SHARD_COUNT } : {}),
    ...(e.SHARDING_MANAGER ? { shardId: e.SHARDS ?? 0 } : {}),
    ...(e.METRICS_PORT !== undefined ? { metrics: { host: e.METRICS_HOST, port: e.METRICS_PORT } } : {}),
    ...(e.DISCORD_API_URL ? { discordApiUrl: e.DISCORD_API_URL } : {}),
  };
}

/** "LOG_LEVEL is "loud"; it must be one of …": the variable, its value, then the rule. The token is never repeated. */
function describeProblem(name: string, env: Record<string, string | undefined>, rule: string): string {
  const value = env[name];
  if (name === 'DISCORD_TOKEN' || value === undefined || value.trim() === '') return `${name} ${rule}`;
  return `${name} is "${value}"; it ${rule}`;
}

/** The environment with the project's `.env` added (quietly: stdout belongs to answers). Real variables win. */
export function environmentWithDotEnv(): NodeJS.ProcessEnv {
  dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
  return process.env;
}
