// /sources: the articles the bot quotes, with outlet, title, date and sentence count.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { BotServices } from '../src/discord/command.js';
import { sourcesPayload } from '../src/discord/render-info.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List the news articles I quote from')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export async function execute(interaction: ChatInputCommandInteraction, services: BotServices): Promise<void> {
  await interaction.reply(sourcesPayload(services.engine.articles(), { version: services.engine.version, shardId: services.shardId }));
}
