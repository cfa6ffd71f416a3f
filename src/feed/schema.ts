/**
 * The Majlis feed contract, written once as a runtime schema.
 *
 * From this one source come the TypeScript types (`InferOutput`), the runtime
 * validator (`validateFeed`) and `schema/feed.schema.json` (`npm run schema`).
 *
 * Modelled after Open Civic Data events/agendas and Popolo memberships. Every
 * human text is a {@link LangText}: a plain string or a `{ "ar": …, "en": … }`
 * language map.
 */
import * as v from 'valibot';

/** Major version of the feed format this library reads. */
export const FEED_MAJOR_VERSION = 1;

const nonEmpty = (what: string) =>
  v.pipe(v.string(`expected ${what} (a string)`), v.trim(), v.minLength(1, `expected ${what}, not an empty string`));

/**
 * An object with these fields. valibot's `object()` also takes a list (`[]` reads as an object with no
 * fields); JSON Schema's `"type": "object"` does not, and neither does the feed contract.
 */
function obj<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<v.InferInput<v.ObjectSchema<E, undefined>>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'expected an object { … }, not a list or a value'),
    v.object(entries),
  );
}

/** Identifier: letters, digits, `-`, `_`, `.`, `:`. */
export const IdSchema = v.pipe(
  v.string('expected an id (a string)'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/u, 'expected an id of letters, digits, "-", "_", "." or ":" (at most 128)'),
);

/** A human text: a plain string, or a language map with `ar` and/or `en`. */
export const LangTextSchema = v.union(
  [
    nonEmpty('a text'),
    v.pipe(
      obj({
        ar: v.optional(nonEmpty('Arabic text')),
        en: v.optional(nonEmpty('English text')),
      }),
      v.check((m) => m.ar !== undefined || m.en !== undefined, 'expected a language map with "ar" and/or "en"'),
    ),
  ],
  'expected a text: a string or { "ar": "…", "en": "…" }',
);

/** ISO 3166-1 alpha-2 codes of the six GCC member states, plus `GS` for the General Secretariat. */
export const STATE_IDS = ['BH', 'KW', 'OM', 'QA', 'SA', 'AE', 'GS'] as const;
export const StateIdSchema = v.picklist(STATE_IDS, 'expected a member state code: BH, KW, OM, QA, SA, AE or GS (General Secretariat)');

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u;
const DATE_TIME_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/u;

/** True when the `YYYY-MM-DD` at the start of `s` is a day that exists (no 2023-02-29). */
function realDay(s: string): boolean {
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = v.pipe(
  v.string('expected an ISO 8601 date such as "2024-06-06"'),
  v.check((s) => DATE_RE.test(s) && realDay(s), 'expected an ISO 8601 date such as "2024-06-06" (a day that exists)'),
);

/** A date, or a date-time with an offset (`2024-06-06T09:00:00+03:00`). */
export const DateOrDateTimeSchema = v.pipe(
  v.string('expected an ISO 8601 date ("2024-06-06") or date-time with offset ("2024-06-06T09:00:00+03:00")'),
  v.check(
    (s) => (DATE_RE.test(s) || DATE_TIME_RE.test(s)) && realDay(s),
    'expected an ISO 8601 date ("2024-06-06") or date-time with offset ("2024-06-06T09:00:00+03:00") of a day that exists',
  ),
);

/** A link: https, http, mailto, tel or a relative URL. Anything else is rejected. */
export const UrlSchema = v.pipe(
  v.string('expected a URL (a string)'),
  v.check((s) => isSafeUrl(s), 'expected an https, http, mailto or tel URL, or a relative one'),
);

/** A CSS colour in hex notation (`#8a1538`); nothing else is accepted. */
export const ColorSchema = v.pipe(
  v.string('expected a hex colour such as "#8a1538"'),
  v.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/u, 'expected a hex colour such as "#8a1538"'),
);

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const CONTROL_RE = /[\u0000-\u001f\u007f]/u;

/** True for https, http, mailto, tel and relative URLs (no scheme); false for everything else. */
export function isSafeUrl(value: string): boolean {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > 4096) return false;
  if (CONTROL_RE.test(value)) return false;
  const scheme = /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/u.exec(value);
  if (!scheme) return !value.trimStart().startsWith('\\');
  return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase() + ':');
}

export const StateSchema = obj({
  id: StateIdSchema,
  name: v.optional(LangTextSchema),
  accent: v.optional(ColorSchema),
});

export const OrganizationSchema = obj({
  id: IdSchema,
  name: LangTextSchema,
  state: v.optional(StateIdSchema),
  url: v.optional(UrlSchema),
});

export const PersonSchema = obj({
  id: IdSchema,
  name: LangTextSchema,
  title: v.optional(LangTextSchema),
  organization: v.optional(IdSchema),
  state: v.optional(StateIdSchema),
});

export const CommitteeSchema = obj({
  id: IdSchema,
  name: LangTextSchema,
  parentBody: v.optional(LangTextSchema),
  secretariat: v.optional(
    obj({
      name: LangTextSchema,
      city: v.optional(LangTextSchema),
    }),
  ),
  url: v.optional(UrlSchema),
});

export const MEETING_STATUSES = ['scheduled', 'held', 'postponed', 'cancelled', 'rescheduled'] as const;
export const MEETING_MODES = ['in-person', 'virtual', 'hybrid'] as const;
export const PARTICIPANT_ROLES = ['chair', 'vice-chair', 'host', 'opening-speaker', 'speaker', 'presenter', 'rapporteur', 'participant'] as const;
export const AGENDA_KINDS = ['report', 'presentation', 'discussion', 'decision', 'review', 'briefing'] as const;
export const AGENDA_STATUSES = ['pending', 'discussed', 'approved', 'adopted', 'noted', 'deferred'] as const;
export const INITIATIVE_STATUSES = ['proposed', 'under-study', 'approved', 'in-progress', 'completed', 'on-hold', 'cancelled'] as const;
export const GROUP_KINDS = ['working-group', 'committee', 'team'] as const;
export const GROUP_STATUSES = ['active', 'dissolved', 'transferred'] as const;
export const MEMBER_ROLES = ['chair', 'vice-chair', 'rapporteur', 'member', 'observer'] as const;

/** Who presents or takes part: a state, an organization, a person (by id), or a named one. */
const ActorFields = {
  state: v.optional(StateIdSchema),
  organization: v.optional(IdSchema),
  person: v.optional(IdSchema),
  name: v.optional(LangTextSchema),
};

export const ParticipantSchema = obj({
  ...ActorFields,
  role: v.picklist(PARTICIPANT_ROLES, `expected a role: ${PARTICIPANT_ROLES.join(', ')}`),
  note: v.optional(LangTextSchema),
});

export const DocumentSchema = obj({
  title: LangTextSchema,
  url: UrlSchema,
  type: v.optional(v.string()),
});

export const SourceSchema = obj({
  title: LangTextSchema,
  publisher: v.optional(LangTextSchema),
  date: v.optional(DateSchema),
  url: v.optional(UrlSchema),
});

export const ReferencesSchema = obj({
  initiatives: v.optional(v.array(IdSchema, 'expected a list of initiative ids')),
  workingGroups: v.optional(v.array(IdSchema, 'expected a list of working group ids')),
});

export interface AgendaItemInput {
  id: string;
  order?: string;
  title: v.InferInput<typeof LangTextSchema>;
  kind?: (typeof AGENDA_KINDS)[number];
  presenter?: v.InferInput<typeof PresenterSchema>;
  status?: (typeof AGENDA_STATUSES)[number];
  decision?: v.InferInput<typeof LangTextSchema>;
  references?: v.InferInput<typeof ReferencesSchema>;
  items?: AgendaItemInput[];
}
export type AgendaItemOutput = Omit<AgendaItemInput, 'title' | 'decision' | 'items'> & {
  title: LangText;
  decision?: LangText;
  items?: AgendaItemOutput[];
};

const PresenterSchema = obj(ActorFields);

/**
 * Deepest nesting of agenda items (top-level items are at depth 1). Deeper
 * items are left out with a warning by `validateFeed`, before the schema runs:
 * the schema's recursion exhausts the stack a few thousand levels down (Node
 * 20: between 1,000 and 2,000; Chromium: between 2,000 and 3,000).
 */
export const MAX_AGENDA_DEPTH = 500;

/**
 * Most items a list of the feed may hold (meetings, agenda items of one list,
 * members of a group, initiatives…). Later items are left out with a warning
 * by `validateFeed`: rendering is linear in the items, and a feed of hundreds
 * of thousands (a 5 MB feed can hold them) would hold the page for many seconds.
 */
export const MAX_LIST_ITEMS = 10_000;

export const AgendaItemSchema: v.GenericSchema<AgendaItemInput, AgendaItemOutput> = obj({
  id: IdSchema,
  order: v.optional(v.pipe(v.string(), v.regex(/^\d{1,4}(\.\d{1,4}){0,7}$/u, 'expected an order label such as "1" or "1.2"'))),
  title: LangTextSchema,
  kind: v.optional(v.picklist(AGENDA_KINDS, `expected an agenda item kind: ${AGENDA_KINDS.join(', ')}`)),
  presenter: v.optional(PresenterSchema),
  status: v.optional(v.picklist(AGENDA_STATUSES, `expected an agenda item status: ${AGENDA_STATUSES.join(', ')}`)),
  decision: v.optional(LangTextSchema),
  references: v.optional(ReferencesSchema),
  items: v.optional(v.array(v.lazy(() => AgendaItemSchema), 'expected a list of agenda items')),
});

export const MeetingSchema = obj({
  id: IdSchema,
  number: v.optional(v.pipe(v.number('expected a whole number'), v.integer('expected a whole number'), v.minValue(1, 'expected a number from 1'))),
  title: v.optional(LangTextSchema),
  body: v.optional(LangTextSchema),
  start: v.optional(DateOrDateTimeSchema),
  end: v.optional(DateOrDateTimeSchema),
  timeZone: v.optional(v.pipe(v.string(), v.check(isTimeZone, 'expected an IANA time zone such as "Asia/Qatar"'))),
  status: v.picklist(MEETING_STATUSES, `expected a meeting status: ${MEETING_STATUSES.join(', ')}`),
  mode: v.optional(v.picklist(MEETING_MODES, `expected a meeting mode: ${MEETING_MODES.join(', ')}`)),
  host: v.optional(obj({ state: v.optional(StateIdSchema), organization: v.optional(IdSchema) })),
  venue: v.optional(obj({ name: v.optional(LangTextSchema), city: v.optional(LangTextSchema) })),
  participants: v.optional(v.array(ParticipantSchema, 'expected a list of participants')),
  summary: v.optional(LangTextSchema),
  outcomes: v.optional(v.array(LangTextSchema, 'expected a list of texts')),
  documents: v.optional(v.array(DocumentSchema, 'expected a list of documents')),
  sources: v.optional(v.array(SourceSchema, 'expected a list of sources')),
  agenda: v.optional(v.array(AgendaItemSchema, 'expected a list of agenda items')),
});

export const MilestoneSchema = obj({
  title: LangTextSchema,
  due: v.optional(DateSchema),
  done: v.optional(DateSchema),
});

export const InitiativeSchema = obj({
  id: IdSchema,
  title: LangTextSchema,
  track: v.optional(LangTextSchema),
  summary: v.optional(LangTextSchema),
  phase: v.optional(
    obj({
      current: v.pipe(v.number(), v.integer(), v.minValue(1)),
      total: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    }),
  ),
  status: v.picklist(INITIATIVE_STATUSES, `expected an initiative status: ${INITIATIVE_STATUSES.join(', ')}`),
  progress: v.optional(v.pipe(v.number('expected a percentage from 0 to 100'), v.minValue(0, 'expected a percentage from 0 to 100'), v.maxValue(100, 'expected a percentage from 0 to 100'))),
  leadStates: v.optional(v.array(StateIdSchema)),
  participatingStates: v.optional(v.array(StateIdSchema)),
  workingGroup: v.optional(IdSchema),
  milestones: v.optional(v.array(MilestoneSchema)),
  updated: v.optional(DateOrDateTimeSchema),
});

export const MemberSchema = obj({
  person: v.optional(IdSchema),
  organization: v.optional(IdSchema),
  name: v.optional(LangTextSchema),
  state: v.optional(StateIdSchema),
  role: v.optional(v.picklist(MEMBER_ROLES, `expected a member role: ${MEMBER_ROLES.join(', ')}`)),
  since: v.optional(DateSchema),
  until: v.optional(DateSchema),
  email: v.optional(v.pipe(v.string(), v.email('expected an e-mail address'))),
  url: v.optional(UrlSchema),
  image: v.optional(UrlSchema),
});

export const WorkingGroupSchema = obj({
  id: IdSchema,
  name: LangTextSchema,
  kind: v.optional(v.picklist(GROUP_KINDS, `expected a group kind: ${GROUP_KINDS.join(', ')}`)),
  parent: v.optional(LangTextSchema),
  mandate: v.optional(LangTextSchema),
  status: v.optional(v.picklist(GROUP_STATUSES, `expected a group status: ${GROUP_STATUSES.join(', ')}`)),
  transferredTo: v.optional(IdSchema),
  established: v.optional(DateSchema),
  members: v.optional(v.array(MemberSchema, 'expected a list of members')),
});

export const FeedSchema = obj({
  $schema: v.optional(v.string()),
  version: v.pipe(v.string('expected a version string such as "1.0"'), v.regex(/^\d+\.\d+(\.\d+)?$/u, 'expected a version such as "1.0"')),
  committee: CommitteeSchema,
  states: v.optional(v.array(StateSchema, 'expected a list of states')),
  organizations: v.optional(v.array(OrganizationSchema, 'expected a list of organizations')),
  people: v.optional(v.array(PersonSchema, 'expected a list of people')),
  meetings: v.optional(v.array(MeetingSchema, 'expected a list of meetings')),
  initiatives: v.optional(v.array(InitiativeSchema, 'expected a list of initiatives')),
  workingGroups: v.optional(v.array(WorkingGroupSchema, 'expected a list of working groups')),
});

const tzCache = new Map<string, boolean>();
function isTimeZone(tz: string): boolean {
  let ok = tzCache.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    tzCache.set(tz, ok);
  }
  return ok;
}

export type LangMap = { ar?: string; en?: string };
export type LangText = string | LangMap;
export type StateId = (typeof STATE_IDS)[number];
export type Feed = v.InferOutput<typeof FeedSchema>;
export type Committee = v.InferOutput<typeof CommitteeSchema>;
export type State = v.InferOutput<typeof StateSchema>;
export type Organization = v.InferOutput<typeof OrganizationSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Meeting = v.InferOutput<typeof MeetingSchema>;
export type Participant = v.InferOutput<typeof ParticipantSchema>;
export type FeedDocument = v.InferOutput<typeof DocumentSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type AgendaItem = AgendaItemOutput;
export type Initiative = v.InferOutput<typeof InitiativeSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type WorkingGroup = v.InferOutput<typeof WorkingGroupSchema>;
export type Member = v.InferOutput<typeof MemberSchema>;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type MeetingMode = (typeof MEETING_MODES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
