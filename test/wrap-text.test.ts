// Wrapping for the terminal: at word boundaries, each continuation under the text it continues.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fitToOutput, wrapText } from '../src/wrap-text.js';

describe('wrapText', () => {
  it('breaks between words and indents under a list marker or a source line', () => {
    const text = '1. Putin apologized to Aliyev for the tragic incident.\n   — Newsweek, “Putin apologizes to Aliyev”\n• Type a question and press Enter.';
    expect(wrapText(text, 30)).toBe(
      [
        '1. Putin apologized to Aliyev',
        '   for the tragic incident.',
        '   — Newsweek, “Putin',
        '     apologizes to Aliyev”',
        '• Type a question and press',
        '  Enter.',
      ].join('\n'),
    );
  });

  it('never breaks a word longer than the line, and drops the indent when it leaves too little room', () => {
    expect(wrapText('1. Donaudampfschifffahrtsgesellschaft sank', 12)).toBe('1. Donaudampfschifffahrtsgesellschaft\nsank');
  });

  it('leaves short lines exactly as they are', () => {
    expect(wrapText('  two  spaces  \n', 80)).toBe('  two  spaces  \n');
  });
});

describe('fitToOutput', () => {
  it('wraps only for a terminal that reports its width', () => {
    const line = 'word '.repeat(30).trim();
    expect(fitToOutput(line, new PassThrough())).toBe(line);
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 40 });
    expect(fitToOutput(line, terminal).split('\n').every((wrapped) => wrapped.length <= 40)).toBe(true);
  });
});
