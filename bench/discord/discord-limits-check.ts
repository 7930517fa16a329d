// Discord's message limits, written out independently of the bot's own constants, so a wrong
// constant in the bot is caught rather than echoed
// (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
export function messageLimitViolations(message: any): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters (limit ${max})`);
  };
  over('content', message.content?.length ?? 0, 2000);
  const embeds: any[] = message.embeds ?? [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (limit 10)`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const fields: any[] = embed.fields ?? [];
    over(`embed ${i} title`, embed.title?.length ?? 0, 256);
    over(`embed ${i} description`, embed.description?.length ?? 0, 4096);
    over(`embed ${i} footer`, embed.footer?.text?.length ?? 0, 2048);
    over(`embed ${i} author`, embed.author?.name?.length ?? 0, 256);
    if (fields.length > 25) problems.push(`embed ${i} has ${fields.length} fields (limit 25)`);
    fields.forEach((field, j) => {
      over(`embed ${i} field ${j} name`, field.name.length, 256);
      over(`embed ${i} field ${j} value`, field.value.length, 1024);
      if (field.value.length === 0) problems.push(`embed ${i} field ${j} has an empty value`);
    });
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text?.length ?? 0) +
      (embed.author?.name?.length ?? 0) +
      fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  });
  over('all embeds together', total, 6000);
  problems.push(...componentViolations(message.components ?? []));
  if (!message.content && embeds.length === 0) problems.push('the message is empty');
  return problems;
}

/** Buttons: at most 5 action rows of at most 5 buttons, each with a label of ≤ 80 and a custom id of ≤ 100 characters. */
function componentViolations(rows: any[]): string[] {
  const problems: string[] = [];
  if (rows.length > 5) problems.push(`${rows.length} action rows (limit 5)`);
  rows.forEach((row, i) => {
    if (row.type !== 1) problems.push(`component ${i} is type ${row.type}, not an action row (1)`);
    const buttons: any[] = row.components ?? [];
    if (buttons.length === 0 || buttons.length > 5) problems.push(`action row ${i} has ${buttons.length} components (1 to 5)`);
    buttons.forEach((button, j) => {
      if (button.type !== 2) return;
      if (!button.label || button.label.length > 80) problems.push(`row ${i} button ${j} label is ${button.label?.length ?? 0} characters (1 to 80)`);
      if (!button.custom_id || button.custom_id.length > 100) problems.push(`row ${i} button ${j} custom_id is ${button.custom_id?.length ?? 0} characters (1 to 100)`);
    });
  });
  return problems;
}

/**
 * Links in a message's text that a user could abuse: a masked link ("[text](address)" whose "[" is
 * not escaped), which shows one thing and goes elsewhere, and an address not in <…>, which
 * Discord unfurls into a preview.
 */
export function liveLinks(content: string): string[] {
  const masked = [...content.matchAll(/(?<!\\)\[[^\]]*\]\(/g)].map((match) => `masked link ${match[0]}`);
  const unfurled = [...content.matchAll(/(?<!<)https?:\/\/[^\s<>]+/g)].map((match) => `address that unfurls ${match[0]}`);
  return [...masked, ...unfurled];
}
