// /article add | remove | restore (moderators): keeps the knowledge folder current from Discord,
// through the same maintenance code as `npm run knowledge`. Adding and removing show what will
// happen and wait for the moderator's button click; every change reloads and reports.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type Attachment,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { audit } from '../src/discord/audit.js';
import type { BotServices } from '../src/discord/command.js';
import { DISCORD_LIMITS } from '../src/discord/discord-limits.js';
import { cutAtWord } from '../src/discord/fit-text.js';
import { changePayload, noticePayload, previewPayload, removalPayload } from '../src/discord/render-maintenance.js';
import { replyPayload } from '../src/discord/reply-payload.js';
import { MAX_ARTICLE_ID_LENGTH } from '../src/knowledge/article-schema.js';
import { DraftOptionsSchema } from '../src/maintenance/article-draft.js';
import { fetchPage, FetchRefused, UPLOAD_LIMITS } from '../src/maintenance/fetch-page.js';
import { FILE_EXTENSIONS, type ArticleInput } from '../src/maintenance/read-input.js';

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription('Add, remove or restore the news articles I quote (moderators only)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addSubcommand((add) =>
    add
      .setName('add')
      .setDescription('Add an article from a web address or a file; shows a preview first')
      .addStringOption((o) => o.setName('url').setDescription('The article’s web address (give this or a file)').setMaxLength(2000))
      .addAttachmentOption((o) => o.setName('file').setDescription(`The article as ${FILE_EXTENSIONS.join(', ')} (give this or a url)`))
      .addStringOption((o) => o.setName('outlet').setDescription('Who published it, if the page does not say').setMaxLength(100))
      .addStringOption((o) => o.setName('title').setDescription('The headline, if not the page’s own').setMaxLength(300))
      .addStringOption((o) => o.setName('published').setDescription('Publication date, YYYY-MM-DD').setMaxLength(10)),
  )
  .addSubcommand((remove) =>
    remove
      .setName('remove')
      .setDescription('Stop quoting an article (it is kept, and can be restored)')
      .addStringOption((o) => o.setName('id').setDescription('The article').setRequired(true).setAutocomplete(true).setMaxLength(MAX_ARTICLE_ID_LENGTH)),
  )
  .addSubcommand((restore) =>
    restore
      .setName('restore')
      .setDescription('Quote a removed article again')
      .addStringOption((o) => o.setName('id').setDescription('The removed article').setRequired(true).setAutocomplete(true).setMaxLength(MAX_ARTICLE_ID_LENGTH)),
  );

export const moderatorOnly = true;
export const cooldownSeconds = 15;
// Fetching, extracting and reloading can all outlast Discord's 3-second window.
export const defer = 'ephemeral';

export async function execute(interaction: ChatInputCommandInteraction, services: BotServices): Promise<void> {
  const action = interaction.options.getSubcommand(true);
  if (action === 'add') return add(interaction, services);
  const id = interaction.options.getString('id', true);
  if (action === 'restore') {
    const result = await services.maintenance.restore(id);
    audit(services, interaction, result.ok ? 'succeeded' : 'failed', { articleId: id, ...(result.ok ? { report: result.report } : { reason: result.reason }) });
    await interaction.editReply(changePayload('Restored', result));
    return;
  }
  const article = services.engine.articles().find((a) => a.id === id);
  if (!article) {
    audit(services, interaction, 'failed', { articleId: id, reason: 'no such article' });
    await interaction.editReply(replyPayload(`No article has the id \`${id.replace(/`/g, '')}\`. Pick one from the list as you type.`));
    return;
  }
  const token = services.articleConfirmations.create(interaction.user.id, { action: 'remove', id });
  audit(services, interaction, 'previewed', { articleId: id });
  await interaction.editReply(removalPayload(article, buttonsFor(token, 'remove', 'Remove')));
}

async function add(interaction: ChatInputCommandInteraction, services: BotServices): Promise<void> {
  const url = interaction.options.getString('url');
  const file = interaction.options.getAttachment('file');
  const refuse = async (reason: string) => {
    audit(services, interaction, 'failed', { ...(url ? { url } : {}), ...(file ? { file: file.name } : {}), reason });
    // A reason may quote the address given, which may be up to 2,000 characters long.
    await interaction.editReply(replyPayload(`Not added: ${cutAtWord(reason, 1800)}.`));
  };
  if ((url === null) === (file === null)) return refuse('give either a `url` or a `file`, not both or neither');
  const options = DraftOptionsSchema.safeParse({
    outlet: interaction.options.getString('outlet') ?? undefined,
    title: interaction.options.getString('title') ?? undefined,
    published: interaction.options.getString('published') ?? undefined,
  });
  if (!options.success) return refuse(options.error.issues.map((issue) => `\`${issue.path.join('.')}\` ${issue.message}`).join('; '));

  const input = url !== null ? { url } : await downloaded(file!, services);
  if ('refused' in input) return refuse(input.refused);
  const prepared = await services.maintenance.prepare(input, options.data);
  if (!prepared.ok) {
    // The outlet is never guessed: the moderator supplies it.
    const hint = prepared.missing ? `; run \`/article add\` again with the \`${prepared.missing}\` option` : '';
    return refuse(`${prepared.reason}${hint}`);
  }
  const { draft } = prepared;
  const token = services.articleConfirmations.create(interaction.user.id, { action: 'add', draft });
  audit(services, interaction, 'previewed', { articleId: draft.fields.id, url: draft.fields.url ?? null });
  await interaction.editReply(previewPayload(draft, buttonsFor(token, 'add', 'Add'), services.articleConfirmations.ttlMs));
}

/** An uploaded file, fetched from the address in the interaction's resolved data, under the page limits. */
async function downloaded(file: Attachment, services: BotServices): Promise<ArticleInput | { refused: string }> {
  if (file.size > UPLOAD_LIMITS.maxBytes) return { refused: `${file.name} is larger than ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB` };
  try {
    return { fileName: file.name, text: (await fetchPage(file.url, services.config, UPLOAD_LIMITS)).text };
  } catch (error) {
    if (error instanceof FetchRefused) return { refused: error.message };
    throw error;
  }
}

export async function button(interaction: ButtonInteraction, services: BotServices): Promise<void> {
  const [, choice, token = ''] = interaction.customId.split(':');
  const taken = services.articleConfirmations.take(token, interaction.user.id);
  if (taken.status === 'not-yours') {
    audit(services, interaction, 'refused', { reason: 'another moderator’s buttons' });
    await interaction.reply({ ...replyPayload('These buttons belong to the moderator who asked; run `/article` yourself.'), flags: MessageFlags.Ephemeral });
    return;
  }
  if (taken.status === 'expired') {
    audit(services, interaction, 'expired');
    const minutes = Math.round(services.articleConfirmations.ttlMs / 60_000);
    await interaction.update(noticePayload(`This expired (buttons work for ${minutes} minutes); nothing was changed. Run \`/article\` again.`));
    return;
  }
  const pending = taken.value;
  const subject = pending.action === 'add' ? { articleId: pending.draft.fields.id, url: pending.draft.fields.url ?? null } : { articleId: pending.id };
  if (choice === 'cancel') {
    audit(services, interaction, 'cancelled', { action: pending.action, ...subject });
    await interaction.update(noticePayload('Cancelled; nothing was changed.'));
    return;
  }
  // Writing and reloading may take longer than 3 seconds: acknowledge the click first.
  await interaction.deferUpdate();
  const result = pending.action === 'add' ? await services.maintenance.add(pending.draft, interaction.user.id) : await services.maintenance.remove(pending.id);
  audit(services, interaction, result.ok ? 'succeeded' : 'failed', {
    action: pending.action,
    ...subject,
    ...(result.ok ? { report: result.report } : { reason: result.reason, problems: result.problems }),
  });
  await interaction.editReply(changePayload(pending.action === 'add' ? 'Added' : 'Removed', result));
}

/** Custom ids `article:<add|remove|cancel>:<token>`, routed back here by the interaction handler. */
function buttonsFor(token: string, action: 'add' | 'remove', confirmLabel: string) {
  return { confirmId: `article:${action}:${token}`, confirmLabel, cancelId: `article:cancel:${token}` };
}

export async function autocomplete(interaction: AutocompleteInteraction, services: BotServices): Promise<void> {
  const typed = interaction.options.getFocused().toLowerCase();
  const candidates =
    interaction.options.getSubcommand() === 'restore'
      ? [...new Map((await services.maintenance.removed()).map((a) => [a.id, a])).values()]
      : services.engine.articles();
  const choices = candidates
    .filter((a) => a.id.includes(typed) || a.title.toLowerCase().includes(typed))
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    // Choice names are at most 100 characters.
    .map((a) => ({ name: cutAtWord(`${a.id} — ${a.title}`, 100), value: a.id }));
  await interaction.respond(choices);
}
