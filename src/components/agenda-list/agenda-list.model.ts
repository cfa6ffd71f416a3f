/**
 * Pure selection for `<agenda-list>`: feed + meeting → agenda model (once per
 * meeting object, cached) → filtered view (per filter and query, cached by the
 * element) → rows (flattened with depth, for the virtualized path). Nothing
 * here renders; nothing here reads the DOM.
 */
import { parseList, parseStates } from '../../util/attr-list.js';
import { fragmentId } from '../../base/majlis-element.js';
import { AGENDA_KINDS, AGENDA_STATUSES, type AgendaItem, type Feed, type LangText, type Meeting, type StateId } from '../../feed/schema.js';
import { indexFeed, type StateInfo } from '../../feed/select.js';
import { bilingualLabels, foldForSearch, searchableText } from '../../util/search.js';
import { agendaKindLabel, agendaStatusLabel, type AgendaKind, type AgendaStatus } from './agenda-list.labels.js';

/** Default of `virtualize-threshold`: agendas with more items than this (nested ones included) are virtualized. */
export const DEFAULT_VIRTUALIZE_THRESHOLD = 200;

/** A linked initiative or working group of an item. */
export interface AgendaReference {
  kind: 'initiative' | 'working-group';
  id: string;
  /** Stable fragment id of the entry in its own widget (`initiative-<id>`, `group-<id>`). */
  fragment: string;
  /** The initiative's title or the group's name. */
  name: LangText;
}

/** Who presents an item, resolved against the feed's people and organizations. */
export interface PresenterInfo {
  /** A person of the feed, or the inline name. */
  who?: LangText;
  /** A person's title. */
  title?: LangText;
  organization?: LangText;
  /** The state (given, or the person's or organization's). */
  state?: StateInfo;
}

/** One agenda item of the meeting, resolved. */
export interface AgendaEntry {
  /** Position in document order over the whole agenda (0-based); a stable key. */
  index: number;
  id: string;
  item: AgendaItem;
  /** 0 for top-level items. */
  depth: number;
  /** Order label in ASCII digits: the feed's `order`, else built from the position (`2.3`). */
  label: string;
  parent?: AgendaEntry;
  children: AgendaEntry[];
  /** Stable fragment id (`agenda-<meeting>-<item>`); unique in the element (a repeated item id gets a suffix). */
  fragment: string;
  /** The state the presenter belongs to, for the state filter. */
  presenterState?: StateId;
  presenter?: PresenterInfo;
  references: AgendaReference[];
  /** The folded searchable text, once a search has needed it (see {@link entryHay}). */
  hay?: string;
}

/**
 * An entry's folded searchable text: order, title, decision, kind, status, presenter and references, in both
 * languages. Built when a search first needs it and kept: an agenda of 10,000 items that is never searched does
 * not pay for it (it was a third of the first render).
 */
export function entryHay(e: AgendaEntry): string {
  if (e.hay !== undefined) return e.hay;
  const { item, presenter: p, references } = e;
  e.hay = [
    foldForSearch(e.label),
    searchableText(item.title, item.decision),
    item.kind ? labelHay(`k:${item.kind}`, () => agendaKindLabel(item.kind!)) : '',
    item.status ? labelHay(`s:${item.status}`, () => agendaStatusLabel(item.status!)) : '',
    p ? searchableText(p.who, p.title, p.organization, p.state?.name) : '',
    references.length ? searchableText(...references.map((r) => r.name)) : '',
  ]
    .filter(Boolean)
    .join(' \u0000 ');
  return e.hay;
}

/** The references of an item that has none (most): one shared list. */
const NO_REFERENCES: AgendaReference[] = [];

export interface AgendaModel {
  meeting: Meeting;
  roots: AgendaEntry[];
  /** Every item in document order (pre-order). */
  all: AgendaEntry[];
  byFragment: Map<string, AgendaEntry>;
  /** Some item has sub-items. */
  hasNested: boolean;
  /** Values present in this agenda, in the schema's order (for the chips). */
  statuses: AgendaStatus[];
  kinds: AgendaKind[];
  /** Presenter states present in this agenda, in the committee's order. */
  states: StateInfo[];
}

const models = new WeakMap<Meeting, AgendaModel>();
/** The labels of kinds, statuses and roles in Arabic and English, folded, so that a search in either language finds them. */
const labelHay = bilingualLabels();

interface Lookups {
  initiatives: Map<string, LangText>;
  groups: Map<string, LangText>;
}
const lookups = new WeakMap<Feed, Lookups>();

function lookupsOf(feed: Feed): Lookups {
  let l = lookups.get(feed);
  if (!l) {
    l = {
      initiatives: new Map((feed.initiatives ?? []).map((i) => [i.id, i.title])),
      groups: new Map((feed.workingGroups ?? []).map((g) => [g.id, g.name])),
    };
    lookups.set(feed, l);
  }
  return l;
}

/** The agenda model of a meeting of `feed`, built once per meeting object. */
export function agendaModel(feed: Feed, meeting: Meeting): AgendaModel {
  let model = models.get(meeting);
  if (model) return model;
  const idx = indexFeed(feed);
  const { initiatives, groups } = lookupsOf(feed);
  const all: AgendaEntry[] = [];
  const byFragment = new Map<string, AgendaEntry>();
  const statuses = new Set<AgendaStatus>();
  const kinds = new Set<AgendaKind>();
  const states = new Set<StateId>();
  let hasNested = false;

  const resolvePresenter = (p: AgendaItem['presenter']): { info?: PresenterInfo; state?: StateId } | undefined => {
    if (!p) return undefined;
    const person = idx.person(p.person);
    const org = idx.organization(p.organization ?? person?.organization);
    const state = p.state ?? person?.state ?? org?.state;
    const info: PresenterInfo = {
      who: person?.name ?? p.name,
      title: person?.title,
      organization: org?.name,
      state: state ? idx.state(state) : undefined,
    };
    if (!info.who && !info.organization && !info.state) return undefined;
    return { info, state };
  };

  // Iterative pre-order walk (an agenda of any depth or length never overflows the stack).
  const stack: { items: AgendaItem[]; i: number; parent?: AgendaEntry }[] = [{ items: meeting.agenda ?? [], i: 0 }];
  const roots: AgendaEntry[] = [];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.items.length) {
      stack.pop();
      continue;
    }
    const position = top.i++;
    const item = top.items[position]!;
    const parent = top.parent;
    const label = item.order ?? (parent ? `${parent.label}.${position + 1}` : String(position + 1));
    const presenter = resolvePresenter(item.presenter);
    let references = NO_REFERENCES;
    if (item.references) {
      references = [];
      for (const id of item.references.initiatives ?? []) {
        const name = initiatives.get(id);
        if (name) references.push({ kind: 'initiative', id, fragment: fragmentId.initiative(id), name });
      }
      for (const id of item.references.workingGroups ?? []) {
        const name = groups.get(id);
        if (name) references.push({ kind: 'working-group', id, fragment: fragmentId.workingGroup(id), name });
      }
    }
    let fragment = fragmentId.agendaItem(meeting.id, item.id);
    if (byFragment.has(fragment)) fragment = `${fragment}--${all.length}`;
    const entry: AgendaEntry = {
      index: all.length,
      id: item.id,
      item,
      depth: parent ? parent.depth + 1 : 0,
      label,
      parent,
      children: [],
      fragment,
      presenterState: presenter?.state,
      presenter: presenter?.info,
      references,
      hay: undefined,
    };
    all.push(entry);
    byFragment.set(fragment, entry);
    (parent ? parent.children : roots).push(entry);
    if (item.status) statuses.add(item.status);
    if (item.kind) kinds.add(item.kind);
    if (presenter?.state) states.add(presenter.state);
    if (item.items?.length) {
      hasNested = true;
      stack.push({ items: item.items, i: 0, parent: entry });
    }
  }

  model = {
    meeting,
    roots,
    all,
    byFragment,
    hasNested,
    statuses: AGENDA_STATUSES.filter((s) => statuses.has(s)),
    kinds: AGENDA_KINDS.filter((k) => kinds.has(k)),
    states: idx.states.filter((s) => states.has(s.id)),
  };
  models.set(meeting, model);
  return model;
}

// ---------------------------------------------------------------------------
// Filter attributes
// ---------------------------------------------------------------------------

export const parseStatuses = (v: string | null | undefined): AgendaStatus[] => parseList(v, AGENDA_STATUSES);
export const parseKinds = (v: string | null | undefined): AgendaKind[] => parseList(v, AGENDA_KINDS);
export { parseStates };

// ---------------------------------------------------------------------------
// The filtered view
// ---------------------------------------------------------------------------

export interface AgendaFilter {
  statuses: readonly AgendaStatus[];
  kinds: readonly AgendaKind[];
  states: readonly StateId[];
  /** The compiled query (see `compileQuery`). */
  matches: (folded: string) => boolean;
  /** The query has a term (else `matches` accepts everything). */
  hasQuery: boolean;
}

/** What each item is in a view. */
/** What each item is in a view: hidden, shown only as the parent of a match (context), or a match. */
export const Shown = { Hidden: 0, Context: 1, Match: 2 } as const;

export interface AgendaView {
  model: AgendaModel;
  /** Some filter or search is active. */
  filtered: boolean;
  /** Per item (by `index`): hidden, context or match. */
  shown: Uint8Array;
  matchCount: number;
  total: number;
  /** Some shown item has shown sub-items (else there is nothing to expand or collapse). */
  nested: boolean;
  /** The shown children of an item (of the agenda's top level for `undefined`), cached. */
  kids(entry: AgendaEntry | undefined): AgendaEntry[];
}

/**
 * Filters the agenda. An item matches when it passes every active filter (a
 * status filter keeps items with one of the statuses; an item with no status
 * passes every filter but a status filter; likewise for kind and presenter
 * state) and the query. Parents of a match stay visible as context.
 */
export function agendaView(model: AgendaModel, f: AgendaFilter): AgendaView {
  const total = model.all.length;
  const shown = new Uint8Array(total);
  const statuses = new Set(f.statuses);
  const kinds = new Set(f.kinds);
  const states = new Set(f.states);
  const filtered = statuses.size > 0 || kinds.size > 0 || states.size > 0 || f.hasQuery;
  let matchCount = 0;
  let nested = model.hasNested;
  if (!filtered) {
    shown.fill(Shown.Match);
    matchCount = total;
  } else {
    nested = false;
    for (const e of model.all) {
      const it = e.item;
      if (statuses.size && !(it.status && statuses.has(it.status))) continue;
      if (kinds.size && !(it.kind && kinds.has(it.kind))) continue;
      if (states.size && !(e.presenterState && states.has(e.presenterState))) continue;
      if (f.hasQuery && !f.matches(entryHay(e))) continue;
      shown[e.index] = Shown.Match;
      matchCount++;
      if (e.parent) nested = true;
      for (let p = e.parent; p && shown[p.index] === Shown.Hidden; p = p.parent) shown[p.index] = Shown.Context;
    }
  }
  const kidsCache = new Map<AgendaEntry | undefined, AgendaEntry[]>();
  const kids = (entry: AgendaEntry | undefined): AgendaEntry[] => {
    let list = kidsCache.get(entry);
    if (!list) {
      const all = entry ? entry.children : model.roots;
      list = filtered ? all.filter((c) => shown[c.index] !== Shown.Hidden) : all;
      kidsCache.set(entry, list);
    }
    return list;
  };
  return { model, filtered, shown, matchCount, total, nested, kids };
}

// ---------------------------------------------------------------------------
// Rows (the virtualized path)
// ---------------------------------------------------------------------------

/** One row of the flattened list, with what a screen reader needs to rebuild the tree. */
export interface AgendaRow {
  entry: AgendaEntry;
  /** `aria-level`: 1 for top-level items. */
  level: number;
  /** `aria-posinset` and `aria-setsize` among the shown siblings. */
  posinset: number;
  setsize: number;
}

/** The shown items in document order, skipping the children of closed items. */
export function flattenRows(view: AgendaView, isOpen: (e: AgendaEntry) => boolean): AgendaRow[] {
  const rows: AgendaRow[] = [];
  const stack: { list: AgendaEntry[]; i: number }[] = [{ list: view.kids(undefined), i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.list.length) {
      stack.pop();
      continue;
    }
    const i = top.i++;
    const entry = top.list[i]!;
    rows.push({ entry, level: entry.depth + 1, posinset: i + 1, setsize: top.list.length });
    if (entry.children.length && isOpen(entry)) {
      const kids = view.kids(entry);
      if (kids.length) stack.push({ list: kids, i: 0 });
    }
  }
  return rows;
}

