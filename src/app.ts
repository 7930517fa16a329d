// What `npm start` does, with its surroundings passed in so tests can run it in-process: validate
// the configuration and the knowledge folder, then run the Discord bot until told to stop, or,
// with no DISCORD_TOKEN, the local console mode. A broken folder stops start-up with every
// problem listed: the bot never serves a partial index.
import type { DestinationStream } from 'pino';
import { parseConfig, type Config } from './config.js';
import { runConsole } from './console-mode.js';
import { startBot, type RunningBot } from './discord/bot.js';
import type { ClientOverrides } from './discord/client.js';
import { AnswerEngine } from './engine/answer-engine.js';
import { errorSummary } from './error-summary.js';
import { createLogger } from './logger.js';
import { cannotStart } from './startup-failure.js';

export interface AppSurroundings {
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** A person at a terminal (prompts) rather than piped input. */
  interactive: boolean;
  /** Resolves with the signal's name when the bot should shut down (SIGINT, SIGTERM). */
  stopRequested: Promise<string>;
  /** Where bot logs go; stdout by default. */
  logDestination?: DestinationStream;
  client?: ClientOverrides;
}

/** Runs the app to completion and returns the process exit code. */
export async function runApp(io: AppSurroundings): Promise<number> {
  // A bad setting, a broken folder, a rejected token or no network: said plainly, no stack trace.
  const refuse = (error: unknown) => {
    io.stderr.write(`${cannotStart(error)}\n`);
    return 1;
  };
  let config: Config;
  let engine: AnswerEngine;
  try {
    config = parseConfig(io.env);
    engine = await AnswerEngine.open(config.knowledgeDir);
  } catch (error) {
    return refuse(error);
  }

  if (!config.discordToken) {
    io.stderr.write('No DISCORD_TOKEN is set, so the bot is not connecting to Discord. Starting the local console mode instead.\n\n');
    await runConsole(engine, io.stdin, io.stdout, io.interactive, io.stopRequested);
    return 0;
  }

  const logger = createLogger(config.logLevel, io.logDestination);
  let bot: RunningBot;
  try {
    bot = await startBot({ token: config.discordToken, config, engine, logger, ...(io.client ? { client: io.client } : {}) });
  } catch (error) {
    return refuse(error);
  }
  const signal = await io.stopRequested;
  logger.info({ signal }, 'shutting down');
  try {
    await bot.stop();
  } catch (error) {
    logger.error({ error: errorSummary(error) }, 'error while shutting down');
  }
  return 0;
}
