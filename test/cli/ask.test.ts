// The compiled CLI, run as a user runs it (issue 2 §8).
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOP } from '../../src/answers/answer.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { fieldsFor, knowledgeArticles, TempDirs, writeArticle } from '../support/knowledge-folder.js';
import { runAsk, runIntoHead } from '../support/run-cli.js';

const temp = new TempDirs();
afterAll(() => temp.removeAll());

let articles: Article[];
beforeAll(async () => {
  articles = await knowledgeArticles();
});

const PASSAGE_KEYS = ['alsoReportedBy', 'articleId', 'outlet', 'score', 'text', 'title'];

describe.concurrent('one question on the command line', () => {
  it('prints a readable answer: numbered quotes, each with its outlet and title', async () => {
    const run = await runAsk(['how many people died?']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Quoted word for word from the news articles:\n\n1\. /);
    const quotes = [...run.stdout.matchAll(/^(\d+)\. (.*)\n {3}— (.+?), “(.+)”$/gmu)];
    expect(quotes.length).toBeGreaterThanOrEqual(1);
    expect(quotes.length).toBeLessThanOrEqual(3);
    for (const [, , text, outlet, title] of quotes) {
      const article = articles.find((a) => a.title === title);
      expect(article?.outlet).toBe(outlet);
      expect(article!.body).toContain(text);
    }
  });

  it('says plainly when the articles do not cover it, quoting nothing', async () => {
    const run = await runAsk(['who won the world cup']);
    expect(run).toEqual({ code: 0, stdout: "The articles I have don't say.\n", stderr: '' });
  });

  it('--top limits the passages', async () => {
    const run = await runAsk(['--top', '1', 'what did putin say to aliyev']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\. /m);
    expect(run.stdout).not.toMatch(/^2\. /m);
  });
});

describe.concurrent('--json', () => {
  it.each(['ask', 'start'] as const)('%s stops quietly when its reader closes the pipe early', async (program) => {
    const run = await runIntoHead(program, Array(3000).fill('how many people died').join('\n'));
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('answers one stdin line with exactly one JSON line, and writes nothing else', async () => {
    const questions = ['how many people died', 'who won the world cup', '', '   ', '😀🔥', '@everyone', '```js\nx\n```', 'was it shot down\r', 'x'.repeat(10_000)];
    const input = questions.join('\n') + '\n';
    const lines = input.split(/\r?\n/).slice(0, -1);
    const run = await runAsk(['--json'], input);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.endsWith('\n')).toBe(true);
    const outputs = run.stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outputs).toHaveLength(lines.length);

    outputs.forEach((output, i) => {
      expect(output.question).toBe(lines[i]);
      expect(typeof output.answered).toBe('boolean');
      expect(Array.isArray(output.passages)).toBe(true);
      const passages = output.passages as Array<Record<string, unknown>>;
      if (!output.answered) expect(passages).toEqual([]);
      for (const passage of passages) {
        expect(Object.keys(passage).sort()).toEqual(PASSAGE_KEYS);
        const article = articles.find((a) => a.id === passage.articleId)!;
        expect(article.body).toContain(passage.text);
        expect(passage.outlet).toBe(article.outlet);
        expect(passage.title).toBe(article.title);
        expect(typeof passage.score).toBe('number');
        for (const ref of passage.alsoReportedBy as Array<Record<string, unknown>>) {
          expect(Object.keys(ref).sort()).toEqual(['articleId', 'outlet', 'title']);
          expect(ref.outlet).toBe(articles.find((a) => a.id === ref.articleId)?.outlet);
        }
      }
    });
    expect(outputs[0]).toMatchObject({ answered: true });
    expect(outputs[1]).toMatchObject({ answered: false, passages: [] });
  });

  it('quotes text as published, with no quotation marks added', async () => {
    const run = await runAsk(['--json'], 'what did the kremlin statement say\n');
    const [output] = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { passages: Array<{ text: string }> });
    for (const { text } of output!.passages) {
      const article = articles.find((a) => a.body.includes(text));
      expect(article, text).toBeDefined();
    }
  });

  it('empty input gives empty output', async () => {
    expect(await runAsk(['--json'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--top applies to every line', async () => {
    const run = await runAsk(['--json', '--top', '1'], 'what did putin say\nwhere did it crash\n');
    for (const line of run.stdout.trim().split('\n')) expect((JSON.parse(line) as { passages: unknown[] }).passages.length).toBeLessThanOrEqual(1);
  });
});

describe.concurrent('refusals', () => {
  it('an invalid knowledge folder exits non-zero with every validation error on stderr', async () => {
    const folder = await temp.copyOfKnowledge();
    await writeArticle(folder, 'bad-outlet.md', fieldsFor('bad', { outlet: '' }), 'Text.');
    await fs.writeFile(path.join(folder, 'binary.md'), Buffer.from([0, 159, 146, 150]));
    for (const args of [['--knowledge', folder, 'how many people died'], ['--json', '--knowledge', folder]]) {
      const run = await runAsk(args, 'how many people died\n');
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('2 problem(s)');
      expect(run.stderr).toContain('bad-outlet.md, line 3, outlet: must name the news outlet');
      expect(run.stderr).toContain('binary.md: is a binary file');
    }
  });

  it('a missing knowledge folder exits non-zero', async () => {
    const run = await runAsk(['--knowledge', path.join(await temp.make(), 'missing'), 'q']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/does not exist/);
  });

  it(`--top=${MAX_TOP} is accepted`, async () => {
    expect((await runAsk([`--top=${MAX_TOP}`, 'what did putin say'])).code).toBe(0);
  });

  it.each([['0'], ['-1'], ['abc'], ['2.5'], [String(MAX_TOP + 1)], ['1e1'], ['0x3'], ['']])('--top=%s is refused with usage', async (top) => {
    const run = await runAsk([`--top=${top}`, 'how many people died']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`--top must be a whole number from 1 to ${MAX_TOP}`);
    expect(run.stderr).toMatch(/usage: npm run ask/);
  });

  it('--top without a value, an unknown option, and no question are refused with usage', async () => {
    for (const args of [['how many people died', '--top'], ['--bogus', 'q'], [], ['   ']]) {
      const run = await runAsk(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/usage: npm run ask/);
    }
  });

  it('--help prints usage on stdout', async () => {
    expect(await runAsk(['--help'])).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(/^usage: npm run ask/) });
  });
});
