// What a person typed, as words: Discord decorations are markup around a question, never part of
// it, so the same question gets the same answer however it is decorated. Words inside formatting
// are kept ("who shot down the _plane_?" asks about the plane).

/** Discord markup that stands for no words at all: user/role/channel mentions, custom emoji, timestamps. */
const DISCORD_TOKENS = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?)>/g;
const EVERYONE = /@(?:everyone|here)\b/g;
/** Links say where something is, not what is asked: <https://…> and bare URLs alike. */
const LINKS = /<?\b(?:https?:\/\/|www\.)\S+>?/gi;
/** Markdown emphasis, strike-through, spoilers, code fences and backticks: markers only, the words stay. */
const MARKERS = /\*+|~~|\|\||`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
/** Block quotes ("> "), headings ("# ") and list bullets ("- ") at the start of a line. */
const LINE_MARKERS = /^[ \t]*(?:>{1,3}|#{1,3}|[-*])[ \t]+/gm;

/** The bot addressed as "bot", as a mention would address it: "bot, what happened", "what happened bot?". */
const ADDRESS = /^bot\b[,:!]?\s*|[\s,]+bot(?=[?!.\s]*$)/gi;

export function questionText(typed: string): string {
  return typed
    .replace(DISCORD_TOKENS, ' ')
    .replace(EVERYONE, ' ')
    .replace(LINKS, ' ')
    .replace(LINE_MARKERS, '')
    .replace(MARKERS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ADDRESS, '')
    .trim();
}
