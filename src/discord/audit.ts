// One audit line per moderator action or refused attempt: who, where, when (pino's time) and the result.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { Logger } from '../logger.js';

export type AuditResult = 'succeeded' | 'failed' | 'refused' | 'cooldown';

export function audit(logger: Logger, interaction: ChatInputCommandInteraction, result: AuditResult, details: Record<string, unknown> = {}): void {
  logger.info(
    {
      audit: interaction.commandName,
      result,
      userId: interaction.user.id,
      username: interaction.user.username,
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      ...details,
    },
    `audit: /${interaction.commandName} ${result}`,
  );
}
