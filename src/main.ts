// `npm start`: validates the configuration and the knowledge folder, then runs the Discord bot, or,
// with no DISCORD_TOKEN, the local console mode. A broken folder stops start-up with every problem
// listed: the bot never serves a partial index.
import { ConfigError, loadConfig, type Config } from './config.js';
import { runConsole } from './console-mode.js';
import { startBot } from './discord/bot.js';
import { errorSummary } from './discord/report-failure.js';
import { AnswerEngine } from './engine/answer-engine.js';
import { KnowledgeError } from './knowledge/knowledge-error.js';
import { createLogger, type Logger } from './logger.js';

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }

  let engine: AnswerEngine;
  try {
    engine = await AnswerEngine.open(config.knowledgeDir);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    process.stderr.write(`Cannot start: ${error.message}\n`);
    return 1;
  }

  if (!config.discordToken) {
    process.stderr.write('No DISCORD_TOKEN is set, so the bot is not connecting to Discord. Starting the local console mode instead.\n\n');
    await runConsole(engine, process.stdin, process.stdout, process.stdin.isTTY === true);
    return 0;
  }

  const logger = createLogger(config.logLevel);
  process.on('unhandledRejection', (reason) => logger.error({ err: errorSummary(reason) }, 'unhandled rejection; still running'));
  const bot = await startBot({ token: config.discordToken, config, engine, logger });
  await stopOnSignal(logger, (signal) => {
    logger.info({ signal }, 'shutting down');
    return bot.stop();
  });
  return 0;
}

/** Resolves once SIGINT or SIGTERM has been received and `stop` has finished. */
function stopOnSignal(logger: Logger, stop: (signal: NodeJS.Signals) => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      stop(signal).then(resolve, (error: unknown) => {
        logger.error({ err: errorSummary(error) }, 'error while shutting down');
        resolve();
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Only the message: a start-up failure should not print internals (or anything request-shaped).
    process.stderr.write(`Cannot start: ${String(errorSummary(error).message)}\n`);
    process.exit(1);
  },
);
