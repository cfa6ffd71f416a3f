import type { Feed, LangText, Meeting, Organization, Person, StateId } from './schema.js';
import { parseFeedDate } from '../locale/format.js';

/** Built-in names of the member states and the General Secretariat, so a feed may omit them. */
export const STATE_NAMES: Record<StateId, { ar: string; en: string }> = {
  AE: { ar: 'الإمارات العربية المتحدة', en: 'United Arab Emirates' },
  BH: { ar: 'مملكة البحرين', en: 'Kingdom of Bahrain' },
  SA: { ar: 'المملكة العربية السعودية', en: 'Kingdom of Saudi Arabia' },
  OM: { ar: 'سلطنة عُمان', en: 'Sultanate of Oman' },
  QA: { ar: 'دولة قطر', en: 'State of Qatar' },
  KW: { ar: 'دولة الكويت', en: 'State of Kuwait' },
  GS: { ar: 'الأمانة العامة لمجلس التعاون', en: 'GCC General Secretariat' },
};

/** Default accent colours (from the flags; a design choice, overridable in the feed's `states`). */
export const STATE_ACCENTS: Record<StateId, string> = {
  AE: '#00732f',
  BH: '#ce1126',
  SA: '#006c35',
  OM: '#c8102e',
  QA: '#8a1538',
  KW: '#007a3d',
  GS: '#1b5e7a',
};

/** The committee's order when the feed gives none: member states in Arabic alphabetical order, then the Secretariat. */
export const DEFAULT_STATE_ORDER: StateId[] = ['AE', 'BH', 'SA', 'OM', 'QA', 'KW', 'GS'];

export interface StateInfo {
  id: StateId;
  name: LangText;
  accent: string;
}

/** Lookups over one feed, built once per feed and cached. */
export interface FeedIndex {
  state(id: StateId): StateInfo;
  states: StateInfo[];
  organization(id: string | undefined): Organization | undefined;
  person(id: string | undefined): Person | undefined;
  meeting(id: string): Meeting | undefined;
}

const indexes = new WeakMap<Feed, FeedIndex>();

export function indexFeed(feed: Feed): FeedIndex {
  let idx = indexes.get(feed);
  if (idx) return idx;
  const given = new Map((feed.states ?? []).map((s) => [s.id, s]));
  const order = [...(feed.states ?? []).map((s) => s.id), ...DEFAULT_STATE_ORDER.filter((id) => !given.has(id))];
  const info = new Map<StateId, StateInfo>(
    order.map((id) => [id, { id, name: given.get(id)?.name ?? STATE_NAMES[id], accent: given.get(id)?.accent ?? STATE_ACCENTS[id] }]),
  );
  const orgs = new Map((feed.organizations ?? []).map((o) => [o.id, o]));
  const people = new Map((feed.people ?? []).map((p) => [p.id, p]));
  const meetings = new Map((feed.meetings ?? []).map((m) => [m.id, m]));
  idx = {
    state: (id) => info.get(id)!,
    states: [...info.values()],
    organization: (id) => (id ? orgs.get(id) : undefined),
    person: (id) => (id ? people.get(id) : undefined),
    meeting: (id) => meetings.get(id),
  };
  indexes.set(feed, idx);
  return idx;
}

function time(m: Meeting): number | undefined {
  return m.start ? parseFeedDate(m.start)?.date.getTime() : undefined;
}

/**
 * The meeting to show: the one with `id`; else the next scheduled one (from
 * `now`, earliest first); else the latest held one (by date, then number).
 */
export function selectMeeting(feed: Feed, id: string | undefined, now: Date): Meeting | undefined {
  const meetings = feed.meetings ?? [];
  if (id) return indexFeed(feed).meeting(id);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const upcoming = meetings
    .filter((m) => (m.status === 'scheduled' || m.status === 'rescheduled') && (time(m) ?? -Infinity) >= today)
    .sort((a, b) => time(a)! - time(b)!);
  if (upcoming[0]) return upcoming[0];
  const held = meetings
    .filter((m) => m.status === 'held')
    .sort((a, b) => (time(b) ?? -Infinity) - (time(a) ?? -Infinity) || (b.number ?? 0) - (a.number ?? 0));
  return held[0];
}
