// Every slash command, by name. Static imports rather than the guide's directory scan: they are
// type-checked against Command and resolve the same from src/ (tests) and dist/ (production).
import * as article from '../../commands/article.js';
import * as ask from '../../commands/ask.js';
import * as help from '../../commands/help.js';
import * as reindex from '../../commands/reindex.js';
import * as sources from '../../commands/sources.js';
import type { Command } from './command.js';

const ALL_COMMANDS: readonly Command[] = [ask, sources, help, reindex, article];

export const commands: ReadonlyMap<string, Command> = new Map(ALL_COMMANDS.map((command) => [command.data.name, command]));

/** The bodies Discord's bulk-overwrite endpoint takes, in registration order. */
export function commandDefinitions() {
  return ALL_COMMANDS.map((command) => command.data.toJSON());
}
