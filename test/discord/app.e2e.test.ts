// `npm start` in-process (src/app.ts, which main.ts runs with the real process around it):
// start-up checks, console mode without a token, and the bot stopping on a signal.
// Also console mode itself over piped input: the bot's answers, rendered for the terminal.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnswerText } from '../../src/answers/render-text.js';
import { runApp, type AppSurroundings } from '../../src/app.js';
import { runConsole } from '../../src/console-mode.js';
import { AnswerEngine } from '../../src/engine/answer-engine.js';
import { helpText } from '../../src/help-text.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { MAX_QUESTION_LENGTH, TOO_LONG_NOTICE } from '../../src/question-length.js';
import { closedPort } from '../support/closed-port.js';
import { APPLICATION_ID, LogCapture, TEST_TOKEN } from '../../bench/discord/bot-harness.js';
import { FakeDiscord } from '../../bench/discord/fake-discord.js';
import { askOptions, commandInteraction, newUser } from '../../bench/discord/payloads.js';
import { quotedPassages } from '../../bench/discord/articles.js';
import { snowflake } from '../../bench/discord/snowflakes.js';

let brokenDir: string;
beforeAll(async () => {
  brokenDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsbot-broken-'));
  await fs.writeFile(path.join(brokenDir, 'good.md'), '---\nid: "good"\noutlet: "Good Times"\ntitle: "Fine"\nsource: "a.txt"\n---\n\nA fine sentence.\n');
  await fs.writeFile(path.join(brokenDir, 'no-outlet.md'), '---\nid: "bad"\ntitle: "No outlet"\nsource: "b.txt"\n---\n\nText.\n');
  await fs.writeFile(path.join(brokenDir, 'binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0xfe]));
});
afterAll(async () => {
  await fs.rm(brokenDir, { recursive: true, force: true });
});

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

function surroundings(env: Record<string, string>, input = '', stopRequested: Promise<string> = new Promise(() => {})) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const io: AppSurroundings = { env, stdin, stdout, stderr, interactive: false, stopRequested };
  stdin.end(input);
  return { io, stdout: collect(stdout), stderr: collect(stderr) };
}

describe('npm start', () => {
  it('refuses to start on a broken knowledge folder, listing every problem', async () => {
    const run = surroundings({ KNOWLEDGE_DIR: brokenDir, DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID });
    expect(await runApp(run.io)).toBe(1);
    expect(run.stderr()).toMatch(new RegExp(`^Cannot start: the knowledge folder ${brokenDir}/ has 2 problems:\n`));
    expect(run.stderr()).toMatch(/no-outlet\.md.*outlet/);
    expect(run.stderr()).toMatch(/binary\.md/);
    expect(run.stdout()).toBe('');
  });

  it('refuses to start on a bad setting, naming it and its value', async () => {
    const run = surroundings({ RATE_LIMIT_QUESTIONS: 'lots' });
    expect(await runApp(run.io)).toBe(1);
    expect(run.stderr()).toBe(
      'Cannot start: the configuration is not valid:\n  - RATE_LIMIT_QUESTIONS is "lots"; it must be a whole number\nSee .env.example for every setting.\n',
    );
  });

  it('says plainly when Discord rejects the token', async () => {
    const fake = await FakeDiscord.start({ applicationId: APPLICATION_ID, token: TEST_TOKEN, guilds: [] });
    try {
      fake.intercept((r) => r.kind === 'gateway-info', { status: 401, body: { message: '401: Unauthorized', code: 0 } });
      const run = surroundings({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID });
      expect(await runApp({ ...run.io, logDestination: new LogCapture(), client: { rest: { api: fake.apiUrl } } })).toBe(1);
      expect(run.stderr()).toMatch(/^Cannot start: Discord rejected the token \(401 Unauthorized\)\. Check DISCORD_TOKEN/);
      expect(run.stderr() + run.stdout()).not.toContain(TEST_TOKEN);
    } finally {
      await fake.close();
    }
  });

  it('says when Discord cannot be reached, and why', async () => {
    const run = surroundings({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID });
    const api = `http://127.0.0.1:${await closedPort()}/api`;
    expect(await runApp({ ...run.io, logDestination: new LogCapture(), client: { rest: { api } } })).toBe(1);
    expect(run.stderr()).toMatch(/^Cannot start: could not reach Discord \(check the network\): .*ECONNREFUSED/);
  });

  it('without a token, says so and answers piped questions in console mode until EOF', async () => {
    const run = surroundings({}, 'Who did Putin apologize to?\n');
    expect(await runApp(run.io)).toBe(0);
    expect(run.stderr()).toMatch(/No DISCORD_TOKEN is set.*console mode/);
    expect(run.stdout()).toMatch(/^> Who did Putin apologize to\?\nQuoted word for word from the news articles:\n\n1\. .*Aliyev/s);
  });

  it('with a token, runs the bot until a stop signal, finishing the answer in flight first', async () => {
    const fake = await FakeDiscord.start({ applicationId: APPLICATION_ID, token: TEST_TOKEN, guilds: [] });
    try {
      let requestStop!: (signal: string) => void;
      const run = surroundings({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID }, '', new Promise((resolve) => (requestStop = resolve)));
      const logs = new LogCapture();
      const exit = runApp({ ...run.io, logDestination: logs, client: { rest: { api: fake.apiUrl } } });
      await logs.waitFor((e) => e.msg === 'bot ready');

      fake.intercept((r) => r.kind === 'callback', { delayMs: 300 });
      const interaction = commandInteraction(APPLICATION_ID, newUser(), { dmChannelId: snowflake() }, 'ask', askOptions('Where did the plane crash?'));
      fake.dispatch('INTERACTION_CREATE', interaction);
      const reply = await fake.waitForRequest((r) => r.interactionId === interaction.id);
      requestStop('SIGTERM');

      expect(await exit).toBe(0);
      expect(reply.respondedAt).toBeDefined();
      expect(quotedPassages(reply.message).length).toBeGreaterThan(0);
      expect(logs.entries().find((e) => e.msg === 'shutting down')).toMatchObject({ signal: 'SIGTERM' });
      expect(fake.connectedSockets).toBe(0);
      expect(logs.lines.join('\n') + run.stdout() + run.stderr()).not.toContain(TEST_TOKEN);
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await AnswerEngine.open(DEFAULT_KNOWLEDGE_DIR);
});

async function consoleSession(input: string, interactive = false): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const output = collect(stdout);
  const done = runConsole(engine, stdin, stdout, interactive, new Promise(() => {}));
  stdin.end(input);
  await done;
  return output();
}

describe('console mode', () => {
  it('answers each piped line as the bot would, under the question, and says "help" on request, then ends at EOF', async () => {
    const output = await consoleSession('How many people died in the crash?\n\nhelp\nWhat is the best pizza topping?\n');
    const expected = [
      `> How many people died in the crash?\n${renderAnswerText(engine.ask('How many people died in the crash?'))}`,
      `> help\n${helpText(engine.articles(), 'console')}`,
      `> What is the best pizza topping?\n${renderAnswerText(engine.ask('What is the best pizza topping?'))}`,
    ];
    expect(output).toBe(expected.map((block) => `${block}\n\n`).join(''));
    expect(output).toMatch(/Newsweek|t-online/);
    expect(output).toContain('Type a question and press Enter.');
    expect(output).toContain("don't say");
    expect(output).not.toContain('question>');
  });

  it("writes out the control characters of a piped question, so the transcript cannot drive the reader's terminal", async () => {
    const output = await consoleSession('how\tmany\x1b[31m people died?\x07 \x00 \u009b2J\x7f!\n');
    expect(output.split('\n')[0]).toBe('> how\tmany\\x1b[31m people died?\\x07 \\x00 \\x9b2J\\x7f!');
    expect(output).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it("refuses a question over the bot's length limit with the bot's notice", async () => {
    const tooLong = `How many people died in the crash? ${'Please tell me. '.repeat(20)}`.trim();
    expect(tooLong.length).toBeGreaterThan(MAX_QUESTION_LENGTH);
    expect(await consoleSession(`${tooLong}\n`)).toBe(`> ${tooLong}\n${TOO_LONG_NOTICE}\n\n`);
  });

  it('prompts and greets at a terminal, without repeating the question typed', async () => {
    const output = await consoleSession('help\n', true);
    expect(output).toContain('question> ');
    expect(output.match(/How to ask:/g)).toHaveLength(2);
    expect(output).not.toContain('> help');
  });
});
