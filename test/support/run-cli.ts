// Runs the compiled programs as users do, capturing their exit code and both output streams.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

const PROGRAMS = {
  ask: 'dist/src/cli/ask.js',
  start: 'dist/src/main.js',
  'deploy-commands': 'dist/scripts/deploy-commands.js',
  bench: 'dist/scripts/bench.js',
  knowledge: 'dist/src/cli/knowledge.js',
};
export type Program = keyof typeof PROGRAMS;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Piped to stdin, which is then closed. */
  input?: string;
  /** Instead, stdin stays open with nothing written to it (as with `< <(sleep 60)`) until the program ends. */
  stdinOpen?: boolean;
  /** Added to the environment; `undefined` unsets a variable, so a `.env` may give it. */
  env?: Record<string, string | undefined>;
  /** The project folder whose program runs (a `copyOfProject`); the working directory too, unless `cwd` is given. */
  project?: string;
  cwd?: string;
}

/**
 * The environment of the test run, without the settings a developer's shell or `.env` may hold:
 * set but empty, they count as unset and `.env` does not fill them in.
 */
function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', KNOWLEDGE_DIR: '', ...extra };
}

export function run(program: Program, args: string[], { input = '', stdinOpen = false, env, project = PROJECT_ROOT, cwd = project }: RunOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [path.join(project, PROGRAMS[program]), ...args], { cwd, env: cleanEnv(env) });
  if (stdinOpen) child.on('exit', () => child.stdin.end());
  else child.stdin.end(input);
  return captured(child);
}

export function runAsk(args: string[], input = ''): Promise<CliRun> {
  return run('ask', args, { input });
}

/**
 * `questions | program | head -1`, for `ask --json` or `npm start`'s console mode: a reader that
 * takes the first line and closes the pipe.
 */
export function runIntoHead(program: 'ask' | 'start', questions: string): Promise<CliRun> {
  return intoReader(program, questions, 'head -1');
}

/**
 * `questions | program | (sleep 3; cat)`: a reader that starts late, when the program has long
 * written everything it had to say, most of it still waiting for the pipe. `stderr: true` sends
 * stderr down the pipe instead (stdout goes to /dev/null).
 */
export function runIntoLateReader(program: 'ask' | 'start', questions: string, { env = {}, stderr = false }: { env?: Record<string, string>; stderr?: boolean } = {}): Promise<CliRun> {
  return intoReader(program, questions, '(sleep 3; cat)', env, stderr ? '2>&1 >/dev/null' : '');
}

function intoReader(program: 'ask' | 'start', questions: string, reader: string, env: Record<string, string> = {}, redirect = ''): Promise<CliRun> {
  const args = program === 'ask' ? '--json' : '';
  // The exit status is the program's, not the reader's.
  return inShell(`printf '%s\\n' "$QUESTIONS" | "$NODE_BIN" "$PROGRAM" ${args} ${redirect} | ${reader}; exit \${PIPESTATUS[1]}`, program, { ...env, QUESTIONS: questions });
}

/** Whether util-linux `script`, which runs a command on a pseudo-terminal, is installed. */
export const canRunAtTerminal = spawnSync('script', ['--version']).status === 0;

/**
 * The program with its output on a terminal `columns` wide (a pseudo-terminal made by `script`),
 * given a question as its argument or `input` piped to it, as in `printf 'q\n' | npm start` typed
 * at a terminal. Only stdout is kept (the terminal would mix in stderr); line ends are \n.
 */
export async function runAtTerminal(program: Program, columns: number, { question, input = '' }: { question?: string; input?: string }): Promise<CliRun> {
  const command = `stty cols ${columns}; printf '%s' "$INPUT" | "$NODE_BIN" "$PROGRAM"${question === undefined ? '' : ' "$QUESTION"'} 2>/dev/null`;
  const result = await inShell(`script -qec '${command}' /dev/null`, program, { INPUT: input, QUESTION: question ?? '' });
  return { ...result, stdout: result.stdout.replace(/\r\n/g, '\n') };
}

function inShell(command: string, program: Program, env: Record<string, string>): Promise<CliRun> {
  const child = spawn('bash', ['-c', command], {
    cwd: PROJECT_ROOT,
    env: cleanEnv({ ...env, NODE_BIN: process.execPath, PROGRAM: path.join(PROJECT_ROOT, PROGRAMS[program]) }),
  });
  child.stdin.end();
  return captured(child);
}

/**
 * A project folder of its own in `parent`, for what the real one must not be given (a `.env`):
 * the built programs copied, the dependencies and data linked.
 */
export async function copyOfProject(parent: string): Promise<string> {
  const project = path.join(parent, 'project');
  await fs.mkdir(project);
  await fs.copyFile(path.join(PROJECT_ROOT, 'package.json'), path.join(project, 'package.json'));
  // Copied, not linked: Node runs a linked program from where the link points, in the real project.
  await fs.cp(path.join(PROJECT_ROOT, 'dist'), path.join(project, 'dist'), { recursive: true });
  for (const shared of ['node_modules', 'data']) await fs.symlink(path.join(PROJECT_ROOT, shared), path.join(project, shared));
  return project;
}

/** `npm run knowledge -- …` with these settings, its stdin piped (so not a terminal). */
export function runKnowledge(args: string[], env: Record<string, string>, input = ''): Promise<CliRun> {
  return run('knowledge', args, { env, input });
}

/**
 * The same at a terminal: util-linux `script` gives it a pseudo-terminal, and each answer is typed
 * when a prompt (output ending in ": " or "] ") appears. Output is stdout and stderr together.
 */
export function runKnowledgeAtTerminal(args: string[], env: Record<string, string>, answers: string[]): Promise<CliRun> {
  const command = [process.execPath, path.join(PROJECT_ROOT, PROGRAMS.knowledge), ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: PROJECT_ROOT, env: cleanEnv(env) });
  const left = [...answers];
  child.stdout.on('data', (chunk: Buffer) => {
    // readline may end the prompt with a cursor move (ESC [ n G).
    if (/(: |\] )(\x1b\[\d+G)?$/.test(chunk.toString()) && left.length > 0) child.stdin.write(`${left.shift()}\n`);
  });
  return captured(child);
}

/** The child's exit code and both output streams, once it has closed. */
function captured(child: ChildProcessWithoutNullStreams): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
