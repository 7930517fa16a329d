// Discord limits the renderers budget against (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
// The others (content 2,000, title 256, field value 1,024, 25 fields) are kept by the renderers'
// own caps, far below them. Lengths are UTF-16 code units, never less than Discord's count.
export const DISCORD_LIMITS = {
  embedDescription: 4096,
  embedsTotal: 6000,
  autocompleteChoices: 25,
} as const;

/** Nobody is ever pinged by anything the bot sends: not users, roles, @everyone or replied-to authors. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const satisfies { parse: []; repliedUser: boolean };
