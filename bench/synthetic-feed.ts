/**
 * A deterministic synthetic feed for the benchmarks and the performance tests.
 *
 * Every name in it is plainly synthetic ("Synthetic member 17"); nothing is
 * random (the same sizes give the same feed, byte for byte), so that every
 * sample of a benchmark, the widget and its vanilla baseline render the same
 * data.
 */

/** How many entries of each kind the feed has. */
export interface FeedSize {
  /** Agenda items of the benchmark meeting, nested ones included. */
  agendaItems?: number;
  /** Members over all working groups (100 per group). */
  members?: number;
  initiatives?: number;
}

/** The benchmark meeting (its id is what `<agenda-list meeting>` names). */
export const BENCH_MEETING = 'm-bench';
/** The clock the benchmarks give the widgets (`.now`), so "former", "overdue" and "3 months ago" never drift. */
export const BENCH_NOW = new Date('2031-01-15T09:00:00Z');

const STATES = ['AE', 'BH', 'SA', 'OM', 'QA', 'KW', 'GS'] as const;
const AGENDA_KINDS = ['report', 'presentation', 'discussion', 'decision', 'review', 'briefing'] as const;
const AGENDA_STATUSES = ['pending', 'discussed', 'approved', 'adopted', 'noted', 'deferred'] as const;
const INITIATIVE_STATUSES = ['proposed', 'under-study', 'approved', 'in-progress', 'completed', 'on-hold', 'cancelled'] as const;
const TRACKS = 5;
const ORGS = 14;
const MEMBERS_PER_GROUP = 100;

type Json = Record<string, unknown>;

const text = (ar: string, en: string) => ({ ar, en });
/** A day `n` days after 2028-01-01, as `YYYY-MM-DD`. */
const day = (n: number) => new Date(Date.UTC(2028, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const state = (i: number) => STATES[i % STATES.length]!;

function organizations(): Json[] {
  return Array.from({ length: ORGS }, (_, i) => ({
    id: `org-${i}`,
    name: text(`جهة تجريبية ${i}`, `Synthetic authority ${i}`),
    state: state(i),
    ...(i % 3 === 0 ? { url: `https://example.org/synthetic/${i}` } : {}),
  }));
}

function people(count: number): Json[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p-${i}`,
    name: text(`عضو تجريبي ${i}`, `Synthetic member ${i}`),
    ...(i % 2 === 0 ? { title: text(`مسمى تجريبي ${i % 9}`, `Synthetic title ${i % 9}`) } : {}),
    organization: `org-${i % ORGS}`,
    state: state(i + (i >> 3)),
  }));
}

function initiatives(count: number, groups: number): Json[] {
  return Array.from({ length: count }, (_, i) => {
    const lead = [state(i)];
    if (i % 4 === 0) lead.push(state(i + 2));
    const milestones = Array.from({ length: i % 4 }, (_, k) => ({
      title: text(`مرحلة تجريبية ${k + 1}`, `Synthetic milestone ${k + 1}`),
      ...(k === 0 ? { done: day(200 + (i % 300)) } : k === 1 ? { due: day(900 + (i % 400)) } : {}),
    }));
    return {
      id: `i-${i}`,
      title: text(`مبادرة تجريبية ${i}`, `Synthetic initiative ${i}`),
      ...(i % 11 === 10 ? {} : { track: text(`مسار تجريبي ${i % TRACKS}`, `Synthetic track ${i % TRACKS}`) }),
      ...(i % 2 === 0 ? { summary: text(`ملخص تجريبي للمبادرة ${i}.`, `A synthetic summary of initiative ${i}.`) } : {}),
      ...(i % 3 === 0 ? { phase: { current: 1 + (i % 4), total: 4 } } : {}),
      status: INITIATIVE_STATUSES[i % INITIATIVE_STATUSES.length],
      ...(i % 3 === 2 ? {} : { progress: (i * 7) % 101 }),
      leadStates: lead,
      participatingStates: [state(i + 1), state(i + 3)],
      ...(groups > 0 && i % 2 === 1 ? { workingGroup: `g-${i % groups}` } : {}),
      milestones,
      updated: day(600 + ((i * 13) % 500)),
    };
  });
}

function workingGroups(members: number): { groups: Json[]; persons: number } {
  const count = Math.max(1, Math.ceil(members / MEMBERS_PER_GROUP));
  let persons = 0;
  let left = members;
  const groups = Array.from({ length: count }, (_, g) => {
    const n = Math.min(MEMBERS_PER_GROUP, left);
    left -= n;
    const list = Array.from({ length: n }, (_, k) => {
      const i = g * MEMBERS_PER_GROUP + k;
      const role = k === 0 ? 'chair' : k === 1 ? 'vice-chair' : k === 2 ? 'rapporteur' : k % 17 === 5 ? 'observer' : 'member';
      const who: Json =
        k % 20 === 7
          ? { name: text(`ممثل تجريبي ${i}`, `Synthetic delegate ${i}`), state: state(k) }
          : k % 20 === 13
            ? { organization: `org-${k % ORGS}` }
            : k % 20 === 19
              ? { state: state(k) }
              : { person: `p-${persons++}` };
      return {
        ...who,
        role,
        ...(k % 4 === 0 ? { since: day(k % 700) } : {}),
        ...(k % 25 === 24 ? { until: day(300) } : {}),
        ...(k % 5 === 1 ? { email: `member${i}@example.org` } : {}),
        ...(k % 9 === 2 ? { url: `https://example.org/members/${i}` } : {}),
      };
    });
    return {
      id: `g-${g}`,
      name: text(`فريق عمل تجريبي ${g}`, `Synthetic working group ${g}`),
      kind: g % 3 === 2 ? 'team' : 'working-group',
      parent: text('لجنة تجريبية', 'Synthetic committee'),
      mandate: text(`ولاية تجريبية لفريق العمل ${g}.`, `A synthetic mandate of working group ${g}.`),
      status: g === 1 && count > 2 ? 'transferred' : 'active',
      ...(g === 1 && count > 2 ? { transferredTo: 'g-2' } : {}),
      established: day(g * 30),
      members: list,
    };
  });
  return { groups, persons };
}

/** Agenda items in blocks of seven: a top item, four sub-items, two sub-sub-items under the first. */
function agenda(count: number, initiativeCount: number, groupCount: number): Json[] {
  const top: Json[] = [];
  let made = 0;
  const item = (): Json => {
    const i = made++;
    const p = i % 4;
    return {
      id: `a-${i}`,
      title: text(`بند تجريبي ${i}`, `Synthetic agenda item ${i}`),
      kind: AGENDA_KINDS[i % AGENDA_KINDS.length],
      ...(i % 7 === 6 ? {} : { status: AGENDA_STATUSES[i % AGENDA_STATUSES.length] }),
      ...(p === 0 ? { presenter: { state: state(i) } } : p === 1 ? { presenter: { person: `p-${i % 40}` } } : p === 2 ? { presenter: { organization: `org-${i % ORGS}` } } : {}),
      ...(i % 4 === 3 ? { decision: text(`قرار تجريبي بشأن البند ${i}.`, `A synthetic decision on item ${i}.`) } : {}),
      ...((initiativeCount && i % 5 === 0) || (groupCount && i % 7 === 0)
        ? {
            references: {
              ...(initiativeCount && i % 5 === 0 ? { initiatives: [`i-${i % initiativeCount}`] } : {}),
              ...(groupCount && i % 7 === 0 ? { workingGroups: [`g-${i % groupCount}`] } : {}),
            },
          }
        : {}),
    };
  };
  while (made < count) {
    const t = item();
    top.push(t);
    const subs: Json[] = [];
    for (let k = 0; k < 4 && made < count; k++) {
      const s = item();
      subs.push(s);
      if (k === 0) {
        const deeper: Json[] = [];
        for (let d = 0; d < 2 && made < count; d++) deeper.push(item());
        if (deeper.length) s['items'] = deeper;
      }
    }
    if (subs.length) t['items'] = subs;
  }
  return top;
}

/** The synthetic feed: one meeting with `agendaItems` items, `members` members in groups of 100, `initiatives` initiatives. */
export function syntheticFeed(size: FeedSize = {}): Json {
  const agendaItems = size.agendaItems ?? 20;
  const members = size.members ?? 40;
  const initiativeCount = size.initiatives ?? 20;
  const { groups, persons } = workingGroups(members);
  return {
    version: '1.0',
    committee: { id: 'synthetic-committee', name: text('لجنة تجريبية (بيانات مصطنعة)', 'Synthetic committee (made-up data)') },
    organizations: organizations(),
    people: people(Math.max(persons, 40)),
    meetings: [
      {
        id: 'm-earlier',
        number: 25,
        status: 'held',
        start: '2030-06-01',
        agenda: [{ id: 'e-1', title: text('بند تجريبي سابق', 'Earlier synthetic item'), ...(initiativeCount ? { references: { initiatives: ['i-0'] } } : {}) }],
      },
      {
        id: BENCH_MEETING,
        number: 26,
        status: 'held',
        mode: 'in-person',
        start: '2030-12-07T09:30:00+03:00',
        timeZone: 'Asia/Riyadh',
        host: { state: 'SA' },
        agenda: agenda(agendaItems, initiativeCount, groups.length),
      },
    ],
    initiatives: initiatives(initiativeCount, groups.length),
    workingGroups: groups,
  };
}

/** Sizes that make a feed of about 1 MB of JSON (1,048,576 bytes ± 3%): the validation benchmark. */
export const ONE_MEGABYTE_SIZE: FeedSize = { agendaItems: 2200, members: 2000, initiatives: 900 };

/**
 * A copy of `feed` in which exactly one entry changed (a title, a member's
 * role or an initiative's progress): what a background refresh typically brings.
 */
export function withOneChange(feed: Json, what: 'agenda' | 'member' | 'initiative'): Json {
  const copy = structuredClone(feed);
  if (what === 'agenda') {
    const meeting = (copy['meetings'] as Json[]).find((m) => m['id'] === BENCH_MEETING)!;
    const items = meeting['agenda'] as Json[];
    const target = items[Math.floor(items.length / 2)]!;
    target['title'] = text('بند تجريبي معدل', 'Synthetic agenda item, changed');
  } else if (what === 'member') {
    const group = (copy['workingGroups'] as Json[])[0]!;
    const members = group['members'] as Json[];
    members[Math.floor(members.length / 2)]!['role'] = 'rapporteur';
  } else {
    const list = copy['initiatives'] as Json[];
    list[Math.floor(list.length / 2)]!['progress'] = 42;
  }
  return copy;
}
