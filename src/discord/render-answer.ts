// An engine Answer as a Discord message: one embed per quoted passage (the quote, its outlet, the
// article's title, and other outlets that report it), always within Discord's limits.
import { escapeMarkdown, type APIEmbed } from 'discord.js';
import type { Answer, Passage, SourceRef } from '../answers/answer.js';
import { UNKNOWN_OUTLET } from '../knowledge/article-schema.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { cutAtWord, displayUserText, escapedWithin, fitFormatted } from './fit-text.js';
import { COLOURS, replyPayload, type ReplyPayload } from './reply-payload.js';

/** How much of the question is echoed above the answer, so channel readers see what was asked. */
const QUESTION_ECHO = 200;
/** Caps on the parts around a quote, so the quotes keep most of the 6,000-character budget. */
const OUTLET_MAX = 100;
const ARTICLE_TITLE_MAX = 200;
const ALSO_REPORTED_MAX = 300;
/** The engine may return up to 10 passages; more than this would leave each quote too little room. */
const MAX_PASSAGES_SHOWN = 5;

export function renderAnswer(answer: Answer): ReplyPayload {
  const asked = answer.question.trim() ? `**Q:** ${displayUserText(answer.question, QUESTION_ECHO)}\n` : '';
  // An abstention is the engine's plain words, with nothing quoted.
  if (!answer.answered) return replyPayload(`${asked}${answer.message}`);
  const shown = answer.passages.slice(0, MAX_PASSAGES_SHOWN);
  const intro = `${asked}Quoted word for word from the news articles (${shown.length} passage${shown.length === 1 ? '' : 's'}):`;
  return replyPayload(intro, passageEmbeds(shown));
}

function passageEmbeds(passages: readonly Passage[]): APIEmbed[] {
  const frames = passages.map(passageFrame);
  // Whatever the frames leave of the message-wide budget is shared equally by the quotes.
  const frameSize = frames.reduce((sum, frame) => sum + embedLength(frame), 0);
  const quoteBudget = Math.min(DISCORD_LIMITS.embedDescription, Math.floor((DISCORD_LIMITS.embedsTotal - frameSize) / Math.max(1, passages.length)));
  return frames.map((frame, i) => ({ ...frame, description: fitFormatted(passages[i]!.text, quoteBudget, blockquote) }));
}

/** Everything of a passage's embed except the quote. */
function passageFrame(passage: Passage): APIEmbed {
  const also = passage.alsoReportedBy.map(sourceLine).join('\n');
  return {
    color: COLOURS.answer,
    // Discord refuses an empty title; the engine always names an outlet, but the renderer must not depend on it.
    title: escapedWithin(passage.outlet.trim() || UNKNOWN_OUTLET, OUTLET_MAX),
    footer: { text: `“${cutAtWord(passage.title, ARTICLE_TITLE_MAX)}”` },
    ...(also ? { fields: [{ name: 'Also reported by', value: cutAtWord(also, ALSO_REPORTED_MAX) }] } : {}),
  };
}

function sourceLine(ref: SourceRef): string {
  return `${escapeMarkdown(ref.outlet)}, “${escapedWithin(ref.title, ARTICLE_TITLE_MAX)}”`;
}

/** The quote as a Markdown block quote, escaped so the article's own characters render as written. */
function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Characters Discord counts towards the 6,000 limit of one message's embeds. */
function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}
