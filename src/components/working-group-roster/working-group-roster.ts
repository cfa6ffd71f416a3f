import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../util/css-props.js';
import { breakable } from '../../util/breakable.js';
import { MajlisElement, type ViewContext } from '../../base/majlis-element.js';
import type { Feed, StateId } from '../../feed/schema.js';
import { indexFeed, type StateInfo } from '../../feed/select.js';
import { msg, str } from '../../locale/msg.js';
import { pick } from '../../locale/text.js';
import { compileQuery, foldForSearch } from '../../util/search.js';
import { groupKindLabel, groupStatusLabel, memberRoleLabel, memberRoleSectionLabel, transferredToLabel } from './working-group-roster.labels.js';
import {
  dayOf,
  parseGroupBy,
  parseStates,
  rosterModel,
  rosterView,
  type GroupBy,
  type GroupEntry,
  type GroupView,
  type MemberEntry,
  type RosterModel,
  type RosterView,
  type Section,
} from './working-group-roster.model.js';
import { workingGroupRosterStyles } from './working-group-roster.styles.js';
import { controlStyles } from '../../base/controls.styles.js';
import { layoutForSize, measureLayout, rootFontSize, type Layout } from './working-group-roster.layout.js';
import { arRoster } from '../../generated/locales/ar/roster.js';

/** Points to the inline end; mirrored in RTL by the styles. */
const chevron = svg`<svg class="chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M6 3.5 10.5 8 6 12.5"/></svg>`;
/** A checkmark: not directional, never mirrored. */
const check = svg`<svg class="check" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 8.5 6.5 12 13 4.5"/></svg>`;

/** Which columns a members table has (and which labelled rows a list item has). */
interface Columns {
  role: boolean;
  state: boolean;
  term: boolean;
  contact: boolean;
}

/** The scheme of a URL (`mailto`, `tel`, `https`…), and the scheme with its colon. */
const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/iu;
const SCHEME_PREFIX = /^\s*[a-z]+:/iu;

/** `decodeURIComponent` that leaves a malformed escape as it is. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The working groups, committees and teams of a committee: for each, its kind,
 * parent body, mandate, status (active, dissolved, or tasks transferred to
 * another group, linked), date established, chair and vice-chair, and its
 * members — people or organizations — by member state (default), by role, or
 * in one list, with their roles, terms and contacts. Former members (whose
 * term ended before today) are hidden unless `show-former`, then listed apart.
 *
 * Without `group`, every group of the feed is listed with a search box (the
 * shared Arabic-aware search: diacritics, hamza forms of alef, ة/ه and ى/ي
 * are alike, both languages of the feed match) and member-state chips; each
 * group's members are behind a disclosure button (open while a search or
 * filter is active, or with `expanded`), and rendered when it opens (all of
 * them for printing). With `group`, the `state` and `query` attributes still
 * apply, without the controls.
 *
 * Layout follows the element's own width: from 40rem a table with column and
 * row headers, below it a list with labelled rows. The element renders the
 * layout its width needs (and the other one when its width changes across
 * 40rem); rendered on a server, it has both, and a container query shows one.
 *
 * Each group's container has the stable id `group-<id>`; links from other
 * widgets (and `#group-<id>` in the page URL) reveal, expand and focus it.
 *
 * @summary Working groups and their members by member state, Arabic-first.
 * @tagname working-group-roster
 *
 * @attr group - Id of one working group to show. Default: every group of the feed, with search and state filter.
 * @attr group-by - How members are grouped: `state` (default; the committee's states in order, vacancies included), `role`, or `none`.
 * @attr state - Show only members of these states: codes separated by commas (`BH,OM`). The state chips set it.
 * @attr query - Search text (names, titles, organizations, states, roles, group names and mandates; Arabic-aware). The search box sets it.
 * @attr show-former - Also list former members (whose `until` date has passed), apart under "Former members".
 * @attr expanded - Open every group's members at first (list of all groups).
 *
 * @fires {CustomEvent<MajlisLoadDetail>} majlis-load - A feed was loaded and validated. Bubbles, composed.
 * @fires {CustomEvent<MajlisErrorDetail>} majlis-error - The feed could not be loaded or is invalid. Bubbles, composed.
 * @fires {CustomEvent<MajlisNavigateDetail>} majlis-navigate - The "tasks transferred to" link was followed (`kind: 'working-group'`); cancel it to route in the host app. Bubbles, composed, cancelable.
 *
 * @csspart base - The wrapper that carries the resolved `lang` and `dir`.
 * @csspart roster - The roster (all groups, or the one group).
 * @csspart filters - The search box and state chips (list of all groups).
 * @csspart search - The search input.
 * @csspart chip - A member-state filter chip (a toggle button).
 * @csspart count - The "shown of total" line while a search or filter is active.
 * @csspart announcer - A hidden live region that reads the count out once a search or filter has stopped changing it for a moment.
 * @csspart clear - The "Clear search and filter" button.
 * @csspart no-results - The message shown when nothing matches the search.
 * @csspart group - A group's container (an `<article>` with the id `group-<id>`). One far from the viewport is laid out when it comes near (`content-visibility: auto`; every one when printing).
 * @csspart group-name - A group's name in its heading.
 * @csspart status - A group's status badge (active, dissolved, transferred).
 * @csspart transfer - The "Tasks transferred to …" line.
 * @csspart facts - A group's facts (kind, parent body, established, chair, vice-chair, mandate).
 * @csspart members-toggle - The disclosure button that shows or hides a group's members.
 * @csspart members - A group's members (the layout shown, and former members); empty while the group is closed, except in a server's markup.
 * @csspart table - The members table (wide containers).
 * @csspart list - The members list (narrow containers).
 * @csspart vacancy - "No representative listed" for a state without a current member.
 * @csspart no-members - "No members listed" (and similar) for a group without members to show.
 * @csspart former - The former members block.
 * @csspart photo - The fixed-size box of a member's photo.
 * @csspart contact - A contact link (e-mail, website, telephone).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart empty - The message shown when the feed has no (such) working group.
 * @csspart notice - Notices above the content (items left out, stale data).
 * @csspart left-out - In the items-left-out notice: what was left out, in plain words (how many of each kind, with ids).
 * @csspart retry - The "Try again" button of the error box.
 *
 * @cssprop [--majlis-photo-size=3rem] - Size of the (square, round-cornered) photo box.
 * @cssprop [--majlis-font-family=system-ui, "Noto Sans Arabic", "Noto Sans", sans-serif] - Font stack.
 * @cssprop [--majlis-text=#1f2328] - Text colour.
 * @cssprop [--majlis-muted=#57606a] - Secondary text colour.
 * @cssprop [--majlis-surface=#ffffff] - Background of the group cards.
 * @cssprop [--majlis-border=#d0d7de] - Border colour.
 * @cssprop [--majlis-accent=#1b5e7a] - Accent colour of the group cards' edge.
 * @cssprop [--majlis-radius=0.5rem] - Corner radius.
 * @cssprop [--majlis-gap=0.75rem] - Base spacing.
 * @cssprop [--majlis-link=#0b5cad] - Link and focus colour.
 * @cssprop [--majlis-skeleton-height=10rem] - Height of the loading placeholder.
 * @cssprop [--majlis-reserve=auto] - Block size the widget never goes below, while loading and after: set it to the content's usual height (as a page gives an image its size) and the page does not shift when the feed arrives.
 */
export class WorkingGroupRoster extends MajlisElement {
  /** The tag this class is registered as by `majlis-widgets/working-group-roster.js`. */
  static override readonly tagName: string = 'working-group-roster';
  static override styles = [...MajlisElement.styles, controlStyles, workingGroupRosterStyles];
  static override arabic = [arRoster];

  /** Id of one working group to show. Default: every group of the feed, with search and state filter. */
  @property({ reflect: true }) group?: string;

  /** How members are grouped: `state` (default), `role`, or `none`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'state';

  /** Show only members of these states: codes separated by commas (`BH,OM`). */
  @property({ reflect: true }) state?: string;

  /** Search text (Arabic-aware; both languages of the feed). */
  @property({ reflect: true }) query?: string;

  /** Also list former members (whose `until` date has passed), apart. */
  @property({ attribute: 'show-former', type: Boolean, reflect: true }) showFormer = false;

  /** Open every group's members at first (list of all groups). */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Groups the reader opened or closed (id → open); cleared when the search or filter changes. */
  private toggled = new Map<string, boolean>();
  private matcherMemo?: { query: string; matches: (folded: string) => boolean; hasQuery: boolean };
  private viewMemo?: { feed: Feed; key: string; view: RosterView };
  /** The model last used: the next feed's model takes over its unchanged entries. */
  private lastModel?: RosterModel;
  /** A group that {@link reveal} opens (kept open even when its search is cleared at the same time). */
  private revealing?: string;
  /** The members' layout rendered now. */
  private layout: Layout = 'both';
  /** The layout the element's width needs, once known (from the resize observer, or measured at the first render). */
  private measured?: 'table' | 'list';

  /**
   * Printing: every group's members (a closed group's are rendered when it is opened), in both layouts, so
   * that the paper's width picks one (through the container query), not the screen's.
   */
  protected override rendersForPrint(): boolean {
    return !!this.loaded;
  }

  /** One observer for every roster of the page: each is told its content-box inline size. */
  private static sizes?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    WorkingGroupRoster.sizes ??= new ResizeObserver((entries) => {
      const rem = rootFontSize();
      for (const e of entries) (e.target as WorkingGroupRoster).resized(layoutForSize(e.contentBoxSize[0]?.inlineSize ?? e.contentRect.width, rem));
    });
    WorkingGroupRoster.sizes.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    WorkingGroupRoster.sizes?.unobserve(this);
    // Measured again where it is connected next.
    this.measured = undefined;
  }

  private resized(layout: 'table' | 'list' | undefined): void {
    // Not laid out (hidden): what it shows stays until it has a width again.
    if (!layout) return;
    this.measured = layout;
    if (!this.hasUpdated || !this.loaded || layout === this.layout) return;
    // The other layout is rendered before this frame is painted. It changes the element's height, which this
    // observer would then have to report in the same frame (a resize loop): it looks again from the next frame.
    const sizes = WorkingGroupRoster.sizes!;
    sizes.unobserve(this);
    requestAnimationFrame(() => {
      if (this.isConnected) sizes.observe(this);
    });
    this.requestUpdate();
  }

  /** Rendering on a server, or taking a server's markup over (the first render must be the server's). */
  private serverMarkup(): boolean {
    return isServer || (!this.hasUpdated && this.hasAttribute('data-majlis-ssr'));
  }

  /**
   * Both layouts where the width is not known: on a server, in the first (hydrating) render of what a server
   * rendered (which has both), or for an element that is not laid out. Else the one the width needs, measured
   * now if the resize observer has not said yet (the first render: so that the first frame has the right one).
   */
  private chooseLayout(): Layout {
    if (this.printing || this.serverMarkup()) return 'both';
    if (!this.loaded) return this.layout;
    this.measured ??= measureLayout(this);
    return this.measured ?? 'both';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query') || changed.has('state')) this.toggled.clear();
    if (this.revealing) this.toggled.set(this.revealing, true);
    this.revealing = undefined;
    this.layout = this.chooseLayout();
  }

  /** The roster model of a feed, taking over the unchanged entries of the previous feed's. */
  private modelFor(feed: Feed): RosterModel {
    this.lastModel = rosterModel(feed, this.lastModel);
    return this.lastModel;
  }

  protected override isEmpty(ctx: ViewContext): boolean {
    const model = this.modelFor(ctx.feed);
    return this.group ? !model.byId.has(this.group) : model.groups.length === 0;
  }

  protected override subject(): string {
    return msg('Working groups and committees', { id: 'roster.title' });
  }

  protected override emptyMessage(): string {
    if (this.group && this.leftOut('workingGroups', this.group)) {
      return msg(str`Working group “${this.group}” could not be shown: its entry in the feed has problems.`, { id: 'roster.leftOut' });
    }
    return this.group
      ? msg(str`Working group “${this.group}” is not in this feed.`, { id: 'roster.notFound' })
      : msg('No working groups to show yet.', { id: 'roster.none' });
  }

  /** The search, compiled once per query text. */
  private matcher(query: string): { matches: (folded: string) => boolean; hasQuery: boolean } {
    if (this.matcherMemo?.query !== query) {
      this.matcherMemo = { query, matches: compileQuery(query), hasQuery: foldForSearch(query) !== '' };
    }
    return this.matcherMemo;
  }

  /** The view model, computed once per feed, day, grouping, filter and query. */
  private viewFor(feed: Feed, now: Date): RosterView {
    const groupBy = parseGroupBy(this.groupBy);
    const states = parseStates(this.state);
    const query = this.query ?? '';
    const today = dayOf(now);
    const key = JSON.stringify([this.group ?? '', groupBy, states, query, this.showFormer, today]);
    const memo = this.viewMemo;
    if (memo && memo.feed === feed && memo.key === key) return memo.view;
    const { matches, hasQuery } = this.matcher(query);
    const options = { groupId: this.group || undefined, groupBy, states, matches, hasQuery, showFormer: this.showFormer, today };
    const view = rosterView(this.modelFor(feed), options, memo?.view);
    this.viewMemo = { feed, key, view };
    return view;
  }

  protected override renderView(ctx: ViewContext): TemplateResult {
    const model = this.modelFor(ctx.feed);
    const view = this.viewFor(ctx.feed, ctx.now);
    const both = this.layout === 'both';
    const count = view.filtered ? this.countText(view) : '';
    if (this.group) {
      return html`<div class=${both ? 'roster single both-layouts' : 'roster single'} part="roster">
        ${count ? html`<p class="count" part="count">${count}</p>` : nothing}
        ${this.renderAnnouncer(count)} ${this.renderGroups(ctx, view, 0, true)}
      </div>`;
    }
    return html`<section class=${both ? 'roster both-layouts' : 'roster'} part="roster" aria-labelledby="roster-title">
      ${this.heading(html`<span id="roster-title">${msg('Working groups and committees', { id: 'roster.title' })}</span>`)}
      ${this.renderFilters(model, view, count)}
      ${view.groups.length
        ? html`<div class="groups">${this.renderGroups(ctx, view, 1, false)}</div>`
        : html`<div class="no-results" part="no-results">
            <p>${msg('No working group or member matches the search.', { id: 'roster.noResults' })}</p>
            ${this.renderClear()}
          </div>`}
    </section>`;
  }

  // ---------------------------------------------------------------------------
  // Search and state filter
  // ---------------------------------------------------------------------------

  private countText(view: RosterView): string {
    const f = this.fmt;
    return this.group
      ? msg(str`Members shown: ${f.number(view.shownMembers)} of ${f.number(view.totalMembers)}.`, { id: 'roster.count.members' })
      : msg(
          str`Groups shown: ${f.number(view.groups.length)} of ${f.number(view.totalGroups)}. Members shown: ${f.number(view.shownMembers)} of ${f.number(view.totalMembers)}.`,
          { id: 'roster.count.groupsMembers' },
        );
  }

  private renderFilters(model: RosterModel, view: RosterView, count: string): TemplateResult {
    const selected = new Set(parseStates(this.state));
    return html`<div class="filters" part="filters">
      <div class="search">
        <label for="search">${msg('Search members and groups', { id: 'roster.search.label' })}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.query ?? '')}
          @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value || undefined;
          }}
        />
      </div>
      ${model.hasStates || selected.size
        ? html`<div class="chips" role="group" aria-labelledby="chips-label">
            <span id="chips-label" class="chips-label">${msg('Member state', { id: 'roster.filter.state' })}</span>
            ${model.states.map((s) => this.renderChip(s, selected.has(s.id)))}
          </div>`
        : nothing}
      <div class="count-row">
        <p class="count" part="count">${count}</p>
        ${this.renderAnnouncer(count)}
        ${view.filtered && view.groups.length ? this.renderClear() : nothing}
      </div>
    </div>`;
  }

  private renderChip(s: StateInfo, pressed: boolean): TemplateResult {
    return html`<button type="button" part="chip" class="chip" data-state=${s.id} aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.toggleState(s.id)}>
      ${pressed ? check : html`<span class="state-dot" ${cssProps({ '--_dot': s.accent })} aria-hidden="true"></span>`}${this.name(s.name)}
    </button>`;
  }

  private renderClear(): TemplateResult {
    return html`<button type="button" part="clear" class="clear" @click=${() => this.clearFilters()}>
      ${msg('Clear search and filter', { id: 'roster.clear' })}
    </button>`;
  }

  private toggleState(id: StateId): void {
    const selected = parseStates(this.state);
    const next = selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
    this.state = next.length ? next.join(',') : undefined;
  }

  private clearFilters(): void {
    this.query = undefined;
    this.state = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  // ---------------------------------------------------------------------------
  // A group
  // ---------------------------------------------------------------------------

  private isOpen(id: string, filtered: boolean): boolean {
    return this.toggled.get(id) ?? (this.expanded || filtered);
  }

  private toggleGroup(id: string, open: boolean): void {
    this.toggled.set(id, !open);
    this.requestUpdate();
  }

  /**
   * The groups, keyed by id; a group whose rendered inputs did not change (a refresh that changed another
   * group, a search that left it as it was) is not rendered again. What a group shows is its view, which
   * stays the same object while it shows the same (see `rosterView`); the rest is the same for every group.
   */
  private renderGroups(ctx: ViewContext, view: RosterView, offset: number, single: boolean): unknown {
    const shared = JSON.stringify([ctx.locale, ctx.fmt.numerals, ctx.fmt.calendar, this.headingLevel, this.groupBy, offset, single, view.filtered, this.layout, indexFeed(ctx.feed).states]);
    return repeat(
      view.groups,
      (g) => g.entry.id,
      (g) => {
        const open = single || this.isOpen(g.entry.id, view.filtered);
        return guard([shared, open, this.printing || this.serverMarkup(), g], () => this.renderGroup(ctx, g, offset, single, view.filtered));
      },
    );
  }

  private renderGroup(ctx: ViewContext, gv: GroupView, offset: number, single: boolean, filtered: boolean): TemplateResult {
    const e = gv.entry;
    const g = e.group;
    return html`<article class="group" part="group" id=${e.fragment} tabindex="-1" aria-labelledby=${`name-${e.id}`}>
      <header>
        ${this.nameHeading(g.name, offset, 'group-name', `name-${e.id}`, 'group-name')}
        ${g.status ? html`<span part="status" class="badge status-${g.status}">${groupStatusLabel(g.status, g.kind)}</span>` : nothing}
      </header>
      ${this.renderTransfer(e)} ${this.renderFacts(ctx, gv)} ${this.renderMembers(ctx, gv, offset + 1, single || this.isOpen(e.id, filtered), single)}
    </article>`;
  }

  private renderTransfer(e: GroupEntry): unknown {
    const t = e.transferredTo;
    if (!t) return nothing;
    return html`<p class="transfer" part="transfer">
      ${transferredToLabel(e.group.kind)}
      <a
        href=${`#${t.fragment}`}
        @click=${(ev: MouseEvent) => {
          if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
          if (this.navigate({ kind: 'working-group', id: t.id, fragment: t.fragment })) ev.preventDefault();
        }}
        >${this.name(t.name)}</a
      >
    </p>`;
  }

  private renderFacts(ctx: ViewContext, gv: GroupView): unknown {
    const g = gv.entry.group;
    const rows: TemplateResult[] = [];
    if (g.kind) rows.push(html`<dt>${msg('Type', { id: 'roster.label.kind' })}</dt><dd>${groupKindLabel(g.kind)}</dd>`);
    if (g.parent) rows.push(html`<dt>${msg('Parent body', { id: 'roster.label.parent' })}</dt><dd>${this.name(g.parent)}</dd>`);
    if (g.established) {
      rows.push(html`<dt>${msg('Established', { id: 'roster.label.established' })}</dt>
        <dd><time datetime=${g.established}>${ctx.fmt.date(g.established)}</time></dd>`);
    }
    // The chair is always said for a group with current members ("not listed" when none is); a vice-chair only when there is one.
    if (gv.chairs.length || gv.currentTotal) {
      rows.push(html`<dt>${msg('Chair', { id: 'roster.label.chair' })}</dt>
        <dd>${gv.chairs.length ? this.renderNames(ctx, gv.chairs) : html`<span class="muted">${msg('Not listed', { id: 'roster.notListed' })}</span>`}</dd>`);
    }
    if (gv.viceChairs.length) rows.push(html`<dt>${msg('Vice-chair', { id: 'roster.label.viceChair' })}</dt><dd>${this.renderNames(ctx, gv.viceChairs)}</dd>`);
    if (g.mandate) rows.push(html`<dt>${msg('Mandate', { id: 'roster.label.mandate' })}</dt><dd class="mandate">${this.name(g.mandate)}</dd>`);
    return rows.length ? html`<dl class="facts" part="facts">${rows}</dl>` : nothing;
  }

  /** "Name (State), Name (State)" for the chair and vice-chair facts. */
  private renderNames(ctx: ViewContext, list: MemberEntry[]): unknown {
    const idx = indexFeed(ctx.feed);
    return list.map((m, i) => {
      const s = m.state && m.kind !== 'state' ? idx.state(m.state) : undefined;
      return html`${i ? msg(', ', { id: 'roster.comma' }) : nothing}${this.renderName(m)}${s ? html` <span class="muted">(${this.name(s.name)})</span>` : nothing}`;
    });
  }

  private renderName(m: MemberEntry): unknown {
    return m.name ? this.name(m.name) : html`<span class="muted">${msg('Name not listed', { id: 'roster.unnamed' })}</span>`;
  }

  // ---------------------------------------------------------------------------
  // Members
  // ---------------------------------------------------------------------------

  private renderMembers(ctx: ViewContext, gv: GroupView, offset: number, open: boolean, single: boolean): unknown {
    const e = gv.entry;
    if (gv.none === 'no-members') {
      return html`<p class="none" part="no-members">${msg('No members listed.', { id: 'roster.noMembers' })}</p>`;
    }
    if (gv.none === 'no-current' && !gv.former.length) {
      return html`<p class="none" part="no-members">${msg('No current members listed.', { id: 'roster.noCurrent' })}</p>`;
    }
    const f = ctx.fmt;
    const count = gv.currentTotal
      ? gv.shown < gv.currentTotal
        ? msg(str`Members (${f.number(gv.shown)} of ${f.number(gv.currentTotal)})`, { id: 'roster.members.countOf' })
        : msg(str`Members (${f.number(gv.currentTotal)})`, { id: 'roster.members.count' })
      : msg('Members', { id: 'roster.members' });
    const bodyId = `members-${e.id}`;
    const title = single
      ? count
      : // Described by the group's name: among the buttons of a page, "Members (9)" alone does not say whose.
        html`<button
          type="button"
          part="members-toggle"
          class="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${bodyId}
          aria-describedby=${`name-${e.id}`}
          @click=${() => this.toggleGroup(e.id, open)}
        >
          ${chevron}<span>${count}</span>
        </button>`;
    // A closed group's members are rendered when it is opened, or printed: most pages open few groups. A server
    // renders them all, hidden, so that its page prints them without a script (the print styles show them).
    const members = open || this.printing || this.serverMarkup();
    return html`<div class="members-block">
      ${this.heading(title, offset, 'members-title')}
      <div class="members" part="members" id=${bodyId} ?hidden=${!open}>${members ? this.renderMemberLists(ctx, gv, offset) : nothing}</div>
    </div>`;
  }

  private renderMemberLists(ctx: ViewContext, gv: GroupView, offset: number): TemplateResult {
    const groupBy = parseGroupBy(this.groupBy);
    const cols: Columns = { role: groupBy !== 'role', state: groupBy !== 'state', ...gv.columns };
    const name = this.name(gv.entry.group.name);
    const caption = html`${msg('Members of', { id: 'roster.caption' })} ${name}`;
    return html`${gv.none === 'no-current'
      ? html`<p class="none" part="no-members">${msg('No current members listed.', { id: 'roster.noCurrent' })}</p>`
      : gv.none === 'no-match'
        ? html`<p class="none" part="no-members">${msg('No current member matches the search or filter.', { id: 'roster.noMatch' })}</p>`
        : this.renderLayouts(ctx, gv, gv.sections, cols, caption, offset + 1)}
    ${gv.former.length ? this.renderFormer(ctx, gv, name, offset + 1) : nothing}`;
  }

  private renderFormer(ctx: ViewContext, gv: GroupView, name: unknown, offset: number): TemplateResult {
    const cols: Columns = { role: true, state: true, term: true, contact: gv.formerContacts };
    const label = msg(str`Former members (${ctx.fmt.number(gv.former.length)})`, { id: 'roster.former.count' });
    return html`<div class="former" part="former">
      ${this.heading(label, offset, 'section-title')}
      ${this.renderLayouts(ctx, gv, [{ key: 'former', members: gv.former }], cols, html`${msg('Former members of', { id: 'roster.former.caption' })} ${name}`, offset + 1)}
    </div>`;
  }

  /**
   * The layout the element's width needs; or both, of which the styles show the table on wide containers and
   * the list on narrow ones. One template for all three: going from both to one keeps that one's nodes.
   */
  private renderLayouts(ctx: ViewContext, gv: GroupView, sections: Section[], cols: Columns, caption: TemplateResult, offset: number): TemplateResult {
    const layout = this.layout;
    return html`${layout === 'list' ? nothing : this.renderTable(ctx, gv, sections, cols, caption)}${layout === 'table' ? nothing : this.renderList(ctx, gv, sections, cols, offset)}`;
  }

  private sectionLabel(s: Section): unknown {
    if (s.state) return html`<span class="state-dot" ${cssProps({ '--_dot': s.state.accent })} aria-hidden="true"></span>${this.name(s.state.name)}`;
    if (s.role) return memberRoleSectionLabel(s.role);
    if (s.other) return msg('Other members', { id: 'roster.section.other' });
    return nothing;
  }

  private vacancy(): string {
    return msg('No representative listed', { id: 'roster.vacancy' });
  }

  private renderTable(ctx: ViewContext, gv: GroupView, sections: Section[], cols: Columns, caption: TemplateResult): TemplateResult {
    const n = 1 + Number(cols.role) + Number(cols.state) + Number(cols.term) + Number(cols.contact);
    return html`<div class="layout-table">
      <table part="table" class=${`cols-${n}`}>
        <caption class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="col-member">${msg('Member', { id: 'roster.col.member' })}</th>
            ${cols.role ? html`<th scope="col" class="col-role">${msg('Role', { id: 'roster.col.role' })}</th>` : nothing}
            ${cols.state ? html`<th scope="col" class="col-state">${msg('State', { id: 'roster.col.state' })}</th>` : nothing}
            ${cols.term ? html`<th scope="col" class="col-term">${msg('Term', { id: 'roster.col.term' })}</th>` : nothing}
            ${cols.contact ? html`<th scope="col" class="col-contact">${msg('Contact', { id: 'roster.col.contact' })}</th>` : nothing}
          </tr>
        </thead>
        ${sections.map(
          (s) => html`<tbody>
            ${s.state || s.role || s.other
              ? html`<tr class="section-row">
                  <th scope="rowgroup" colspan=${n}>${this.sectionLabel(s)}</th>
                </tr>`
              : nothing}
            ${s.members.length
              ? s.members.map((m) => this.renderRow(ctx, gv, m, cols))
              : html`<tr class="vacancy-row">
                  <td colspan=${n} class="vacancy" part="vacancy">${this.vacancy()}</td>
                </tr>`}
          </tbody>`,
        )}
      </table>
    </div>`;
  }

  /**
   * A member's row: the member as the row header, a cell for each of role, state and term that the table has,
   * then the contacts. One template for each number of cells, none for a cell: a roster has a row for every
   * member, and a nested template costs more than its few nodes.
   */
  private renderRow(ctx: ViewContext, gv: GroupView, m: MemberEntry, cols: Columns): TemplateResult {
    const who = this.renderWho(ctx, m);
    const cells: unknown[] = [];
    if (cols.role) cells.push(memberRoleLabel(m.role));
    if (cols.state) cells.push(this.renderState(ctx, m));
    if (cols.term) cells.push(this.termText(ctx, gv, m));
    const [a, b, c] = cells;
    if (cols.contact) {
      const links = this.contactLinks(m);
      if (cells.length === 1) return html`<tr><th scope="row" class="who-cell">${who}</th> <td>${a}</td> <td><span class="contacts">${links}</span></td></tr>`;
      if (cells.length === 2) return html`<tr><th scope="row" class="who-cell">${who}</th> <td>${a}</td> <td>${b}</td> <td><span class="contacts">${links}</span></td></tr>`;
      return html`<tr><th scope="row" class="who-cell">${who}</th> <td>${a}</td> <td>${b}</td> <td>${c}</td> <td><span class="contacts">${links}</span></td></tr>`;
    }
    if (cells.length === 1) return html`<tr><th scope="row" class="who-cell">${who}</th> <td>${a}</td></tr>`;
    if (cells.length === 2) return html`<tr><th scope="row" class="who-cell">${who}</th> <td>${a}</td> <td>${b}</td></tr>`;
    return html`<tr><th scope="row" class="who-cell">${who}</th> <td>${a}</td> <td>${b}</td> <td>${c}</td></tr>`;
  }

  private renderList(ctx: ViewContext, gv: GroupView, sections: Section[], cols: Columns, offset: number): TemplateResult {
    return html`<div class="layout-list" part="list">
      ${sections.map((s) => {
        const label = this.sectionLabel(s);
        return html`<div class="section">
          ${label === nothing ? nothing : this.heading(label, offset, 'section-title')}
          ${s.members.length
            ? html`<ul class="member-list">
                ${s.members.map((m) => this.renderItem(ctx, gv, m, cols))}
              </ul>`
            : html`<p class="vacancy" part="vacancy">${this.vacancy()}</p>`}
        </div>`;
      })}
    </div>`;
  }

  /**
   * A member's list item: the member, then labelled facts: role and state as the list has them, the term if
   * the member has one, the contacts if any. One template for each number of facts, as for a row.
   */
  private renderItem(ctx: ViewContext, gv: GroupView, m: MemberEntry, cols: Columns): TemplateResult {
    const who = this.renderWho(ctx, m);
    // Label, value, label, value…
    const facts: unknown[] = [];
    if (cols.role) facts.push(msg('Role', { id: 'roster.col.role' }), memberRoleLabel(m.role));
    if (cols.state) facts.push(msg('State', { id: 'roster.col.state' }), this.renderState(ctx, m));
    const term = cols.term ? this.termText(ctx, gv, m) : '';
    if (term) facts.push(msg('Term', { id: 'roster.col.term' }), term);
    const [la, a, lb, b, lc, c] = facts;
    if (cols.contact && (m.email || m.url)) {
      const label = msg('Contact', { id: 'roster.col.contact' });
      const links = this.contactLinks(m);
      if (facts.length === 2) {
        return html`<li class="member">${who} <dl class="member-facts"><div><dt>${la}</dt> <dd>${a}</dd></div> <div><dt>${label}</dt> <dd><span class="contacts">${links}</span></dd></div></dl></li>`;
      }
      if (facts.length === 4) {
        return html`<li class="member">${who} <dl class="member-facts"><div><dt>${la}</dt> <dd>${a}</dd></div> <div><dt>${lb}</dt> <dd>${b}</dd></div> <div><dt>${label}</dt> <dd><span class="contacts">${links}</span></dd></div></dl></li>`;
      }
      return html`<li class="member">${who} <dl class="member-facts"><div><dt>${la}</dt> <dd>${a}</dd></div> <div><dt>${lb}</dt> <dd>${b}</dd></div> <div><dt>${lc}</dt> <dd>${c}</dd></div> <div><dt>${label}</dt> <dd><span class="contacts">${links}</span></dd></div></dl></li>`;
    }
    if (facts.length === 2) return html`<li class="member">${who} <dl class="member-facts"><div><dt>${la}</dt> <dd>${a}</dd></div></dl></li>`;
    if (facts.length === 4) return html`<li class="member">${who} <dl class="member-facts"><div><dt>${la}</dt> <dd>${a}</dd></div> <div><dt>${lb}</dt> <dd>${b}</dd></div></dl></li>`;
    return html`<li class="member">${who} <dl class="member-facts"><div><dt>${la}</dt> <dd>${a}</dd></div> <div><dt>${lb}</dt> <dd>${b}</dd></div> <div><dt>${lc}</dt> <dd>${c}</dd></div></dl></li>`;
  }

  /** Photo (if any), name, and a person's title and organization. */
  private renderWho(ctx: ViewContext, m: MemberEntry): TemplateResult {
    const photo = m.image
      ? // The name is written right beside the photo: an alt text would have it read twice.
        html`<span class="photo" part="photo"><img src=${m.image} alt="" width="48" height="48" loading="lazy" decoding="async" /></span>`
      : nothing;
    const sub = this.renderSub(ctx, m);
    const name = m.name === undefined ? undefined : pick(m.name, ctx.locale);
    return name
      ? html`<div class="who">${photo}<span class="who-text"><span class="name"><bdi lang=${ifDefined(name.lang)}>${breakable(name.text)}</bdi></span> ${sub}</span></div>`
      : html`<div class="who">${photo}<span class="who-text"><span class="name">${this.renderName(m)}</span> ${sub}</span></div>`;
  }

  /** A person's title and organization, under the name. */
  private renderSub(ctx: ViewContext, m: MemberEntry): unknown {
    const title = pick(m.title, ctx.locale);
    const org = pick(m.organization, ctx.locale);
    const first = title ?? org;
    const second = title ? org : undefined;
    if (!first) return nothing;
    return second
      ? html`<span class="sub"><bdi lang=${ifDefined(first.lang)}>${breakable(first.text)}</bdi>${msg(', ', { id: 'roster.comma' })}<bdi lang=${ifDefined(second.lang)}>${breakable(second.text)}</bdi></span>`
      : html`<span class="sub"><bdi lang=${ifDefined(first.lang)}>${breakable(first.text)}</bdi></span>`;
  }

  private renderState(ctx: ViewContext, m: MemberEntry): unknown {
    if (!m.state) return html`<span class="muted">${msg('Not specified', { id: 'roster.stateUnknown' })}</span>`;
    const s = indexFeed(ctx.feed).state(m.state);
    const n = this.nameParts(s.name);
    return html`<span class="state-dot" ${cssProps({ '--_dot': s.accent })} aria-hidden="true"></span><bdi lang=${ifDefined(n.lang)}>${n.text}</bdi>`;
  }

  /** "Since 3 March 2030", "From …" (not begun yet), "Until …", or "… – …". */
  private termText(ctx: ViewContext, gv: GroupView, m: MemberEntry): string {
    const since = m.since ? ctx.fmt.date(m.since) : undefined;
    const until = m.until ? ctx.fmt.date(m.until) : undefined;
    if (since && until) return msg(str`${since} – ${until}`, { id: 'roster.term.range' });
    if (since) return gv.upcoming.has(m.index) ? msg(str`From ${since}`, { id: 'roster.term.from' }) : msg(str`Since ${since}`, { id: 'roster.term.since' });
    if (until) return msg(str`Until ${until}`, { id: 'roster.term.until' });
    return '';
  }

  /** A member's contact links (e-mail, website, telephone): one template for one link (the usual case), not a list of them. */
  private contactLinks(m: MemberEntry): unknown {
    const email = m.email ? this.emailLink(m.email) : undefined;
    const url = m.url ? this.urlLink(m.url, m) : undefined;
    return email && url ? html`${email}${url}` : (email ?? url ?? nothing);
  }

  private emailLink(email: string): TemplateResult {
    // A narrow column breaks the address after "@" rather than anywhere.
    const at = email.lastIndexOf('@');
    return html`<a part="contact" href=${`mailto:${email}`}><bdi dir="ltr">${email.slice(0, at + 1)}<wbr />${email.slice(at + 1)}</bdi></a>`;
  }

  private urlLink(url: string, m: MemberEntry): TemplateResult {
    const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
    if (scheme === 'mailto' || scheme === 'tel') {
      const target = safeDecode(url.replace(SCHEME_PREFIX, '').split('?')[0] ?? '');
      return html`<a part="contact" href=${url}><bdi dir="ltr">${target}</bdi></a>`;
    }
    const who = m.name === undefined ? undefined : this.nameParts(m.name);
    return html`<a part="contact" href=${url} rel="noopener noreferrer"
      >${msg('Website', { id: 'roster.website' })}${who
        ? html`<span class="visually-hidden">${msg(': ', { id: 'roster.websiteOf' })}<bdi lang=${ifDefined(who.lang)}>${who.text}</bdi></span>`
        : nothing}</a
    >`;
  }

  // ---------------------------------------------------------------------------
  // Linking
  // ---------------------------------------------------------------------------

  /**
   * Reveals the group with this fragment id (`group-<id>`): clears a search
   * that hides it, opens its members, scrolls it into view and focuses it.
   * False when this element does not show that group.
   */
  override reveal(fragment: string): boolean {
    const feed = this.loaded?.feed;
    if (!feed) return false;
    const entry = this.modelFor(feed).groups.find((g) => g.fragment === fragment);
    if (!entry || (this.group && this.group !== entry.id)) return false;
    if (!this.group) {
      const view = this.viewFor(feed, this.now ?? new Date());
      if (!view.groups.some((g) => g.entry.id === entry.id)) this.query = undefined;
      this.revealing = entry.id;
      this.requestUpdate();
    }
    this.scrollToFragment(fragment);
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'working-group-roster': WorkingGroupRoster;
  }
}
