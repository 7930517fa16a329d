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
  if (!message.content && embeds.length === 0) problems.push('the message is empty');
  return problems;
}
