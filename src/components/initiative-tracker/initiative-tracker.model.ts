/**
 * Pure selection for `<initiative-tracker>`: feed → tracker model (once per
 * feed, cached; includes the derived "on the agenda of" index) → view model
 * (per grouping, sort, filters, language and clock day; cached by the
 * element). Nothing here renders; nothing here reads the DOM.
 */
import { parseList, parseStates } from '../../util/attr-list.js';
import { fragmentId } from '../../base/majlis-element.js';
import { INITIATIVE_STATUSES, type AgendaItem, type Feed, type Initiative, type LangText, type Meeting, type Milestone, type StateId } from '../../feed/schema.js';
import { indexFeed, type StateInfo } from '../../feed/select.js';
import { parseFeedDate } from '../../locale/format.js';
import type { UiLocale } from '../../locale/msg.js';
import { plain } from '../../locale/text.js';
import { sameJson } from '../../util/same-json.js';
import { foldForSearch } from '../../util/search.js';
import type { InitiativeStatus, MilestoneState } from './initiative-tracker.labels.js';

export const GROUP_BY_VALUES = ['track', 'status', 'state'] as const;
export type GroupBy = (typeof GROUP_BY_VALUES)[number];
export const SORT_VALUES = ['updated', 'title', 'progress'] as const;
export type SortBy = (typeof SORT_VALUES)[number];

/** A track of the feed. Initiatives whose track texts share a folded form (in either language) share a track. */
export interface TrackInfo {
  /**
   * The stable key the chips write to the `track` attribute: the slug of the
   * English text (of the first text in both languages when the feed spells the
   * track several ways), else of the Arabic one.
   */
  key: string;
  /** Every slug that selects this track (both languages). */
  keys: string[];
  /** The text shown (the first that has both languages, else the first seen). */
  name: LangText;
}

/** A meeting where an initiative was on the agenda. */
export interface MeetingRef {
  id: string;
  /** Stable fragment id of the meeting (`meeting-<id>`). */
  fragment: string;
  meeting: Meeting;
}

/** One initiative of the feed, resolved. */
export interface InitiativeEntry {
  /** Position in the feed's `initiatives` list (a stable key and the last tie-breaker of every sort). */
  index: number;
  id: string;
  /** Stable fragment id of the initiative's container (`initiative-<id>`). */
  fragment: string;
  initiative: Initiative;
  track?: TrackInfo;
  /** Lead states, without repeats. */
  leadStates: StateId[];
  /** Participating states, without repeats and without the lead states. */
  participatingStates: StateId[];
  /** The owning working group, when the feed has it. */
  workingGroup?: { id: string; fragment: string; name: LangText };
  /** Meetings whose agenda (at any depth) references this initiative, in meeting order. */
  meetings: MeetingRef[];
  /** `updated` as a time (ms), when given. */
  updated?: number;
}

export interface TrackerModel {
  entries: InitiativeEntry[];
  byId: Map<string, InitiativeEntry>;
  byFragment: Map<string, InitiativeEntry>;
  /** Tracks in the order of their first initiative in the feed. */
  tracks: TrackInfo[];
  /** Statuses present in the feed, in the schema's order. */
  statuses: InitiativeStatus[];
  /** States that lead or take part in some initiative, in the committee's order. */
  states: StateInfo[];
}

/** The folded, punctuation-free form of a track text: `Joint E-Services Track` → `joint-e-services-track`. */
export function trackSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = foldForSearch(text)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/gu, '');
    // A feed names a handful of tracks over and over: fold each text once per page.
    if (slugs.size > 1000) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
}
const slugs = new Map<string, string>();

function slugsOf(t: LangText): { key: string; keys: string[] } {
  const texts = typeof t === 'string' ? [t] : [t.en, t.ar].filter((s): s is string => !!s);
  const keys = [...new Set(texts.map(trackSlug).filter(Boolean))];
  return { key: keys[0] ?? '', keys };
}

const meetingIndexes = new WeakMap<Feed, Map<string, MeetingRef[]>>();

/**
 * Initiative id → the meetings whose agenda references it (through
 * `references.initiatives` of any item, nested items included), built once
 * per feed. A meeting is listed once per initiative however many of its items
 * reference it. Meetings are ordered by number, then date, then feed order.
 */
export function initiativeMeetings(feed: Feed): Map<string, MeetingRef[]> {
  let index = meetingIndexes.get(feed);
  if (index) return index;
  index = new Map();
  const meetings = (feed.meetings ?? []).map((m, i) => ({ m, i, t: m.start ? (parseFeedDate(m.start)?.date.getTime() ?? Infinity) : Infinity }));
  meetings.sort((a, b) => (a.m.number ?? Infinity) - (b.m.number ?? Infinity) || a.t - b.t || a.i - b.i);
  for (const { m } of meetings) {
    const seen = new Set<string>();
    const stack: AgendaItem[] = [...(m.agenda ?? [])];
    while (stack.length) {
      const item = stack.pop()!;
      for (const id of item.references?.initiatives ?? []) seen.add(id);
      if (item.items) stack.push(...item.items);
    }
    for (const id of seen) {
      let list = index.get(id);
      if (!list) index.set(id, (list = []));
      list.push({ id: m.id, fragment: fragmentId.meeting(m.id), meeting: m });
    }
  }
  meetingIndexes.set(feed, index);
  return index;
}

const models = new WeakMap<Feed, TrackerModel>();

/**
 * What an initiative's card shows of its entry besides its track: the initiative (lead and participating states and
 * the update time follow from it), its place in the feed, its working group's name, and the number, title, body and
 * start of the meetings where it was on the agenda. A field added to {@link InitiativeEntry} is added here.
 */
const shown = (e: InitiativeEntry) => [
  e.index,
  e.initiative,
  e.workingGroup?.name,
  e.meetings.map(({ id, meeting: m }) => [id, m.number, m.title, m.body, m.start, m.timeZone]),
];

/**
 * The tracker model of a feed, built once per feed object. With `previous` (the model of the feed this one
 * replaces), tracks and entries that show the same are taken over from it, so an unchanged initiative is the same
 * object and its card need not be rendered again (the element compares entries, not their contents).
 */
export function trackerModel(feed: Feed, previous?: TrackerModel): TrackerModel {
  let model = models.get(feed);
  if (model) return model;
  const idx = indexFeed(feed);
  const groups = new Map((feed.workingGroups ?? []).map((g) => [g.id, g.name]));
  const meetings = initiativeMeetings(feed);
  const tracks: TrackInfo[] = [];
  const trackBySlug = new Map<string, TrackInfo>();
  const trackOf = (t: LangText | undefined): TrackInfo | undefined => {
    if (t === undefined) return undefined;
    const { key, keys } = slugsOf(t);
    if (!key) return undefined;
    const known = keys.map((k) => trackBySlug.get(k)).find((x) => x);
    if (known) {
      for (const k of keys) {
        if (!known.keys.includes(k)) known.keys.push(k);
        if (!trackBySlug.has(k)) trackBySlug.set(k, known);
      }
      // A text in both languages names the track better than a one-language one seen first, and gives the English key.
      if (typeof t !== 'string' && t.ar && t.en && (typeof known.name === 'string' || !known.name.ar || !known.name.en)) {
        known.name = t;
        known.key = key;
      }
      return known;
    }
    const info: TrackInfo = { key, keys: [...keys], name: t };
    tracks.push(info);
    for (const k of keys) trackBySlug.set(k, info);
    return info;
  };
  const used = new Set<StateId>();
  const statuses = new Set<InitiativeStatus>();
  const entries = (feed.initiatives ?? []).map((it, index): InitiativeEntry => {
    const leadStates = [...new Set(it.leadStates ?? [])];
    const participatingStates = [...new Set(it.participatingStates ?? [])].filter((s) => !leadStates.includes(s));
    for (const s of [...leadStates, ...participatingStates]) used.add(s);
    statuses.add(it.status);
    const wgName = it.workingGroup ? groups.get(it.workingGroup) : undefined;
    return {
      index,
      id: it.id,
      fragment: fragmentId.initiative(it.id),
      initiative: it,
      track: trackOf(it.track),
      leadStates,
      participatingStates,
      workingGroup: it.workingGroup && wgName ? { id: it.workingGroup, fragment: fragmentId.workingGroup(it.workingGroup), name: wgName } : undefined,
      meetings: meetings.get(it.id) ?? [],
      updated: it.updated ? parseFeedDate(it.updated)?.date.getTime() : undefined,
    };
  });
  if (previous) {
    // Tracks first (entries are grouped by track object), then the entries that point to them.
    const oldTracks = new Map(previous.tracks.map((t) => [t.key, t]));
    const sameTrack = new Map<TrackInfo, TrackInfo>();
    tracks.forEach((t, i) => {
      const old = oldTracks.get(t.key);
      if (old && sameJson(old.keys, t.keys) && sameJson(old.name, t.name)) sameTrack.set(t, (tracks[i] = old));
    });
    entries.forEach((e, i) => {
      if (e.track) e.track = sameTrack.get(e.track) ?? e.track;
      const old = previous.byId.get(e.id);
      if (old && old.track === e.track && sameJson(shown(old), shown(e))) entries[i] = old;
    });
  }
  model = {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    byFragment: new Map(entries.map((e) => [e.fragment, e])),
    tracks,
    statuses: INITIATIVE_STATUSES.filter((s) => statuses.has(s)),
    states: idx.states.filter((s) => used.has(s.id)),
  };
  models.set(feed, model);
  return model;
}

// ---------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------

/** Normalizes the `group-by` attribute (anything unknown is `track`). */
export function parseGroupBy(value: string | undefined | null): GroupBy {
  return (GROUP_BY_VALUES as readonly string[]).includes(value ?? '') ? (value as GroupBy) : 'track';
}

/** Normalizes the `sort` attribute (anything unknown is `updated`). */
export function parseSort(value: string | undefined | null): SortBy {
  return (SORT_VALUES as readonly string[]).includes(value ?? '') ? (value as SortBy) : 'updated';
}

/** Parses the `status` attribute (see {@link parseList}). */
export const parseStatuses = (value: string | undefined | null): InitiativeStatus[] => parseList(value, INITIATIVE_STATUSES);
export { parseStates };

/**
 * Parses the `track` attribute: tracks separated by commas (`,` or `،`), each
 * its name in either language or its slug (as the chips write it); compared
 * in folded form (case, diacritics, hamza forms, ة/ه and ى/ي, punctuation
 * and spaces do not matter). Returns the slugs.
 */
export function parseTracks(value: string | undefined | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[,،]+/u).map(trackSlug).filter(Boolean))];
}

// ---------------------------------------------------------------------------
// Milestones and the clock
// ---------------------------------------------------------------------------

/** The calendar day (`YYYY-MM-DD`, UTC) of a clock reading: feed dates are compared as whole days. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export interface MilestoneView {
  milestone: Milestone;
  state: MilestoneState;
}

/**
 * Where a milestone stands on `today`: `done` when it has a `done` date;
 * `overdue` when its `due` day has passed (the due day itself is still `due`);
 * `due` when its due day is today or later; `undated` without either date.
 */
export function milestoneState(m: Milestone, today: string): MilestoneState {
  if (m.done) return 'done';
  if (!m.due) return 'undated';
  return m.due < today ? 'overdue' : 'due';
}

export function milestonesOf(it: Initiative, today: string): MilestoneView[] {
  return (it.milestones ?? []).map((milestone) => ({ milestone, state: milestoneState(milestone, today) }));
}

// ---------------------------------------------------------------------------
// The view
// ---------------------------------------------------------------------------

export interface ViewOptions {
  groupBy: GroupBy;
  sort: SortBy;
  statuses: readonly InitiativeStatus[];
  states: readonly StateId[];
  /** Track slugs (from {@link parseTracks}). */
  tracks: readonly string[];
  /** The language titles are sorted in. */
  locale: UiLocale;
  /** Today, `YYYY-MM-DD`. */
  today: string;
}

/** A block of initiatives: one track, status or lead state, or those without a track or lead state. */
export interface GroupView {
  key: string;
  kind: 'track' | 'status' | 'state' | 'no-track' | 'no-state';
  track?: TrackInfo;
  status?: InitiativeStatus;
  state?: StateInfo;
  entries: InitiativeEntry[];
}

export interface TrackerView {
  groups: GroupView[];
  /** The initiatives that pass the filters, each once, sorted. */
  shown: InitiativeEntry[];
  /** All initiatives of the feed. */
  total: number;
  /** How many shown initiatives have each status; only statuses with some, in the schema's order. */
  counts: { status: InitiativeStatus; count: number }[];
  /** Some filter is active. */
  filtered: boolean;
  /** Milestones of the shown initiatives, by initiative id, judged on `today`. */
  milestones: Map<string, MilestoneView[]>;
}

const collators = new Map<UiLocale, Intl.Collator>();
/** A locale-aware collator for titles (cached per language). */
export function collatorFor(locale: UiLocale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale === 'ar' ? 'ar' : 'en', { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

/** The comparator of a sort order; every order ends with the feed's order. */
export function comparator(sort: SortBy, locale: UiLocale): (a: InitiativeEntry, b: InitiativeEntry) => number {
  switch (sort) {
    case 'title': {
      const collator = collatorFor(locale);
      const titles = new Map<InitiativeEntry, string>();
      const title = (e: InitiativeEntry) => {
        let t = titles.get(e);
        if (t === undefined) titles.set(e, (t = plain(e.initiative.title, locale)));
        return t;
      };
      return (a, b) => collator.compare(title(a), title(b)) || a.index - b.index;
    }
    case 'progress':
      // Most advanced first; unknown progress last (never counted as 0).
      return (a, b) => (b.initiative.progress ?? -1) - (a.initiative.progress ?? -1) || a.index - b.index;
    default:
      // Newest update first; no date last.
      return (a, b) => (b.updated ?? -Infinity) - (a.updated ?? -Infinity) || a.index - b.index;
  }
}

/**
 * What to show: the initiatives that pass the filters (status OR status…,
 * AND state OR state… — a state matches when it leads or takes part — AND
 * track OR track…), sorted, in blocks:
 *
 * - `track`: tracks in the feed's order, then "no track listed";
 * - `status`: statuses in the schema's order;
 * - `state`: lead states in the committee's order (an initiative with several
 *   lead states is under each), then "no lead state listed".
 *
 * Empty blocks are left out.
 */
export function trackerView(model: TrackerModel, o: ViewOptions): TrackerView {
  const statuses = new Set(o.statuses);
  const states = new Set(o.states);
  const tracks = new Set(o.tracks);
  const pass = (e: InitiativeEntry) =>
    (!statuses.size || statuses.has(e.initiative.status)) &&
    (!states.size || e.leadStates.some((s) => states.has(s)) || e.participatingStates.some((s) => states.has(s))) &&
    (!tracks.size || (e.track !== undefined && e.track.keys.some((k) => tracks.has(k))));
  const shown = model.entries.filter(pass).sort(comparator(o.sort, o.locale));

  const groups: GroupView[] = [];
  if (o.groupBy === 'status') {
    for (const status of INITIATIVE_STATUSES) {
      const entries = shown.filter((e) => e.initiative.status === status);
      if (entries.length) groups.push({ key: `status-${status}`, kind: 'status', status, entries });
    }
  } else if (o.groupBy === 'state') {
    for (const state of model.states) {
      const entries = shown.filter((e) => e.leadStates.includes(state.id));
      if (entries.length) groups.push({ key: `state-${state.id}`, kind: 'state', state, entries });
    }
    const none = shown.filter((e) => e.leadStates.length === 0);
    if (none.length) groups.push({ key: 'no-state', kind: 'no-state', entries: none });
  } else {
    for (const track of model.tracks) {
      const entries = shown.filter((e) => e.track === track);
      if (entries.length) groups.push({ key: `track-${track.key}`, kind: 'track', track, entries });
    }
    const none = shown.filter((e) => !e.track);
    if (none.length) groups.push({ key: 'no-track', kind: 'no-track', entries: none });
  }

  const byStatus = new Map<InitiativeStatus, number>();
  for (const e of shown) byStatus.set(e.initiative.status, (byStatus.get(e.initiative.status) ?? 0) + 1);
  return {
    groups,
    shown,
    total: model.entries.length,
    counts: INITIATIVE_STATUSES.filter((s) => byStatus.has(s)).map((status) => ({ status, count: byStatus.get(status)! })),
    filtered: statuses.size > 0 || states.size > 0 || tracks.size > 0,
    milestones: new Map(shown.map((e) => [e.id, milestonesOf(e.initiative, o.today)])),
  };
}
