// The load run shared by `npm run load` (scripts/load.ts) and its short version in the test suite:
// many /ask interactions at once through the fake gateway, then many in a row with the heap
// measured around them. Every question comes from a different user, as in a busy server, so the
// per-user rate limit refuses none of them and every per-user cache is exercised.
import { heapUsedMb, percentile } from '../stats.js';
import { quotedPassages } from './articles.js';
import { newUser, type Harness } from './bot-harness.js';
import type { RecordedRequest } from './fake-discord.js';
import { askOptions } from './payloads.js';

/** Questions the articles answer, so every reply can be checked for quoted passages. */
const QUESTIONS = [
  'How many people died in the crash?',
  'Where did the plane crash?',
  'Who did Putin apologize to?',
  'Where was the flight going?',
  'What did the White House say about the crash?',
];

/** An answer with at least one quoted passage: not a refusal, an apology or "the articles don't say". */
const isAnswer = (reply: RecordedRequest) => quotedPassages(reply.message ?? {}).length > 0;

export interface BurstFigures {
  asked: number;
  answered: number;
  /** From the fake gateway sending INTERACTION_CREATE to the fake REST API receiving the callback. */
  p50Ms: number;
  p99Ms: number;
}

export interface SequenceFigures {
  asked: number;
  answered: number;
  durationMs: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  heapGrowthMb: number;
}

function askOnce(h: Harness, index: number): { dispatchedAt: number; reply: Promise<RecordedRequest> } {
  const dispatchedAt = performance.now();
  const id = h.command(newUser(`load-${index}`), h.inGuild(), 'ask', askOptions(QUESTIONS[index % QUESTIONS.length]!));
  return { dispatchedAt, reply: h.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === id, 30_000) };
}

/** Sends `count` /ask interactions at once and waits for every callback. */
export async function askAtOnce(h: Harness, count: number): Promise<BurstFigures> {
  const asks = Array.from({ length: count }, (_, i) => askOnce(h, i));
  const replies = await Promise.all(asks.map((ask) => ask.reply));
  const latencies = replies.map((reply, i) => reply.receivedAt - asks[i]!.dispatchedAt);
  h.fake.forgetRequests();
  return { asked: count, answered: replies.filter(isAnswer).length, p50Ms: round(percentile(latencies, 50), 1), p99Ms: round(percentile(latencies, 99), 1) };
}

/** Asks `count` questions one after another, with the heap measured after a forced GC before and after. */
export async function askInARow(h: Harness, count: number): Promise<SequenceFigures> {
  const heapBefore = heapUsedMb();
  const started = performance.now();
  let answered = 0;
  for (let i = 0; i < count; i++) {
    if (isAnswer(await askOnce(h, i).reply)) answered++;
    // The fake records every request; dropping them keeps the measurement about the bot.
    if (i % 500 === 499) h.fake.forgetRequests();
  }
  const durationMs = performance.now() - started;
  h.fake.forgetRequests();
  const heapAfter = heapUsedMb();
  return {
    asked: count,
    answered,
    durationMs: Math.round(durationMs),
    heapBeforeMb: round(heapBefore, 2),
    heapAfterMb: round(heapAfter, 2),
    heapGrowthMb: round(heapAfter - heapBefore, 2),
  };
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
