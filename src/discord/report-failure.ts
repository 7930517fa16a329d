// When a handler fails: the user gets a short apology (never a stack trace, path or internal
// message) and the log gets the error. An interaction Discord has already expired is only logged.
import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes, type Message, type RepliableInteraction } from 'discord.js';
import { errorSummary } from '../error-summary.js';
import type { Logger } from '../logger.js';
import { replyPayload } from './reply-payload.js';

const SOMETHING_WENT_WRONG = 'Sorry, something went wrong while handling that. Please try again in a moment.';

export async function reportInteractionFailure(interaction: RepliableInteraction, error: unknown, logger: Logger): Promise<void> {
  if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction) {
    logger.warn({ error: errorSummary(error), interactionId: interaction.id }, 'interaction expired before the reply (10062); nothing sent');
    return;
  }
  logger.error({ error: errorSummary(error), interactionId: interaction.id, userId: interaction.user.id }, 'interaction handler failed');
  const apology = replyPayload(SOMETHING_WENT_WRONG);
  await sendSafely(logger, () => {
    // A deferred reply already chose its visibility; editing it is the only way to answer it.
    if (interaction.deferred && !interaction.replied) return interaction.editReply(apology);
    const ephemeral = { ...apology, flags: MessageFlags.Ephemeral } as const;
    return interaction.replied ? interaction.followUp(ephemeral) : interaction.reply(ephemeral);
  });
}

export async function reportMessageFailure(message: Message, error: unknown, logger: Logger): Promise<void> {
  logger.error({ error: errorSummary(error), messageId: message.id, userId: message.author.id }, 'direct message handler failed');
  await sendSafely(logger, () => message.reply(replyPayload(SOMETHING_WENT_WRONG)));
}

/** The apology itself can fail (Discord down, message gone); that is logged and goes no further. */
async function sendSafely(logger: Logger, send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    logger.warn({ error: errorSummary(error) }, 'could not tell the user about the failure');
  }
}
