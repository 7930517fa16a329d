// /reindex (moderators): reloads knowledge/ atomically, on every shard. On problems the old articles keep serving.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { audit } from '../src/discord/audit.js';
import type { BotServices } from '../src/discord/command.js';
import { reloadPayload } from '../src/discord/render-info.js';

export const data = new SlashCommandBuilder()
  .setName('reindex')
  .setDescription('Reload the news articles from the knowledge folder (moderators only)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export const moderatorOnly = true;
export const cooldownSeconds = 15;
// Re-reading and indexing every article can take longer than Discord's 3-second window.
export const defer = 'ephemeral';

export async function execute(interaction: ChatInputCommandInteraction, services: BotServices): Promise<void> {
  const shards = await services.reloadKnowledge();
  audit(services, interaction, shards.every((shard) => shard.ok) ? 'succeeded' : 'failed', { shards });
  await interaction.editReply(reloadPayload(shards));
}
