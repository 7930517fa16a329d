// Structured JSON logs (pino). Secrets are redacted by key as a second line of defence: the code
// never logs the token on purpose, but an error object or request could carry one.
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

const REDACTED_KEYS = ['token', 'discordToken', 'authorization', 'headers.authorization', '*.token', '*.authorization'];

export function createLogger(level: Config['logLevel'], destination: DestinationStream = pino.destination(1)): Logger {
  return pino({ level, redact: { paths: REDACTED_KEYS, censor: '[redacted]' }, base: { app: 'j2-8243-newsbot' } }, destination);
}
