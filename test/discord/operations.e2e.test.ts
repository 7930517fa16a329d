// What an operator of a single bot process relies on: /metrics and /healthz on loopback, and an
// exit with status 1 when discord.js gives up on the gateway, so a supervisor restarts the bot.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runApp } from '../../src/app.js';
import { APPLICATION_ID, LogCapture, TEST_TOKEN } from '../../bench/discord/bot-harness.js';
import { FakeDiscord } from '../../bench/discord/fake-discord.js';
import { askOptions, commandInteraction, directMessage, newUser } from '../../bench/discord/payloads.js';
import { metricValue } from '../../bench/discord/prometheus-text.js';
import { snowflake } from '../../bench/discord/snowflakes.js';

/** Runs `npm start` in-process against a fake Discord until `stop` is called or it ends by itself. */
async function startApp(env: Record<string, string> = {}) {
  const fake = await FakeDiscord.start({ applicationId: APPLICATION_ID, token: TEST_TOKEN });
  const app = runAppAgainst(fake, env);
  await app.logs.waitFor((e) => e.msg === 'bot ready');
  return { ...app, fake, close: () => fake.close() };
}

function runAppAgainst(fake: FakeDiscord, env: Record<string, string>) {
  let stop!: (signal: string) => void;
  const logs = new LogCapture();
  const stderr = new PassThrough();
  let errors = '';
  stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exit = runApp({
    env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, RATE_LIMIT_QUESTIONS: '2', ...env },
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr,
    interactive: false,
    stopRequested: new Promise((resolve) => (stop = resolve)),
    logDestination: logs,
  });
  return { logs, exit, stop, stderr: () => errors };
}

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

describe('a single bot process, operated', () => {
  it('serves /healthz and /metrics on 127.0.0.1, with counters by front end and outcome', async () => {
    const app = await startApp({ METRICS_PORT: '0' });
    try {
      const served = await app.logs.waitFor((e) => e.msg === 'serving /metrics and /healthz');
      expect(served.host).toBe('127.0.0.1');
      const base = `http://127.0.0.1:${served.port}`;

      const health = await get(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(JSON.parse(health.text)).toEqual({ status: 'ok', shards: [{ shardId: 0, ready: true, knowledgeVersion: expect.stringMatching(/^[0-9a-f]{12}$/) }] });

      const user = newUser();
      const dmChannel = snowflake();
      for (let i = 0; i < 3; i++) {
        const message = directMessage(user, dmChannel, 'Where did the plane crash?');
        app.fake.dispatch('MESSAGE_CREATE', message);
        await app.fake.waitForRequest((r) => r.kind === 'channel-message' && r.body?.message_reference?.message_id === message.id);
      }
      const slash = commandInteraction(APPLICATION_ID, newUser(), { dmChannelId: snowflake() }, 'ask', askOptions('How many people died?'));
      app.fake.dispatch('INTERACTION_CREATE', slash);
      await app.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === slash.id);

      const metrics = await get(`${base}/metrics`);
      expect(metrics.type).toMatch(/^text\/plain/);
      const questions = (frontEnd: string, outcome: string) => metricValue(metrics.text, 'newsbot_questions_total', { front_end: frontEnd, outcome, shard: '0' });
      expect([questions('dm', 'answered'), questions('dm', 'rate-limited'), questions('slash', 'answered')]).toEqual([2, 1, 1]);
      expect(metricValue(metrics.text, 'newsbot_answer_seconds_count', { front_end: 'dm', shard: '0' })).toBe(3);
      expect(metricValue(metrics.text, 'newsbot_gateway_ready', { shard: '0' })).toBe(1);
      expect(metrics.text).toMatch(/^newsbot_knowledge_info\{version="[0-9a-f]{12}",shard="0"\} 1$/m);
      expect(metricValue(metrics.text, 'process_resident_memory_bytes', { shard: '0' })).toBeGreaterThan(0);
      expect((await get(`${base}/other`)).status).toBe(404);
      expect(app.fake.violations).toEqual([]);

      app.stop('SIGTERM');
      expect(await app.exit).toBe(0);
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    } finally {
      await app.close();
    }
  });

  it('exits with status 1 when discord.js gives up on the gateway (ShardDisconnect)', async () => {
    const app = await startApp();
    try {
      // 4004 (authentication failed) is a close discord.js never reconnects after.
      app.fake.dropGateway({ code: 4004 });
      expect(await app.exit).toBe(1);
      expect(app.logs.entries().find((e) => e.msg === 'gateway closed for good; not reconnecting')).toMatchObject({ code: 4004 });
      expect(app.logs.entries().find((e) => e.msg === 'shutting down')).toMatchObject({ code: 4004 });
    } finally {
      await app.close();
    }
  });

  it('fails to start with 1, rather than wait for ever, when Discord refuses its IDENTIFY', async () => {
    const fake = await FakeDiscord.start({ applicationId: APPLICATION_ID, token: TEST_TOKEN });
    try {
      fake.refuseNextIdentify(4014);
      const app = runAppAgainst(fake, {});
      expect(await app.exit).toBe(1);
      expect(app.stderr()).toMatch(/^Cannot start: Used disallowed intents/);
    } finally {
      await fake.close();
    }
  });

  it('as a shard with a broken folder, waits before exiting 1 (the manager respawns at once), until told to stop', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsbot-empty-'));
    const fake = await FakeDiscord.start({ applicationId: APPLICATION_ID, token: TEST_TOKEN });
    try {
      const shard = runAppAgainst(fake, { KNOWLEDGE_DIR: folder, SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' });
      const settled = await Promise.race([shard.exit, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 300))]);
      expect(settled).toBe('still waiting');
      shard.stop('SIGTERM');
      expect(await shard.exit).toBe(1);
      expect(fake.identifies).toEqual([]);
    } finally {
      await fake.close();
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});
