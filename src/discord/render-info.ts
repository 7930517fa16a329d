// Discord messages for /help, /sources and /reindex results. Article metadata and file problems
// are escaped and cut like quotes, since they come from editable files.
import { escapeMarkdown, type APIEmbed } from 'discord.js';
import type { ArticleSummary, ReloadReport, ReloadResult } from '../engine/answer-engine.js';
import { helpText } from '../help-text.js';
import { describeProblem, type KnowledgeProblem } from '../knowledge/knowledge-error.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { cutAtWord, escapedWithin } from './fit-text.js';
import { COLOURS, replyPayload, type ReplyPayload } from './reply-payload.js';

export function helpPayload(articles: readonly ArticleSummary[]): ReplyPayload {
  return replyPayload('', [{ color: COLOURS.info, title: 'J2-8243 news bot', description: helpText(articles, 'discord') }]);
}

export function sourcesPayload(articles: readonly ArticleSummary[]): ReplyPayload {
  const lines = articles.map((a) => {
    const date = a.published ?? a.updated;
    const details = [date ? escapeMarkdown(date) : 'undated', `${a.sentences} sentence${a.sentences === 1 ? '' : 's'}`].join(' · ');
    return `**${escapedWithin(a.outlet, 100)}**: ${escapedWithin(a.title, 200)}\n${details}`;
  });
  return replyPayload('', [
    { color: COLOURS.info, title: `The ${articles.length} articles I quote`, description: listWithin(lines, DISCORD_LIMITS.embedDescription, 'articles') },
  ]);
}

export function reloadPayload(result: ReloadResult): ReplyPayload {
  if (!result.ok) {
    return replyPayload('', [
      problemsEmbed('Not reloaded: the knowledge folder has problems', 'The previous articles are still being served. Fix these and run /reindex again:', result.problems),
    ]);
  }
  return replyPayload('', [reloadReportEmbed('Reloaded the knowledge folder', result.report)]);
}

/** Problems with knowledge files, each named by its file inside the folder. */
export function problemsEmbed(title: string, intro: string, problems: readonly KnowledgeProblem[]): APIEmbed {
  const lines = problems.map((p) => `• ${escapedWithin(describeProblem(p), 500)}`);
  return { color: COLOURS.problem, title, description: listWithin([intro, ...lines], DISCORD_LIMITS.embedDescription, 'problems') };
}

/** What a successful reload changed. */
export function reloadReportEmbed(title: string, report: ReloadReport): APIEmbed {
  const ids = (list: string[]) => (list.length > 0 ? cutAtWord(list.map((id) => `\`${id}\``).join(', '), 900) : 'none');
  return {
    color: COLOURS.success,
    title,
    description: `Done in ${report.milliseconds} ms. Sentences: ${report.sentencesBefore} → ${report.sentencesAfter}.`,
    fields: [
      { name: 'Added', value: ids(report.added) },
      { name: 'Changed', value: ids(report.changed) },
      { name: 'Removed', value: ids(report.removed) },
      { name: 'Unchanged', value: String(report.unchanged) },
    ],
  };
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
