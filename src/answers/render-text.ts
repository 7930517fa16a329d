// Plain-text rendering of an answer, for the terminal (CLI and the bot's local console mode).
import type { Answer, Passage } from './answer.js';

export function renderAnswerText(answer: Answer): string {
  if (answer.answered) return answer.passages.map((p, i) => renderPassage(p, `${i + 1}.`)).join('\n\n');
  const lines = [answer.message];
  if (answer.closest.length > 0) {
    lines.push('', 'Closest passages (they do not answer the question):', '');
    lines.push(answer.closest.map((p) => renderPassage(p, '-')).join('\n\n'));
  }
  return lines.join('\n');
}

function renderPassage(passage: Passage, bullet: string): string {
  const indent = ' '.repeat(bullet.length + 1);
  const also = passage.alsoReportedBy.length > 0 ? `\n${indent}Also reported by: ${passage.alsoReportedBy.map((r) => r.outlet).join(', ')}` : '';
  return `${bullet} “${passage.text}”\n${indent}— ${passage.outlet}, “${passage.title}”${also}`;
}
