// One audit line per moderator action or refused attempt: who, where, when (pino's time), the
// command and its subcommand (the action), and the result; each also counts in the moderator-actions metric.
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { commandOfButton, type BotServices } from './command.js';

export type AuditResult = 'succeeded' | 'failed' | 'refused' | 'cooldown' | 'previewed' | 'cancelled' | 'expired';

export function audit(
  { logger, metrics }: Pick<BotServices, 'logger' | 'metrics'>,
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  result: AuditResult,
  details: Record<string, unknown> = {},
): void {
  const command = interaction.isChatInputCommand() ? interaction.commandName : commandOfButton(interaction.customId);
  const action = interaction.isChatInputCommand() ? interaction.options.getSubcommand(false) : undefined;
  metrics.moderatorAction(command, result);
  logger.info(
    {
      audit: command,
      ...(action ? { action } : {}),
      result,
      userId: interaction.user.id,
      username: interaction.user.username,
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      ...details,
    },
    `audit: /${command} ${result}`,
  );
}
