/**
 * `<vanilla-agenda-list>`: the markup `<agenda-list meeting="…">` renders with
 * its default attributes for an agenda longer than the virtualization
 * threshold (one flattened list in a scroll box, only the rows near its
 * visible part in the DOM), written by hand with the DOM API: render the
 * first rows, measure them, keep the rows that reach 600 px past the bottom of
 * the box (the widget's window), pad for the rest. It handles what the
 * synthetic feed has (texts in both languages).
 */
import type { CSSResult } from 'lit';
import { agendaListStyles } from '../../src/components/agenda-list/agenda-list.styles.js';
import { controlStyles } from '../../src/base/controls.styles.js';
import { agendaKindLabel, agendaStatusLabel, countLabel } from '../../src/components/agenda-list/agenda-list.labels.js';
import type { AgendaItem, StateId } from '../../src/feed/schema.js';
import { indexFeed, type StateInfo } from '../../src/feed/select.js';
import { msg, str } from '../../src/locale/msg.js';
import { arabicOrdinalGenitive } from '../../src/locale/ordinal.js';
import { bdi, chevron, h, heading, textOf, VanillaWidget, type BaselineContext, type Child } from './dom.js';

const KINDS = ['report', 'presentation', 'discussion', 'decision', 'review', 'briefing'] as const;
const STATUSES = ['pending', 'discussed', 'approved', 'adopted', 'noted', 'deferred'] as const;
const STATUS_ICON: Record<(typeof STATUSES)[number], string> = { pending: '◷', discussed: '◆', approved: '✓', adopted: '✓', noted: '✎', deferred: '⏸' };
/** The widget's window: the first rows rendered before measuring, and the room rendered past the visible part. */
const FIRST_ROWS = 30;
const OVERSCAN = 600;

interface Row {
  item: AgendaItem;
  index: number;
  label: string;
  fragment: string;
  level: number;
  posinset: number;
  setsize: number;
}

class VanillaAgenda extends VanillaWidget {
  protected styles(): CSSResult[] {
    return [controlStyles, agendaListStyles];
  }

  protected view(ctx: BaselineContext): Node {
    const { feed, locale, fmt } = ctx;
    const idx = indexFeed(feed);
    const m = idx.meeting(this.getAttribute('meeting') ?? '')!;
    const initiatives = new Map((feed.initiatives ?? []).map((i) => [i.id, i.title]));
    const groups = new Map((feed.workingGroups ?? []).map((g) => [g.id, g.name]));
    // Pre-order rows (every item open), and what the chips offer.
    const rows: Row[] = [];
    const statuses = new Set<string>();
    const kinds = new Set<string>();
    const states = new Set<StateId>();
    const walk = (items: AgendaItem[], parent: string | undefined, level: number) => {
      items.forEach((item, i) => {
        const label = item.order ?? (parent ? `${parent}.${i + 1}` : String(i + 1));
        rows.push({ item, index: rows.length, label, fragment: `agenda-${m.id}-${item.id}`, level, posinset: i + 1, setsize: items.length });
        if (item.status) statuses.add(item.status);
        if (item.kind) kinds.add(item.kind);
        const p = item.presenter;
        const person = idx.person(p?.person);
        const s = p && (p.state ?? person?.state ?? idx.organization(p.organization ?? person?.organization)?.state);
        if (s) states.add(s);
        if (item.items) walk(item.items, label, level + 1);
      });
    };
    walk(m.agenda ?? [], undefined, 1);
    const dot = (s: StateInfo) => h('span', { class: 'state-dot', 'aria-hidden': 'true', '--_dot': s.accent });
    const chip = (filter: string, value: string, mark: Child, label: Child) =>
      h('button', { type: 'button', part: 'chip', class: 'chip', 'data-filter': filter, 'data-value': value, 'aria-pressed': 'false' }, mark, label);
    const chips = (name: string, label: string, list: Node[]) =>
      h('div', { class: 'chips', role: 'group', 'aria-labelledby': `chips-${name}` }, h('span', { id: `chips-${name}`, class: 'chips-label' }, label), list);
    const ordinal = arabicOrdinalGenitive(m.number!) ?? fmt.number(m.number!);
    const list = h('div', { class: 'vlist', part: 'list', role: 'list' });
    const scroller = h('div', { class: 'scroller', part: 'scroller', role: 'region', tabindex: '0', 'aria-label': msg('Agenda items', { id: 'agenda.items' }) }, list);
    const section = h(
      'section',
      { class: 'agenda', part: 'agenda', 'aria-labelledby': 'agenda-title' },
      h(
        'header',
        { class: 'head' },
        heading(2, 'heading', h('span', { id: 'agenda-title', part: 'title' }, msg(str`Agenda of the ${ordinal} meeting`, { id: 'agenda.title' }))),
        h(
          'p',
          { class: 'subtitle', part: 'subtitle' },
          bdi(m.title ?? m.body ?? feed.committee.name, locale),
          m.start ? [h('span', { class: 'sep', 'aria-hidden': 'true' }, ' — '), h('time', { datetime: m.start }, fmt.date(m.start, { timeZone: m.timeZone }))] : null,
        ),
      ),
      h(
        'div',
        { class: 'filters', part: 'filters' },
        h(
          'div',
          { class: 'search' },
          h('label', { for: 'search' }, msg('Search the agenda', { id: 'agenda.search.label' })),
          h('input', { id: 'search', part: 'search', type: 'search', autocomplete: 'off', spellcheck: 'false' }),
        ),
        statuses.size ? chips('status', msg('Status', { id: 'agenda.filter.status' }), STATUSES.filter((s) => statuses.has(s)).map((s) => chip('status', s, null, agendaStatusLabel(s)))) : null,
        kinds.size ? chips('kind', msg('Type', { id: 'agenda.filter.kind' }), KINDS.filter((k) => kinds.has(k)).map((k) => chip('kind', k, null, agendaKindLabel(k)))) : null,
        states.size
          ? chips(
              'state',
              msg('Presenting state', { id: 'agenda.filter.state' }),
              idx.states.filter((s) => states.has(s.id)).map((s) => chip('state', s.id, dot(s), bdi(s.name, locale))),
            )
          : null,
      ),
      h(
        'div',
        { class: 'status-row' },
        h('p', { class: 'count', part: 'count', role: 'status', 'aria-live': 'polite' }, countLabel(locale, fmt.number(rows.length), rows.length)),
        h(
          'div',
          { class: 'tools' },
          rows.some((r) => r.level > 1)
            ? [
                h('button', { type: 'button', part: 'expand-all', class: 'expand-all' }, msg('Expand all', { id: 'agenda.expandAll' })),
                h('button', { type: 'button', part: 'collapse-all', class: 'collapse-all' }, msg('Collapse all', { id: 'agenda.collapseAll' })),
              ]
            : null,
        ),
      ),
      scroller,
    );
    const row = (r: Row) => this.row(ctx, r, initiatives, groups);
    // The window: the first rows, measured once they are laid out (after the section is in the shadow root).
    list.append(...rows.slice(0, FIRST_ROWS).map(row));
    queueMicrotask(() => this.fitWindow(scroller, list, rows, row));
    return section;
  }

  /** Keeps the rows that reach OVERSCAN px past the box's bottom (adding rows if the first ones do not reach it), and pads for the others. */
  private fitWindow(box: HTMLElement, list: HTMLElement, rows: Row[], row: (r: Row) => Node): void {
    for (let pass = 0; pass < 4; pass++) {
      const shown = [...list.children] as HTMLElement[];
      const heights = shown.map((el) => el.getBoundingClientRect().height);
      const estimate = heights[0] || 56;
      const height = (i: number) => heights[i] ?? estimate;
      const bottom = (box.clientHeight || FIRST_ROWS * 56) + OVERSCAN;
      let y = 0;
      let end = 0;
      while (end < rows.length && y <= bottom) y += height(end++);
      end = Math.min(rows.length, end + 1);
      for (const el of shown.slice(end)) el.remove();
      if (end > shown.length) list.append(...rows.slice(shown.length, end).map(row));
      let after = 0;
      for (let i = end; i < rows.length; i++) after += height(i);
      list.style.setProperty('--_before', '0px');
      list.style.setProperty('--_after', `${Math.round(after)}px`);
      if (end <= shown.length) return;
    }
  }

  private row(ctx: BaselineContext, r: Row, initiatives: Map<string, AgendaItem['title']>, groups: Map<string, AgendaItem['title']>): Node {
    const { locale, fmt } = ctx;
    const idx = indexFeed(ctx.feed);
    const it = r.item;
    const titleId = `t-${r.fragment}`;
    const facts: Child[] = [];
    const p = it.presenter;
    if (p) {
      const person = idx.person(p.person);
      const org = idx.organization(p.organization ?? person?.organization);
      const stateId = p.state ?? person?.state ?? org?.state;
      const state = stateId ? idx.state(stateId) : undefined;
      const who = person?.name ?? p.name;
      const parts: Child[] = [];
      if (who) parts.push(h('strong', null, bdi(who, locale)), person?.title ? [msg(', ', { id: 'agenda.comma' }), bdi(person.title, locale)] : null);
      if (org && !(state && textOf(org.name, locale) === textOf(state.name, locale))) parts.push(bdi(org.name, locale));
      if (state) parts.push(h('span', { class: 'state' }, h('span', { class: 'state-dot', 'aria-hidden': 'true', '--_dot': state.accent }), bdi(state.name, locale)));
      const joined = parts.filter((x) => x).map((x, i) => [i ? h('span', { class: 'sep' }, msg(' — ', { id: 'agenda.dash' })) : null, x]);
      if (joined.length) facts.push(h('dt', null, msg('Presenter', { id: 'agenda.label.presenter' })), h('dd', null, joined));
    }
    if (it.decision) facts.push(h('dt', null, msg('Decision', { id: 'agenda.label.decision' })), h('dd', { class: 'decision', part: 'decision' }, textOf(it.decision, locale)));
    const refs = (kind: string, ids: string[] | undefined, names: Map<string, AgendaItem['title']>, prefix: string) => {
      const known = (ids ?? []).filter((id) => names.has(id));
      return known.length
        ? h(
            'ul',
            { class: 'refs' },
            known.map((id) => h('li', null, h('a', { part: 'reference', href: `#${prefix}-${id}`, 'data-kind': kind }, bdi(names.get(id), locale)))),
          )
        : null;
    };
    const ini = refs('initiative', it.references?.initiatives, initiatives, 'initiative');
    const wgs = refs('working-group', it.references?.workingGroups, groups, 'group');
    if (ini) facts.push(h('dt', null, msg('Initiatives', { id: 'agenda.label.initiatives' })), h('dd', null, ini));
    if (wgs) facts.push(h('dt', null, msg('Working groups', { id: 'agenda.label.groups' })), h('dd', null, wgs));
    const kids = it.items?.length ?? 0;
    return h(
      'div',
      {
        role: 'listitem',
        part: 'item',
        tabindex: '-1',
        class: 'item row',
        id: r.fragment,
        'data-key': r.index,
        'aria-level': r.level,
        'aria-posinset': r.posinset,
        'aria-setsize': r.setsize,
        '--_depth': String(r.level - 1),
      },
      h(
        'div',
        { class: 'entry' },
        h('span', { class: 'order', part: 'order' }, fmt.digits(r.label)),
        h(
          'div',
          { class: 'body' },
          h('p', { class: 'title', part: 'item-title', id: titleId }, bdi(it.title, locale)),
          it.kind || it.status
            ? h(
                'p',
                { class: 'tags' },
                it.kind ? h('span', { class: 'kind', part: 'kind' }, h('span', { class: 'visually-hidden' }, `${msg('Type:', { id: 'agenda.label.kindPrefix' })} `), agendaKindLabel(it.kind)) : null,
                it.kind && it.status ? ' ' : null,
                it.status
                  ? h(
                      'span',
                      { part: 'status', class: `badge status-${it.status}` },
                      h('span', { 'aria-hidden': 'true' }, STATUS_ICON[it.status]),
                      h('span', { class: 'visually-hidden' }, `${msg('Status:', { id: 'agenda.label.statusPrefix' })} `),
                      agendaStatusLabel(it.status),
                    )
                  : null,
              )
            : null,
          facts.length ? h('dl', { class: 'facts', part: 'facts' }, facts) : null,
          kids
            ? h(
                'button',
                { type: 'button', part: 'toggle', class: 'toggle', 'aria-expanded': 'true', 'aria-describedby': titleId },
                chevron(),
                h('span', null, msg(str`Sub-items (${fmt.number(kids)})`, { id: 'agenda.subItems' })),
              )
            : null,
        ),
      ),
    );
  }
}

/** Registers `<vanilla-agenda-list>` (the pages call it: the package's side-effect list does not cover bench/). */
export const defineVanillaAgenda = () => customElements.get('vanilla-agenda-list') ?? customElements.define('vanilla-agenda-list', VanillaAgenda);
