// Lines that sit inside an article's text on news pages but are not the article: the kinds the
// seed copies show ("2 days ago", "Reading time: 2 minutes", "Read Entire Article", captions,
// author bios) and the usual prompts. They are left out of the body and listed in the preview.
const NOT_ARTICLE_PROSE: readonly RegExp[] = [
  /^(?:\d+|an?|a few) (?:seconds?|minutes?|hours?|days?|weeks?) ago\b/i,
  /^(?:update[ds]?|published|posted|last modified)\b.{0,40}\d/i,
  /\breading time\b|^\d+ min(?:ute)?s? read$/i,
  /^read (?:more|next|also|entire article|the full (?:article|story))\b/i,
  /^(?:related|recommended|more) (?:posts?|articles?|stories|coverage|from)\b/i,
  /^(?:also read|see also|watch|listen)\s*:/i,
  /\b(?:sign up|subscribe)\b.{0,60}\bnewsletter\b|\bnewsletter\b.{0,60}\b(?:sign up|subscribe)\b/i,
  /^(?:share|share this|share on|follow us)\b/i,
  /\bcookies?\b.{0,80}\b(?:accept|consent|policy|settings)\b/i,
  /^advertisement$/i,
  /^(?:\d+ )?comments?\b/i,
  /^(?:photo|image|picture|video)\s*(?:credit)?\s*:/i,
  /\bvia (?:AP|Reuters|AFP|Getty Images)$/,
  /^by [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}$/u,
];

/** "Brendan Cole is a Newsweek Senior News Reporter based in London, UK." */
const AUTHOR_BIO =
  /^[\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){1,3} (?:is|was) an? [^.]{0,80}\b(?:[Rr]eporter|[Cc]orrespondent|[Jj]ournalist|[Ww]riter|[Ee]ditor|[Cc]olumnist)\b/u;
/** A bio this close to the end is the article's last word: what follows it is more of the bio. */
const BIO_TAIL = 8;

/** Sentence-ending punctuation, possibly inside closing quotes: what prose paragraphs end with. */
const ENDS_LIKE_PROSE = /[.!?…:]["'”’»)\]]*$/;

/**
 * Splits an input's blocks (paragraphs, and headings as `## …`) into the article's and the rest.
 * A short line that does not end like a sentence (a caption, a kicker, a lone link) is left out too.
 */
export function separateProse(blocks: readonly string[]): { paragraphs: string[]; stripped: string[] } {
  const bio = blocks.findIndex((block, i) => i >= blocks.length - BIO_TAIL && AUTHOR_BIO.test(block));
  const article = bio < 0 ? blocks : blocks.slice(0, bio);
  const paragraphs: string[] = [];
  const stripped: string[] = [];
  for (const block of article) (isArticleText(block) ? paragraphs : stripped).push(block);
  return { paragraphs, stripped: [...stripped, ...(bio < 0 ? [] : blocks.slice(bio))] };
}

function isArticleText(block: string): boolean {
  const text = block.replace(/^## /, '');
  if (NOT_ARTICLE_PROSE.some((pattern) => pattern.test(text))) return false;
  return block.startsWith('## ') || ENDS_LIKE_PROSE.test(text) || text.split(/\s+/).length >= 12;
}

/** Whether a lone line reads like a headline rather than prose (for an input's first line). */
export function isHeadline(line: string): boolean {
  return !ENDS_LIKE_PROSE.test(line) && line.split(/\s+/).length < 20 && !NOT_ARTICLE_PROSE.some((pattern) => pattern.test(line));
}
