// The load run shared by `npm run load` (scripts/load.ts) and its short version in the test suite:
// many /ask interactions at once through the fake gateway, then many in a row, against one bot
// or a sharded one (questions then go round a guild on each shard in turn). Every question comes
// from a different user, as in a busy server, so the per-user rate limit refuses none of them and
// every per-user cache is exercised.
import { heapUsedMb, percentile } from '../stats.js';
import { quotedPassages } from './articles.js';
import { newUser, type Harness } from './bot-harness.js';
import type { FakeDiscord, RecordedRequest } from './fake-discord.js';
import { askOptions, type CommandOption, type FakeUser, type Place } from './payloads.js';
import type { ShardedBot } from './sharded-bot.js';

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

/** What the load is sent to: the fake Discord, and a place in a guild on each shard. */
export interface LoadTarget {
  fake: FakeDiscord;
  command(user: FakeUser, place: Place, name: string, options?: CommandOption[]): string;
  /** places[i] is routed to shard i. */
  places: Place[];
}

export const singleBot = (h: Harness): LoadTarget => ({ fake: h.fake, command: h.command, places: [h.inGuild()] });
export const shardedBot = (bot: ShardedBot): LoadTarget => ({ fake: bot.fake, command: bot.command, places: bot.guilds.map((_, shard) => bot.inGuild(shard)) });

/** Reply latency (dispatch to callback) of the questions one shard answered. */
export interface ShardLatency {
  shard: number;
  answered: number;
  p50Ms: number;
  p99Ms: number;
}

export interface RunFigures {
  asked: number;
  answered: number;
  durationMs: number;
  perSecond: number;
  shards: ShardLatency[];
}

export interface HeapFigures {
  heapBeforeMb: number;
  heapAfterMb: number;
  heapGrowthMb: number;
}

/** One question's fate: which shard had it, how long its reply took, and whether it quoted passages. */
interface Outcome {
  shard: number;
  latencyMs: number;
  answered: boolean;
}

async function askOnce(target: LoadTarget, index: number): Promise<Outcome> {
  const shard = index % target.places.length;
  const dispatchedAt = performance.now();
  const id = target.command(newUser(`load-${index}`), target.places[shard]!, 'ask', askOptions(QUESTIONS[index % QUESTIONS.length]!));
  const reply = await target.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === id, 30_000);
  return { shard, latencyMs: reply.receivedAt - dispatchedAt, answered: isAnswer(reply) };
}

/** Sends `count` /ask interactions at once and waits for every callback. */
export async function askAtOnce(target: LoadTarget, count: number): Promise<RunFigures> {
  const started = performance.now();
  const outcomes = await Promise.all(Array.from({ length: count }, (_, i) => askOnce(target, i)));
  target.fake.forgetRequests();
  return figures(target, outcomes, performance.now() - started);
}

/** Asks `count` questions one after another. */
export async function askInARow(target: LoadTarget, count: number): Promise<RunFigures> {
  const started = performance.now();
  const outcomes: Outcome[] = [];
  for (let i = 0; i < count; i++) {
    outcomes.push(await askOnce(target, i));
    // The fake records every request; dropping them keeps the measurement about the bot.
    if (i % 500 === 499) target.fake.forgetRequests();
  }
  target.fake.forgetRequests();
  return figures(target, outcomes, performance.now() - started);
}

/** This process's heap after a forced GC, before and after `run`: meaningful when the bot runs in this process. */
export async function withHeapGrowth<T>(run: () => Promise<T>): Promise<T & HeapFigures> {
  const before = heapUsedMb();
  const result = await run();
  const after = heapUsedMb();
  return { ...result, heapBeforeMb: round(before, 2), heapAfterMb: round(after, 2), heapGrowthMb: round(after - before, 2) };
}

function figures(target: LoadTarget, outcomes: Outcome[], durationMs: number): RunFigures {
  const shards = target.places.map((_, shard): ShardLatency => {
    const own = outcomes.filter((outcome) => outcome.shard === shard);
    const latencies = own.map((outcome) => outcome.latencyMs);
    return { shard, answered: own.filter((o) => o.answered).length, p50Ms: round(percentile(latencies, 50), 1), p99Ms: round(percentile(latencies, 99), 1) };
  });
  return {
    asked: outcomes.length,
    answered: outcomes.filter((outcome) => outcome.answered).length,
    durationMs: Math.round(durationMs),
    perSecond: Math.round((outcomes.length / durationMs) * 1000),
    shards,
  };
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
