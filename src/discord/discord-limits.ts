// Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
// Lengths are measured in UTF-16 code units, which is never less than Discord's character count.
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedsTotal: 6000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Nobody is ever pinged by anything the bot sends: not users, roles, @everyone or replied-to authors. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const satisfies { parse: []; repliedUser: boolean };
