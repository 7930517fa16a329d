// Who counts as a moderator: a member with Manage Server (or Administrator), or with one of the
// roles in MODERATOR_ROLE_IDS. Outside a server nobody is.
import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';

/** Asked of a command and of each click on its buttons: roles and permissions can change in between. */
export function isModerator(interaction: ChatInputCommandInteraction | ButtonInteraction, moderatorRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = interaction.member.roles;
  // Uncached servers give the raw API member (role ids); cached ones a GuildMember.
  const roleIds = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return roleIds.some((id) => moderatorRoleIds.includes(id));
}
