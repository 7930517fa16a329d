// Registers the slash commands: to one server when a guild id is given (instant, for testing),
// otherwise globally (may take a while to appear everywhere). A bulk PUT replaces the whole set.
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { commandDefinitions } from './command-registry.js';

export interface DeployTarget {
  token: string;
  clientId: string;
  guildId?: string;
  /** REST base URL, e.g. `http://127.0.0.1:PORT/api`; Discord's own by default. */
  api?: string;
}

export async function deployCommands(target: DeployTarget): Promise<{ scope: string; names: string[] }> {
  const rest = new REST(target.api ? { api: target.api } : {}).setToken(target.token);
  try {
    const route = target.guildId ? Routes.applicationGuildCommands(target.clientId, target.guildId) : Routes.applicationCommands(target.clientId);
    const registered = (await rest.put(route, { body: commandDefinitions() })) as RESTPutAPIApplicationCommandsResult;
    return { scope: target.guildId ? `server ${target.guildId}` : 'all servers (global)', names: registered.map((command) => command.name) };
  } finally {
    // REST keeps sweeper timers; clear them so a script or test can exit promptly.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
