#!/usr/bin/env node
// `npm run knowledge -- check | list | add | remove | restore`: the moderators' commands on the
// command line, running the same maintenance code as /article. Writes ask first, at a terminal,
// unless --yes is given. Results go to stdout; problems to stderr.
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ConfigError, environmentWithDotEnv, parseConfig, type Config } from '../config.js';
import { AnswerEngine } from '../engine/answer-engine.js';
import { KnowledgeError } from '../knowledge/knowledge-error.js';
import { DraftOptionsSchema, type DraftOptions } from '../maintenance/article-draft.js';
import { checkFolder } from '../maintenance/check-folder.js';
import { PAGE_LIMITS } from '../maintenance/fetch-page.js';
import { KnowledgeMaintenance, type ChangeResult } from '../maintenance/knowledge-maintenance.js';
import type { ArticleInput } from '../maintenance/read-input.js';
import { exitQuietlyWhenOutputCloses } from '../closed-output.js';
import { shownPath } from '../paths.js';
import { articleList, changeOutcome, draftPreview, problemLines } from './knowledge-text.js';

const USAGE = `usage: npm run knowledge -- check
       npm run knowledge -- list
       npm run knowledge -- add <url|file.html|file.md|file.txt> [--outlet NAME] [--title T] [--published YYYY-MM-DD] [--yes]
       npm run knowledge -- remove <id> [--yes]
       npm run knowledge -- restore <id>
The knowledge folder is KNOWLEDGE_DIR (default: knowledge/).`;

/** Exit codes: done, refused or problems found, bad usage. */
const OK = 0;
const REFUSED = 1;
const USAGE_ERROR = 2;

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        outlet: { type: 'string' },
        title: { type: 'string' },
        published: { type: 'string' },
        yes: { type: 'boolean', short: 'y', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    err(`${(error as Error).message}\n${USAGE}`);
    return USAGE_ERROR;
  }
  const { values, positionals } = parsed;
  const [command, target, ...extra] = positionals;
  if (values.help) {
    out(USAGE);
    return OK;
  }
  const needsTarget = command === 'add' || command === 'remove' || command === 'restore';
  if (!command || extra.length > 0 || needsTarget !== (target !== undefined)) {
    err(USAGE);
    return USAGE_ERROR;
  }
  let config: Config;
  try {
    config = parseConfig(environmentWithDotEnv());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    err(error.message);
    return USAGE_ERROR;
  }

  switch (command) {
    case 'check':
      return check(config.knowledgeDir);
    case 'list':
      return withMaintenance(config, async (maintenance, engine) => {
        out(articleList(engine.articles(), await maintenance.removed()));
        return OK;
      });
    case 'add': {
      const options = DraftOptionsSchema.safeParse({ outlet: values.outlet, title: values.title, published: values.published });
      if (!options.success) {
        err(options.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('\n'));
        return USAGE_ERROR;
      }
      return withMaintenance(config, (maintenance) => add(maintenance, target!, options.data, values.yes));
    }
    case 'remove':
      return withMaintenance(config, (maintenance, engine) => remove(maintenance, engine, target!, values.yes));
    case 'restore':
      return withMaintenance(config, async (maintenance) => reportChange('Restored', await maintenance.restore(target!)));
    default:
      err(`unknown command "${command}"\n${USAGE}`);
      return USAGE_ERROR;
  }
}

async function check(folder: string): Promise<number> {
  const result = await checkFolder(folder);
  for (const name of result.ignored) {
    err(`warning: ${name} is ignored: only .md files are articles (npm run knowledge -- add ${asTyped(path.join(folder, name))} converts one)`);
  }
  if (!result.ok) {
    err(`${shownPath(folder)} has ${result.problems.length} problem(s):\n${problemLines(result.problems)}`);
    return REFUSED;
  }
  out(`${shownPath(folder)} is valid: ${result.articles} articles, ${result.sentences} sentences.`);
  return OK;
}

async function withMaintenance(config: Config, work: (maintenance: KnowledgeMaintenance, engine: AnswerEngine) => Promise<number>): Promise<number> {
  let engine: AnswerEngine;
  try {
    engine = await AnswerEngine.open(config.knowledgeDir);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    err(`${shownPath(config.knowledgeDir)} has problems; fix them first (npm run knowledge -- check):\n${problemLines(error.problems)}`);
    return REFUSED;
  }
  // The config object itself: the address rule is read at every fetch.
  return work(new KnowledgeMaintenance(engine, config), engine);
}

async function add(maintenance: KnowledgeMaintenance, target: string, options: DraftOptions, yes: boolean): Promise<number> {
  const input = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? { url: target } : await readLocalFile(target);
  if ('refused' in input) return refuse(`Not added: ${input.refused}.`);
  let prepared = await maintenance.prepare(input, options);
  if (!prepared.ok && prepared.missing) {
    const given = await ask(`The ${'url' in input ? 'page' : 'file'} does not name its ${prepared.missing}. ${prepared.missing === 'outlet' ? 'Outlet' : 'Title'}: `);
    if (!given?.trim()) return refuse(`Not added: ${prepared.reason}; give it with --${prepared.missing}.`);
    prepared = await maintenance.prepare(input, { ...options, [prepared.missing]: given.trim() });
  }
  if (!prepared.ok) return refuse(`Not added: ${prepared.reason}.`);
  out(draftPreview(prepared.draft));
  if (!(await confirmed('Add this article?', yes))) return REFUSED;
  return reportChange('Added', await maintenance.add(prepared.draft, 'cli'));
}

async function remove(maintenance: KnowledgeMaintenance, engine: AnswerEngine, id: string, yes: boolean): Promise<number> {
  const article = engine.articles().find((a) => a.id === id);
  if (!article) return refuse(`Not removed: no article has the id ${id} (npm run knowledge -- list shows them).`);
  out(`The article to remove (it is moved to .removed/, and restore brings it back):\n  ${article.id}  ·  ${article.outlet}  ·  ${article.title}`);
  if (!(await confirmed('Remove this article?', yes))) return REFUSED;
  return reportChange('Removed', await maintenance.remove(id));
}

async function readLocalFile(file: string): Promise<ArticleInput | { refused: string }> {
  let content: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { refused: `${file} is not a file` };
    if (stat.size > PAGE_LIMITS.maxBytes) return { refused: `${file} is larger than ${PAGE_LIMITS.maxBytes / 1024 / 1024} MB` };
    content = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { refused: code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read (${code})` };
  }
  try {
    return { fileName: path.basename(file), text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    return { refused: `${file} is not UTF-8 text` };
  }
}

function refuse(text: string): number {
  err(text);
  return REFUSED;
}

/** The outcome of a change: on stdout when it was made, on stderr (exit 1) when it was not. */
function reportChange(done: Parameters<typeof changeOutcome>[0], result: ChangeResult): number {
  const text = changeOutcome(done, result);
  if (!result.ok) return refuse(text);
  out(text);
  return OK;
}

/** --yes, or a "y" typed at a terminal. Without a terminal there is nobody to ask. */
async function confirmed(question: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) {
    err('Nothing was changed: confirming needs a terminal. Run it again with --yes to go ahead.');
    return false;
  }
  const answer = await ask(`${question} [y/N] `);
  if (/^y(es)?$/i.test(answer?.trim() ?? '')) return true;
  err('Nothing was changed.');
  return false;
}

/** One for the whole run, so lines typed ahead of a prompt are kept for it. */
let terminal: readline.Interface | undefined;

/** One line typed at the terminal; undefined when there is no terminal, or it was closed (Ctrl-D). */
async function ask(question: string): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  terminal ??= readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } catch {
    return undefined;
  }
}

/**
 * A file as the user would type it for `add`, which reads it from the working directory (under
 * npm, the project folder): relative to it when below it, else whole; quoted when a shell would
 * read any of it specially (a space, say).
 */
function asTyped(file: string): string {
  const relative = path.relative(process.cwd(), file);
  const typed = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
  return /[^\w./+,:=@%-]/.test(typed) ? `'${typed.replaceAll("'", `'\\''`)}'` : typed;
}

exitQuietlyWhenOutputCloses('knowledge');
main().then(
  (code) => {
    terminal?.close();
    process.exitCode = code;
  },
  (error: unknown) => {
    err(`knowledge: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
