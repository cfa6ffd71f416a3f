/**
 * fast-check arbitraries for Majlis feeds (plainly synthetic data), shared by
 * the browser fuzz tests (test/reliability/fuzz.test.ts), `npm run fuzz`
 * (scripts/fuzz.mjs) and the differential test against the JSON Schema
 * (test/node/differential.test.mjs).
 *
 * - {@link validFeed}: feeds that follow src/feed/schema.ts exactly — every id
 *   unique in its list, every reference pointing at an entry that exists —
 *   so that `validateFeed` accepts them with no warning.
 * - {@link mutatedFeed}: a valid feed with a few random changes (a key
 *   deleted, a value of the wrong type, a boundary value, arbitrary JSON).
 */
import fc from 'fast-check';
import {
  AGENDA_KINDS,
  AGENDA_STATUSES,
  GROUP_KINDS,
  GROUP_STATUSES,
  INITIATIVE_STATUSES,
  MEETING_MODES,
  MEETING_STATUSES,
  MEMBER_ROLES,
  PARTICIPANT_ROLES,
  STATE_IDS,
} from '../../src/feed/schema.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A fresh seed for a run (31 bits, as fast-check takes). */
export const newSeed = (): number => (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) & 0x7fffffff;

// ---------------------------------------------------------------------------
// Leaves
// ---------------------------------------------------------------------------

export const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,11}$/u);

const WORDS = [
  'لجنة',
  'اختبارية',
  'مُمَثِّلٌ',
  'اجتمـــاع',
  'التحوّل الرقمي',
  'إدارة',
  'آلية',
  'مبادرة',
  '١٢٣',
  'Synthetic',
  'Test',
  'Committee',
  'e-Government',
  'Working Group',
  'Agenda item',
  '2030',
  'example.org',
  '(draft)',
  '“quoted”',
];
const wordsArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
/** Any string with something other than white space in it (the runtime trims texts; a blank one is invalid). */
const anyTextArb = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '');
const graphemesArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '');
/** Texts: mostly words, sometimes any Unicode, sometimes padded with white space (trimmed by the runtime). */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: wordsArb },
  { weight: 2, arbitrary: graphemesArb },
  { weight: 1, arbitrary: anyTextArb },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u3000'), wordsArb).map(([ws, t]) => `${ws}${t}${ws}`) },
);

/** A LangText: a string or a language map with `ar` and/or `en`. */
export const langTextArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 2, arbitrary: textArb },
  { weight: 3, arbitrary: fc.record({ ar: textArb, en: textArb }) },
  { weight: 1, arbitrary: fc.record({ ar: textArb }) },
  { weight: 1, arbitrary: fc.record({ en: textArb }) },
);

/** Dates from year 100 (the runtime reads years 0–99 as 19xx and rejects them) to 9999. */
const dayArb = fc
  .date({ min: new Date(Date.UTC(100, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Mostly near today, where widgets show "upcoming", "overdue" and relative dates. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: dayArb },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2000-02-29', '2030-12-31', '0100-01-01', '9999-12-31') },
);
const two = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(2, '0'));
const offsetArb = fc.oneof(
  fc.constant('Z'),
  fc.tuple(fc.constantFrom('+', '-'), two(0, 23), two(0, 59)).map(([s, h, m]) => `${s}${h}:${m}`),
);
export const dateTimeArb: fc.Arbitrary<string> = fc
  .tuple(dateArb, two(0, 23), two(0, 59), fc.option(fc.tuple(two(0, 59), fc.option(fc.integer({ min: 0, max: 999999 })))), offsetArb)
  .map(([d, h, m, s, z]) => `${d}T${h}:${m}${s ? `:${s[0]}${s[1] === null ? '' : `.${s[1]}`}` : ''}${z}`);
export const dateOrDateTimeArb: fc.Arbitrary<string> = fc.oneof(dateArb, dateTimeArb);

export const TIME_ZONES = ['Asia/Qatar', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Bahrain', 'Asia/Kuwait', 'Asia/Muscat', 'UTC', 'Europe/London'];

/** E-mail addresses as the runtime's check (`EMAIL_RE` in src/feed/schema.ts) reads them. */
export const emailArb: fc.Arbitrary<string> = fc.stringMatching(/^[\w+-]{1,12}(?:\.[\w+-]{1,6}){0,2}@[\da-zA-Z]{1,10}(?:[.-][\da-zA-Z]{1,8}){0,2}\.[a-zA-Z]{2,6}$/u);

/** https, http, mailto, tel and relative URLs. */
export const urlArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: emailArb.map((e) => `mailto:${e}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^\+?[0-9]{3,14}$/u).map((n) => `tel:${n}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('/docs/synthetic.pdf', 'synthetic.pdf', '#a', '?q=1', '../up', 'HTTPS://EXAMPLE.ORG/X', 'Mailto:test-person-a@example.org', ' https://example.org/padded'),
  },
);
export const colorArb: fc.Arbitrary<string> = fc.stringMatching(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/u);
const orderArb = fc.stringMatching(/^\d{1,4}(\.\d{1,4}){0,3}$/u);
const versionArb = fc.stringMatching(/^1\.\d{1,2}(\.\d{1,2})?$/u);

// ---------------------------------------------------------------------------
// Valid feeds
// ---------------------------------------------------------------------------

export interface FeedArbOptions {
  /** Longest list (default 3). */
  maxItems?: number;
  /** Deepest agenda nesting, top level = 1 (default 3). */
  maxDepth?: number;
}

const pick = <T>(list: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...list);
const refTo = (ids: string[]): fc.Arbitrary<string> | undefined => (ids.length ? fc.constantFrom(...ids) : undefined);
/** fc.record that leaves out the keys whose arbitrary is undefined (no entries to refer to). */
function rec(shape: Record<string, fc.Arbitrary<unknown> | undefined>, required: string[] = []): fc.Arbitrary<JsonObject> {
  const present = Object.fromEntries(Object.entries(shape).filter(([, a]) => a !== undefined)) as Record<string, fc.Arbitrary<unknown>>;
  return fc.record(present, { requiredKeys: required.filter((k) => k in present) }) as unknown as fc.Arbitrary<JsonObject>;
}
const uniqueIds = (max: number) => fc.uniqueArray(idArb, { maxLength: max });

interface Ids {
  orgs: string[];
  people: string[];
  meetings: string[];
  initiatives: string[];
  groups: string[];
}

function agendaItemArb(ids: Ids, depth: number, o: Required<FeedArbOptions>): fc.Arbitrary<JsonObject> {
  const actor = { state: pick(STATE_IDS), organization: refTo(ids.orgs), person: refTo(ids.people), name: langTextArb };
  return rec(
    {
      id: idArb,
      order: orderArb,
      title: langTextArb,
      kind: pick(AGENDA_KINDS),
      presenter: rec(actor),
      status: pick(AGENDA_STATUSES),
      decision: langTextArb,
      references: rec({
        initiatives: ids.initiatives.length ? fc.array(fc.constantFrom(...ids.initiatives), { maxLength: 2 }) : undefined,
        workingGroups: ids.groups.length ? fc.array(fc.constantFrom(...ids.groups), { maxLength: 2 }) : undefined,
      }),
      items: depth < o.maxDepth ? fc.array(agendaItemArb(ids, depth + 1, o), { maxLength: o.maxItems }) : undefined,
    },
    ['id', 'title'],
  );
}

function feedWithIds(ids: Ids, o: Required<FeedArbOptions>): fc.Arbitrary<JsonObject> {
  const n = o.maxItems;
  const list = <T>(a: fc.Arbitrary<T>) => fc.array(a, { maxLength: n });
  const withIds = (list: string[], make: (id: string) => fc.Arbitrary<JsonObject>): fc.Arbitrary<JsonObject[]> =>
    list.length ? fc.tuple(...list.map(make)) : fc.constant([]);
  const actor = { state: pick(STATE_IDS), organization: refTo(ids.orgs), person: refTo(ids.people), name: langTextArb };
  const extra = fc.dictionary(fc.string({ maxLength: 6 }).map((k) => `x-${k}`), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 });

  const organization = (id: string) => rec({ id: fc.constant(id), name: langTextArb, state: pick(STATE_IDS), url: urlArb }, ['id', 'name']);
  const person = (id: string) =>
    rec({ id: fc.constant(id), name: langTextArb, title: langTextArb, organization: refTo(ids.orgs), state: pick(STATE_IDS) }, ['id', 'name']);
  const meeting = (id: string) =>
    fc
      .tuple(
        rec(
          {
            id: fc.constant(id),
            number: fc.integer({ min: 1, max: 250 }),
            title: langTextArb,
            body: langTextArb,
            start: dateOrDateTimeArb,
            end: dateOrDateTimeArb,
            timeZone: pick(TIME_ZONES),
            status: pick(MEETING_STATUSES),
            mode: pick(MEETING_MODES),
            host: rec({ state: pick(STATE_IDS), organization: refTo(ids.orgs) }),
            venue: rec({ name: langTextArb, city: langTextArb }),
            participants: list(rec({ ...actor, role: pick(PARTICIPANT_ROLES), note: langTextArb }, ['role'])),
            summary: langTextArb,
            outcomes: list(langTextArb),
            documents: list(rec({ title: langTextArb, url: urlArb, type: fc.constantFrom('pdf', 'docx', 'نص') }, ['title', 'url'])),
            sources: list(rec({ title: langTextArb, publisher: langTextArb, date: dateArb, url: urlArb }, ['title'])),
            agenda: list(agendaItemArb(ids, 1, o)),
          },
          ['id', 'status'],
        ),
        extra,
      )
      .map(([m, x]): JsonObject => ({ ...(x as JsonObject), ...m }));
  const initiative = (id: string) =>
    rec(
      {
        id: fc.constant(id),
        title: langTextArb,
        track: langTextArb,
        summary: langTextArb,
        phase: rec({ current: fc.integer({ min: 1, max: 12 }), total: fc.integer({ min: 1, max: 12 }) }, ['current']),
        status: pick(INITIATIVE_STATUSES),
        progress: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
        leadStates: fc.array(pick(STATE_IDS), { maxLength: 3 }),
        participatingStates: fc.array(pick(STATE_IDS), { maxLength: 7 }),
        workingGroup: refTo(ids.groups),
        milestones: list(rec({ title: langTextArb, due: dateArb, done: dateArb }, ['title'])),
        updated: dateOrDateTimeArb,
      },
      ['id', 'title', 'status'],
    );
  const member = rec({
    ...actor,
    role: pick(MEMBER_ROLES),
    since: dateArb,
    until: dateArb,
    email: emailArb,
    url: urlArb,
    image: fc.constantFrom('/test/fixtures/working-group-roster/photo.svg', '/test/fixtures/working-group-roster/photo.svg?size=48'),
  });
  const group = (id: string) =>
    rec(
      {
        id: fc.constant(id),
        name: langTextArb,
        kind: pick(GROUP_KINDS),
        parent: langTextArb,
        mandate: langTextArb,
        status: pick(GROUP_STATUSES),
        transferredTo: refTo(ids.groups),
        established: dateArb,
        members: fc.array(member, { maxLength: n + 2 }),
      },
      ['id', 'name'],
    );

  return fc
    .tuple(
      rec(
        {
          $schema: fc.constant('https://unpkg.com/majlis-widgets/schema/feed.schema.json'),
          version: versionArb,
          committee: rec(
            { id: idArb, name: langTextArb, parentBody: langTextArb, secretariat: rec({ name: langTextArb, city: langTextArb }, ['name']), url: urlArb },
            ['id', 'name'],
          ),
          states: fc.array(rec({ id: pick(STATE_IDS), name: langTextArb, accent: colorArb }, ['id']), { maxLength: 7 }),
        },
        ['version', 'committee'],
      ),
      // Every list is either absent or holds exactly the generated ids (so references resolve).
      fc.record({
        organizations: withIds(ids.orgs, organization),
        people: withIds(ids.people, person),
        meetings: withIds(ids.meetings, meeting),
        initiatives: withIds(ids.initiatives, initiative),
        workingGroups: withIds(ids.groups, group),
      }),
      fc.record({ organizations: fc.boolean(), people: fc.boolean(), meetings: fc.boolean(), initiatives: fc.boolean(), workingGroups: fc.boolean() }),
      extra,
    )
    .map(([head, lists, keepEmpty, x]) => {
      const feed: JsonObject = { ...(x as JsonObject), ...head };
      for (const [k, v] of Object.entries(lists)) if (v.length || keepEmpty[k as keyof typeof keepEmpty]) feed[k] = v;
      return feed;
    });
}

/** Feeds that validate with no warning: unique ids, references that resolve, every value of the right shape. */
export function validFeed(opts: FeedArbOptions = {}): fc.Arbitrary<JsonObject> {
  const o: Required<FeedArbOptions> = { maxItems: 3, maxDepth: 3, ...opts };
  const n = o.maxItems;
  return fc
    .record({ orgs: uniqueIds(n), people: uniqueIds(n), meetings: uniqueIds(n), initiatives: uniqueIds(n), groups: uniqueIds(n) })
    .chain((ids) => feedWithIds(ids, o));
}

// ---------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------

/** Values at the edges of what the contract accepts, and values of the wrong type. */
export const EDGE_VALUES: Json[] = [
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  1.5,
  100,
  100.0001,
  1e21,
  '',
  ' ',
  '\u00a0',
  '\ufeff',
  'x',
  'XX',
  'BH',
  'GS',
  'held',
  'chair',
  '#fff',
  '#ggg',
  'red',
  'red;background:url(https://evil.example/x)',
  '1.0',
  '2.0',
  '01.0',
  '0.9',
  '1',
  '1.0.0.0',
  'a'.repeat(128),
  'a'.repeat(129),
  '-x',
  'x y',
  'x:y.z_w-1',
  '2024-02-29',
  '2023-02-29',
  '2100-02-29',
  '2000-02-29',
  '2024-04-31',
  '2024-13-01',
  '0099-12-31',
  '0000-01-01',
  '0100-01-01',
  '2024-06-06T09:00:00+03:00',
  '2024-06-06T09:00:00',
  '2024-06-06T24:00Z',
  '2023-02-29T09:00Z',
  '2024-06-06T09:00:60Z',
  '06/06/2024',
  'Asia/Qatar',
  'asia/qatar',
  'Mars/Olympus_Mons',
  'https://example.org/',
  'HTTP://EXAMPLE.ORG/',
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '\\\\example.org\\share',
  '//example.org/x',
  'mailto:test-person-a@example.org',
  'tel:+97300000000',
  `https://example.org/${'a'.repeat(4090)}`,
  `https://example.org/${'a'.repeat(4076)}`,
  'test.person@example.org',
  'a@b.c',
  'a!b@example.org',
  'a@b--c.org',
  'a..b@example.org',
  'a@example.o',
  'a@example.org1',
  [],
  [null],
  ['x'],
  {},
  { ar: '' },
  { ar: ' ' },
  { en: 'Synthetic' },
  { fr: 'x' },
  { ar: 'x', en: 5 },
  { ar: 'نص', fr: 'x' },
  { id: 'x' },
  { id: 'x', title: 'Synthetic' },
  { id: 'x', name: 'Synthetic', status: 'active' },
];

type Container = JsonObject | Json[];
/** Every place in `root` that holds a value: [container, key]. */
function places(root: Json): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (Array.isArray(node)) node.forEach((v, i) => (out.push([node, i]), stack.push(v)));
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) out.push([node, k]), stack.push(v);
  }
  return out;
}

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'edge'; at: number; value: Json }
  | { kind: 'json'; at: number; value: Json }
  | { kind: 'string'; at: number; how: 'pad' | 'control' | 'upper' | 'truncate' | 'double' }
  | { kind: 'duplicate'; at: number }
  | { kind: 'insert'; at: number; value: Json };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('edge' as const), at: fc.nat(), value: fc.constantFrom(...EDGE_VALUES) }),
  fc.record({ kind: fc.constant('json' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('string' as const), at: fc.nat(), how: fc.constantFrom('pad' as const, 'control' as const, 'upper' as const, 'truncate' as const, 'double' as const) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.constantFrom(...EDGE_VALUES) }),
);

/** Applies the mutations to `feed` in place (each picks a place by index, modulo the places there are). */
export function mutate(feed: JsonObject, mutations: Mutation[]): JsonObject {
  for (const m of mutations) {
    const all = places(feed);
    if (!all.length) break;
    const [box, key] = all[m.at % all.length]!;
    const get = (): Json => (Array.isArray(box) ? box[key as number]! : box[key as string]!);
    const set = (v: Json) => (Array.isArray(box) ? (box[key as number] = v) : (box[key as string] = v));
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(box)) box.splice(key as number, 1);
        else delete box[key as string];
        break;
      case 'edge':
      case 'json':
        set(structuredClone(m.value));
        break;
      case 'string': {
        const v = get();
        if (typeof v !== 'string') break;
        set(
          m.how === 'pad'
            ? ` ${v}\n`
            : m.how === 'control'
              ? `${v.slice(0, 1)}\u0007${v.slice(1)}`
              : m.how === 'upper'
                ? v.toUpperCase()
                : m.how === 'truncate'
                  ? v.slice(0, Math.floor(v.length / 2))
                  : v + v,
        );
        break;
      }
      case 'duplicate': {
        const v = get();
        if (Array.isArray(v) && v.length) v.push(structuredClone(v[0]!));
        break;
      }
      case 'insert': {
        const v = get();
        if (Array.isArray(v)) v.splice(m.at % (v.length + 1), 0, structuredClone(m.value));
        else if (v !== null && typeof v === 'object') v[`x${m.at % 7}`] = structuredClone(m.value);
        break;
      }
    }
  }
  return feed;
}

/** A valid feed with one to three random changes. */
export function mutatedFeed(opts: FeedArbOptions = {}): fc.Arbitrary<JsonObject> {
  return fc.tuple(validFeed(opts), fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(([feed, ms]) => mutate(structuredClone(feed), ms));
}

// ---------------------------------------------------------------------------
// Extremes
// ---------------------------------------------------------------------------

const minimal = (): JsonObject => ({ version: '1.0', committee: { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } } });

/** One held meeting whose agenda is a chain of items nested `depth` deep. */
export function deepAgendaFeed(depth: number): JsonObject {
  let item: JsonObject = { id: `item-${depth}`, title: `Synthetic item ${depth}` };
  for (let d = depth - 1; d >= 1; d--) item = { id: `item-${d}`, title: `Synthetic item ${d}`, items: [item] };
  return { ...minimal(), meetings: [{ id: 'deep', number: 1, status: 'held', start: '2030-01-10', agenda: [item] }] };
}

/** One held meeting with `n` agenda items (every tenth has two sub-items). */
export function hugeAgendaFeed(n: number): JsonObject {
  const agenda: JsonObject[] = Array.from({ length: n }, (_, i) => ({
    id: `item-${i}`,
    order: String((i % 9999) + 1),
    title: { ar: `بند اختباري ${i}`, en: `Synthetic item ${i}` },
    status: AGENDA_STATUSES[i % AGENDA_STATUSES.length]!,
    ...(i % 10 === 0 ? { items: [{ id: `item-${i}-a`, title: 'Sub-item A' }, { id: `item-${i}-b`, title: 'Sub-item B' }] } : {}),
  }));
  return { ...minimal(), meetings: [{ id: 'huge', number: 2, status: 'held', start: '2030-01-10', agenda }] };
}

/** `n` of everything: meetings, initiatives, groups with members. */
export function hugeListsFeed(n: number): JsonObject {
  const range = (k: number) => Array.from({ length: k }, (_, i) => i);
  return {
    ...minimal(),
    meetings: range(n).map((i) => ({ id: `m-${i}`, number: i + 1, status: 'held', start: '2030-01-10' })),
    initiatives: range(n).map((i) => ({ id: `i-${i}`, title: `Synthetic initiative ${i}`, status: INITIATIVE_STATUSES[i % INITIATIVE_STATUSES.length]! })),
    workingGroups: range(Math.ceil(n / 10)).map((g) => ({
      id: `g-${g}`,
      name: `Synthetic group ${g}`,
      members: range(10).map((i) => ({ name: `Test Person ${g}-${i}`, state: STATE_IDS[i % STATE_IDS.length]!, role: MEMBER_ROLES[i % MEMBER_ROLES.length]! })),
    })),
  };
}

// ---------------------------------------------------------------------------
// Junk shaped like a feed, and what every validation result must look like
// ---------------------------------------------------------------------------

/** Objects with the feed's keys, each holding either something close to right or arbitrary JSON. */
export function feedShapedJunk(): fc.Arbitrary<JsonObject> {
  const junk = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
  const or = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: junk }) as fc.Arbitrary<Json>;
  const listOf = (a: fc.Arbitrary<unknown>) => or(fc.array(or(a), { maxLength: 4 }));
  const agendaItem = rec({ id: or(idArb), title: or(langTextArb), status: or(pick(AGENDA_STATUSES)), items: listOf(rec({ id: or(idArb), title: or(langTextArb), items: junk })) });
  return rec(
    {
      version: fc.oneof(versionArb, fc.constantFrom('2.0', '0.1', '1', '1.0.0.0', '', '01.0', '1.x'), junk),
      committee: or(rec({ id: or(idArb), name: or(langTextArb), url: or(urlArb) })),
      states: listOf(rec({ id: or(pick(STATE_IDS)), name: or(langTextArb), accent: or(colorArb) })),
      organizations: listOf(rec({ id: or(idArb), name: or(langTextArb), url: or(urlArb) })),
      people: listOf(rec({ id: or(idArb), name: or(langTextArb), organization: or(idArb) })),
      meetings: listOf(rec({ id: or(idArb), status: or(pick(MEETING_STATUSES)), start: or(dateOrDateTimeArb), timeZone: or(pick(TIME_ZONES)), agenda: listOf(agendaItem) })),
      initiatives: listOf(rec({ id: or(idArb), title: or(langTextArb), status: or(pick(INITIATIVE_STATUSES)), progress: or(fc.double()), milestones: listOf(rec({ title: or(langTextArb), due: or(dateArb) })) })),
      workingGroups: listOf(rec({ id: or(idArb), name: or(langTextArb), members: listOf(rec({ name: or(langTextArb), email: or(emailArb), url: or(urlArb), since: or(dateArb) })) })),
    },
    ['version', 'committee'],
  );
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

function issueProblem(i: unknown, warning: boolean): string | undefined {
  if (!isObject(i)) return 'an issue that is not an object';
  if (typeof i['path'] !== 'string' || !i['path'].startsWith('$')) return `an issue whose path does not start with "$": ${JSON.stringify(i)}`;
  if (typeof i['expected'] !== 'string' || i['expected'].trim() === '') return `an issue without "expected": ${JSON.stringify(i)}`;
  if (i['received'] !== undefined && typeof i['received'] !== 'string') return `an issue whose "received" is not a string: ${JSON.stringify(i)}`;
  if (i['dropped'] !== undefined && (!warning || typeof i['dropped'] !== 'string' || !i['dropped'].startsWith('$'))) return `a bad "dropped": ${JSON.stringify(i)}`;
  return undefined;
}

/**
 * What is wrong with a `validateFeed` result, or undefined: it must be `{ ok: true, feed, warnings }` or
 * `{ ok: false, reason, errors }` (at least one), every issue with a `$` path and a non-empty `expected`.
 */
export function resultProblem(r: unknown): string | undefined {
  if (!isObject(r)) return 'the result is not an object';
  if (r['ok'] === true) {
    if (!isObject(r['feed'])) return 'ok without a feed';
    if (!Array.isArray(r['warnings'])) return 'ok without a warnings list';
    for (const w of r['warnings']) {
      const p = issueProblem(w, true);
      if (p) return p;
    }
    return undefined;
  }
  if (r['ok'] === false) {
    if (r['reason'] !== 'invalid' && r['reason'] !== 'version') return `an unknown reason ${String(r['reason'])}`;
    if (!Array.isArray(r['errors']) || r['errors'].length === 0) return 'not ok, without errors';
    for (const e of r['errors']) {
      const p = issueProblem(e, false);
      if (p) return p;
    }
    return undefined;
  }
  return '"ok" is neither true nor false';
}

/**
 * What is wrong with validating a parsed copy of `input` in place (`{ owned: true }`, as a widget does with a feed it
 * parses), or undefined: it must give the same JSON as validating a copy, key order included (a server that copied
 * the feed and the browser that shares it must agree, for hydration). Inputs JSON cannot hold are passed over.
 */
export function inPlaceProblem(input: unknown, validate: (x: unknown, o?: { owned?: boolean }) => unknown): string | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  const copied = JSON.stringify(validate(JSON.parse(text)));
  const owned = JSON.stringify(validate(JSON.parse(text), { owned: true }));
  return owned === copied ? undefined : `validating in place gives another result: ${owned} ≠ ${copied}`;
}
