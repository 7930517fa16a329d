// /help: what the bot knows, how to ask, and that it quotes rather than paraphrases.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { BotServices } from '../src/discord/command.js';
import { helpPayload } from '../src/discord/render-info.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('What I know and how to ask me')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export async function execute(interaction: ChatInputCommandInteraction, services: BotServices): Promise<void> {
  await interaction.reply(helpPayload(services.engine.articles()));
}
