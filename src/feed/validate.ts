import * as v from 'valibot';
import { FEED_MAJOR_VERSION, FeedSchema, MAX_AGENDA_DEPTH, MAX_LIST_ITEMS, type AgendaItem, type Feed } from './schema.js';

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
}

export type ValidationResult =
  | { ok: true; feed: Feed; warnings: FeedIssue[] }
  | { ok: false; reason: 'invalid' | 'version'; errors: FeedIssue[] };

type PathKey = string | number;

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
 * expected shape.
 */
export function validateFeed(input: unknown): ValidationResult {
  try {
    return validate(input);
  } catch (err) {
    // The schema should never throw; if it does (e.g. a pathological input), fail clearly.
    return { ok: false, reason: 'invalid', errors: [{ path: '$', expected: `a feed the validator can read (${String(err)})` }] };
  }
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

  const warnings: FeedIssue[] = [];
  let doc: unknown = input;
  // Positions in pruned lists map back to positions in the input, so every path names the input.
  const origin = new WeakMap<unknown[], number[]>();
  const inputPath = (keys: readonly PathKey[]): string => {
    let node: unknown = doc;
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
  // Items past a list's limit and agenda items nested too deep are left out first: the schema walks nesting
  // recursively, and rendering is linear in the items.
  const long = tooLongLists(input);
  const deep = tooDeepAgendaItems(input);
  if (long.drops.size || deep.drops.size) {
    warnings.push(...long.warnings, ...deep.warnings);
    for (const [list, skip] of deep.drops) long.drops.set(list, new Set([...(long.drops.get(list) ?? []), ...skip]));
    for (const c of deep.touched) long.touched.add(c);
    doc = prune(doc, long.drops, origin, long.touched);
  }
  // Each pass drops the items that hold problems; a further pass catches problems hidden behind the first.
  for (let pass = 0; pass < 8; pass++) {
    // A valid feed (the usual case) needs only the fast parser; valibot runs to find and name the problems.
    const fast = parseFeedFast(doc);
    const result = fast ? { success: true as const, output: fast.output } : v.safeParse(FeedSchema, doc, { abortPipeEarly: true });
    if (result.success) {
      const feed = result.output as Feed;
      warnings.push(...checkReferences(feed, inputPath));
      return { ok: true, feed, warnings };
    }
    const drops = new Map<unknown[], Set<number>>();
    // The containers on the way to a dropped item: only these are copied by prune().
    const touched = new Set<unknown>();
    const fatal: FeedIssue[] = [];
    for (const issue of result.issues) {
      const path = issue.path ?? [];
      const keys = path.map((p) => p.key as PathKey);
      let dropAt = -1;
      for (let i = path.length - 1; i >= 0; i--) {
        if (path[i]!.type === 'array') {
          dropAt = i;
          break;
        }
      }
      const found: FeedIssue = { path: inputPath(keys), expected: expectedOf(issue), received: describe(issue.input) };
      if (dropAt < 0) {
        fatal.push(found);
        continue;
      }
      const item = path[dropAt]!;
      const list = item.input as unknown[];
      for (let i = 0; i <= dropAt; i++) touched.add(path[i]!.input);
      let set = drops.get(list);
      if (!set) drops.set(list, (set = new Set()));
      set.add(item.key as number);
      warnings.push({ ...found, dropped: inputPath(keys.slice(0, dropAt + 1)) });
    }
    if (fatal.length > 0) return { ok: false, reason: 'invalid', errors: fatal };
    doc = prune(doc, drops, origin, touched);
  }
  return { ok: false, reason: 'invalid', errors: warnings.length ? warnings : [{ path: '$', expected: 'a valid feed' }] };
}

// ---------------------------------------------------------------------------
// Fast path
// ---------------------------------------------------------------------------

/** A compiled schema: the output valibot would give for a valid input, or {@link FAIL}. */
type FastRun = (input: unknown) => unknown;
const FAIL: unique symbol = Symbol('invalid');

/** The parts of a valibot schema or pipe action that the fast parser reads. */
interface SchemaNode {
  kind: string;
  type: string;
  pipe?: readonly SchemaNode[];
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  options?: readonly unknown[];
  getter?: (input: unknown) => SchemaNode;
  check?: (input: unknown) => boolean;
  requirement?: unknown;
  default?: unknown;
  fallback?: unknown;
}

const compiledRuns = new WeakMap<object, FastRun | null>();

/** A check of one pipe action, or undefined when the fast parser does not know the action. */
function compileAction(a: SchemaNode): ((x: never) => boolean) | undefined {
  const r = a.requirement;
  switch (a.type) {
    case 'min_length':
      return (x: string) => x.length >= (r as number);
    case 'max_length':
      return (x: string) => x.length <= (r as number);
    case 'regex':
    case 'email':
      return (x: string) => (r as RegExp).test(x);
    case 'check':
      return r as (x: unknown) => boolean;
    case 'integer':
      return (x: number) => Number.isInteger(x);
    case 'min_value':
      return (x: number) => x >= (r as number);
    case 'max_value':
      return (x: number) => x <= (r as number);
    default:
      return undefined;
  }
}

function compilePipe(items: readonly SchemaNode[]): FastRun | undefined {
  const steps: FastRun[] = [];
  for (const item of items) {
    if (item.kind === 'metadata') continue;
    if (item.kind === 'schema') {
      const run = compileSchema(item);
      if (!run) return undefined;
      steps.push(run);
    } else if (item.kind === 'transformation' && item.type === 'trim') {
      steps.push((x) => (x as string).trim());
    } else if (item.kind === 'validation') {
      const ok = compileAction(item) as ((x: unknown) => boolean) | undefined;
      if (!ok) return undefined;
      steps.push((x) => (ok(x) ? x : FAIL));
    } else return undefined;
  }
  // Pipes are short (a type and one to three checks): chained closures, no loop.
  let run = steps[0];
  for (const step of steps.slice(1)) {
    const before = run!;
    run = (x) => {
      const y = before(x);
      return y === FAIL ? FAIL : step(y);
    };
  }
  return run;
}

function compileObject(entries: Record<string, SchemaNode>): FastRun | undefined {
  const keys = Object.keys(entries);
  const runs: FastRun[] = [];
  const optional: boolean[] = [];
  for (const k of keys) {
    const e = entries[k]!;
    if (e.default !== undefined || e.fallback !== undefined || e.type === 'exact_optional' || e.type === 'nullish') return undefined;
    const run = compileSchema(e);
    if (!run) return undefined;
    runs.push(run);
    optional.push(e.type === 'optional');
  }
  return (input) => {
    if (!input || typeof input !== 'object') return FAIL;
    const src = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const value = src[k];
      // Like valibot: a key that is there (even holding undefined) is parsed and kept; a missing one is not.
      if (value !== undefined || k in src) {
        const x = runs[i]!(value);
        if (x === FAIL) return FAIL;
        out[k] = x;
      } else if (!optional[i]) return FAIL;
    }
    return out;
  };
}

/**
 * Compiles a valibot schema into a function that, for a valid input, returns
 * the same output as valibot (unknown keys left out, strings trimmed, fresh
 * objects and lists), and {@link FAIL} for an invalid one, without building
 * any issue. Undefined when the schema uses something it does not know: then
 * valibot does all the work.
 */
function compileSchema(s: SchemaNode): FastRun | undefined {
  const known = compiledRuns.get(s);
  if (known !== undefined) return known ?? undefined;
  let run: FastRun | undefined;
  if (s.pipe) run = compilePipe(s.pipe);
  else {
    switch (s.type) {
      case 'string':
        run = (x) => (typeof x === 'string' ? x : FAIL);
        break;
      case 'number':
        run = (x) => (typeof x === 'number' && !Number.isNaN(x) ? x : FAIL);
        break;
      case 'picklist': {
        const options = s.options ?? [];
        run = (x) => (options.includes(x) ? x : FAIL);
        break;
      }
      case 'custom': {
        const ok = s.check!;
        run = (x) => (ok(x) ? x : FAIL);
        break;
      }
      case 'optional': {
        const inner = s.default === undefined ? compileSchema(s.wrapped!) : undefined;
        run = inner && ((x) => (x === undefined ? undefined : inner(x)));
        break;
      }
      case 'array': {
        const item = compileSchema(s.item!);
        run =
          item &&
          ((x) => {
            if (!Array.isArray(x)) return FAIL;
            const out: unknown[] = [];
            for (const el of x) {
              const y = item(el);
              if (y === FAIL) return FAIL;
              out.push(y);
            }
            return out;
          });
        break;
      }
      case 'object':
        run = compileObject(s.entries!);
        break;
      case 'union': {
        const runs = (s.options as SchemaNode[]).map(compileSchema);
        if (runs.every((r) => r)) {
          const list = runs as FastRun[];
          run = (x) => {
            for (const r of list) {
              const y = r(x);
              if (y !== FAIL) return y;
            }
            return FAIL;
          };
        }
        break;
      }
      case 'lazy': {
        // Resolved on use (a recursive schema refers to itself through lazy); an unknown target reads as invalid, so valibot decides.
        const getter = s.getter!;
        run = (x) => {
          const target = compileSchema(getter(x));
          return target ? target(x) : FAIL;
        };
        break;
      }
      default:
        run = undefined;
    }
  }
  compiledRuns.set(s, run ?? null);
  return run;
}

/**
 * valibot's output for `schema` when `input` is valid, computed without
 * valibot's bookkeeping; undefined when the input is invalid (or the schema
 * uses something the fast parser does not know), where valibot must run.
 */
export function fastParse<T>(schema: v.GenericSchema<unknown, T>, input: unknown): { output: T } | undefined {
  const run = compileSchema(schema as unknown as SchemaNode);
  if (!run) return undefined;
  const output = run(input);
  return output === FAIL ? undefined : { output: output as T };
}

const parseFeedFast = (doc: unknown) => fastParse(FeedSchema, doc);

/** What a required field holds, for "missing key" messages. */
const REQUIRED_SHAPES: Record<string, string> = {
  version: 'a version string such as "1.0"',
  committee: 'an object with "id" and "name"',
  id: 'an id of letters, digits, "-", "_", "." or ":"',
  name: 'a text: a string or { "ar": "…", "en": "…" }',
  title: 'a text: a string or { "ar": "…", "en": "…" }',
  status: 'one of the status values listed in the feed schema',
  role: 'one of the role values listed in the feed schema',
  url: 'an https, http, mailto or tel URL, or a relative one',
  current: 'the current phase number (a whole number from 1)',
};

function expectedOf(issue: v.BaseIssue<unknown>): string {
  // Our schemas carry plain-English messages that start with "expected"; keep valibot's for the rest.
  const m = issue.message;
  const key = issue.path?.[issue.path.length - 1]?.key;
  if (m.startsWith('Invalid key') && typeof key === 'string') {
    return `a "${key}" field${REQUIRED_SHAPES[key] ? `: ${REQUIRED_SHAPES[key]}` : ''}`;
  }
  if (m.startsWith('expected')) return m.slice('expected '.length);
  if (issue.expected) return `${issue.expected} (${m})`;
  return m;
}

/** The lists of the feed's items, by the top-level list the item is in (other fields hold no list). */
const ITEM_LISTS: Readonly<Record<string, readonly string[]>> = {
  states: [],
  organizations: [],
  people: [],
  meetings: ['participants', 'outcomes', 'documents', 'sources', 'agenda'],
  initiatives: ['leadStates', 'participatingStates', 'milestones'],
  workingGroups: ['members'],
};

/**
 * Lists longer than {@link MAX_LIST_ITEMS}: each keeps its first items, the
 * rest are dropped with one warning per list, in the document's order. Only
 * the lists the schema has are looked at (valibot leaves other fields out
 * unread), agenda items down to {@link MAX_AGENDA_DEPTH}, without recursion.
 * Containers on the way to such a list are `touched` (copied by prune()).
 */
function tooLongLists(input: Record<string, unknown>): { drops: Map<unknown[], Set<number>>; touched: Set<unknown>; warnings: FeedIssue[] } {
  const drops = new Map<unknown[], Set<number>>();
  const touched = new Set<unknown>();
  const warnings: FeedIssue[] = [];
  /** A container on the way down, with the key it has in its parent: the chain is walked up only for a long list. */
  interface Step {
    node: unknown;
    key: PathKey;
    parent?: Step;
  }
  const root: Step = { node: input, key: '$' };
  const check = (list: unknown, key: PathKey, parent: Step): void => {
    if (!Array.isArray(list) || list.length <= MAX_LIST_ITEMS) return;
    const keys: PathKey[] = [key];
    touched.add(list);
    for (let s: Step | undefined = parent; s; s = s.parent) {
      touched.add(s.node);
      if (s.parent) keys.unshift(s.key);
    }
    const skip = new Set<number>();
    for (let i = MAX_LIST_ITEMS; i < list.length; i++) skip.add(i);
    drops.set(list, skip);
    warnings.push({
      path: formatPath(keys),
      expected: `a list of at most ${MAX_LIST_ITEMS.toLocaleString('en')} items (the ${(list.length - MAX_LIST_ITEMS).toLocaleString('en')} after them are left out)`,
      received: `a list of ${list.length.toLocaleString('en')}`,
      dropped: formatPath([...keys, MAX_LIST_ITEMS]),
      droppedCount: list.length - MAX_LIST_ITEMS,
    });
  };
  const items = (list: unknown): unknown[] => (Array.isArray(list) ? list.slice(0, MAX_LIST_ITEMS) : []);
  for (const [name, inner] of Object.entries(ITEM_LISTS)) {
    const list = input[name];
    check(list, name, root);
    if (!inner.length) continue;
    const listStep: Step = { node: list, key: name, parent: root };
    items(list).forEach((item, i) => {
      if (!isRecord(item)) return;
      const itemStep: Step = { node: item, key: i, parent: listStep };
      for (const field of inner) {
        check(item[field], field, itemStep);
        if (field === 'agenda') agendaLists(item[field], { node: item[field], key: field, parent: itemStep });
      }
    });
  }
  /** Sub-items and references of every agenda item, depth-first in document order. */
  function agendaLists(list: unknown, listStep: Step): void {
    const stack: { list: unknown; step: Step; depth: number }[] = [{ list, step: listStep, depth: 1 }];
    while (stack.length) {
      const { list: l, step, depth } = stack.pop()!;
      const children: { list: unknown; step: Step; depth: number }[] = [];
      items(l).forEach((item, i) => {
        if (!isRecord(item)) return;
        const itemStep: Step = { node: item, key: i, parent: step };
        const refs = item['references'];
        if (isRecord(refs)) {
          const refsStep: Step = { node: refs, key: 'references', parent: itemStep };
          check(refs['initiatives'], 'initiatives', refsStep);
          check(refs['workingGroups'], 'workingGroups', refsStep);
        }
        check(item['items'], 'items', itemStep);
        if (depth < MAX_AGENDA_DEPTH && Array.isArray(item['items'])) children.push({ list: item['items'], step: { node: item['items'], key: 'items', parent: itemStep }, depth: depth + 1 });
      });
      for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
    }
  }
  return { drops, touched, warnings };
}

/**
 * Agenda items nested deeper than {@link MAX_AGENDA_DEPTH}, found without
 * recursion (a hostile feed may nest thousands of levels): the lists that hold
 * them, the containers on the way to those lists, and a warning for each item.
 */
function tooDeepAgendaItems(input: Record<string, unknown>): { drops: Map<unknown[], Set<number>>; touched: Set<unknown>; warnings: FeedIssue[] } {
  const drops = new Map<unknown[], Set<number>>();
  const touched = new Set<unknown>();
  const warnings: FeedIssue[] = [];
  const meetings = input['meetings'];
  if (!Array.isArray(meetings) || !nestedDeeperThan(meetings, MAX_AGENDA_DEPTH)) return { drops, touched, warnings };
  const stack: { list: unknown[]; keys: PathKey[]; chain: unknown[]; depth: number }[] = [];
  meetings.forEach((m, i) => {
    if (isRecord(m) && Array.isArray(m['agenda'])) stack.push({ list: m['agenda'], keys: ['meetings', i, 'agenda'], chain: [input, meetings, m], depth: 1 });
  });
  for (let level = stack.pop(); level; level = stack.pop()) {
    const { list, keys, chain, depth } = level;
    if (depth > MAX_AGENDA_DEPTH) {
      for (const c of [...chain, list]) touched.add(c);
      drops.set(list, new Set(list.keys()));
      list.forEach((_, j) => {
        const path = formatPath([...keys, j]);
        warnings.push({ path, expected: `agenda items nested at most ${MAX_AGENDA_DEPTH} deep`, received: `an item at depth ${depth}`, dropped: path });
      });
      continue;
    }
    list.forEach((item, j) => {
      if (isRecord(item) && Array.isArray(item['items'])) stack.push({ list: item['items'], keys: [...keys, j, 'items'], chain: [...chain, list, item], depth: depth + 1 });
    });
  }
  return { drops, touched, warnings };
}

/** Whether some agenda nests items deeper than `max`: a walk that allocates nothing per item (the usual feed has no such item). */
function nestedDeeperThan(meetings: unknown[], max: number): boolean {
  const lists: unknown[][] = [];
  const depths: number[] = [];
  for (const m of meetings) {
    if (isRecord(m) && Array.isArray(m['agenda'])) {
      lists.push(m['agenda']);
      depths.push(1);
    }
  }
  while (lists.length) {
    const list = lists.pop()!;
    const depth = depths.pop()!;
    if (depth > max) return true;
    for (const item of list) {
      if (isRecord(item) && Array.isArray(item['items'])) {
        lists.push(item['items']);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/** A copy of `value` without the dropped list items. What holds no dropped item is shared, neither copied nor walked. */
function prune(value: unknown, drops: Map<unknown[], Set<number>>, origin: WeakMap<unknown[], number[]>, touched: Set<unknown>): unknown {
  if (!touched.has(value)) return value;
  if (Array.isArray(value)) {
    const skip = drops.get(value);
    const before = origin.get(value);
    const out: unknown[] = [];
    const from: number[] = [];
    value.forEach((x, i) => {
      if (skip?.has(i)) return;
      out.push(prune(x, drops, origin, touched));
      from.push(before?.[i] ?? i);
    });
    origin.set(out, from);
    return out;
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    // defineProperty: a "__proto__" key from JSON.parse stays a plain key and never becomes the prototype.
    for (const [k, x] of Object.entries(value)) Object.defineProperty(out, k, { value: prune(x, drops, origin, touched), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/**
 * Cross-references: an id that points nowhere is a warning and the reference is
 * removed (the item itself stays). Later duplicates of an id are dropped.
 */
function checkReferences(feed: Feed, inputPath: (keys: readonly PathKey[]) => string): FeedIssue[] {
  const warnings: FeedIssue[] = [];
  const duplicates: (() => void)[] = [];
  // Duplicates are found first and removed last, so that every path below names the input's positions.
  const dedupe = <T extends { id: string }>(list: T[] | undefined, name: string): Set<string> => {
    const seen = new Set<string>();
    if (!list) return seen;
    const dup = new Set<T>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) {
        dup.add(item);
        warnings.push({ path: inputPath([name, i, 'id']), expected: `an id not used before in ${name}`, received: describe(item.id), dropped: inputPath([name, i]) });
      } else seen.add(item.id);
    });
    if (dup.size) duplicates.push(() => list.splice(0, list.length, ...list.filter((x) => !dup.has(x))));
    return seen;
  };
  const orgs = dedupe(feed.organizations, 'organizations');
  const people = dedupe(feed.people, 'people');
  dedupe(feed.meetings, 'meetings');
  const initiatives = dedupe(feed.initiatives, 'initiatives');
  const groups = dedupe(feed.workingGroups, 'workingGroups');

  const ref = (obj: Record<string, unknown>, key: string, known: Set<string>, path: PathKey[], what: string) => {
    const id = obj[key];
    if (typeof id === 'string' && !known.has(id)) {
      warnings.push({ path: inputPath([...path, key]), expected: `the id of one of the feed's ${what}`, received: describe(id) });
      delete obj[key];
    }
  };
  const refList = (obj: Record<string, unknown>, key: string, known: Set<string>, path: PathKey[], what: string) => {
    const ids = obj[key];
    if (!Array.isArray(ids)) return;
    obj[key] = ids.filter((id: string, i) => {
      if (known.has(id)) return true;
      warnings.push({ path: inputPath([...path, key, i]), expected: `the id of one of the feed's ${what}`, received: describe(id) });
      return false;
    });
  };
  const actor = (a: Record<string, unknown> | undefined, path: PathKey[]) => {
    if (!a) return;
    ref(a, 'organization', orgs, path, 'organizations');
    ref(a, 'person', people, path, 'people');
  };
  feed.people?.forEach((p, i) => ref(p, 'organization', orgs, ['people', i], 'organizations'));
  const walkAgenda = (items: AgendaItem[] | undefined, path: PathKey[]): void => {
    items?.forEach((it, i) => {
      const p = [...path, i];
      actor(it.presenter, [...p, 'presenter']);
      if (it.references) {
        refList(it.references, 'initiatives', initiatives, [...p, 'references'], 'initiatives');
        refList(it.references, 'workingGroups', groups, [...p, 'references'], 'working groups');
      }
      walkAgenda(it.items, [...p, 'items']);
    });
  };
  feed.meetings?.forEach((m, i) => {
    actor(m.host, ['meetings', i, 'host']);
    m.participants?.forEach((x, j) => actor(x, ['meetings', i, 'participants', j]));
    walkAgenda(m.agenda, ['meetings', i, 'agenda']);
  });
  feed.initiatives?.forEach((it, i) => ref(it, 'workingGroup', groups, ['initiatives', i], 'working groups'));
  feed.workingGroups?.forEach((g, i) => {
    ref(g, 'transferredTo', groups, ['workingGroups', i], 'working groups');
    g.members?.forEach((m, j) => actor(m, ['workingGroups', i, 'members', j]));
  });
  for (const remove of duplicates) remove();
  return warnings;
}
