// Routes interactions to their command, after the checks every command gets alike: moderator-only,
// cooldown, and deferral. Failures end in reportInteractionFailure, never in a crash.
import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { errorSummary } from '../error-summary.js';
import { audit } from './audit.js';
import { commandOfButton, type BotServices, type Command } from './command.js';
import { isModerator } from './permissions.js';
import { RateLimiter } from './rate-limiter.js';
import { replyPayload } from './reply-payload.js';
import { reportInteractionFailure } from './report-failure.js';

export function createInteractionHandler(commands: ReadonlyMap<string, Command>, services: BotServices) {
  const cooldowns = new Map<string, RateLimiter>();
  for (const [name, command] of commands) {
    if (command.cooldownSeconds) cooldowns.set(name, new RateLimiter(1, command.cooldownSeconds * 1000));
  }
  const { logger } = services;

  return async function handleInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      try {
        await commands.get(interaction.commandName)?.autocomplete?.(interaction, services);
      } catch (error) {
        // Suggestions are optional: a failure just leaves the list empty.
        logger.warn({ error: errorSummary(error), command: interaction.commandName }, 'autocomplete failed');
      }
      return;
    }
    if (interaction.isButton()) {
      try {
        const name = commandOfButton(interaction.customId);
        const command = commands.get(name);
        // A moderator may have lost the role since the buttons were shown: the same check as the command's.
        if (command?.moderatorOnly && !isModerator(interaction, services.config.moderatorRoleIds)) {
          audit(services, interaction, 'refused');
          await refuse(interaction, notModerator(name, interaction.inGuild()));
          return;
        }
        await command?.button?.(interaction, services);
      } catch (error) {
        await reportInteractionFailure(interaction, error, logger);
      }
      return;
    }
    if (!interaction.isChatInputCommand()) return;

    try {
      const command = commands.get(interaction.commandName);
      if (!command) {
        logger.warn({ command: interaction.commandName }, 'unknown command (were the commands deployed from another version?)');
        await refuse(interaction, "I don't know that command. Try /help.");
        return;
      }
      if (command.moderatorOnly && !isModerator(interaction, services.config.moderatorRoleIds)) {
        audit(services, interaction, 'refused');
        await refuse(interaction, notModerator(interaction.commandName, interaction.inGuild()));
        return;
      }
      const cooldown = cooldowns.get(interaction.commandName)?.take(interaction.user.id);
      if (cooldown && !cooldown.allowed) {
        if (command.moderatorOnly) audit(services, interaction, 'cooldown');
        await refuse(interaction, `Please wait ${Math.ceil(cooldown.retryAfterMs / 1000)} s before using /${interaction.commandName} again.`);
        return;
      }
      if (command.defer) await interaction.deferReply(command.defer === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
      await command.execute(interaction, services);
    } catch (error) {
      await reportInteractionFailure(interaction, error, logger);
    }
  };
}

function refuse(interaction: ChatInputCommandInteraction | ButtonInteraction, message: string): Promise<unknown> {
  return interaction.reply({ ...replyPayload(message), flags: MessageFlags.Ephemeral });
}

function notModerator(command: string, inGuild: boolean): string {
  return inGuild ? `Only moderators can use /${command}: you need the Manage Server permission or a moderator role.` : `/${command} can only be used in a server.`;
}
