/**
 * The Majlis feed contract, written once as data.
 *
 * `FeedContract` describes every field: its shape, whether it is required, and
 * the plain-English words that name it when it is wrong. From it come the
 * runtime validator (`validateFeed`, which compiles it once into checks) and
 * `schema/feed.schema.json` (`npm run schema`). The TypeScript types below
 * describe the same feed; the differential test holds the validator and the
 * JSON Schema to one verdict.
 *
 * Modelled after Open Civic Data events/agendas and Popolo memberships. Every
 * human text is a {@link LangText}: a plain string or a `{ "ar": …, "en": … }`
 * language map.
 */

/** Major version of the feed format this library reads. */
export const FEED_MAJOR_VERSION = 1;

/**
 * Deepest nesting of agenda items (top-level items are at depth 1). Deeper
 * items are left out with a warning by `validateFeed`, unread.
 */
export const MAX_AGENDA_DEPTH = 500;

/**
 * Most items a list of the feed may hold (meetings, agenda items of one list,
 * members of a group, initiatives…). Later items are left out, unread, with a
 * warning by `validateFeed`: rendering is linear in the items, and a feed of
 * hundreds of thousands (a 5 MB feed can hold them) would hold the page for
 * many seconds.
 */
export const MAX_LIST_ITEMS = 10_000;

/** ISO 3166-1 alpha-2 codes of the six GCC member states, plus `GS` for the General Secretariat. */
export const STATE_IDS = ['BH', 'KW', 'OM', 'QA', 'SA', 'AE', 'GS'] as const;
export const MEETING_STATUSES = ['scheduled', 'held', 'postponed', 'cancelled', 'rescheduled'] as const;
export const MEETING_MODES = ['in-person', 'virtual', 'hybrid'] as const;
export const PARTICIPANT_ROLES = ['chair', 'vice-chair', 'host', 'opening-speaker', 'speaker', 'presenter', 'rapporteur', 'participant'] as const;
export const AGENDA_KINDS = ['report', 'presentation', 'discussion', 'decision', 'review', 'briefing'] as const;
export const AGENDA_STATUSES = ['pending', 'discussed', 'approved', 'adopted', 'noted', 'deferred'] as const;
export const INITIATIVE_STATUSES = ['proposed', 'under-study', 'approved', 'in-progress', 'completed', 'on-hold', 'cancelled'] as const;
export const GROUP_KINDS = ['working-group', 'committee', 'team'] as const;
export const GROUP_STATUSES = ['active', 'dissolved', 'transferred'] as const;
export const MEMBER_ROLES = ['chair', 'vice-chair', 'rapporteur', 'member', 'observer'] as const;

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export type LangMap = { ar?: string; en?: string };
export type LangText = string | LangMap;
export type StateId = (typeof STATE_IDS)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type MeetingMode = (typeof MEETING_MODES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface Committee {
  id: string;
  name: LangText;
  parentBody?: LangText;
  secretariat?: { name: LangText; city?: LangText };
  url?: string;
}
export interface State {
  id: StateId;
  name?: LangText;
  /** A hex colour, `#8a1538`. */
  accent?: string;
}
export interface Organization {
  id: string;
  name: LangText;
  state?: StateId;
  url?: string;
}
export interface Person {
  id: string;
  name: LangText;
  title?: LangText;
  organization?: string;
  state?: StateId;
}
/** Who presents or takes part: a state, an organization, a person (by id), or a named one. */
export interface Actor {
  state?: StateId;
  organization?: string;
  person?: string;
  name?: LangText;
}
export interface Participant extends Actor {
  role: ParticipantRole;
  note?: LangText;
}
export interface FeedDocument {
  title: LangText;
  url: string;
  type?: string;
}
export interface Source {
  title: LangText;
  publisher?: LangText;
  date?: string;
  url?: string;
}
export interface References {
  initiatives?: string[];
  workingGroups?: string[];
}
export interface AgendaItem {
  id: string;
  order?: string;
  title: LangText;
  kind?: (typeof AGENDA_KINDS)[number];
  presenter?: Actor;
  status?: (typeof AGENDA_STATUSES)[number];
  decision?: LangText;
  references?: References;
  items?: AgendaItem[];
}
export interface Meeting {
  id: string;
  number?: number;
  title?: LangText;
  body?: LangText;
  /** `YYYY-MM-DD`, or a date-time with an offset. */
  start?: string;
  end?: string;
  /** An IANA time zone, `Asia/Qatar`. */
  timeZone?: string;
  status: MeetingStatus;
  mode?: MeetingMode;
  host?: { state?: StateId; organization?: string };
  venue?: { name?: LangText; city?: LangText };
  participants?: Participant[];
  summary?: LangText;
  outcomes?: LangText[];
  documents?: FeedDocument[];
  sources?: Source[];
  agenda?: AgendaItem[];
}
export interface Milestone {
  title: LangText;
  due?: string;
  done?: string;
}
export interface Initiative {
  id: string;
  title: LangText;
  track?: LangText;
  summary?: LangText;
  phase?: { current: number; total?: number };
  status: (typeof INITIATIVE_STATUSES)[number];
  progress?: number;
  leadStates?: StateId[];
  participatingStates?: StateId[];
  workingGroup?: string;
  milestones?: Milestone[];
  updated?: string;
}
export interface Member {
  person?: string;
  organization?: string;
  name?: LangText;
  state?: StateId;
  role?: (typeof MEMBER_ROLES)[number];
  since?: string;
  until?: string;
  email?: string;
  url?: string;
  image?: string;
}
export interface WorkingGroup {
  id: string;
  name: LangText;
  kind?: (typeof GROUP_KINDS)[number];
  parent?: LangText;
  mandate?: LangText;
  status?: (typeof GROUP_STATUSES)[number];
  transferredTo?: string;
  established?: string;
  members?: Member[];
}
export interface Feed {
  $schema?: string;
  version: string;
  committee: Committee;
  states?: State[];
  organizations?: Organization[];
  people?: Person[];
  meetings?: Meeting[];
  initiatives?: Initiative[];
  workingGroups?: WorkingGroup[];
}

// ---------------------------------------------------------------------------
// The contract
// ---------------------------------------------------------------------------

/**
 * One field's shape. `x` is what is expected there, in plain English,
 * without the word "expected".
 * - `str`: a string that passes `ok` (`re`: the pattern `ok` tests, for the JSON Schema; `to`: the list
 *   whose ids it names, a reference);
 * - `num`: a number, whole with `int`, within `min`…`max`;
 * - `one`: one of the strings of `of`;
 * - `text`: a {@link LangText} (texts are trimmed and never blank);
 * - `list`: a list of `of` (at most {@link MAX_LIST_ITEMS}; `agenda`: agenda items, nested at most {@link MAX_AGENDA_DEPTH} deep);
 * - `obj`: an object with these fields (`req`: the required ones); other keys are left out;
 * - `agenda`: an agenda item (the recursive part).
 */
export type Shape =
  | { t: 'str'; x: string; ok?: (s: string) => boolean; re?: RegExp; to?: RefKind }
  | { t: 'num'; x: string; int?: true; min?: number; max?: number }
  | { t: 'one'; x: string; of: readonly string[] }
  | { t: 'text'; x: string }
  | { t: 'list'; x: string; of: Shape }
  | { t: 'obj'; x: string; f: Readonly<Record<string, Shape>>; req: readonly string[] }
  | { t: 'agenda'; x: string };

type StrShape = Extract<Shape, { t: 'str' }>;
const str = (x: string, ok?: (s: string) => boolean): StrShape => (ok ? { t: 'str', x, ok } : { t: 'str', x });
const matching = (x: string, re: RegExp): StrShape => ({ t: 'str', x, ok: (s) => re.test(s), re });
const one = (x: string, of: readonly string[]): Shape => ({ t: 'one', x: `${x}: ${of.join(', ')}`, of });
const list = (of: Shape, x: string): Shape => ({ t: 'list', x: `a list of ${x}`, of });
/** An object; a field named in `req` must be there. */
const obj = (f: Record<string, Shape>, req: readonly string[] = [], x = req.length ? `an object with ${req.map((k) => `"${k}"`).join(' and ')}` : 'an object { … }'): Shape => ({
  t: 'obj',
  x,
  f,
  req,
});

const TEXT_X = 'a text: a string or { "ar": "…", "en": "…" }';
export const LangTextShape: Shape = { t: 'text', x: TEXT_X };

/** Identifier: letters, digits, `-`, `_`, `.`, `:`. */
export const IdShape = matching('an id of letters, digits, "-", "_", "." or ":" (at most 128)', /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/u);
/** The lists of the feed whose entries other entries name by id. */
export type RefKind = 'organizations' | 'people' | 'initiatives' | 'workingGroups';
/** An id that names an entry of the list `to` (the reference checks look for it there). */
const idOf = (to: RefKind): Shape => ({ ...IdShape, to });
const OrgRef = idOf('organizations');
const GroupRef = idOf('workingGroups');
export const StateIdShape = one('a member state code (GS: General Secretariat)', STATE_IDS);

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u;
const DATE_TIME_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/u;

/**
 * True when the `YYYY-MM-DD` at the start of `s` is a day that exists (no 2023-02-29), in the proleptic
 * Gregorian calendar, from the year 100 (two-digit years are refused, as `Date.UTC` would read them as 19xx).
 */
function realDay(s: string): boolean {
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  // 31 days in months 1, 3, 5, 7, 8, 10 and 12; 30 in the others but February.
  return y >= 100 && d <= (m === 2 ? (leap ? 29 : 28) : 30 + ((m + (m >> 3)) & 1));
}

/** A calendar date, `YYYY-MM-DD`. */
export const DateShape = str('an ISO 8601 date such as "2024-06-06" (a day that exists)', (s) => DATE_RE.test(s) && realDay(s));
/** A date, or a date-time with an offset (`2024-06-06T09:00:00+03:00`). */
export const DateOrDateTimeShape = str(
  'an ISO 8601 date ("2024-06-06") or date-time with offset ("2024-06-06T09:00:00+03:00") of a day that exists',
  (s) => (DATE_RE.test(s) || DATE_TIME_RE.test(s)) && realDay(s),
);

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const CONTROL_RE = /[\u0000-\u001f\u007f]/u;

/** True for https, http, mailto, tel and relative URLs (no scheme); false for everything else. */
export function isSafeUrl(value: string): boolean {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > 4096) return false;
  if (CONTROL_RE.test(value)) return false;
  // Most links of a feed: no need to read the scheme.
  if (value.startsWith('https://')) return true;
  const scheme = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/u.exec(value);
  if (!scheme) return !value.trimStart().startsWith('\\');
  return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase() + ':');
}

/** A link: https, http, mailto, tel or a relative URL. Anything else is rejected. */
export const UrlShape = str('an https, http, mailto or tel URL, or a relative one', isSafeUrl);

/** E-mail addresses: a local part of letters, digits, `_+-` and dots, a domain with a top level of 2+ letters. */
export const EMAIL_RE = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;

/** Names already asked; it starts with the member states' zones and UTC, which feeds name most and every browser knows. */
const zones = new Map<string, boolean>(['Asia/Riyadh', 'Asia/Qatar', 'Asia/Dubai', 'Asia/Muscat', 'Asia/Kuwait', 'Asia/Bahrain', 'UTC'].map((z) => [z, true]));
let canonicalZones: Set<string> | undefined;
/**
 * An IANA time zone the browser knows. The list of canonical zones is cheap to read (about 2 ms the first
 * time); building a date formatter is not (about 13 ms the first time, for the locale data), so it is asked
 * only for names outside that list (aliases such as "Asia/Calcutta", or mistakes).
 */
export function isTimeZone(tz: string): boolean {
  let ok = zones.get(tz);
  if (ok !== undefined) return ok;
  canonicalZones ??= new Set(Intl.supportedValuesOf?.('timeZone') ?? []);
  if (canonicalZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    ok = true;
  } catch {
    ok = false;
  }
  zones.set(tz, ok);
  return ok;
}

const ColorShape = matching('a hex colour such as "#8a1538"', /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/u);
const WHOLE = 'a whole number from 1';

const actor = { state: StateIdShape, organization: OrgRef, person: idOf('people'), name: LangTextShape };
const references = obj({ initiatives: list(idOf('initiatives'), 'initiative ids'), workingGroups: list(GroupRef, 'working group ids') });

/** An agenda item; its `items` are agenda items again. */
export const AgendaItemShape = obj(
  {
    id: IdShape,
    order: matching('an order label such as "1" or "1.2"', /^\d{1,4}(\.\d{1,4}){0,7}$/u),
    title: LangTextShape,
    kind: one('an agenda item kind', AGENDA_KINDS),
    presenter: obj(actor),
    status: one('an agenda item status', AGENDA_STATUSES),
    decision: LangTextShape,
    references,
    items: list({ t: 'agenda', x: 'an agenda item' }, 'agenda items'),
  },
  ['id', 'title'],
);

const meeting = obj(
  {
    id: IdShape,
    number: { t: 'num', x: WHOLE, int: true, min: 1 },
    title: LangTextShape,
    body: LangTextShape,
    start: DateOrDateTimeShape,
    end: DateOrDateTimeShape,
    timeZone: str('an IANA time zone such as "Asia/Qatar"', isTimeZone),
    status: one('a meeting status', MEETING_STATUSES),
    mode: one('a meeting mode', MEETING_MODES),
    host: obj({ state: StateIdShape, organization: OrgRef }),
    venue: obj({ name: LangTextShape, city: LangTextShape }),
    participants: list(obj({ ...actor, role: one('a role', PARTICIPANT_ROLES), note: LangTextShape }, ['role']), 'participants'),
    summary: LangTextShape,
    outcomes: list(LangTextShape, 'texts'),
    documents: list(obj({ title: LangTextShape, url: UrlShape, type: str('a document type (a string)') }, ['title', 'url']), 'documents'),
    sources: list(obj({ title: LangTextShape, publisher: LangTextShape, date: DateShape, url: UrlShape }, ['title']), 'sources'),
    agenda: list(AgendaItemShape, 'agenda items'),
  },
  ['id', 'status'],
);

const initiative = obj(
  {
    id: IdShape,
    title: LangTextShape,
    track: LangTextShape,
    summary: LangTextShape,
    phase: obj({ current: { t: 'num', x: `the current phase number (${WHOLE})`, int: true, min: 1 }, total: { t: 'num', x: WHOLE, int: true, min: 1 } }, ['current']),
    status: one('an initiative status', INITIATIVE_STATUSES),
    progress: { t: 'num', x: 'a percentage from 0 to 100', min: 0, max: 100 },
    leadStates: list(StateIdShape, 'member state codes'),
    participatingStates: list(StateIdShape, 'member state codes'),
    workingGroup: GroupRef,
    milestones: list(obj({ title: LangTextShape, due: DateShape, done: DateShape }, ['title']), 'milestones'),
    updated: DateOrDateTimeShape,
  },
  ['id', 'title', 'status'],
);

const member = obj({
  person: actor.person,
  organization: OrgRef,
  name: LangTextShape,
  state: StateIdShape,
  role: one('a member role', MEMBER_ROLES),
  since: DateShape,
  until: DateShape,
  email: matching('an e-mail address', EMAIL_RE),
  url: UrlShape,
  image: UrlShape,
});

const workingGroup = obj(
  {
    id: IdShape,
    name: LangTextShape,
    kind: one('a group kind', GROUP_KINDS),
    parent: LangTextShape,
    mandate: LangTextShape,
    status: one('a group status', GROUP_STATUSES),
    transferredTo: GroupRef,
    established: DateShape,
    members: list(member, 'members'),
  },
  ['id', 'name'],
);

/** The whole feed. */
export const FeedContract = obj(
  {
    $schema: str('a string'),
    version: matching('a version such as "1.0"', /^\d+\.\d+(\.\d+)?$/u),
    committee: obj(
      {
        id: IdShape,
        name: LangTextShape,
        parentBody: LangTextShape,
        secretariat: obj({ name: LangTextShape, city: LangTextShape }, ['name']),
        url: UrlShape,
      },
      ['id', 'name'],
    ),
    states: list(obj({ id: StateIdShape, name: LangTextShape, accent: ColorShape }, ['id']), 'states'),
    organizations: list(obj({ id: IdShape, name: LangTextShape, state: StateIdShape, url: UrlShape }, ['id', 'name']), 'organizations'),
    people: list(obj({ id: IdShape, name: LangTextShape, title: LangTextShape, organization: OrgRef, state: StateIdShape }, ['id', 'name']), 'people'),
    meetings: list(meeting, 'meetings'),
    initiatives: list(initiative, 'initiatives'),
    workingGroups: list(workingGroup, 'working groups'),
  },
  ['version', 'committee'],
  'a JSON object with "version" and "committee"',
);
