// A direct message to the bot is a question (or "help"), answered like /ask. Messages in servers
// are ignored: the bot does not read them (and has no MessageContent intent to do so).
import type { Message } from 'discord.js';
import type { BotServices } from './command.js';
import { respondToQuestion } from './question-flow.js';
import { isHelpRequest } from '../help-text.js';
import { helpPayload } from './render-info.js';
import { reportMessageFailure } from './report-failure.js';
import type { ReplyPayload } from './reply-payload.js';


export function createDirectMessageHandler(services: BotServices) {
  return async function handleDirectMessage(message: Message): Promise<void> {
    if (message.inGuild()) return;
    try {
      // Bots (including this one, whose own replies come back as MESSAGE_CREATE) are never answered.
      if (!message.author.bot) await answer(message, services);
    } finally {
      // discord.js caches a channel per person who ever wrote, and has no sweeper for DM channels.
      // Dropping it is safe: with the Channel partial, the next DM brings a fresh one.
      message.client.channels.cache.delete(message.channelId);
    }
  };
}

async function answer(message: Message, services: BotServices): Promise<void> {
  // If the question was deleted meanwhile, the answer is still sent, just without the reference.
  const reply = (payload: ReplyPayload) => message.reply({ ...payload, failIfNotExists: false });
  try {
    if (isHelpRequest(message.content)) {
      await reply(helpPayload(services.engine.articles()));
      return;
    }
    await respondToQuestion(message.content, { userId: message.author.id, guildId: null, frontEnd: 'dm' }, services, reply);
  } catch (error) {
    await reportMessageFailure(message, error, services.logger);
  }
}
