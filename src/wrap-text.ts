// Text for a terminal: wrapped at word boundaries to its width, each wrapped line indented under
// the text it continues ("1. ", "• ", "   — "), so a quote never breaks mid-word. Piped output is
// left alone: a program or a transcript reads it, and a line there is a line of the answer.
import type { WriteStream } from 'node:tty';

/** Leading space and a list marker: continuation lines start below the text after them. */
const HANGING = /^\s*(?:(?:\d+\.|•|—)\s+)?/;
const MIN_ROOM = 20;

export function fitToOutput(text: string, output: NodeJS.WritableStream): string {
  const terminal = output as Partial<WriteStream>;
  return terminal.isTTY && terminal.columns ? wrapText(text, terminal.columns) : text;
}

export function wrapText(text: string, columns: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, columns))
    .join('\n');
}

function wrapLine(line: string, columns: number): string {
  if (line.length <= columns) return line;
  const lead = HANGING.exec(line)![0];
  // On a very narrow terminal an indent would leave no room for the words.
  const indent = columns - lead.length >= MIN_ROOM ? ' '.repeat(lead.length) : '';
  const lines: string[] = [];
  let current = lead;
  let hasWord = false;
  for (const word of line.slice(lead.length).split(/\s+/).filter(Boolean)) {
    if (hasWord && current.length + 1 + word.length > columns) {
      lines.push(current);
      current = indent + word;
    } else {
      current = hasWord ? `${current} ${word}` : current + word;
    }
    hasWord = true;
  }
  lines.push(current);
  return lines.join('\n');
}
