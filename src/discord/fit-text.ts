// Making text fit a Discord limit without changing what it says: long text is cut at a word
// boundary with an ellipsis (in the display only), and markdown is escaped so quotes render as written.
import { escapeMarkdown, hideLinkEmbed } from 'discord.js';

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

/**
 * Text a user typed, shown back on one line: cut, escaped, with mentions broken so they cannot
 * ping, and links that can neither hide where they go nor unfurl into a preview.
 */
export function displayUserText(text: string, max: number): string {
  return fitFormatted(text.replace(/\s+/g, ' ').trim(), max, inertUserText);
}

/**
 * A web address as Discord's own pattern links it (trailing punctuation is not part of it), with
 * the <…> the user may have put around it already.
 */
const WEB_ADDRESS = /<?(https?:\/\/[^\s<>]+[^\s<>.,:;"')\]])>?/g;

function inertUserText(text: string): string {
  let shown = '';
  let from = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    // An address stays as typed, in <…> (discord.js's hideLinkEmbed): still visible, never unfurled.
    shown += inertProse(text.slice(from, match.index)) + hideLinkEmbed(match[1]!);
    from = match.index + match[0].length;
  }
  return (shown + inertProse(text.slice(from))).replaceAll('@', '@\u200b');
}

function inertProse(text: string): string {
  // Every "[" escaped, so no "[text](address)" is a masked link. escapeMarkdown's maskedLink
  // option escapes only the first of several on a line.
  return escapeMarkdown(text).replaceAll('[', '\\[');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
