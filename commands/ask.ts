// /ask question:<text> [private:<bool>]: quoted passages from the articles, or "the articles don't say".
import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { BotServices } from '../src/discord/command.js';
import { respondToQuestion } from '../src/discord/question-flow.js';
import { suggestQuestions } from '../src/discord/suggested-questions.js';
import { MAX_QUESTION_LENGTH } from '../src/question-length.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the Azerbaijan Airlines J2-8243 crash; I answer with quotes from news articles')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('Your question, e.g. "how many people died?"')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH)
      .setAutocomplete(true),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Show the answer to you only'))
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export async function execute(interaction: ChatInputCommandInteraction, services: BotServices): Promise<void> {
  const question = interaction.options.getString('question', true);
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  await respondToQuestion(question, { userId: interaction.user.id, guildId: interaction.guildId, frontEnd: 'slash' }, services, (payload, kind) =>
    interaction.reply({ ...payload, ...(isPrivate || kind === 'notice' ? { flags: MessageFlags.Ephemeral } : {}) }),
  );
}

export async function autocomplete(interaction: AutocompleteInteraction, services: BotServices): Promise<void> {
  const typed = interaction.options.getFocused();
  await interaction.respond(suggestQuestions(services.engine, typed).map((question) => ({ name: question, value: question })));
}
