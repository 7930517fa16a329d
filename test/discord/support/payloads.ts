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
  value: string | boolean;
  focused?: boolean;
}

/** /ask's options with just its `question` (a string option, type 3). */
export function askOptions(question: string): CommandOption[] {
  return [{ name: 'question', type: 3, value: question }];
}

/** An APPLICATION_COMMAND (type 2) or APPLICATION_COMMAND_AUTOCOMPLETE (type 4) interaction. */
export function commandInteraction(applicationId: string, user: FakeUser, place: Place, name: string, options: CommandOption[] = [], type: 2 | 4 = 2) {
  const id = snowflake();
  const common = {
    id,
    application_id: applicationId,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    data: { id: snowflake(), name, type: 1, options },
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
