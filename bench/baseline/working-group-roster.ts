/**
 * `<vanilla-working-group-roster>`: the markup `<working-group-roster>` renders
 * with its default attributes (every group, grouped by state, members closed
 * and not rendered, former members hidden) or with `expanded` (members open), written by hand with the DOM API. It handles what
 * the synthetic feed has (texts in both languages, no photos). Like the
 * widget, it measures its width when it renders and builds the one layout of
 * the members that width needs (both where it has no width).
 */
import type { CSSResult } from 'lit';
import { workingGroupRosterStyles } from '../../src/components/working-group-roster/working-group-roster.styles.js';
import { controlStyles } from '../../src/base/controls.styles.js';
import { groupKindLabel, groupStatusLabel, memberRoleLabel } from '../../src/components/working-group-roster/working-group-roster.labels.js';
import type { Member, StateId, WorkingGroup } from '../../src/feed/schema.js';
import { indexFeed, type StateInfo } from '../../src/feed/select.js';
import { msg, str } from '../../src/locale/msg.js';
import { measureLayout, type Layout } from '../../src/components/working-group-roster/working-group-roster.layout.js';
import { bdi, chevron, h, heading, textOf, VanillaWidget, type BaselineContext } from './dom.js';

const ROLES = ['chair', 'vice-chair', 'rapporteur', 'member', 'observer'] as const;
type Role = (typeof ROLES)[number];

interface Row {
  index: number;
  name?: string;
  sub: string[];
  state?: StateId;
  role: Role;
  since?: string;
  until?: string;
  email?: string;
  url?: string;
}

const isolate = (s: string) => `\u2068${s}\u2069`;
const dot = (s: StateInfo) => h('span', { class: 'state-dot', 'aria-hidden': 'true', '--_dot': s.accent });

class VanillaRoster extends VanillaWidget {
  protected styles(): CSSResult[] {
    return [controlStyles, workingGroupRosterStyles];
  }

  protected view(ctx: BaselineContext): Node {
    const idx = indexFeed(ctx.feed);
    const { locale } = ctx;
    const today = ctx.now.toISOString().slice(0, 10);
    const groups = ctx.feed.workingGroups ?? [];
    const names = new Map(groups.map((g) => [g.id, g.name]));
    const rowOf = (m: Member, index: number): Row => {
      const person = idx.person(m.person);
      const org = idx.organization(m.organization ?? person?.organization);
      const state = m.state ?? person?.state ?? org?.state;
      const name = person ? person.name : m.name ? m.name : org ? org.name : state ? idx.state(state).name : undefined;
      const isOrg = !person && !m.name && !!org;
      const sub = [person?.title, isOrg ? undefined : org?.name].filter((x) => x !== undefined).map((t) => textOf(t, locale));
      return { index, name: name && textOf(name, locale), sub, state, role: m.role ?? 'member', since: m.since, until: m.until, email: m.email, url: m.url };
    };
    const layout: Layout = measureLayout(this) ?? 'both';
    const chips = idx.states.map((s) =>
      h('button', { type: 'button', part: 'chip', class: 'chip', 'data-state': s.id, 'aria-pressed': 'false' }, dot(s), bdi(s.name, locale)),
    );
    return h(
      'section',
      { class: layout === 'both' ? 'roster both-layouts' : 'roster', part: 'roster', 'aria-labelledby': 'roster-title' },
      heading(2, 'heading', h('span', { id: 'roster-title' }, msg('Working groups and committees', { id: 'roster.title' }))),
      h(
        'div',
        { class: 'filters', part: 'filters' },
        h(
          'div',
          { class: 'search' },
          h('label', { for: 'search' }, msg('Search members and groups', { id: 'roster.search.label' })),
          h('input', { id: 'search', part: 'search', type: 'search', autocomplete: 'off', spellcheck: 'false' }),
        ),
        h('div', { class: 'chips', role: 'group', 'aria-labelledby': 'chips-label' }, h('span', { id: 'chips-label', class: 'chips-label' }, msg('Member state', { id: 'roster.filter.state' })), chips),
        h('div', { class: 'count-row' }, h('p', { class: 'count', part: 'count', role: 'status' })),
      ),
      h(
        'div',
        { class: 'groups' },
        groups.map((g) => this.group(ctx, g, (g.members ?? []).map(rowOf), today, names.get(g.transferredTo ?? '') && g.status === 'transferred' ? g.transferredTo : undefined, idx.states, layout)),
      ),
    );
  }

  private group(ctx: BaselineContext, g: WorkingGroup, rows: Row[], today: string, transferredTo: string | undefined, states: StateInfo[], layout: Layout): Node {
    const { locale, fmt } = ctx;
    const idx = indexFeed(ctx.feed);
    const current = rows.filter((m) => !(m.until && m.until < today));
    const upcoming = new Set(current.filter((m) => m.since && m.since > today).map((m) => m.index));
    const rank = (m: Row) => ROLES.indexOf(m.role);
    const byRole = (a: Row, b: Row) => rank(a) - rank(b) || a.index - b.index;
    const sections: { state?: StateInfo; other?: boolean; members: Row[] }[] = states.map((s) => ({ state: s, members: current.filter((m) => m.state === s.id).sort(byRole) }));
    const others = current.filter((m) => !m.state).sort(byRole);
    if (others.length) sections.push({ other: true, members: others });
    const started = (m: Row) => !upcoming.has(m.index);
    const chairs = current.filter((m) => m.role === 'chair' && started(m));
    const vices = current.filter((m) => m.role === 'vice-chair' && started(m));
    const cols = { term: current.some((m) => m.since || m.until), contact: current.some((m) => m.email || m.url) };
    const names = (list: Row[]) =>
      list.map((m, i) => [
        i ? msg(', ', { id: 'roster.comma' }) : null,
        h('bdi', null, m.name ?? ''),
        m.state ? [' ', h('span', { class: 'muted' }, '(', bdi(idx.state(m.state).name, locale), ')')] : null,
      ]);
    const facts = h(
      'dl',
      { class: 'facts', part: 'facts' },
      g.kind ? [h('dt', null, msg('Type', { id: 'roster.label.kind' })), h('dd', null, groupKindLabel(g.kind))] : null,
      g.parent ? [h('dt', null, msg('Parent body', { id: 'roster.label.parent' })), h('dd', null, bdi(g.parent, locale))] : null,
      g.established
        ? [h('dt', null, msg('Established', { id: 'roster.label.established' })), h('dd', null, h('time', { datetime: g.established }, fmt.date(g.established)))]
        : null,
      [h('dt', null, msg('Chair', { id: 'roster.label.chair' })), h('dd', null, names(chairs))],
      vices.length ? [h('dt', null, msg('Vice-chair', { id: 'roster.label.viceChair' })), h('dd', null, names(vices))] : null,
      g.mandate ? [h('dt', null, msg('Mandate', { id: 'roster.label.mandate' })), h('dd', { class: 'mandate' }, bdi(g.mandate, locale))] : null,
    );
    const target = transferredTo ? ctx.feed.workingGroups?.find((x) => x.id === transferredTo) : undefined;
    const count = msg(str`Members (${fmt.number(current.length)})`, { id: 'roster.members.count' });
    const name = textOf(g.name, locale);
    const bodyId = `members-${g.id}`;
    const open = this.hasAttribute('expanded');
    const term = (m: Row) => {
      const since = m.since ? fmt.date(m.since) : undefined;
      const until = m.until ? fmt.date(m.until) : undefined;
      if (since && until) return msg(str`${since} – ${until}`, { id: 'roster.term.range' });
      if (since) return upcoming.has(m.index) ? msg(str`From ${since}`, { id: 'roster.term.from' }) : msg(str`Since ${since}`, { id: 'roster.term.since' });
      return until ? msg(str`Until ${until}`, { id: 'roster.term.until' }) : '';
    };
    const contacts = (m: Row) => {
      const links: Node[] = [];
      if (m.email) {
        const at = m.email.lastIndexOf('@');
        links.push(h('a', { part: 'contact', href: `mailto:${m.email}` }, h('bdi', { dir: 'ltr' }, m.email.slice(0, at + 1), h('wbr', null), m.email.slice(at + 1))));
      }
      if (m.url) {
        links.push(
          h(
            'a',
            { part: 'contact', href: m.url, rel: 'noopener noreferrer' },
            msg('Website', { id: 'roster.website' }),
            m.name ? h('span', { class: 'visually-hidden' }, msg(str`: ${isolate(m.name)}`, { id: 'roster.websiteOf' })) : null,
          ),
        );
      }
      return h('span', { class: 'contacts' }, links);
    };
    const who = (m: Row) =>
      h(
        'div',
        { class: 'who' },
        h(
          'span',
          { class: 'who-text' },
          h('span', { class: 'name' }, m.name !== undefined ? h('bdi', null, m.name) : h('span', { class: 'muted' }, msg('Name not listed', { id: 'roster.unnamed' }))),
          m.sub.length ? h('span', { class: 'sub' }, m.sub.map((t, i) => [i ? msg(', ', { id: 'roster.comma' }) : null, h('bdi', null, t)])) : null,
        ),
      );
    const n = 2 + Number(cols.term) + Number(cols.contact);
    const sectionLabel = (s: (typeof sections)[number]) => (s.state ? [dot(s.state), bdi(s.state.name, locale)] : msg('Other members', { id: 'roster.section.other' }));
    const vacancy = () => msg('No representative listed', { id: 'roster.vacancy' });
    const role = (m: Row) => memberRoleLabel(m.role);
    const colHead = (cls: string, label: string) => h('th', { scope: 'col', class: cls }, label);
    const table = () =>
      h(
        'div',
        { class: 'layout-table' },
        h(
          'table',
          { part: 'table', class: `cols-${n}` },
          h('caption', { class: 'visually-hidden' }, msg(str`Members of ${isolate(name)}`, { id: 'roster.caption' })),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              colHead('col-member', msg('Member', { id: 'roster.col.member' })),
              colHead('col-role', msg('Role', { id: 'roster.col.role' })),
              cols.term ? colHead('col-term', msg('Term', { id: 'roster.col.term' })) : null,
              cols.contact ? colHead('col-contact', msg('Contact', { id: 'roster.col.contact' })) : null,
            ),
          ),
          sections.map((s) =>
            h(
              'tbody',
              null,
              h('tr', { class: 'section-row' }, h('th', { scope: 'rowgroup', colspan: n }, sectionLabel(s))),
              s.members.length
                ? s.members.map((m) =>
                    h(
                      'tr',
                      null,
                      h('th', { scope: 'row', class: 'who-cell' }, who(m)),
                      h('td', null, role(m)),
                      cols.term ? h('td', null, term(m)) : null,
                      cols.contact ? h('td', null, contacts(m)) : null,
                    ),
                  )
                : h('tr', { class: 'vacancy-row' }, h('td', { colspan: n, class: 'vacancy', part: 'vacancy' }, vacancy())),
            ),
          ),
        ),
      );
    const fact = (label: string, value: Node | string) => h('div', null, h('dt', null, label), h('dd', null, value));
    const list = () =>
      h(
        'div',
        { class: 'layout-list', part: 'list' },
        sections.map((s) =>
          h(
            'div',
            { class: 'section' },
            heading(5, 'section-title', sectionLabel(s)),
            s.members.length
              ? h(
                  'ul',
                  { class: 'member-list' },
                  s.members.map((m) => {
                    const t = cols.term ? term(m) : '';
                    return h(
                      'li',
                      { class: 'member' },
                      who(m),
                      h(
                        'dl',
                        { class: 'member-facts' },
                        fact(msg('Role', { id: 'roster.col.role' }), role(m)),
                        t ? fact(msg('Term', { id: 'roster.col.term' }), t) : null,
                        cols.contact && (m.email || m.url) ? fact(msg('Contact', { id: 'roster.col.contact' }), contacts(m)) : null,
                      ),
                    );
                  }),
                )
              : h('p', { class: 'vacancy', part: 'vacancy' }, vacancy()),
          ),
        ),
      );
    return h(
      'article',
      { class: 'group', part: 'group', tabindex: '-1', id: `group-${g.id}`, 'aria-labelledby': `name-${g.id}` },
      h(
        'header',
        null,
        heading(3, 'group-name', h('span', { part: 'group-name', id: `name-${g.id}` }, bdi(g.name, locale))),
        g.status ? h('span', { part: 'status', class: `badge status-${g.status}` }, groupStatusLabel(g.status)) : null,
      ),
      target
        ? h(
            'p',
            { class: 'transfer', part: 'transfer' },
            msg('Tasks transferred to', { id: 'roster.transferredTo' }),
            ' ',
            h('a', { href: `#group-${target.id}` }, bdi(target.name, locale)),
          )
        : null,
      ' ',
      facts,
      ' ',
      h(
        'div',
        { class: 'members-block' },
        heading(
          4,
          'members-title',
          h('button', { type: 'button', part: 'members-toggle', class: 'toggle', 'aria-expanded': String(open), 'aria-controls': bodyId }, chevron(), h('span', null, count)),
        ),
        // A closed group's members are rendered when it opens.
        h('div', { class: 'members', part: 'members', id: bodyId, hidden: open ? undefined : '' }, !open ? null : layout === 'table' ? table() : layout === 'list' ? list() : [table(), list()]),
      ),
    );
  }
}

/** Registers `<vanilla-working-group-roster>` (the pages call it: the package's side-effect list does not cover bench/). */
export const defineVanillaRoster = () => customElements.get('vanilla-working-group-roster') ?? customElements.define('vanilla-working-group-roster', VanillaRoster);
