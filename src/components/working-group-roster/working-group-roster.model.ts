/**
 * Pure selection for `<working-group-roster>`: feed → roster model (once per
 * feed, cached) → view model (per clock day, grouping, filter and query).
 * Nothing here renders; nothing here reads the DOM.
 */
import { parseStates } from '../../util/attr-list.js';
import { MEMBER_ROLES, type Feed, type LangText, type Member, type StateId, type WorkingGroup } from '../../feed/schema.js';
import { indexFeed, type FeedIndex, type StateInfo } from '../../feed/select.js';
import { fragmentId } from '../../base/majlis-element.js';
import { bilingualLabels, foldForSearch, searchableText } from '../../util/search.js';
import { groupKindLabel, groupStatusLabel, memberRoleLabel, type MemberRole } from './working-group-roster.labels.js';

export const GROUP_BY_VALUES = ['state', 'role', 'none'] as const;
export type GroupBy = (typeof GROUP_BY_VALUES)[number];

/** Order of the role sections and of members within a state. */
export const ROLE_ORDER: readonly MemberRole[] = MEMBER_ROLES;
const ROLE_RANK = new Map(ROLE_ORDER.map((r, i) => [r, i]));
const roleRank = (r: MemberRole) => ROLE_RANK.get(r) ?? ROLE_ORDER.length;

/** One member of a group, resolved against the feed's people and organizations. */
export interface MemberEntry {
  /** Position in the group's `members` list (a stable key). */
  index: number;
  /** What the member is: a person of the feed, an organization of the feed, an inline name, or a state only. */
  kind: 'person' | 'organization' | 'named' | 'state' | 'unnamed';
  /** The name shown (a person's, an organization's, the inline name, or the state's name). */
  name?: LangText;
  /** A person's title. */
  title?: LangText;
  /** The organization a person or inline name belongs to (not set when the member is the organization). */
  organization?: LangText;
  state?: StateId;
  role: MemberRole;
  since?: string;
  until?: string;
  email?: string;
  url?: string;
  image?: string;
  /** The name of the member's state (searched too). */
  stateName?: LangText;
  /** Folded searchable text: names, title, organization, state and role, in both languages. Built by {@link memberHay} on the first search, then kept. */
  hay?: string;
}

/** One working group of the feed, resolved. */
export interface GroupEntry {
  id: string;
  /** Stable fragment id of the group's container (`group-<id>`). */
  fragment: string;
  group: WorkingGroup;
  /** The receiving group of a transferred group, when the feed names one. */
  transferredTo?: { id: string; fragment: string; name: LangText };
  members: MemberEntry[];
  /** Folded searchable text of the group itself: name, parent, mandate, kind and status, in both languages. Built by {@link groupHay} on the first search. */
  hay?: string;
}

export interface RosterModel {
  groups: GroupEntry[];
  byId: Map<string, GroupEntry>;
  /** The committee's states, in order (six member states, then the General Secretariat). */
  states: StateInfo[];
  /** Some member of some group has a state (else a state filter has nothing to filter). */
  hasStates: boolean;
}

const models = new WeakMap<Feed, RosterModel>();
/** The labels of kinds, statuses and roles in Arabic and English, folded, so that a search in either language finds them. */
const labelHay = bilingualLabels();

/** Folded searchable text of a member (built once, on the first search). */
export function memberHay(m: MemberEntry): string {
  return (m.hay ??= [
    searchableText(m.name, m.title, m.organization),
    m.stateName === undefined ? '' : searchableText(m.stateName),
    labelHay(`role:${m.role}`, () => memberRoleLabel(m.role)),
    m.email ? foldForSearch(m.email) : '',
  ].join(' \u0000 '));
}

/** Folded searchable text of a group itself (built once, on the first search). */
export function groupHay(e: GroupEntry): string {
  const { kind, status } = e.group;
  return (e.hay ??= [
    searchableText(e.group.name, e.group.parent, e.group.mandate),
    kind ? labelHay(`kind:${kind}`, () => groupKindLabel(kind)) : '',
    status ? labelHay(`status:${status}:${kind === 'committee'}`, () => groupStatusLabel(status, kind)) : '',
  ].join(' \u0000 '));
}

/** Whether two feed texts are the same (the same string, or the same strings in each language). */
export function sameText(a: LangText | undefined, b: LangText | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || typeof a === 'string' || typeof b === 'string') return false;
  return a.ar === b.ar && a.en === b.en;
}

/**
 * A member resolved against the feed's people, organizations and states. When
 * `old` (the same member in the previous model) resolves to the same, it is
 * returned as it is: a refresh that changed one member keeps the others'
 * entries, so that what shows them need not be rendered again. (Every field of
 * {@link MemberEntry} is compared: a field added there is added here.)
 */
function memberEntry(idx: FeedIndex, m: Member, index: number, old: MemberEntry | undefined): MemberEntry {
  const person = idx.person(m.person);
  const org = idx.organization(m.organization ?? person?.organization);
  const state = m.state ?? person?.state ?? org?.state;
  const stateName = state ? idx.state(state).name : undefined;
  let kind: MemberEntry['kind'] = 'unnamed';
  let name: LangText | undefined;
  if (person) {
    kind = 'person';
    name = person.name;
  } else if (m.name) {
    kind = 'named';
    name = m.name;
  } else if (org) {
    kind = 'organization';
    name = org.name;
  } else if (state) {
    kind = 'state';
    name = stateName;
  }
  const title = person?.title;
  const organization = kind === 'organization' ? undefined : org?.name;
  const role = m.role ?? 'member';
  if (
    old &&
    old.index === index &&
    old.kind === kind &&
    old.role === role &&
    old.state === state &&
    old.since === m.since &&
    old.until === m.until &&
    old.email === m.email &&
    old.url === m.url &&
    old.image === m.image &&
    sameText(old.name, name) &&
    sameText(old.title, title) &&
    sameText(old.organization, organization) &&
    sameText(old.stateName, stateName)
  ) {
    return old;
  }
  return { index, kind, name, title, organization, state, stateName, role, since: m.since, until: m.until, email: m.email, url: m.url, image: m.image };
}

/** Whether a group's own fields (not its members) are the same in two feeds: every field of {@link WorkingGroup} that is shown or searched. */
function sameGroup(a: WorkingGroup, b: WorkingGroup): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.status === b.status &&
    a.transferredTo === b.transferredTo &&
    a.established === b.established &&
    sameText(a.name, b.name) &&
    sameText(a.parent, b.parent) &&
    sameText(a.mandate, b.mandate)
  );
}

/**
 * The roster model of a feed, built once per feed object. With `previous`
 * (the model of the feed this one replaces), entries that resolve to the same
 * are taken over from it, so the same member or group is the same object.
 */
export function rosterModel(feed: Feed, previous?: RosterModel): RosterModel {
  let model = models.get(feed);
  if (model) return model;
  const idx = indexFeed(feed);
  const names = new Map((feed.workingGroups ?? []).map((g) => [g.id, g.name]));
  const groups = (feed.workingGroups ?? []).map((g): GroupEntry => {
    const old = previous?.byId.get(g.id);
    const raw = g.members ?? [];
    let same = old !== undefined && old.members.length === raw.length;
    const members: MemberEntry[] = new Array<MemberEntry>(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const before = old?.members[i];
      const m = memberEntry(idx, raw[i]!, i, before);
      same &&= m === before;
      members[i] = m;
    }
    const target = g.status === 'transferred' && g.transferredTo ? names.get(g.transferredTo) : undefined;
    const transferredTo = target && g.transferredTo ? { id: g.transferredTo, fragment: fragmentId.workingGroup(g.transferredTo), name: target } : undefined;
    if (same && old && sameGroup(old.group, g) && sameText(old.transferredTo?.name, transferredTo?.name)) return old;
    return { id: g.id, fragment: fragmentId.workingGroup(g.id), group: g, transferredTo, members };
  });
  model = {
    groups,
    byId: new Map(groups.map((g) => [g.id, g])),
    states: idx.states,
    hasStates: groups.some((g) => g.members.some((m) => m.state)),
  };
  models.set(feed, model);
  return model;
}

/** The calendar day (`YYYY-MM-DD`, UTC) of a clock reading: feed dates are compared as whole days. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether a member is current on `today`: `former` once the day after `until`
 * has begun (the `until` day itself still counts), `upcoming` before `since`.
 */
export function tenseOf(m: Pick<MemberEntry, 'since' | 'until'>, today: string): 'current' | 'upcoming' | 'former' {
  if (m.until && m.until < today) return 'former';
  if (m.since && m.since > today) return 'upcoming';
  return 'current';
}

export { parseStates };

/** Normalizes the `group-by` attribute (anything unknown is `state`). */
export function parseGroupBy(value: string | undefined | null): GroupBy {
  return (GROUP_BY_VALUES as readonly string[]).includes(value ?? '') ? (value as GroupBy) : 'state';
}

/** A block of members: one state, one role, members without a state, or everyone. Empty `members` in a state block means a vacancy. */
export interface Section {
  key: string;
  state?: StateInfo;
  role?: MemberRole;
  /** Members whose state the feed does not give. */
  other?: boolean;
  members: MemberEntry[];
}

export interface GroupView {
  entry: GroupEntry;
  /** Current members (including those whose term has not begun yet) that pass the filters, in blocks. */
  sections: Section[];
  /** Former members that pass the filters; empty unless former members are shown. */
  former: MemberEntry[];
  /** Current members before filtering. */
  currentTotal: number;
  /** Former members before filtering. */
  formerTotal: number;
  /** Current members shown. */
  shown: number;
  /** Current chairs and vice-chairs (term begun, not ended), from the members' roles. */
  chairs: MemberEntry[];
  viceChairs: MemberEntry[];
  /** Why no current member is shown, when none is: none listed at all, only former ones, or none matching the filters. */
  none?: 'no-members' | 'no-current' | 'no-match';
  /** Members whose term has not begun yet (by index), to say "from <date>". */
  upcoming: ReadonlySet<number>;
  /** Whether some current member has a term (since/until) or a contact: the optional columns, kept while filtering. */
  columns: { term: boolean; contact: boolean };
  /** Whether some former member has a contact. */
  formerContacts: boolean;
}

export interface RosterView {
  groups: GroupView[];
  /** Groups considered (one with `group`, else all). */
  totalGroups: number;
  /** Current members in the groups considered. */
  totalMembers: number;
  /** Current members shown. */
  shownMembers: number;
  /** A query or a state filter is active. */
  filtered: boolean;
  /** What it was worked out with: the options and the committee's states. */
  options: RosterOptions;
  states: readonly StateInfo[];
}

export interface RosterOptions {
  /** Show only this group (`group` attribute). */
  groupId?: string;
  groupBy: GroupBy;
  /** Selected states; empty = all. */
  states: readonly StateId[];
  /** Compiled query (from `compileQuery`) and whether it has any term. */
  matches: (folded: string) => boolean;
  hasQuery: boolean;
  showFormer: boolean;
  /** Today, `YYYY-MM-DD`. */
  today: string;
}

const hasContact = (m: MemberEntry) => !!(m.email || m.url);
const byRole = (a: MemberEntry, b: MemberEntry) => roleRank(a.role) - roleRank(b.role) || a.index - b.index;

/** Whether two state blocks show the same: the same state (id, name, colour), role or "other", and the same member entries. */
function sameSection(a: Section, b: Section): boolean {
  return (
    a.key === b.key &&
    a.role === b.role &&
    a.other === b.other &&
    (a.state === b.state || (a.state !== undefined && b.state !== undefined && sameState(a.state, b.state))) &&
    sameList(a.members, b.members)
  );
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const sameState = (a: StateInfo, b: StateInfo) => a === b || (a.id === b.id && a.accent === b.accent && sameText(a.name, b.name));

/** Whether two sets of options and states select and order the same (the query by its compiled matcher). */
function sameSelection(a: RosterView, o: RosterOptions, states: readonly StateInfo[]): boolean {
  const p = a.options;
  return (
    p.groupId === o.groupId &&
    p.groupBy === o.groupBy &&
    p.matches === o.matches &&
    p.hasQuery === o.hasQuery &&
    p.showFormer === o.showFormer &&
    p.today === o.today &&
    sameList(p.states, o.states) &&
    a.states.length === states.length &&
    a.states.every((s, i) => sameState(s, states[i]!))
  );
}

/** Whether two views of a group show the same (compared by entries, not by their text: a changed member is a new entry). */
export function sameGroupView(a: GroupView, b: GroupView): boolean {
  return (
    a.entry === b.entry &&
    a.currentTotal === b.currentTotal &&
    a.formerTotal === b.formerTotal &&
    a.shown === b.shown &&
    a.none === b.none &&
    a.columns.term === b.columns.term &&
    a.columns.contact === b.columns.contact &&
    a.formerContacts === b.formerContacts &&
    a.upcoming.size === b.upcoming.size &&
    [...a.upcoming].every((i) => b.upcoming.has(i)) &&
    sameList(a.chairs, b.chairs) &&
    sameList(a.viceChairs, b.viceChairs) &&
    sameList(a.former, b.former) &&
    a.sections.length === b.sections.length &&
    a.sections.every((s, i) => sameSection(s, b.sections[i]!))
  );
}

/**
 * What to show: the visible groups with their members in blocks.
 *
 * - A group is hidden only by the query (never by the state filter): in the
 *   list of all groups, a group shows when its own text or one of its members
 *   matches. When the group itself matches, all its members show.
 * - `state` grouping: one block per state of the committee (or per selected
 *   state), in order; a state without a current member is a vacancy block,
 *   except while a query narrows the members (a vacancy would then be false).
 *   A group with no current member at all gets no blocks, just `none`.
 *
 * With `previous` (the view this one replaces), a group that shows the same as
 * there keeps its view object from there ({@link sameGroupView}): an unchanged
 * group is the same object, which the element does not render again. (With the
 * same options and an unchanged entry, it is not even worked out again.)
 */
export function rosterView(model: RosterModel, o: RosterOptions, previous?: RosterView): RosterView {
  const before = new Map(previous?.groups.map((g) => [g.entry.id, g]));
  const candidates = o.groupId ? [model.byId.get(o.groupId)].filter((g): g is GroupEntry => !!g) : model.groups;
  const selected = new Set(o.states);
  const stateFiltered = selected.size > 0;
  const passState = (m: MemberEntry) => !stateFiltered || (m.state !== undefined && selected.has(m.state));
  const stateRank = new Map(model.states.map((s, i) => [s.id, i]));
  const rankOf = (m: MemberEntry) => (m.state ? (stateRank.get(m.state) ?? 99) : 100);
  let totalMembers = 0;
  let shownMembers = 0;
  const groups: GroupView[] = [];
  const sameOptions = previous !== undefined && sameSelection(previous, o, model.states);
  for (const entry of candidates) {
    const kept = sameOptions ? before.get(entry.id) : undefined;
    if (kept && kept.entry === entry) {
      groups.push(kept);
      totalMembers += kept.currentTotal;
      shownMembers += kept.shown;
      continue;
    }
    const current: MemberEntry[] = [];
    const former: MemberEntry[] = [];
    const upcoming = new Set<number>();
    for (const m of entry.members) {
      const tense = tenseOf(m, o.today);
      if (tense === 'former') former.push(m);
      else {
        current.push(m);
        if (tense === 'upcoming') upcoming.add(m.index);
      }
    }
    totalMembers += current.length;
    const selfMatch = !o.hasQuery || o.matches(groupHay(entry));
    const passQuery = (m: MemberEntry) => selfMatch || o.matches(`${groupHay(entry)} \u0000 ${memberHay(m)}`);
    const shown = current.filter((m) => passState(m) && passQuery(m));
    const formerShown = o.showFormer ? former.filter((m) => passState(m) && passQuery(m)).sort((a, b) => rankOf(a) - rankOf(b) || byRole(a, b)) : [];
    if (!o.groupId && o.hasQuery && !selfMatch && shown.length === 0 && formerShown.length === 0) continue;

    const sections: Section[] = [];
    if (current.length > 0) {
      if (o.groupBy === 'state') {
        const showVacancies = selfMatch;
        const states = stateFiltered ? model.states.filter((s) => selected.has(s.id)) : model.states;
        for (const s of states) {
          const members = shown.filter((m) => m.state === s.id).sort(byRole);
          if (members.length || showVacancies) sections.push({ key: `state-${s.id}`, state: s, members });
        }
        const others = shown.filter((m) => !m.state).sort(byRole);
        if (others.length) sections.push({ key: 'other', other: true, members: others });
      } else if (o.groupBy === 'role') {
        for (const role of ROLE_ORDER) {
          const members = shown.filter((m) => m.role === role).sort((a, b) => rankOf(a) - rankOf(b) || a.index - b.index);
          if (members.length) sections.push({ key: `role-${role}`, role, members });
        }
      } else if (shown.length) {
        sections.push({ key: 'all', members: shown });
      }
    }
    const started = (m: MemberEntry) => !upcoming.has(m.index);
    shownMembers += shown.length;
    const view: GroupView = {
      entry,
      sections,
      former: formerShown,
      currentTotal: current.length,
      formerTotal: former.length,
      shown: shown.length,
      chairs: current.filter((m) => m.role === 'chair' && started(m)),
      viceChairs: current.filter((m) => m.role === 'vice-chair' && started(m)),
      none: current.length === 0 ? (former.length ? 'no-current' : 'no-members') : sections.length === 0 ? 'no-match' : undefined,
      upcoming,
      columns: { term: current.some((m) => m.since || m.until), contact: current.some(hasContact) },
      formerContacts: former.some(hasContact),
    };
    const old = before.get(entry.id);
    groups.push(old && sameGroupView(old, view) ? old : view);
  }
  return { groups, totalGroups: candidates.length, totalMembers, shownMembers, filtered: stateFiltered || o.hasQuery, options: o, states: model.states };
}
