// Discord messages for /help, /sources and /reindex results. Article metadata and file problems
// are escaped and cut like quotes, since they come from editable files.
import { escapeMarkdown, type APIEmbed } from 'discord.js';
import type { ArticleSummary } from '../engine/answer-engine.js';
import { helpText } from '../help-text.js';
import { describeProblem, type KnowledgeProblem } from '../knowledge/knowledge-error.js';
import type { ShardReload } from '../sharding/shard-endpoints.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { cutAtWord, escapedWithin } from './fit-text.js';
import { COLOURS, replyPayload, type ReplyPayload } from './reply-payload.js';

export function helpPayload(articles: readonly ArticleSummary[]): ReplyPayload {
  return replyPayload('', [{ color: COLOURS.info, title: 'J2-8243 news bot', description: helpText(articles, 'discord') }]);
}

/** Where the list came from: shards that loaded the same folder show the same version. */
export interface KnowledgeOrigin {
  version: string;
  shardId: number;
}

export function sourcesPayload(articles: readonly ArticleSummary[], origin: KnowledgeOrigin): ReplyPayload {
  const lines = articles.map((a) => {
    const date = a.published ?? a.updated;
    const details = [date ? escapeMarkdown(date) : 'undated', `${a.sentences} sentence${a.sentences === 1 ? '' : 's'}`].join(' · ');
    return `**${escapedWithin(a.outlet, 100)}**: ${escapedWithin(a.title, 200)}\n${details}`;
  });
  return replyPayload('', [
    {
      color: COLOURS.info,
      title: `The ${articles.length} articles I quote`,
      description: listWithin(lines, DISCORD_LIMITS.embedDescription, 'articles'),
      footer: { text: `Knowledge version ${origin.version} · shard ${origin.shardId}` },
    },
  ]);
}

/** The result of a reload on every shard (one entry when not sharded). */
export function reloadPayload(shards: readonly ShardReload[]): ReplyPayload {
  const loaded = shards.filter((shard) => shard.ok).length;
  if (loaded === shards.length) return replyPayload('', [reloadReportEmbed('Reloaded the knowledge folder', shards)]);
  const problems = shards.flatMap((shard) => ('problems' in shard ? shard.problems : []));
  const advice = problems.length > 0 ? 'Fix these and run /reindex again:' : 'Run /reindex again once every shard is back.';
  const title = loaded === 0 ? 'Not reloaded: the knowledge folder has problems' : `Reloaded on ${loaded} of ${shards.length} shards only`;
  return replyPayload('', [problemsEmbed(title, `The previous articles are still being served where the reload failed. ${advice}`, problems, shards)]);
}

/**
 * Problems with knowledge files, each named by its file inside the folder, after a line per shard
 * when there are several. Shards read the same folder, so they usually refuse it for the same
 * reasons: each problem is listed once.
 */
export function problemsEmbed(title: string, intro: string, problems: readonly KnowledgeProblem[], shards: readonly ShardReload[] = []): APIEmbed {
  const lines = [...new Set(problems.map(describeProblem))].map((problem) => `• ${escapedWithin(problem, 500)}`);
  return { color: COLOURS.problem, title, description: listWithin([...shardLines(shards), intro, ...lines], DISCORD_LIMITS.embedDescription, 'problems') };
}

/** What a successful reload changed (as the first shard that loaded it reports), its version, and each shard's result. */
export function reloadReportEmbed(title: string, shards: readonly ShardReload[]): APIEmbed {
  const { report, version } = shards.find((shard) => 'report' in shard) as Extract<ShardReload, { ok: true }>;
  const ids = (list: string[]) => (list.length > 0 ? cutAtWord(list.map((id) => `\`${id}\``).join(', '), 900) : 'none');
  return {
    color: COLOURS.success,
    title,
    description: [`Done in ${report.milliseconds} ms. Sentences: ${report.sentencesBefore} → ${report.sentencesAfter}. Knowledge version \`${version}\`.`, ...shardLines(shards)].join('\n'),
    fields: [
      { name: 'Added', value: ids(report.added) },
      { name: 'Changed', value: ids(report.changed) },
      { name: 'Removed', value: ids(report.removed) },
      { name: 'Unchanged', value: String(report.unchanged) },
    ],
  };
}

/** One line per shard, saying what its reload did; none when the bot is not sharded. */
function shardLines(shards: readonly ShardReload[]): string[] {
  if (shards.length < 2) return [];
  return shards.map((shard) => {
    if ('unreachable' in shard) return `Shard ${shard.shardId}: did not answer (${escapedWithin(shard.unreachable, 200)}); it loads the folder when it next starts.`;
    return shard.ok
      ? `Shard ${shard.shardId}: reloaded, version \`${shard.version}\`.`
      : `Shard ${shard.shardId}: refused the folder, still serving version \`${shard.version}\`.`;
  });
}

/** Lines joined until `max` characters, then a note of how many were left out. */
function listWithin(lines: readonly string[], max: number, noun: string): string {
  const shown: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const note = `\n…and ${lines.length - i} more ${noun}`;
    const remainingNote = i === lines.length - 1 ? 0 : note.length;
    if (length + line.length + 1 + remainingNote > max) {
      shown.push(note.trimStart());
      break;
    }
    shown.push(line);
    length += line.length + 1;
  }
  return shown.join('\n');
}
