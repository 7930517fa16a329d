// What happens to a question, whichever way it arrives (/ask or a direct message): a length check,
// the per-user rate limit, the engine, the Discord rendering, and one log line.
import { isTooLong, TOO_LONG_NOTICE } from '../question-length.js';
import type { FrontEnd, QuestionOutcome } from '../metrics/bot-metrics.js';
import type { BotServices } from './command.js';
import { renderAnswer } from './render-answer.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

export interface Asker {
  userId: string;
  /** null in direct messages. */
  guildId: string | null;
  frontEnd: FrontEnd;
}

/** Sends one reply. `notice` marks a refusal (rate limit, too long), which only the asker should see. */
export type SendReply = (payload: ReplyPayload, kind: 'answer' | 'notice') => Promise<unknown>;

export async function respondToQuestion(question: string, asker: Asker, services: BotServices, send: SendReply): Promise<void> {
  const started = performance.now();
  const { engine, logger, questionLimiter, config, metrics } = services;
  const elapsedSeconds = () => (performance.now() - started) / 1000;
  /** The one log line per question. The text itself only with LOG_QUESTIONS=true: questions can be personal. */
  const logOutcome = (outcome: Exclude<QuestionOutcome, 'failed'>, details: Record<string, unknown> = {}) => {
    metrics.question(asker.frontEnd, outcome, elapsedSeconds());
    logger.info(
      {
        event: 'question',
        userId: asker.userId,
        ...(asker.guildId ? { context: 'guild', guildId: asker.guildId } : { context: 'dm' }),
        latencyMs: Math.round(elapsedSeconds() * 1000),
        outcome,
        ...details,
        ...(config.logQuestions ? { question } : {}),
      },
      `question ${outcome}`,
    );
  };

  // Length first: a question refused as too long must not use up the asker's quota.
  if (isTooLong(question)) {
    await send(replyPayload(TOO_LONG_NOTICE), 'notice');
    logOutcome('too-long', { length: question.length });
    return;
  }
  const limit = questionLimiter.take(asker.userId);
  if (!limit.allowed) {
    const seconds = Math.ceil(limit.retryAfterMs / 1000);
    await send(replyPayload(`You're asking quickly! Please wait ${seconds} second${seconds === 1 ? '' : 's'} before your next question.`), 'notice');
    logOutcome('rate-limited');
    return;
  }

  let answer;
  try {
    answer = engine.ask(question);
    await send(renderAnswer(answer), 'answer');
  } catch (error) {
    // The caller reports the failure to the user and the log; the metric is counted here, with the others.
    metrics.question(asker.frontEnd, 'failed', elapsedSeconds());
    throw error;
  }
  logOutcome(answer.answered ? 'answered' : 'abstained', answer.answered ? { passages: answer.passages.length } : { reason: answer.reason });
}
