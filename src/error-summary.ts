// What a log line keeps of an error, for every part of the program that logs or reports one.
import { DiscordAPIError, HTTPError } from 'discord.js';

/**
 * What the log keeps of an error. Discord REST errors (an API error, or an HTTP status without one,
 * such as a 500 that outlasted the retries) carry the request URL (with the interaction's webhook
 * token) and body; the log keeps the code and status instead.
 */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError) return { type: 'DiscordAPIError', code: error.code, status: error.status, method: error.method, message: error.message };
  if (error instanceof HTTPError) return { type: 'HTTPError', status: error.status, method: error.method, message: error.message };
  if (error instanceof Error) return { type: error.name, message: error.message, stack: error.stack };
  return { type: typeof error, message: String(error) };
}
