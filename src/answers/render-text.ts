// Plain-text rendering of an answer, for the terminal (CLI and the bot's local console mode).
import type { Answer, Passage, SourceRef } from './answer.js';

/**
 * Answers quote each passage with its outlet and article title. An abstention says so plainly and
 * quotes nothing: the nearest sentences do not answer the question, and quoting them would read as
 * if they did.
 */
export function renderAnswerText(answer: Answer): string {
  if (!answer.answered) return answer.message;
  return [QUOTED_INTRO, ...answer.passages.map((p, i) => renderPassage(p, `${i + 1}.`))].join('\n\n');
}

/** Passages are shown as the articles print them, without quotation marks of our own: many open with the outlet's. */
const QUOTED_INTRO = 'Quoted word for word from the news articles:';

function renderPassage(passage: Passage, bullet: string): string {
  const indent = ' '.repeat(bullet.length + 1);
  // Titles, not just outlets: two articles may share an outlet ("Unknown outlet", "Newsweek").
  const also = passage.alsoReportedBy.length > 0 ? `\n${indent}Also reported by: ${passage.alsoReportedBy.map(source).join('; ')}` : '';
  return `${bullet} ${passage.text}\n${indent}— ${source(passage)}${also}`;
}

function source(ref: SourceRef): string {
  return `${ref.outlet}, “${ref.title}”`;
}
