// What every program says when it cannot do its job at all (npm start, npm run ask, npm run
// deploy-commands): one voice, "Cannot start: …", in plain words. Imports nothing heavy, so the
// CLI can use it before the engine loads.

/** Socket and DNS error codes, from Node and from undici (which discord.js's REST client uses). */
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

export function cannotStart(error: unknown): string {
  return `Cannot start: ${reason(error)}`;
}

function reason(error: unknown): string {
  // discord.js turns a 401 at login into TokenInvalid; a REST call (deploy-commands) keeps the status.
  if (field(error, 'code') === 'TokenInvalid' || field(error, 'status') === 401) {
    return 'Discord rejected the token (401 Unauthorized). Check DISCORD_TOKEN: copy it again from the Bot page of the application.';
  }
  const unreachable = causes(error).find((cause) => UNREACHABLE.has(String(field(cause, 'code'))));
  if (unreachable) return `could not reach Discord (check the network): ${messageOf(unreachable)}`;
  return messageOf(error);
}

/** The error and whatever caused it, outermost first ("fetch failed" ← "getaddrinfo ENOTFOUND discord.com"). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let at = error; at !== undefined && at !== null && !chain.includes(at); at = field(at, 'cause')) chain.push(at);
  return chain;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
