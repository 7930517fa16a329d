// `npm run deploy-commands`: registers /ask, /sources, /help and /reindex with Discord, using
// DISCORD_TOKEN and DISCORD_CLIENT_ID, and DISCORD_GUILD_ID for one server only.
import { ConfigError, environmentWithDotEnv, parseConfig } from '../src/config.js';
import { deployCommands } from '../src/discord/deploy-commands.js';
import { errorSummary } from '../src/error-summary.js';

async function main(): Promise<number> {
  const config = parseConfig(environmentWithDotEnv());
  if (!config.discordToken || !config.clientId) {
    process.stderr.write('deploy-commands: set DISCORD_TOKEN and DISCORD_CLIENT_ID (in .env or the environment) first; see .env.example.\n');
    return 1;
  }
  const { scope, names } = await deployCommands({ token: config.discordToken, clientId: config.clientId, ...(config.guildId ? { guildId: config.guildId } : {}) });
  process.stdout.write(`Registered ${names.map((name) => `/${name}`).join(', ')} for ${scope}.\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof ConfigError ? error.message : `could not register the commands: ${String(errorSummary(error).message)}`;
    process.stderr.write(`deploy-commands: ${message}\n`);
    process.exitCode = 1;
  },
);
