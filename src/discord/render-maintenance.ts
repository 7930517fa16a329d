// Discord messages for /article: the preview of an article to add (outlet, title, date, address,
// sentence count, the first sentences as they will be quoted, and what was left out), the
// confirmation of a removal, and the outcome of a change with its reload report.
import { ButtonStyle, ComponentType, escapeMarkdown, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { ArticleSummary } from '../engine/answer-engine.js';
import { PREVIEW_SENTENCES, type ArticleDraft } from '../maintenance/article-draft.js';
import type { ChangeResult } from '../maintenance/knowledge-maintenance.js';
import { cutAtWord, escapedWithin, fitFormatted } from './fit-text.js';
import { problemsEmbed, reloadReportEmbed } from './render-info.js';
import { COLOURS, replyPayload, type ReplyPayload } from './reply-payload.js';

/** A reply that may carry buttons; an empty list removes those of the message it replaces. */
export type ComponentPayload = ReplyPayload & { components: Array<APIActionRowComponent<APIButtonComponent>> };

export interface ConfirmButtons {
  confirmId: string;
  confirmLabel: string;
  cancelId: string;
}

const SENTENCE_MAX = 300;

export function previewPayload(draft: ArticleDraft, buttons: ConfirmButtons, ttlMs: number): ComponentPayload {
  const { fields, sentences, stripped } = draft;
  const quoted = sentences
    .slice(0, PREVIEW_SENTENCES)
    .map((sentence, i) => `${i + 1}. ${fitFormatted(sentence, SENTENCE_MAX, (text) => `> ${escapeMarkdown(text)}`)}`);
  const embed: APIEmbed = {
    color: COLOURS.info,
    title: 'Add this article?',
    description: [`**${sentences.length} sentences.** The first ones, as I will quote them:`, ...quoted].join('\n'),
    fields: [
      { name: 'Outlet', value: escapedWithin(fields.outlet, 200), inline: true },
      { name: 'Published', value: fields.published ? escapeMarkdown(fields.published) : 'not stated', inline: true },
      { name: 'Id', value: `\`${fields.id}\``, inline: true },
      { name: 'Title', value: escapedWithin(fields.title, 500) },
      ...(fields.url ? [{ name: 'URL', value: cutAtWord(fields.url, 1000) }] : []),
      ...(fields.source ? [{ name: 'File', value: escapedWithin(fields.source, 200) }] : []),
      ...(stripped.length > 0
        ? [{ name: 'Left out as page furniture (check none of it is the article)', value: escapedWithin(stripped.map((line) => `• ${line}`).join('\n'), 1000) }]
        : []),
    ],
    footer: { text: `Only you can use these buttons, for ${Math.round(ttlMs / 60_000)} minutes.` },
  };
  return { ...replyPayload('', [embed]), components: [buttonRow(buttons, ButtonStyle.Success)] };
}

export function removalPayload(article: ArticleSummary, buttons: ConfirmButtons): ComponentPayload {
  const embed: APIEmbed = {
    color: COLOURS.problem,
    title: 'Remove this article?',
    description: `**${escapedWithin(article.outlet, 200)}**: ${escapedWithin(article.title, 500)}\n\`${article.id}\` · ${article.sentences} sentences\nIt moves to \`.removed/\`; \`/article restore\` brings it back.`,
  };
  return { ...replyPayload('', [embed]), components: [buttonRow(buttons, ButtonStyle.Danger)] };
}

export function changePayload(done: 'Added' | 'Removed' | 'Restored', result: ChangeResult): ComponentPayload {
  if (result.ok) return { ...replyPayload('', [reloadReportEmbed(`${done} \`${result.id}\``, result.shards)]), components: [] };
  const title = `Not ${done.toLowerCase()}`;
  const reason = result.reason.charAt(0).toUpperCase() + result.reason.slice(1);
  const embed = result.problems
    ? problemsEmbed(title, `${escapedWithin(reason, 500)}. Fix these, then try again:`, result.problems, result.shards)
    : { color: COLOURS.problem, title, description: `${escapedWithin(reason, 1000)}.` };
  return { ...replyPayload('', [embed]), components: [] };
}

/** A plain notice that replaces a message and its buttons. */
export function noticePayload(text: string): ComponentPayload {
  return { ...replyPayload(text), components: [] };
}

function buttonRow(buttons: ConfirmButtons, style: ButtonStyle.Success | ButtonStyle.Danger): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style, label: buttons.confirmLabel, custom_id: buttons.confirmId },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Cancel', custom_id: buttons.cancelId },
    ],
  };
}
