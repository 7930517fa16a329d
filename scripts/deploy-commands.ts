// `npm run deploy-commands`: registers /ask, /sources, /help and /reindex with Discord, using
// DISCORD_TOKEN and DISCORD_CLIENT_ID, and DISCORD_GUILD_ID for one server only.
import { environmentWithDotEnv, parseConfig } from '../src/config.js';
import { deployCommands } from '../src/discord/deploy-commands.js';
import { cannotStart } from '../src/startup-failure.js';

async function main(): Promise<void> {
  const config = parseConfig(environmentWithDotEnv());
  if (!config.discordToken || !config.clientId) {
    throw new Error('set DISCORD_TOKEN and DISCORD_CLIENT_ID (in .env or the environment) first; see .env.example');
  }
  const { scope, names } = await deployCommands({ token: config.discordToken, clientId: config.clientId, ...(config.guildId ? { guildId: config.guildId } : {}) });
  process.stdout.write(`Registered ${names.map((name) => `/${name}`).join(', ')} for ${scope}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${cannotStart(error)}\n`);
  process.exitCode = 1;
});
