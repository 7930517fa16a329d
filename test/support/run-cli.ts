// Runs the compiled CLI as users do, capturing its exit code and both output streams.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

const ASK_JS = path.join(PROJECT_ROOT, 'dist/src/cli/ask.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const MAIN_JS = path.join(PROJECT_ROOT, 'dist/src/main.js');

/**
 * `questions | program | head -1`, for `ask --json` or `npm start`'s console mode: a reader that
 * takes the first line and closes the pipe.
 */
export function runIntoHead(program: 'ask' | 'start', questions: string): Promise<CliRun> {
  const command = program === 'ask' ? `"${ASK_JS}" --json` : `"${MAIN_JS}"`;
  const { DISCORD_TOKEN: _noBot, ...env } = process.env;
  return captured(
    spawn('bash', ['-c', `printf '%s\\n' "$QUESTIONS" | "${process.execPath}" ${command} | head -1`], {
      cwd: PROJECT_ROOT,
      env: { ...env, QUESTIONS: questions },
    }),
  );
}

export function runAsk(args: string[], input = ''): Promise<CliRun> {
  const { KNOWLEDGE_DIR: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [ASK_JS, ...args], { cwd: PROJECT_ROOT, env });
  child.stdin.end(input);
  return captured(child);
}

const KNOWLEDGE_JS = path.join(PROJECT_ROOT, 'dist/src/cli/knowledge.js');

/** `npm run knowledge -- …` with these settings, its stdin piped (so not a terminal). */
export function runKnowledge(args: string[], env: Record<string, string>, input = ''): Promise<CliRun> {
  const child = spawn(process.execPath, [KNOWLEDGE_JS, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
  child.stdin.end(input);
  return captured(child);
}

/**
 * The same at a terminal: util-linux `script` gives it a pseudo-terminal, and each answer is typed
 * when a prompt (output ending in ": " or "] ") appears. Output is stdout and stderr together.
 */
export function runKnowledgeAtTerminal(args: string[], env: Record<string, string>, answers: string[]): Promise<CliRun> {
  const command = [process.execPath, KNOWLEDGE_JS, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
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
