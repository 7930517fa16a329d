// Lines that sit inside an article's text on news pages but are not the article: the kinds the
// seed copies show ("2 days ago", "Reading time: 2 minutes", "Read Entire Article", captions,
// author bios) and the usual prompts. They are left out of the body and listed in the preview.
const NOT_ARTICLE_PROSE: readonly RegExp[] = [
  /^(?:\d+|an?|a few) (?:seconds?|minutes?|hours?|days?|weeks?) ago\b/i,
  /^(?:updated|published|posted|last modified)\b.{0,40}\d/i,
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
  // An author bio: "Brendan Cole is a senior news reporter …".
  /^[\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){1,3} (?:is|was) an? [^.]{0,80}\b(?:reporter|correspondent|journalist|writer|editor|columnist)\b/u,
];

/** Sentence-ending punctuation, possibly inside closing quotes: what prose paragraphs end with. */
const ENDS_LIKE_PROSE = /[.!?…:]["'”’»)\]]*$/;

export type ParagraphVerdict = 'prose' | 'boilerplate' | 'fragment';

/**
 * Whether a paragraph of a page is article prose. A short line that does not end like a sentence
 * (a caption, a kicker, a lone link) is a fragment: left out, but listed as borderline.
 */
export function judgeParagraph(text: string): ParagraphVerdict {
  if (NOT_ARTICLE_PROSE.some((pattern) => pattern.test(text))) return 'boilerplate';
  if (!ENDS_LIKE_PROSE.test(text) && text.split(/\s+/).length < 12) return 'fragment';
  return 'prose';
}
