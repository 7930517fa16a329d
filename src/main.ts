// `npm start`: runs the app (src/app.ts) with the real process around it: `.env`, standard
// streams, and SIGINT/SIGTERM, which let answers in flight finish before the client is destroyed.
import { runApp } from './app.js';
import { exitQuietlyWhenOutputCloses, exitWhenWritten } from './closed-output.js';
import { environmentWithDotEnv } from './config.js';
import { errorSummary } from './error-summary.js';
import { cannotStart } from './startup-failure.js';

const stopRequested = new Promise<string>((resolve) => {
  process.once('SIGINT', () => resolve('SIGINT'));
  process.once('SIGTERM', () => resolve('SIGTERM'));
  // A shard whose ShardingManager has gone (its IPC channel closed) stops too, rather than run unsupervised.
  process.once('disconnect', () => resolve('manager gone'));
});
// Handlers catch their own failures; anything that still escapes is reported, and the bot keeps running.
process.on('unhandledRejection', (reason) => process.stderr.write(`unhandled rejection: ${String(errorSummary(reason).message)}\n`));

exitQuietlyWhenOutputCloses('npm start');

runApp({
  env: environmentWithDotEnv(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  interactive: process.stdin.isTTY === true,
  stopRequested,
}).then(
  // Exit it must (a shard's IPC channel would keep the process alive), but only once a slow reader
  // has taken all the output.
  (code) => exitWhenWritten(code),
  (error: unknown) => {
    // Only the message: a start-up failure should not print internals (or anything request-shaped).
    process.stderr.write(`${cannotStart(error)}\n`);
    return exitWhenWritten(1);
  },
);
