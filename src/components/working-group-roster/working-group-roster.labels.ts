/**
 * Localized labels for the working-group enumerations (kind, status, member
 * role). Call during render (the element's locale is active), or inside
 * `withLocale()`.
 */
import type { GROUP_KINDS, GROUP_STATUSES, MEMBER_ROLES } from '../../feed/schema.js';
import { msg } from '../../locale/msg.js';

export type GroupKind = (typeof GROUP_KINDS)[number];
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** "Working group", "Committee", "Team". */
export function groupKindLabel(k: GroupKind): string {
  switch (k) {
    case 'working-group':
      return msg('Working group', { id: 'roster.kind.workingGroup' });
    case 'committee':
      return msg('Committee', { id: 'roster.kind.committee' });
    case 'team':
      return msg('Team', { id: 'roster.kind.team' });
  }
}

/**
 * "Active", "Dissolved", "Transferred". In Arabic the word agrees with the group's kind: a committee (لجنة) is
 * feminine, a working group or a team (فريق) masculine, as is a group of no stated kind.
 */
export function groupStatusLabel(s: GroupStatus, kind?: GroupKind): string {
  const feminine = kind === 'committee';
  switch (s) {
    case 'active':
      return feminine ? msg('Active', { id: 'roster.status.active.feminine' }) : msg('Active', { id: 'roster.status.active' });
    case 'dissolved':
      return feminine ? msg('Dissolved', { id: 'roster.status.dissolved.feminine' }) : msg('Dissolved', { id: 'roster.status.dissolved' });
    case 'transferred':
      return feminine ? msg('Transferred', { id: 'roster.status.transferred.feminine' }) : msg('Transferred', { id: 'roster.status.transferred' });
  }
}

/** "Tasks transferred to", before the group that took them over (in Arabic, agreeing with this group's kind). */
export function transferredToLabel(kind?: GroupKind): string {
  return kind === 'committee' ? msg('Tasks transferred to', { id: 'roster.transferredTo.feminine' }) : msg('Tasks transferred to', { id: 'roster.transferredTo' });
}

/** A member's role, singular: "Chair", "Vice-chair", "Rapporteur", "Member", "Observer". */
export function memberRoleLabel(r: MemberRole): string {
  switch (r) {
    case 'chair':
      return msg('Chair', { id: 'roster.role.chair' });
    case 'vice-chair':
      return msg('Vice-chair', { id: 'roster.role.viceChair' });
    case 'rapporteur':
      return msg('Rapporteur', { id: 'roster.role.rapporteur' });
    case 'member':
      return msg('Member', { id: 'roster.role.member' });
    case 'observer':
      return msg('Observer', { id: 'roster.role.observer' });
  }
}

/** Heading of a section of members grouped by role: "Chair", "Vice-chair", "Rapporteur", "Members", "Observers". */
export function memberRoleSectionLabel(r: MemberRole): string {
  switch (r) {
    case 'chair':
      return msg('Chair', { id: 'roster.roleSection.chair' });
    case 'vice-chair':
      return msg('Vice-chair', { id: 'roster.roleSection.viceChair' });
    case 'rapporteur':
      return msg('Rapporteur', { id: 'roster.roleSection.rapporteur' });
    case 'member':
      return msg('Members', { id: 'roster.roleSection.member' });
    case 'observer':
      return msg('Observers', { id: 'roster.roleSection.observer' });
  }
}
