// The compiled CLI, run as a user runs it (issue 2 §8).
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOP } from '../../src/answers/answer.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { fieldsFor, knowledgeArticles, openEngine, TempDirs, writeArticle } from '../support/knowledge-folder.js';
import { helpText } from '../../src/help-text.js';
import { TOO_LONG_NOTICE } from '../../src/question-length.js';
import { canRunAtTerminal, copyOfProject, run, runAsk, runAtTerminal, runIntoHead, runIntoLateReader, type Program } from '../support/run-cli.js';

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
    expect(run).toEqual({ code: 0, stdout: 'The articles I have don\'t say anything about "cup".\n', stderr: '' });
  });

  it('answers "help" with the help text, as console mode does, worded for the command line', async () => {
    const help = helpText((await openEngine()).articles(), 'command line');
    expect(help).toContain('`npm run ask -- "your question"`');
    for (const asked of ['help', '/help?']) expect(await runAsk([asked])).toEqual({ code: 0, stdout: `${help}\n`, stderr: '' });
    // --json keeps its contract: a JSON line for every question, "help" too.
    expect(JSON.parse((await runAsk(['--json', 'help'])).stdout)).toMatchObject({ question: 'help', answered: false });
  });

  it('--top limits the passages', async () => {
    const run = await runAsk(['--top', '1', 'what did putin say to aliyev']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\. /m);
    expect(run.stdout).not.toMatch(/^2\. /m);
  });
});

/** The words of a text, whatever its line breaks and indents. */
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

describe.skipIf(!canRunAtTerminal).concurrent('at a terminal', () => {
  const COLUMNS = 60;

  it.each<[Program, { question?: string; input?: string }]>([
    ['ask', { question: 'how many people died?' }],
    ['start', { input: 'how many people died?\nhelp\n' }],
  ])('%s wraps its output at word boundaries to the terminal, keeping each indent', async (program, given) => {
    const atTerminal = await runAtTerminal(program, COLUMNS, given);
    const piped = await run(program, given.question === undefined ? [] : [given.question], { input: given.input ?? '' });
    expect(atTerminal.code).toBe(0);
    // The same words, so nothing was broken mid-word or lost; piped, the long lines stay whole.
    expect(wordsOf(atTerminal.stdout)).toEqual(wordsOf(piped.stdout));
    expect(Math.max(...piped.stdout.split('\n').map((line) => line.length))).toBeGreaterThan(COLUMNS);
    const lines = atTerminal.stdout.split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(COLUMNS);
    // A quote's wrapped lines start under its text, after "1. ".
    const quote = lines.findIndex((line) => line.startsWith('1. '));
    expect(lines[quote + 1]).toMatch(/^ {3}\S/);
  });
});

describe.concurrent('--json', () => {
  it.each(['ask', 'start'] as const)('%s stops quietly when its reader closes the pipe early', async (program) => {
    const run = await runIntoHead(program, Array(3000).fill('how many people died').join('\n'));
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it.each(['ask', 'start'] as const)('%s hands a reader that starts late all of its output, however much is waiting', async (program) => {
    const question = `how many people died? ${'x'.repeat(100_000)}`;
    const run = await runIntoLateReader(program, question);
    expect(run.code).toBe(0);
    // Lengths, not texts: a failure would otherwise print 100 kB twice.
    if (program === 'ask') expect(JSON.parse(run.stdout).question.length).toBe(question.length);
    else expect(run.stdout.length).toBe(`> ${question}\n${TOO_LONG_NOTICE}\n\n`.length);
    expect(run.stdout.endsWith(program === 'ask' ? '}\n' : `${TOO_LONG_NOTICE}\n\n`)).toBe(true);
  });

  it('start hands a late reader every problem of a broken knowledge folder before it exits 1', async () => {
    const folder = await temp.make();
    const names = Array.from({ length: 1500 }, (_, i) => `broken-${String(i).padStart(4, '0')}.md`);
    await Promise.all(names.map((name) => fs.writeFile(path.join(folder, name), 'No front matter.\n')));
    const run = await runIntoLateReader('start', '', { env: { KNOWLEDGE_DIR: folder }, stderr: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Cannot start: the knowledge folder .* has 1500 problems:\n/);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('  - broken-'))).toHaveLength(1500);
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

  it('answers the question given as arguments, with one JSON line', async () => {
    const run = await runAsk(['--json', 'how', 'many', 'people', 'died?']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ question: 'how many people died?', answered: true });
  });

  it('with a question in the arguments, does not read stdin, even one that never ends', async () => {
    for (const args of [['--json', 'how many people died?'], ['how many people died?']]) {
      const result = await run('ask', args, { stdinOpen: true });
      expect(result, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(args[0] === '--json' ? /^\{"question":"how many people died\?","answered":true/ : /38 people/);
    }
    const piped = await runAsk(['--json', 'how many people died?'], 'who did putin apologise to\n');
    expect(piped).toMatchObject({ code: 0, stderr: '' });
    expect(piped.stdout.trim().split('\n').map((line) => JSON.parse(line).question)).toEqual(['how many people died?']);
  }, 10_000);

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
      expect(run.stderr).toMatch(new RegExp(`^Cannot start: the knowledge folder ${folder}/ has 2 problems:\n`));
      expect(run.stderr).toContain('bad-outlet.md, line 3, outlet: must name the news outlet');
      expect(run.stderr).toContain('binary.md: is a binary file');
    }
  });

  it('a missing knowledge folder exits non-zero, naming it relative to the project when inside it', async () => {
    const outside = path.join(await temp.make(), 'missing');
    expect(await runAsk(['--knowledge', outside, 'q'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `Cannot start: the knowledge folder ${outside}/ has 1 problem:\n  - the knowledge folder: does not exist or cannot be read\n`,
    });
    expect((await runAsk(['--knowledge', path.join(PROJECT_ROOT, 'no-such-folder'), 'q'])).stderr).toBe(
      'Cannot start: the knowledge folder no-such-folder/ has 1 problem:\n  - the knowledge folder: does not exist or cannot be read\n',
    );
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

describe.concurrent('the knowledge folder', () => {
  it('--knowledge and KNOWLEDGE_DIR both resolve relative to the project folder, from any working directory', async () => {
    const folder = await temp.make();
    await writeArticle(folder, 'a.md', fieldsFor('zeppelin', { outlet: 'The Zeppelin Gazette' }), 'The zeppelin landed safely in Hamburg on Tuesday morning.');
    const relative = path.relative(PROJECT_ROOT, folder);
    // Deep enough that the same relative path, read from here, would name another folder.
    const elsewhere = path.join(await temp.make(), 'a', 'b', 'c');
    await fs.mkdir(elsewhere, { recursive: true });
    for (const options of [{ args: ['--knowledge', relative] }, { args: [], env: { KNOWLEDGE_DIR: relative } }]) {
      const result = await run('ask', [...options.args, 'where did the zeppelin land?'], { cwd: elsewhere, env: options.env ?? {} });
      expect(result, JSON.stringify(options)).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain('— The Zeppelin Gazette');
    }
  });

  it("takes KNOWLEDGE_DIR from the project's .env, as npm start and npm run knowledge do", async () => {
    const project = await copyOfProject(await temp.make());
    await fs.mkdir(path.join(project, 'articles'));
    await writeArticle(path.join(project, 'articles'), 'a.md', fieldsFor('zeppelin', { outlet: 'The Zeppelin Gazette' }), 'The zeppelin landed safely in Hamburg on Tuesday morning.');
    await fs.writeFile(path.join(project, '.env'), 'KNOWLEDGE_DIR=articles\n');
    const settings = { project, env: { KNOWLEDGE_DIR: undefined } };
    const asked = await run('ask', ['where did the zeppelin land?'], settings);
    expect(asked).toMatchObject({ code: 0, stderr: '' });
    expect(asked.stdout).toContain('— The Zeppelin Gazette');
    expect(await run('knowledge', ['check'], settings)).toMatchObject({ code: 0, stdout: 'articles is valid: 1 articles, 1 sentences.\n' });
  });
});
