/**
 * `<vanilla-initiative-tracker>`: the markup `<initiative-tracker>` renders
 * with its default attributes (grouped by track, newest update first, no
 * filter, details closed), written by hand with the DOM API. It handles what
 * the synthetic feed has (texts in both languages).
 */
import type { CSSResult } from 'lit';
import { initiativeTrackerStyles } from '../../src/components/initiative-tracker/initiative-tracker.styles.js';
import { controlStyles } from '../../src/base/controls.styles.js';
import {
  arabicFeminineOrdinal,
  arabicPhaseTotal,
  initiativeStatusLabel,
  type InitiativeStatus,
} from '../../src/components/initiative-tracker/initiative-tracker.labels.js';
import type { AgendaItem, Initiative, LangText, Meeting, StateId } from '../../src/feed/schema.js';
import { indexFeed, type StateInfo } from '../../src/feed/select.js';
import { parseFeedDate } from '../../src/locale/format.js';
import { msg, str } from '../../src/locale/msg.js';
import { bdi, chevron, h, heading, shapes, textOf, VanillaWidget, type BaselineContext, type Child } from './dom.js';

const STATUSES = ['proposed', 'under-study', 'approved', 'in-progress', 'completed', 'on-hold', 'cancelled'] as const;
const ICON_ATTRS = { 'aria-hidden': 'true', viewBox: '0 0 16 16', width: '16', height: '16', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', class: 'icon' };
type Shape = readonly [string, Record<string, string>];
const knockCheck: Shape[] = [
  ['circle', { cx: '8', cy: '8', r: '6.75', fill: 'currentColor', stroke: 'none' }],
  ['path', { class: 'knock', d: 'M5.1 8.2 7.1 10.2 10.9 6.1' }],
];
const STATUS_SHAPES: Record<InitiativeStatus, Shape[]> = {
  proposed: [['circle', { cx: '8', cy: '8', r: '6', 'stroke-dasharray': '2.4 2.1' }]],
  'under-study': [
    ['circle', { cx: '7', cy: '7', r: '4.25' }],
    ['path', { d: 'M10.2 10.2 14 14' }],
  ],
  approved: [
    ['circle', { cx: '8', cy: '8', r: '6.25' }],
    ['path', { d: 'M5.2 8.2 7.2 10.2 10.9 6.1' }],
  ],
  'in-progress': [
    ['circle', { cx: '8', cy: '8', r: '6.25' }],
    ['path', { d: 'M8 1.75a6.25 6.25 0 0 1 0 12.5z', fill: 'currentColor', stroke: 'none' }],
  ],
  completed: knockCheck,
  'on-hold': [
    ['circle', { cx: '8', cy: '8', r: '6.25' }],
    ['path', { d: 'M6.4 5.4v5.2M9.6 5.4v5.2' }],
  ],
  cancelled: [
    ['circle', { cx: '8', cy: '8', r: '6.25' }],
    ['path', { d: 'M5.7 5.7 10.3 10.3M10.3 5.7 5.7 10.3' }],
  ],
};
const statusIcon = (s: InitiativeStatus) => shapes(`st-${s}`, ICON_ATTRS, STATUS_SHAPES[s]);
const isolate = (s: string) => `\u2068${s}\u2069`;
const slug = (t: LangText) => (typeof t === 'string' ? t : (t.en ?? t.ar ?? '')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '');

interface Entry {
  index: number;
  it: Initiative;
  track?: { key: string; name: LangText };
  lead: StateId[];
  participating: StateId[];
  updated: number;
  meetings: Meeting[];
}

class VanillaTracker extends VanillaWidget {
  protected styles(): CSSResult[] {
    return [controlStyles, initiativeTrackerStyles];
  }

  protected view(ctx: BaselineContext): Node {
    const { feed, locale, fmt } = ctx;
    const idx = indexFeed(feed);
    // Initiative id → meetings whose agenda names it, by meeting number.
    const onAgenda = new Map<string, Meeting[]>();
    for (const m of [...(feed.meetings ?? [])].sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity))) {
      const ids = new Set<string>();
      const stack: AgendaItem[] = [...(m.agenda ?? [])];
      for (let it = stack.pop(); it; it = stack.pop()) {
        for (const id of it.references?.initiatives ?? []) ids.add(id);
        if (it.items) stack.push(...it.items);
      }
      for (const id of ids) onAgenda.set(id, [...(onAgenda.get(id) ?? []), m]);
    }
    const tracks = new Map<string, { key: string; name: LangText }>();
    const used = new Set<StateId>();
    const entries: Entry[] = (feed.initiatives ?? []).map((it, index) => {
      let track: Entry['track'];
      if (it.track) {
        const key = slug(it.track);
        track = tracks.get(key);
        if (!track) tracks.set(key, (track = { key, name: it.track }));
      }
      const lead = [...new Set(it.leadStates ?? [])];
      const participating = [...new Set(it.participatingStates ?? [])].filter((s) => !lead.includes(s));
      for (const s of [...lead, ...participating]) used.add(s);
      return { index, it, track, lead, participating, updated: it.updated ? parseFeedDate(it.updated)!.date.getTime() : -Infinity, meetings: onAgenda.get(it.id) ?? [] };
    });
    const shown = [...entries].sort((a, b) => b.updated - a.updated || a.index - b.index);
    const counts = STATUSES.map((s) => ({ s, n: shown.filter((e) => e.it.status === s).length })).filter((c) => c.n);
    const groups: { key: string; kind: string; label: Child; entries: Entry[] }[] = [...tracks.values()].map((t) => ({ key: `track-${t.key}`, kind: 'track', label: bdi(t.name, locale), entries: shown.filter((e) => e.track === t) }));
    const none = shown.filter((e) => !e.track);
    if (none.length) groups.push({ key: 'no-track', kind: 'no-track', label: msg('No track listed', { id: 'initiative.group.noTrack' }), entries: none });
    const dot = (s: StateInfo) => h('span', { class: 'state-dot', 'aria-hidden': 'true', '--_dot': s.accent });
    const states = (ids: StateId[]) => ids.map((id, i) => [i ? msg(', ', { id: 'initiative.comma' }) : null, h('span', { class: 'state' }, dot(idx.state(id)), bdi(idx.state(id).name, locale))]);
    const chip = (kind: string, value: string, lead: Child, label: Child) =>
      h('button', { type: 'button', part: 'chip', class: 'chip', 'data-filter': kind, 'data-value': value, 'aria-pressed': 'false' }, lead, h('span', null, label));
    const chipRow = (kind: string, label: string, chips: Node[]) =>
      h('div', { class: 'chips', role: 'group', 'aria-labelledby': `chips-${kind}`, 'data-filter': kind }, h('span', { id: `chips-${kind}`, class: 'chips-label' }, label), chips);
    const option = (value: string, label: string, selected: boolean) => h('option', { value, selected: selected ? '' : undefined }, label);
    const stateChips = idx.states.filter((s) => used.has(s.id));
    const rows = [
      counts.length > 1 ? chipRow('status', msg('Status', { id: 'initiative.filter.status' }), counts.map((c) => chip('status', c.s, statusIcon(c.s), initiativeStatusLabel(c.s)))) : null,
      stateChips.length > 1 ? chipRow('state', msg('Member state', { id: 'initiative.filter.state' }), stateChips.map((s) => chip('state', s.id, dot(s), bdi(s.name, locale)))) : null,
      tracks.size > 1 ? chipRow('track', msg('Track', { id: 'initiative.filter.track' }), [...tracks.values()].map((t) => chip('track', t.key, null, bdi(t.name, locale)))) : null,
    ];
    const initiative = (e: Entry, uid: string) => {
      const it = e.it;
      const phase = it.phase
        ? it.phase.total === undefined
          ? msg(str`Phase ${arabicFeminineOrdinal(it.phase.current) ?? fmt.number(it.phase.current)}`, { id: 'initiative.phase' })
          : msg(str`Phase ${arabicFeminineOrdinal(it.phase.current) ?? fmt.number(it.phase.current)} of ${arabicPhaseTotal(it.phase.total) ?? fmt.number(it.phase.total)}`, { id: 'initiative.phaseOf' })
        : undefined;
      const meta = [
        phase ? h('li', { class: 'phase', part: 'phase' }, phase) : null,
        e.lead.length ? h('li', { class: 'lead' }, msg('Led by', { id: 'initiative.label.lead' }), ' ', states(e.lead)) : null,
      ].filter((x) => x);
      const p = it.progress;
      const words = p === undefined ? '' : msg(str`${fmt.percent(p)} complete`, { id: 'initiative.progress.value' });
      const progress =
        p === undefined
          ? h('p', { class: 'progress unknown', part: 'progress' }, msg('Progress not reported', { id: 'initiative.progress.unknown' }))
          : h(
              'div',
              { class: 'progress', part: 'progress' },
              h(
                'div',
                { class: 'meter', part: 'progress-bar', role: 'progressbar', 'aria-label': msg('Progress', { id: 'initiative.progress.label' }), 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': Math.round(p), 'aria-valuetext': words },
                h('span', { class: 'fill', '--_p': `${p}%` }),
              ),
              h('span', { class: 'progress-text' }, words),
            );
      const updated = it.updated
        ? h('p', { class: 'updated', part: 'updated' }, h('time', { datetime: it.updated, title: fmt.date(it.updated) }, msg(str`Updated ${fmt.relative(it.updated, ctx.now)}`, { id: 'initiative.updated' })))
        : null;
      const wg = it.workingGroup ? feed.workingGroups?.find((g) => g.id === it.workingGroup) : undefined;
      // Details closed, as the widget has them at first: an empty, hidden element that the toggle controls (the
      // widget renders the content when they are opened or printed).
      const hasDetails = !!(it.summary || e.participating.length || wg || it.updated || it.milestones?.length || e.meetings.length);
      const details = hasDetails ? h('div', { class: 'details', part: 'details', id: `d-${uid}`, hidden: '' }) : null;
      return h(
        'article',
        { part: 'initiative', tabindex: '-1', class: `initiative st-${it.status}`, id: `initiative-${it.id}`, 'data-id': it.id, 'aria-labelledby': `t-${uid}` },
        h(
          'header',
          null,
          heading(4, 'title', h('span', { part: 'title', id: `t-${uid}` }, bdi(it.title, locale))),
          h('span', { part: 'status', class: `badge st-${it.status}` }, statusIcon(it.status), h('span', null, initiativeStatusLabel(it.status))),
        ),
        meta.length ? h('ul', { class: 'meta', part: 'meta' }, meta) : null,
        ' ',
        progress,
        ' ',
        updated,
        hasDetails
          ? h(
              'button',
              { type: 'button', part: 'details-toggle', class: 'toggle', 'aria-expanded': 'false', 'aria-controls': `d-${uid}` },
              chevron(),
              h('span', null, msg('Details', { id: 'initiative.details' })),
              h('span', { class: 'visually-hidden' }, msg(str`: ${isolate(textOf(it.title, locale))}`, { id: 'initiative.detailsOf' })),
            )
          : null,
        details,
      );
    };
    return h(
      'section',
      { class: 'tracker', part: 'tracker', 'aria-labelledby': 'tracker-title' },
      heading(2, 'tracker-title', h('span', { id: 'tracker-title' }, msg('Initiatives', { id: 'initiative.title' }))),
      h(
        'div',
        { class: 'summary', part: 'summary' },
        h('p', { class: 'total', part: 'total', role: 'status' }, msg(str`Initiatives: ${fmt.number(shown.length)}`, { id: 'initiative.summary.total' })),
        h('div', { class: 'bar', part: 'bar', 'aria-hidden': 'true' }, counts.map((c) => h('span', { class: `seg st-${c.s}`, 'data-status': c.s, '--_n': String(c.n) }))),
        h(
          'ul',
          { class: 'legend', part: 'legend' },
          counts.map((c) =>
            h(
              'li',
              { class: `st-${c.s}`, 'data-status': c.s },
              h('span', { class: 'swatch', 'aria-hidden': 'true' }),
              statusIcon(c.s),
              h('span', null, msg(str`${initiativeStatusLabel(c.s)}: ${fmt.number(c.n)}`, { id: 'initiative.summary.count' })),
            ),
          ),
        ),
      ),
      ' ',
      h(
        'div',
        { class: 'controls', part: 'controls' },
        h(
          'div',
          { class: 'menus' },
          h(
            'label',
            { class: 'menu' },
            h('span', { class: 'menu-label' }, msg('Group by', { id: 'initiative.groupBy' })),
            h(
              'select',
              { part: 'group-by' },
              option('track', msg('Track', { id: 'initiative.groupBy.track' }), true),
              option('status', msg('Status', { id: 'initiative.groupBy.status' }), false),
              option('state', msg('Lead state', { id: 'initiative.groupBy.state' }), false),
            ),
          ),
          h(
            'label',
            { class: 'menu' },
            h('span', { class: 'menu-label' }, msg('Sort by', { id: 'initiative.sort' })),
            h(
              'select',
              { part: 'sort' },
              option('updated', msg('Last update', { id: 'initiative.sort.updated' }), true),
              option('title', msg('Title', { id: 'initiative.sort.title' }), false),
              option('progress', msg('Progress', { id: 'initiative.sort.progress' }), false),
            ),
          ),
        ),
        h(
          'button',
          { type: 'button', part: 'filters-toggle', class: 'toggle filters-toggle', 'aria-controls': 'filters', 'aria-expanded': 'false' },
          chevron(),
          h('span', null, msg('Filters', { id: 'initiative.filters' })),
        ),
        h('div', { id: 'filters', class: 'filters' }, rows),
      ),
      h(
        'div',
        { class: 'groups' },
        groups.map((g, gi) =>
          h(
            'section',
            { part: 'group', class: `group group-${g.kind}`, 'data-group': g.key },
            heading(3, 'group-title', h('span', { part: 'group-title', id: `group-title-${gi}`, class: 'group-label' }, g.label, ' ', h('span', { class: 'count' }, `(${fmt.number(g.entries.length)})`))),
            h(
              'ul',
              { class: 'initiatives', role: 'list' },
              g.entries.map((e) => h('li', null, initiative(e, `${gi}-${e.index}`))),
            ),
          ),
        ),
      ),
    );
  }
}

/** Registers `<vanilla-initiative-tracker>` (the pages call it: the package's side-effect list does not cover bench/). */
export const defineVanillaTracker = () => customElements.get('vanilla-initiative-tracker') ?? customElements.define('vanilla-initiative-tracker', VanillaTracker);
