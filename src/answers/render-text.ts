// Plain-text rendering of an answer, for the terminal (CLI and the bot's local console mode).
import type { Answer, Passage, SourceRef } from './answer.js';

/**
 * Answers quote each passage with its outlet and article title. An abstention says so plainly and
 * quotes nothing: the nearest sentences do not answer the question, and quoting them would read as
 * if they did.
 */
export function renderAnswerText(answer: Answer): string {
  if (answer.answered) return answer.passages.map((p, i) => renderPassage(p, `${i + 1}.`)).join('\n\n');
  return answer.message;
}

function renderPassage(passage: Passage, bullet: string): string {
  const indent = ' '.repeat(bullet.length + 1);
  // Titles, not just outlets: two articles may share an outlet ("Unknown outlet", "Newsweek").
  const also = passage.alsoReportedBy.length > 0 ? `\n${indent}Also reported by: ${passage.alsoReportedBy.map(source).join('; ')}` : '';
  return `${bullet} “${passage.text}”\n${indent}— ${source(passage)}${also}`;
}

function source(ref: SourceRef): string {
  return `${ref.outlet}, “${ref.title}”`;
}
