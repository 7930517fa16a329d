// The shape of everything the bot posts. Building replies only through `replyPayload` is what
// guarantees `allowedMentions: { parse: [] }` on every message, on top of the client default.
import type { APIEmbed } from 'discord.js';
import { NO_MENTIONS } from './discord-limits.js';

export interface ReplyPayload {
  content: string;
  embeds: APIEmbed[];
  allowedMentions: typeof NO_MENTIONS;
}

export function replyPayload(content: string, embeds: APIEmbed[] = []): ReplyPayload {
  return { content, embeds, allowedMentions: NO_MENTIONS };
}

/** Colours, so answers, notices and problems are told apart at a glance. */
export const COLOURS = { answer: 0x2b6cb0, info: 0x718096, problem: 0xc53030, success: 0x2f855a } as const;
