import { AgendaItemShape, FEED_MAJOR_VERSION, FeedContract, MAX_AGENDA_DEPTH, MAX_LIST_ITEMS, type AgendaItem, type Feed, type RefKind, type Shape } from './schema.js';

/** One problem found in a feed, with its JSON path and the shape that was expected there. */
export interface FeedIssue {
  /** JSON path of the problem, e.g. `$.meetings[1].start`. */
  path: string;
  /** What was expected there, in plain English (for developers). */
  expected: string;
  /** A short rendering of what was found, when known. */
  received?: string;
  /** Path of the item that was left out because of this problem (only for warnings). */
  dropped?: string;
  /** How many items were left out from `dropped` on, when more than one (a list over its limit). */
  droppedCount?: number;
  /** The `id` of the item left out, when it has one (so that a widget asked for that id can say why it is missing). */
  droppedId?: string;
}

export type ValidationResult =
  | { ok: true; feed: Feed; warnings: FeedIssue[] }
  | { ok: false; reason: 'invalid' | 'version'; errors: FeedIssue[] };

type PathKey = string | number;

/**
 * The paths of the items left out (`dropped`), each once, without those inside another left-out item (a meeting
 * left out takes its documents along), in the warnings' order.
 */
export function leftOutPaths(warnings: readonly FeedIssue[]): string[] {
  const paths = new Set<string>();
  for (const w of warnings) if (w.dropped !== undefined) paths.add(w.dropped);
  const inside = (p: string): boolean => {
    for (let k = 1; k < p.length; k++) if ((p[k] === '.' || p[k] === '[') && paths.has(p.slice(0, k))) return true;
    return false;
  };
  return [...paths].filter((p) => !inside(p));
}

/** Formats path keys as a JSON path: `$.meetings[1].title.ar`. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '$';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (/^[A-Za-z_$][\w$]*$/u.test(k)) out += `.${k}`;
    else out += `[${JSON.stringify(k)}]`;
  }
  return out;
}

function describe(value: unknown): string {
  let s: string;
  if (value === undefined) s = 'nothing';
  else if (Array.isArray(value)) s = `a list of ${value.length}`;
  else if (value !== null && typeof value === 'object') s = 'an object';
  else s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * Validates a parsed JSON value as a Majlis feed.
 *
 * Never throws. Problems inside list items drop only that item (the innermost
 * list element that contains the problem) and come back as `warnings`; problems
 * in the root (no `version`, no `committee`, an unknown major version) make the
 * result `ok: false` with `errors`. Every issue names its JSON path and the
 * expected shape. The feed returned has its texts trimmed and unknown keys left
 * out. It is a copy, and the input is never changed, unless `owned` is set: the
 * caller gives the input up (it comes straight from `JSON.parse`: plain data, no
 * object in two places), so parts that need no change are taken as they are, and
 * the reference checks may change them. Either way the result is the same, key
 * order included.
 */
export function validateFeed(input: unknown, { owned = false }: { owned?: boolean } = {}): ValidationResult {
  try {
    share = owned;
    return validate(input);
  } catch (err) {
    // The checks should never throw; if they do (e.g. a pathological input), fail clearly.
    return { ok: false, reason: 'invalid', errors: [{ path: '$', expected: `a feed the validator can read (${String(err)})` }] };
  } finally {
    found = [];
    share = false;
    for (const k in refs) refs[k as RefKind] = [];
  }
}

// ---------------------------------------------------------------------------
// The checks, compiled once from the contract (src/feed/schema.ts)
// ---------------------------------------------------------------------------

/** A problem on its way up to the root. */
interface Found {
  /** Path keys from the problem up: each container adds its key as the problem passes it. */
  keys: PathKey[];
  expected: string;
  value?: unknown;
  received?: string;
  /** How many of `keys` lie below the item left out for this problem (set by the innermost list holding it). */
  below?: number;
  /** A list over its limit: how many items were left out after the first MAX_LIST_ITEMS. */
  count?: number;
  /** The id of the item left out for this problem, when it has one. */
  id?: string;
}

/** What a check returns for a value that does not fit (its problems are in `found`). */
const FAIL: unique symbol = Symbol('invalid');
/** A check: the value's validated copy, or FAIL. */
type Check = (x: unknown) => unknown;

/** The problems of the current run. */
let found: Found[] = [];
/** Lists of the output that lost items: the input index of each item kept (so paths name the input). */
let origin = new WeakMap<unknown[], number[]>();
/** Agenda lists entered and not left. */
let agendaDepth = 0;
/** The input is the caller's to give up: a part that needs no change is returned as it is, not copied. */
let share = false;
/** Every reference read, by the list it names (checked against that list's ids once the feed is read). */
const refs: Record<RefKind, string[]> = { organizations: [], people: [], initiatives: [], workingGroups: [] };

function fail(expected: string, value: unknown): typeof FAIL {
  found.push({ keys: [], expected, value });
  return FAIL;
}

/** Adds `key` to the path of the problems found since `mark`. */
function under(key: PathKey, mark: number): void {
  for (let i = mark; i < found.length; i++) found[i]!.keys.push(key);
}

/** One part of a language map: its trimmed text, or FAIL (with the problem under `key`). */
function textPart(s: unknown, key: string, language: string): string | typeof FAIL {
  const t = typeof s === 'string' ? s.trim() : undefined;
  if (t) return t;
  fail(t === undefined ? `${language} text (a string)` : `${language} text, not an empty string`, t ?? s);
  found[found.length - 1]!.keys.push(key);
  return FAIL;
}

function checkText(v: unknown): unknown {
  if (typeof v === 'string') {
    const t = v.trim();
    return t || fail('a text, not an empty string', t);
  }
  if (!isRecord(v)) return fail('a text: a string or { "ar": "…", "en": "…" }', v);
  const ar = v['ar'] === undefined ? undefined : textPart(v['ar'], 'ar', 'Arabic');
  const en = v['en'] === undefined ? undefined : textPart(v['en'], 'en', 'English');
  if (ar === FAIL || en === FAIL) return FAIL;
  if (ar === undefined && en === undefined) return fail('a language map with "ar" and/or "en"', v);
  // Shared only when it is the map a copy would make, key order included (a server that copied the feed and the
  // browser that shares it must see the same feed: hydration compares them).
  if (share && ar === v['ar'] && en === v['en'] && (ar === undefined ? keysAre(v, 'en') : en === undefined ? keysAre(v, 'ar') : keysAre(v, 'ar', 'en'))) return v;
  // The same keys in the same order for every map: one object shape.
  return ar === undefined ? { en } : en === undefined ? { ar } : { ar, en };
}

/** True when the keys of `v` are `a`, then `b` if given, and no other. */
function keysAre(v: object, a: string, b?: string): boolean {
  let i = 0;
  for (const k in v) if (k !== (i++ ? b : a)) return false;
  return i === (b === undefined ? 1 : 2);
}

const compiled = new WeakMap<Shape, Check>();

function compile(s: Shape): Check {
  let c = compiled.get(s);
  if (!c) {
    c = build(s);
    compiled.set(s, c);
  }
  return c;
}

function build(s: Shape): Check {
  const x = s.x;
  switch (s.t) {
    case 'str': {
      const { ok, to } = s;
      // A reference is kept for checkReferences.
      if (to) return (v) => (typeof v === 'string' && ok!(v) ? (refs[to].push(v), v) : fail(x, v));
      return ok ? (v) => (typeof v === 'string' && ok(v) ? v : fail(x, v)) : (v) => (typeof v === 'string' ? v : fail(x, v));
    }
    case 'num': {
      const { int, min = -Infinity, max = Infinity } = s;
      return (v) => (typeof v === 'number' && v >= min && v <= max && (!int || Number.isInteger(v)) ? v : fail(x, v));
    }
    case 'one': {
      const of = new Set<unknown>(s.of);
      return (v) => (of.has(v) ? v : fail(x, v));
    }
    case 'text':
      return checkText;
    case 'agenda': {
      let item: Check | undefined;
      return (v) => (item ??= compile(AgendaItemShape))(v);
    }
    case 'list':
      return listCheck(compile(s.of), x, s.of === AgendaItemShape || s.of.t === 'agenda');
    case 'obj':
      return objectCheck(s.f, s.req, `${x}, not a list or a value`);
  }
}

/** `check(value)`, its problems put under `key`. */
function checked(check: Check, key: PathKey, value: unknown): unknown {
  const mark = found.length;
  const y = check(value);
  if (found.length !== mark) under(key, mark);
  return y;
}

function objectCheck(fields: Readonly<Record<string, Shape>>, required: readonly string[], expected: string): Check {
  const keys = Object.keys(fields);
  if (keys.length > 30) throw new Error('an object of the contract has more fields than a mask of 30 bits holds');
  // Each field's check and its bit in a mask of the fields read.
  const index = new Map(keys.map((k, i) => [k, { check: compile(fields[k]!), bit: 2 ** i }]));
  const all = 2 ** keys.length - 1;
  const requiredBits = required.reduce((m, k) => m | index.get(k)!.bit, 0);
  /** A copy of the known fields of `v` before `end` (they passed unchanged). */
  const copy = (v: Record<string, unknown>, end?: string) => {
    const out: Record<string, unknown> = {};
    for (const k in v) {
      if (k === end) break;
      if (index.has(k) && v[k] !== undefined) out[k] = v[k];
    }
    return out;
  };
  return (v) => {
    if (!isRecord(v)) return fail(expected, v);
    // Shared input is copied only from the first field that changed (or at the end, to leave out unknown keys).
    let out: Record<string, unknown> | undefined = share ? undefined : {};
    let ok = true;
    let unknown = false;
    let seen = 0;
    // The input's keys in its order (the document's order for parsed JSON); a known one is checked.
    for (const k in v) {
      const field = index.get(k);
      const value = v[k];
      if (!field) {
        unknown = true;
        continue;
      }
      if (value === undefined) continue;
      seen |= field.bit;
      const y = checked(field.check, k, value);
      if (y === FAIL) ok = false;
      else if (out) out[k] = y;
      else if (y !== value) (out = copy(v, k))[k] = y;
    }
    // A given object (copied, not parsed JSON) may hold fields that are not enumerable, such as getters: by name.
    if (!share && seen !== all) {
      for (const k of keys) {
        const field = index.get(k)!;
        const value = v[k];
        if (seen & field.bit || value === undefined) continue;
        seen |= field.bit;
        const y = checked(field.check, k, value);
        if (y === FAIL) ok = false;
        else out![k] = y;
      }
    }
    if ((seen & requiredBits) !== requiredBits) {
      ok = false;
      for (const k of required) {
        if (seen & index.get(k)!.bit) continue;
        fail(`a "${k}" field: ${fields[k]!.x}`, undefined);
        found[found.length - 1]!.keys.push(k);
      }
    }
    if (!ok) return FAIL;
    return out ?? (unknown ? copy(v) : v);
  };
}

/**
 * A list: an item with a problem is left out (its problems become warnings), the others are kept. Items past
 * MAX_LIST_ITEMS are left out unread, and so are agenda items nested deeper than MAX_AGENDA_DEPTH.
 */
function listCheck(item: Check, expected: string, agenda: boolean): Check {
  return (v) => {
    if (!Array.isArray(v)) return fail(expected, v);
    const n = Math.min(v.length, MAX_LIST_ITEMS);
    if (v.length > n) {
      const more = v.length - n;
      found.push({
        keys: [],
        expected: `a list of at most ${n.toLocaleString('en')} items (the ${more.toLocaleString('en')} after them are left out)`,
        received: `a list of ${v.length.toLocaleString('en')}`,
        count: more,
      });
    }
    // Shared input is copied only from the first item that changed or was left out.
    let out: unknown[] | undefined = share && v.length === n ? undefined : [];
    if (agenda && ++agendaDepth > MAX_AGENDA_DEPTH) {
      out ??= [];
      for (let i = 0; i < n; i++) {
        found.push({ keys: [i], expected: `agenda items nested at most ${MAX_AGENDA_DEPTH} deep`, received: `an item at depth ${agendaDepth}`, below: 0, id: idOf(v[i]) });
      }
    } else {
      let from: number[] | undefined;
      for (let i = 0; i < n; i++) {
        const mark = found.length;
        const y = item(v[i]);
        for (let j = mark; j < found.length; j++) {
          const f = found[j]!;
          if (f.below === undefined && f.count === undefined) {
            f.below = f.keys.length;
            f.id = idOf(v[i]);
          }
          f.keys.push(i);
        }
        if (!out && y !== v[i]) out = v.slice(0, i);
        if (y === FAIL) from ??= out!.map((_, k) => k);
        else {
          out?.push(y);
          from?.push(i);
        }
      }
      if (from) origin.set(out!, from);
    }
    if (agenda) agendaDepth--;
    return out ?? v;
  };
}

/** An item's `id`, when it is a text of at most 100 characters (an item may be left out for a runaway id). */
function idOf(item: unknown): string | undefined {
  const id = isRecord(item) ? item['id'] : undefined;
  const t = typeof id === 'string' ? id.trim() : '';
  return t && t.length <= 100 ? t : undefined;
}

/** The problem as the caller sees it: its path from the root, and the item it left out (a warning) or none (an error). */
function issueOf(f: Found): FeedIssue {
  const keys = f.keys.reverse();
  const issue: FeedIssue = { path: formatPath(keys), expected: f.expected, received: f.received ?? describe(f.value) };
  if (f.count !== undefined) {
    issue.dropped = formatPath([...keys, MAX_LIST_ITEMS]);
    issue.droppedCount = f.count;
  } else if (f.below !== undefined) {
    issue.dropped = formatPath(keys.slice(0, keys.length - f.below));
    if (f.id !== undefined) issue.droppedId = f.id;
  }
  return issue;
}

function validate(input: unknown): ValidationResult {
  if (!isRecord(input)) {
    return {
      ok: false,
      reason: 'invalid',
      errors: [{ path: '$', expected: 'a JSON object with "version" and "committee"', received: describe(input) }],
    };
  }
  const version = input['version'];
  if (typeof version === 'string' && /^\d+\./u.test(version) && Number.parseInt(version, 10) !== FEED_MAJOR_VERSION) {
    return {
      ok: false,
      reason: 'version',
      errors: [{ path: '$.version', expected: `a feed of version ${FEED_MAJOR_VERSION}.x (this library cannot read version ${version})`, received: describe(version) }],
    };
  }
  found = [];
  origin = new WeakMap();
  agendaDepth = 0;
  const feed = compile(FeedContract)(input);
  const issues = found.map(issueOf);
  if (feed === FAIL) {
    const errors = issues.filter((i) => i.dropped === undefined);
    return { ok: false, reason: 'invalid', errors: errors.length ? errors : [{ path: '$', expected: 'a valid feed' }] };
  }
  const inputPath = (keys: readonly PathKey[]): string => {
    let node: unknown = feed;
    const out: PathKey[] = [];
    for (const k of keys) {
      if (Array.isArray(node) && typeof k === 'number') {
        out.push(origin.get(node)?.[k] ?? k);
        node = node[k];
      } else {
        out.push(k);
        node = isRecord(node) ? node[k as string] : undefined;
      }
    }
    return formatPath(out);
  };
  issues.push(...checkReferences(feed as Feed, inputPath));
  return { ok: true, feed: feed as Feed, warnings: issues };
}

/**
 * Cross-references: an id that points nowhere is a warning and the reference is
 * removed (the item itself stays). Later duplicates of an id are dropped. The
 * whole feed is walked only when an id repeats or a reference read while
 * validating names no entry.
 */
function checkReferences(feed: Feed, inputPath: (keys: readonly PathKey[]) => string): FeedIssue[] {
  const warnings: FeedIssue[] = [];
  const duplicates: (() => void)[] = [];
  // Duplicates are found first and removed last, so that every path below names the input's positions.
  const dedupe = <T extends { id: string }>(list: T[] | undefined, name: string): Set<string> => {
    const seen = new Set<string>();
    if (!list) return seen;
    const dup = new Set<T>();
    for (let i = 0; i < list.length; i++) {
      const item = list[i]!;
      const size = seen.size;
      if (seen.add(item.id).size === size) {
        dup.add(item);
        warnings.push({ path: inputPath([name, i, 'id']), expected: `an id not used before in ${name}`, received: describe(item.id), dropped: inputPath([name, i]), droppedId: item.id });
      }
    }
    if (dup.size) duplicates.push(() => list.splice(0, list.length, ...list.filter((x) => !dup.has(x))));
    return seen;
  };
  const orgs = dedupe(feed.organizations, 'organizations');
  const people = dedupe(feed.people, 'people');
  dedupe(feed.meetings, 'meetings');
  const initiatives = dedupe(feed.initiatives, 'initiatives');
  const groups = dedupe(feed.workingGroups, 'workingGroups');
  const known: Record<RefKind, Set<string>> = { organizations: orgs, people, initiatives, workingGroups: groups };
  if (!warnings.length && (Object.keys(refs) as RefKind[]).every((k) => refs[k].every((id) => known[k].has(id)))) return warnings;

  // The path of the part being checked, one key per level: copied only for a warning.
  const at: PathKey[] = [];
  const here = (...keys: PathKey[]) => inputPath([...at, ...keys]);
  const ref = (o: object, key: string, known: Set<string>, what: string) => {
    const obj = o as Record<string, unknown>;
    const id = obj[key];
    if (typeof id === 'string' && !known.has(id)) {
      warnings.push({ path: here(key), expected: `the id of one of the feed's ${what}`, received: describe(id) });
      delete obj[key];
    }
  };
  const refList = (o: object, key: string, known: Set<string>, what: string) => {
    const obj = o as Record<string, unknown>;
    const ids = obj[key];
    if (!Array.isArray(ids) || ids.every((id: string) => known.has(id))) return;
    obj[key] = ids.filter((id: string, i) => {
      if (known.has(id)) return true;
      warnings.push({ path: here(key, i), expected: `the id of one of the feed's ${what}`, received: describe(id) });
      return false;
    });
  };
  const actor = (a: object | undefined) => {
    if (!a) return;
    ref(a, 'organization', orgs, 'organizations');
    ref(a, 'person', people, 'people');
  };
  /** Runs `check` on each item of `list`, with `at` naming the item. */
  const each = <T>(list: T[] | undefined, keys: PathKey[], check: (item: T) => void) => {
    if (!list) return;
    at.push(...keys, 0);
    for (let i = 0; i < list.length; i++) {
      at[at.length - 1] = i;
      check(list[i]!);
    }
    at.length -= keys.length + 1;
  };
  const walkAgenda = (it: AgendaItem): void => {
    at.push('presenter');
    actor(it.presenter);
    at[at.length - 1] = 'references';
    if (it.references) {
      refList(it.references, 'initiatives', initiatives, 'initiatives');
      refList(it.references, 'workingGroups', groups, 'working groups');
    }
    at.pop();
    each(it.items, ['items'], walkAgenda);
  };
  each(feed.people, ['people'], (p) => ref(p, 'organization', orgs, 'organizations'));
  each(feed.meetings, ['meetings'], (m) => {
    at.push('host');
    actor(m.host);
    at.pop();
    each(m.participants, ['participants'], actor);
    each(m.agenda, ['agenda'], walkAgenda);
  });
  each(feed.initiatives, ['initiatives'], (it) => ref(it, 'workingGroup', groups, 'working groups'));
  each(feed.workingGroups, ['workingGroups'], (g) => {
    ref(g, 'transferredTo', groups, 'working groups');
    each(g.members, ['members'], actor);
  });
  for (const remove of duplicates) remove();
  return warnings;
}
