// What `npm start` does, with its surroundings passed in so tests can run it in-process: validate
// the configuration and the knowledge folder, then run the Discord bot until told to stop, or,
// with no DISCORD_TOKEN, the local console mode. A broken folder stops start-up with every
// problem listed: the bot never serves a partial index.
import type { DestinationStream } from 'pino';
import { ConfigError, parseConfig, type Config } from './config.js';
import { runConsole } from './console-mode.js';
import { startBot } from './discord/bot.js';
import type { ClientOverrides } from './discord/client.js';
import { AnswerEngine } from './engine/answer-engine.js';
import { errorSummary } from './error-summary.js';
import { KnowledgeError } from './knowledge/knowledge-error.js';
import { createLogger } from './logger.js';

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
  let config: Config;
  try {
    config = parseConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }

  let engine: AnswerEngine;
  try {
    engine = await AnswerEngine.open(config.knowledgeDir);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    // Problems name files inside the folder (that is what Discord replies show); the operator also needs the folder.
    io.stderr.write(`Cannot start (knowledge folder ${config.knowledgeDir}): ${error.message}\n`);
    return 1;
  }

  if (!config.discordToken) {
    io.stderr.write('No DISCORD_TOKEN is set, so the bot is not connecting to Discord. Starting the local console mode instead.\n\n');
    await runConsole(engine, io.stdin, io.stdout, io.interactive, io.stopRequested);
    return 0;
  }

  const logger = createLogger(config.logLevel, io.logDestination);
  const bot = await startBot({ token: config.discordToken, config, engine, logger, ...(io.client ? { client: io.client } : {}) });
  const signal = await io.stopRequested;
  logger.info({ signal }, 'shutting down');
  try {
    await bot.stop();
  } catch (error) {
    logger.error({ error: errorSummary(error) }, 'error while shutting down');
  }
  return 0;
}
