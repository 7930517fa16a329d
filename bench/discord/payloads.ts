// Gateway payloads as Discord sends them, with only the fields discord.js needs to build its
// structures. Ids are numeric snowflakes; a missing `entitlements` or
// `authorizing_integration_owners` makes discord.js throw an unhandled rejection.
import { snowflake } from './snowflakes.js';

export interface FakeUser {
  id: string;
  username: string;
}

export function newUser(username = 'reader'): FakeUser {
  return { id: snowflake(), username };
}

function apiUser(user: FakeUser) {
  return { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null, bot: false, public_flags: 0 };
}

/** Permission bits as Discord sends them: a decimal string. */
export const PERMISSIONS = {
  viewAndSend: (1n << 10n) | (1n << 11n),
  manageMessages: 1n << 13n,
  kickMembers: 1n << 1n,
  manageGuild: 1n << 5n,
  administrator: 1n << 3n,
};

export type Place =
  | { guildId: string; channelId: string; permissions?: bigint; roles?: string[] }
  | { dmChannelId: string };

export interface CommandOption {
  name: string;
  type: number;
  /** Absent for a subcommand (type 1), which has `options` instead. */
  value?: string | boolean;
  focused?: boolean;
  options?: CommandOption[];
}

/** A subcommand (type 1) with its options, e.g. `/article remove id:…`. */
export function subcommand(name: string, options: CommandOption[] = []): CommandOption[] {
  return [{ name, type: 1, options }];
}

/** /ask's options with just its `question` (a string option, type 3). */
export function askOptions(question: string): CommandOption[] {
  return [{ name: 'question', type: 3, value: question }];
}

/**
 * An APPLICATION_COMMAND (type 2) or APPLICATION_COMMAND_AUTOCOMPLETE (type 4) interaction.
 * `resolved` carries what options refer to, such as uploaded attachments.
 */
export function commandInteraction(
  applicationId: string,
  user: FakeUser,
  place: Place,
  name: string,
  options: CommandOption[] = [],
  type: 2 | 4 = 2,
  resolved?: { attachments: Record<string, unknown> },
) {
  return interaction(applicationId, user, place, type, { id: snowflake(), name, type: 1, options, ...(resolved ? { resolved } : {}) });
}

/** A MESSAGE_COMPONENT interaction (type 3): a click on a button of a message the bot sent. */
export function buttonInteraction(applicationId: string, user: FakeUser, place: Place, customId: string, messageId: string) {
  const channelId = 'dmChannelId' in place ? place.dmChannelId : place.channelId;
  // The ephemeral reply the buttons are on (flags 64), sent in answer to a slash command (type 20).
  const message = botMessage(applicationId, channelId, { id: messageId, type: 20, flags: 64 });
  return { ...interaction(applicationId, user, place, 3, { custom_id: customId, component_type: 2 }), message };
}

/** A message the bot posted, as Discord returns it. */
export function botMessage(applicationId: string, channelId: string, fields: { id?: string; type?: number; content?: string; embeds?: unknown[]; flags?: number } = {}) {
  return {
    id: fields.id ?? snowflake(),
    channel_id: channelId,
    type: fields.type ?? 0,
    author: { id: applicationId, username: 'newsbot', discriminator: '0', global_name: null, avatar: null, bot: true },
    content: fields.content ?? '',
    embeds: fields.embeds ?? [],
    attachments: [],
    components: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: fields.flags ?? 0,
  };
}

function interaction(applicationId: string, user: FakeUser, place: Place, type: 2 | 3 | 4, data: Record<string, unknown>) {
  const id = snowflake();
  const common = {
    id,
    application_id: applicationId,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    data,
    locale: 'en-US',
    app_permissions: String(PERMISSIONS.viewAndSend),
    entitlements: [],
    attachment_size_limit: 8_388_608,
  };
  if ('dmChannelId' in place) {
    return {
      ...common,
      user: apiUser(user),
      channel_id: place.dmChannelId,
      channel: { id: place.dmChannelId, type: 1, recipients: [apiUser(user)] },
      context: 1,
      authorizing_integration_owners: { '0': applicationId },
    };
  }
  return {
    ...common,
    guild_id: place.guildId,
    guild_locale: 'en-US',
    channel_id: place.channelId,
    channel: { id: place.channelId, type: 0, guild_id: place.guildId, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null },
    member: {
      user: apiUser(user),
      roles: place.roles ?? [],
      permissions: String(place.permissions ?? PERMISSIONS.viewAndSend),
      joined_at: new Date().toISOString(),
      premium_since: null,
      nick: null,
      avatar: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
    },
    context: 0,
    authorizing_integration_owners: { '0': place.guildId },
  };
}

/** MESSAGE_CREATE in a DM: channel_type 1 and no guild_id. */
export function directMessage(user: FakeUser, channelId: string, content: string, { bot = false } = {}) {
  return {
    id: snowflake(),
    channel_id: channelId,
    channel_type: 1,
    author: { ...apiUser(user), bot },
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
