// The contract every file in commands/ fulfils, following the discord.js guide: a `data` builder
// and an `execute` handler, plus metadata the interaction handler enforces for every command alike.
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.js';
import type { AnswerEngine } from '../engine/answer-engine.js';
import type { Logger } from '../logger.js';
import type { KnowledgeMaintenance } from '../maintenance/knowledge-maintenance.js';
import type { BotMetrics } from '../metrics/bot-metrics.js';
import type { ShardReload } from '../sharding/shard-endpoints.js';
import type { ArticleConfirmation, PendingConfirmations } from './confirmations.js';
import type { RateLimiter } from './rate-limiter.js';

/** What handlers need from the running bot. */
export interface BotServices {
  engine: AnswerEngine;
  config: Config;
  logger: Logger;
  /** Per-user limit shared by /ask and direct-message questions. */
  questionLimiter: RateLimiter;
  /** Adds, removes and restores articles, reloading the engine after each change. */
  maintenance: KnowledgeMaintenance;
  /** /article actions waiting for their moderator's button click. */
  articleConfirmations: PendingConfirmations<ArticleConfirmation>;
  metrics: BotMetrics;
  /** This process's shard (0 when not sharded). */
  shardId: number;
  /**
   * Reloads the knowledge folder on every shard (or in this process when not sharded) and returns
   * each shard's result. Every path that changes the folder ends here: /reindex, and /article
   * through `maintenance`.
   */
  reloadKnowledge(): Promise<ShardReload[]>;
}

export interface Command {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Checked at run time too: server admins can grant a command to anyone in Discord's settings. */
  moderatorOnly?: boolean;
  /** Per-user pause between uses. */
  cooldownSeconds?: number;
  /** Defer before `execute`, for work that may outlast Discord's 3-second window; `execute` then edits the reply. */
  defer?: 'ephemeral' | 'public';
  execute(interaction: ChatInputCommandInteraction, services: BotServices): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, services: BotServices): Promise<void>;
  /** Clicks on the command's buttons, whose custom ids start with `<command name>:`. */
  button?(interaction: ButtonInteraction, services: BotServices): Promise<void>;
}

/** Buttons' custom ids start with the name of the command that made them: `<command>:<more>`. */
export function commandOfButton(customId: string): string {
  return customId.split(':', 1)[0]!;
}
