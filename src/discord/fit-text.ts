// Making text fit a Discord limit without changing what it says: long text is cut at a word
// boundary with an ellipsis (in the display only), and markdown is escaped so quotes render as written.
import { escapeMarkdown } from 'discord.js';

const ELLIPSIS = '…';
/** A cut may back up this far to reach a space; past that, a long unbroken word is cut mid-word. */
const MAX_BACKTRACK = 40;

/** `text` if it fits in `max` characters, otherwise its longest word-boundary prefix that fits with "…". */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let end = max - ELLIPSIS.length;
  const space = text.lastIndexOf(' ', end);
  if (space > 0 && end - space <= MAX_BACKTRACK) end = space;
  // Never split a surrogate pair (an emoji, say) into a lone half.
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * `format(text)` cut short enough that the formatted result fits in `max`. Formatting (escapes,
 * quote markers) adds characters, so the raw text shrinks by the overflow until it fits.
 */
export function fitFormatted(text: string, max: number, format: (text: string) => string): string {
  for (let budget = max; budget > 0; ) {
    const formatted = format(cutAtWord(text, budget));
    if (formatted.length <= max) return formatted;
    budget -= formatted.length - max;
  }
  return '';
}

/** Markdown-escaped text, cut to fit. */
export function escapedWithin(text: string, max: number): string {
  return fitFormatted(text, max, escapeMarkdown);
}

/** Text a user typed, shown back on one line: cut, escaped, and with mentions broken so they cannot ping. */
export function displayUserText(text: string, max: number): string {
  return fitFormatted(text.replace(/\s+/g, ' ').trim(), max, (t) => escapeMarkdown(t).replaceAll('@', '@\u200b'));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
