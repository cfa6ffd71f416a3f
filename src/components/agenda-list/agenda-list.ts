import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { MajlisElement, type ViewContext } from '../../base/majlis-element.js';
import { cssProps } from '../../util/css-props.js';
import type { Feed, Meeting } from '../../feed/schema.js';
import { indexFeed, selectMeeting, type StateInfo } from '../../feed/select.js';
import { msg, str } from '../../locale/msg.js';
import { arabicOrdinalGenitive, englishOrdinal } from '../../locale/ordinal.js';
import { plain } from '../../locale/text.js';
import { compileQuery, foldForSearch } from '../../util/search.js';
import { agendaKindLabel, agendaStatusLabel, countLabel, countOfLabel, type AgendaStatus } from './agenda-list.labels.js';
import {
  DEFAULT_VIRTUALIZE_THRESHOLD,
  Shown,
  agendaModel,
  agendaView,
  flattenRows,
  parseKinds,
  parseStates,
  parseStatuses,
  type AgendaEntry,
  type AgendaModel,
  type AgendaReference,
  type AgendaRow,
  type AgendaView,
} from './agenda-list.model.js';
import { agendaListStyles } from './agenda-list.styles.js';
import { controlStyles } from '../../base/controls.styles.js';
import { arAgenda } from '../../generated/locales/ar/agenda.js';
import { RowWindow } from './row-window.js';

/** Points to the inline end when closed (mirrored in RTL by the styles), down when open. */
const chevron = svg`<svg class="chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M6 3.5 10.5 8 6 12.5"/></svg>`;
/** A checkmark: not directional, never mirrored. */
const check = svg`<svg class="check" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 8.5 6.5 12 13 4.5"/></svg>`;

/** A decorative symbol beside each status word (the word itself carries the meaning). */
const STATUS_ICON: Record<AgendaStatus, string> = {
  pending: '◷',
  discussed: '◆',
  approved: '✓',
  adopted: '✓',
  noted: '✎',
  deferred: '⏸',
};

type FilterName = 'status' | 'kind' | 'state';

/** Frames to wait for the windowed list to render a row that {@link AgendaList.reveal} scrolls to. */
const REVEAL_FRAMES = 40;
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * The agenda of one committee meeting: nested, numbered items (the feed's
 * order labels in the element's numerals) with their kind, presenter (a
 * member state with its accent, an organization or a person), status or
 * outcome as a text badge, decision text, and links to the initiatives and
 * working groups they concern.
 *
 * Nested items are behind disclosure buttons (open at first unless
 * `collapsed`), with "Expand all" and "Collapse all". Filter chips for status,
 * kind and presenter state, and a search box that understands Arabic (the
 * shared search: diacritics and tatweel are ignored, أ/إ/آ/ا, ى/ي and ة/ه are
 * alike, both languages of the feed match), narrow the list; the parents of a
 * match stay as context. A live region announces "4 of 12 items" once typing pauses. Filter state
 * lives in the `status`, `kind`, `state` and `query` attributes, which the
 * controls set.
 *
 * Agendas with more items than `virtualize-threshold` (nested ones included;
 * default 200) are rendered as one flattened, windowed list inside a
 * scroll box, keeping list semantics
 * (`role="list"`/`listitem` with `aria-level`, `aria-posinset`,
 * `aria-setsize`). Smaller agendas are nested `<ol>` lists. In the
 * virtualized list only the rows near the visible part of the scroll box are
 * in the document: the box takes keyboard focus (arrow keys and Page Up/Down
 * scroll it), and the search, the filters and links (`reveal()`) reach any
 * item. Printing shows every item expanded, without the filter controls (a
 * virtualized list is rendered in full for printing).
 *
 * Each item has the stable id `agenda-<meeting>-<item>`; `reveal()` (links
 * from other widgets, `#agenda-…` in the page URL) expands its parents, scrolls
 * to and focuses it.
 *
 * @summary A meeting's agenda: nested, filterable, Arabic-aware search, virtualized when long.
 * @tagname agenda-list
 *
 * @attr meeting - Id of the meeting whose agenda is shown. Default: the next scheduled meeting, else the latest held one (as `<meeting-card>`).
 * @attr status - Show only items with these statuses: values separated by commas (`approved,adopted`). The status chips set it. Items without a status are left out only by this filter.
 * @attr kind - Show only items of these kinds (`report,decision`…). The kind chips set it.
 * @attr state - Show only items presented by these member states: codes separated by commas (`BH,OM`). The state chips set it.
 * @attr query - Search text (order, title, decision, kind, status, presenter and linked entries; both languages; Arabic-aware). The search box sets it.
 * @attr collapsed - Start with nested items closed.
 * @attr virtualize-threshold - Agendas with more items than this (nested ones included) are virtualized. Default 200.
 *
 * @fires {CustomEvent<MajlisLoadDetail>} majlis-load - A feed was loaded and validated. Bubbles, composed.
 * @fires {CustomEvent<MajlisErrorDetail>} majlis-error - The feed could not be loaded or is invalid. Bubbles, composed.
 * @fires {CustomEvent<MajlisNavigateDetail>} majlis-navigate - A link to an initiative (`kind: 'initiative'`) or working group (`kind: 'working-group'`) was followed; cancel it to route in the host app. Bubbles, composed, cancelable.
 *
 * @csspart base - The wrapper that carries the resolved `lang` and `dir`.
 * @csspart agenda - The agenda (a `<section>`).
 * @csspart title - The agenda's heading.
 * @csspart subtitle - The line under the heading (body or committee, date).
 * @csspart filters - The search box and filter chips.
 * @csspart search - The search input.
 * @csspart chip - A filter chip (a toggle button; `data-filter` is `status`, `kind` or `state`).
 * @csspart count - The "4 of 12 items" line.
 * @csspart announcer - A hidden live region that reads the count out once a search or filter has stopped changing it for a moment.
 * @csspart clear - The "Clear search and filters" buttons.
 * @csspart expand-all - The "Expand all" button.
 * @csspart collapse-all - The "Collapse all" button.
 * @csspart no-results - The message shown when nothing matches.
 * @csspart list - The list of items (the top `<ol>`, or the virtualized list).
 * @csspart scroller - The scroll box around the virtualized list.
 * @csspart item - An item (an `<li>`, or a `role="listitem"` row), with the id `agenda-<meeting>-<item>`.
 * @csspart order - An item's order label.
 * @csspart item-title - An item's title.
 * @csspart kind - An item's kind.
 * @csspart status - An item's status badge.
 * @csspart facts - An item's presenter, decision and links.
 * @csspart decision - An item's decision text.
 * @csspart reference - A link to an initiative or working group.
 * @csspart toggle - The disclosure button of an item's sub-items.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart empty - The message shown when there is no (such) meeting or it has no agenda.
 * @csspart notice - Notices above the content (items left out, stale data).
 * @csspart left-out - In the items-left-out notice: what was left out, in plain words (how many of each kind, with ids).
 * @csspart retry - The "Try again" button of the error box.
 *
 * @cssprop [--majlis-agenda-max-height=min(70vh, 48rem)] - Largest height of the scroll box of a virtualized agenda.
 * @cssprop [--majlis-font-family=system-ui, "Noto Sans Arabic", "Noto Sans", sans-serif] - Font stack.
 * @cssprop [--majlis-text=#1f2328] - Text colour.
 * @cssprop [--majlis-muted=#57606a] - Secondary text colour.
 * @cssprop [--majlis-surface=#ffffff] - Background of the agenda.
 * @cssprop [--majlis-border=#d0d7de] - Border colour.
 * @cssprop [--majlis-accent=#1b5e7a] - Accent colour (order labels, the agenda's edge).
 * @cssprop [--majlis-radius=0.5rem] - Corner radius.
 * @cssprop [--majlis-gap=0.75rem] - Base spacing.
 * @cssprop [--majlis-link=#0b5cad] - Link and focus colour.
 * @cssprop [--majlis-skeleton-height=10rem] - Height of the loading placeholder.
 * @cssprop [--majlis-reserve=auto] - Block size the widget never goes below, while loading and after: set it to the content's usual height (as a page gives an image its size) and the page does not shift when the feed arrives.
 */
export class AgendaList extends MajlisElement {
  /** The tag this class is registered as by `majlis-widgets/agenda-list.js`. */
  static override readonly tagName: string = 'agenda-list';
  static override styles = [...MajlisElement.styles, controlStyles, agendaListStyles];
  static override arabic = [arAgenda];

  /** Id of the meeting whose agenda is shown. Default: the next scheduled meeting, else the latest held one. */
  @property({ reflect: true }) meeting?: string;

  /** Show only items with these statuses (comma-separated). */
  @property({ reflect: true }) status?: string;

  /** Show only items of these kinds (comma-separated). */
  @property({ reflect: true }) kind?: string;

  /** Show only items presented by these member states (comma-separated codes). */
  @property({ reflect: true }) state?: string;

  /** Search text (Arabic-aware; both languages of the feed). */
  @property({ reflect: true }) query?: string;

  /** Start with nested items closed. */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  /** Agendas with more items than this (nested ones included) are rendered as a windowed list. Default 200. */
  @property({ attribute: 'virtualize-threshold', type: Number }) virtualizeThreshold = DEFAULT_VIRTUALIZE_THRESHOLD;

  /** Items the reader opened or closed (fragment → open); cleared when the filters change. */
  private toggled = new Map<string, boolean>();
  /** Set by "Expand all" / "Collapse all" until the filters change. */
  private allOpen?: boolean;
  /** Bumped whenever the open/closed state changes (a memo key of the rows). */
  private expansion = 0;
  /** Items that {@link reveal} opens after the filters it clears are applied. */
  private revealing: string[] = [];
  private matcherMemo?: { query: string; matches: (folded: string) => boolean; hasQuery: boolean };
  private viewMemo?: { model: AgendaModel; key: string; view: AgendaView };
  private rowsMemo?: { view: AgendaView; key: string; rows: AgendaRow[]; keys: number[] };
  /** Which rows of the virtualized path are in the DOM. */
  private readonly window = new RowWindow(this);

  /** A windowed agenda is printed in full. */
  protected override rendersForPrint(): boolean {
    return this.isVirtual();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('status') || changed.has('kind') || changed.has('state') || changed.has('query') || changed.has('meeting') || changed.has('collapsed')) {
      this.toggled.clear();
      this.allOpen = undefined;
      this.expansion++;
    }
    if (this.revealing.length) {
      for (const f of this.revealing) this.toggled.set(f, true);
      this.revealing = [];
      this.expansion++;
    }
  }

  // ---------------------------------------------------------------------------
  // Selection
  // ---------------------------------------------------------------------------

  private selected(feed: Feed, now: Date): Meeting | undefined {
    return selectMeeting(feed, this.meeting || undefined, now);
  }

  protected override isEmpty(ctx: ViewContext): boolean {
    return !this.selected(ctx.feed, ctx.now)?.agenda?.length;
  }

  protected override subject(): string {
    return msg('Agenda', { id: 'agenda.subject' });
  }

  protected override emptyMessage(): string {
    const feed = this.loaded?.feed;
    const m = feed ? this.selected(feed, this.now ?? new Date()) : undefined;
    if (m) return msg('No agenda has been published for this meeting.', { id: 'agenda.noAgenda' });
    if (this.meeting && this.leftOut('meetings', this.meeting)) {
      return msg(str`Meeting “${this.meeting}” could not be shown: its entry in the feed has problems.`, { id: 'agenda.leftOut' });
    }
    return this.meeting
      ? msg(str`Meeting “${this.meeting}” is not in this feed.`, { id: 'agenda.notFound' })
      : msg('No meetings to show yet.', { id: 'agenda.noMeetings' });
  }

  /** The search, compiled once per query text. */
  private matcher(query: string): { matches: (folded: string) => boolean; hasQuery: boolean } {
    if (this.matcherMemo?.query !== query) {
      this.matcherMemo = { query, matches: compileQuery(query), hasQuery: foldForSearch(query) !== '' };
    }
    return this.matcherMemo;
  }

  /** The filtered view, computed once per agenda, filters and query. */
  private viewFor(model: AgendaModel): AgendaView {
    const statuses = parseStatuses(this.status);
    const kinds = parseKinds(this.kind);
    const states = parseStates(this.state);
    const query = this.query ?? '';
    const key = JSON.stringify([statuses, kinds, states, query]);
    const memo = this.viewMemo;
    if (memo && memo.model === model && memo.key === key) return memo.view;
    const { matches, hasQuery } = this.matcher(query);
    const view = agendaView(model, { statuses, kinds, states, matches, hasQuery });
    this.viewMemo = { model, key, view };
    return view;
  }

  /** The flattened rows of the virtualized path, once per view and open/closed state. */
  private rowsFor(view: AgendaView): AgendaRow[] {
    const key = `${this.expansion}|${this.printing}`;
    const memo = this.rowsMemo;
    if (memo && memo.view === view && memo.key === key) return memo.rows;
    const rows = flattenRows(view, (e) => this.isOpen(e, view));
    this.rowsMemo = { view, key, rows, keys: rows.map((r) => r.entry.index) };
    return rows;
  }

  private threshold(): number {
    // A removed attribute comes back as null: the default then, not 0.
    const t: unknown = this.virtualizeThreshold;
    return typeof t === 'number' && Number.isFinite(t) && t >= 0 ? t : DEFAULT_VIRTUALIZE_THRESHOLD;
  }

  /** The agenda currently shown, if any. */
  private currentModel(): AgendaModel | undefined {
    const feed = this.loaded?.feed;
    const m = feed ? this.selected(feed, this.now ?? new Date()) : undefined;
    return feed && m?.agenda?.length ? agendaModel(feed, m) : undefined;
  }

  /** True when the agenda is (or would be) rendered as a windowed list. */
  private isVirtual(): boolean {
    const model = this.currentModel();
    return !!model && model.all.length > this.threshold();
  }

  private isOpen(e: AgendaEntry, view: AgendaView): boolean {
    if (this.printing) return true;
    return this.toggled.get(e.fragment) ?? this.allOpen ?? (view.filtered || !this.collapsed);
  }

  // ---------------------------------------------------------------------------
  // The view
  // ---------------------------------------------------------------------------

  protected override renderView(ctx: ViewContext): TemplateResult {
    const m = this.selected(ctx.feed, ctx.now)!;
    const model = agendaModel(ctx.feed, m);
    const view = this.viewFor(model);
    const virtual = !this.printing && model.all.length > this.threshold();
    return html`<section class="agenda" part="agenda" aria-labelledby="agenda-title">
      <header class="head">
        ${this.heading(html`<span id="agenda-title" part="title">${this.titleText(m)}</span>`)}
        ${this.renderSubtitle(ctx, m)}
      </header>
      ${this.renderFilters(model, view)}
      ${view.matchCount === 0
        ? html`<div class="no-results" part="no-results">
            <p>${msg('No agenda item matches the search and filters.', { id: 'agenda.noResults' })}</p>
            ${this.renderClear()}
          </div>`
        : virtual
          ? this.renderVirtual(ctx, view)
          : this.renderTree(ctx, view)}
    </section>`;
  }

  /** "جدول أعمال الاجتماع السادس والعشرين" / "Agenda of the 26th meeting"; digits beyond 99. */
  private titleText(m: Meeting): string {
    const n = m.number;
    if (n === undefined) return msg('Meeting agenda', { id: 'agenda.title.untitled' });
    const fmt = this.fmt;
    const ordinal = fmt.locale === 'ar' ? (arabicOrdinalGenitive(n) ?? fmt.number(n)) : englishOrdinal(n);
    return msg(str`Agenda of the ${ordinal} meeting`, { id: 'agenda.title' });
  }

  private renderSubtitle(ctx: ViewContext, m: Meeting): TemplateResult {
    const name = m.title ?? m.body ?? ctx.feed.committee.name;
    return html`<p class="subtitle" part="subtitle">
      ${this.name(name)}${m.start
        ? html`<span class="sep" aria-hidden="true"> — </span><time datetime=${m.start}>${ctx.fmt.date(m.start, { timeZone: m.timeZone })}</time>`
        : nothing}
    </p>`;
  }

  // ---------------------------------------------------------------------------
  // Filters
  // ---------------------------------------------------------------------------

  private renderFilters(model: AgendaModel, view: AgendaView): TemplateResult {
    const statuses = parseStatuses(this.status);
    const kinds = parseKinds(this.kind);
    const states = parseStates(this.state);
    const statusChips = model.statuses.concat(statuses.filter((s) => !model.statuses.includes(s)));
    const kindChips = model.kinds.concat(kinds.filter((k) => !model.kinds.includes(k)));
    const stateChips = model.states.map((s) => s.id).concat(states.filter((s) => !model.states.some((x) => x.id === s)));
    const f = this.fmt;
    const count = view.filtered ? countOfLabel(f.locale, f.number(view.matchCount), f.number(view.total), view.total) : countLabel(f.locale, f.number(view.total), view.total);
    return html`<div class="filters" part="filters">
        <div class="search">
          <label for="search">${msg('Search the agenda', { id: 'agenda.search.label' })}</label>
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
        ${statusChips.length
          ? this.renderChipGroup(
              'status',
              msg('Status', { id: 'agenda.filter.status' }),
              statusChips.map((s) => this.renderChip('status', s, statuses.includes(s), agendaStatusLabel(s))),
            )
          : nothing}
        ${kindChips.length
          ? this.renderChipGroup(
              'kind',
              msg('Type', { id: 'agenda.filter.kind' }),
              kindChips.map((k) => this.renderChip('kind', k, kinds.includes(k), agendaKindLabel(k))),
            )
          : nothing}
        ${stateChips.length
          ? this.renderChipGroup(
              'state',
              msg('Presenting state', { id: 'agenda.filter.state' }),
              stateChips.map((id) => this.renderStateChip(model, id, states.includes(id))),
            )
          : nothing}
      </div>
      <div class="status-row">
        <p class="count" part="count">${count}</p>
        ${this.renderAnnouncer(count)}
        <div class="tools">
          ${view.filtered && view.matchCount ? this.renderClear() : nothing}
          ${view.nested
            ? html`<button type="button" part="expand-all" class="expand-all" @click=${() => this.setAll(true)}>
                  ${msg('Expand all', { id: 'agenda.expandAll' })}
                </button>
                <button type="button" part="collapse-all" class="collapse-all" @click=${() => this.setAll(false)}>
                  ${msg('Collapse all', { id: 'agenda.collapseAll' })}
                </button>`
            : nothing}
        </div>
      </div>`;
  }

  private renderChipGroup(name: FilterName, label: string, chips: TemplateResult[]): TemplateResult {
    return html`<div class="chips" role="group" aria-labelledby=${`chips-${name}`}>
      <span id=${`chips-${name}`} class="chips-label">${label}</span>
      ${chips}
    </div>`;
  }

  private renderChip(filter: FilterName, value: string, pressed: boolean, label: unknown, mark: unknown = nothing): TemplateResult {
    return html`<button
      type="button"
      part="chip"
      class="chip"
      data-filter=${filter}
      data-value=${value}
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => this.toggleFilter(filter, value)}
    >
      ${pressed ? check : mark}${label}
    </button>`;
  }

  private renderStateChip(model: AgendaModel, id: string, pressed: boolean): TemplateResult {
    // A state that no item has is still offered when the attribute selects it, so that it can be unselected.
    const feed = this.loaded?.feed;
    const s: StateInfo | undefined = model.states.find((x) => x.id === id) ?? (feed ? indexFeed(feed).states.find((x) => x.id === id) : undefined);
    const dot = s ? html`<span class="state-dot" ${cssProps({ '--_dot': s.accent })} aria-hidden="true"></span>` : nothing;
    return this.renderChip('state', id, pressed, s ? this.name(s.name) : id, dot);
  }

  private renderClear(): TemplateResult {
    return html`<button type="button" part="clear" class="clear" @click=${() => this.clearFilters()}>
      ${msg('Clear search and filters', { id: 'agenda.clear' })}
    </button>`;
  }

  private toggleFilter(filter: FilterName, value: string): void {
    const parse = filter === 'status' ? parseStatuses : filter === 'kind' ? parseKinds : parseStates;
    const selected: string[] = parse(this[filter]);
    const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    // Kept in a fixed order, so that the attribute reads the same whatever the order of clicks.
    this[filter] = next.length ? (parse(next.join(',')) as string[]).join(',') : undefined;
  }

  private clearFilters(): void {
    this.query = undefined;
    this.status = undefined;
    this.kind = undefined;
    this.state = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  private setAll(open: boolean): void {
    this.toggled.clear();
    this.allOpen = open;
    this.expansion++;
    this.requestUpdate();
  }

  private toggleItem(e: AgendaEntry, open: boolean): void {
    this.toggled.set(e.fragment, !open);
    this.expansion++;
    this.requestUpdate();
  }

  // ---------------------------------------------------------------------------
  // Items
  // ---------------------------------------------------------------------------

  /** Nested `<ol>` lists (agendas up to the threshold, and printing). */
  private renderTree(ctx: ViewContext, view: AgendaView): TemplateResult {
    return html`<ol class="items top" part="list" role="list">
      ${view.kids(undefined).map((e) => this.renderNode(ctx, view, e))}
    </ol>`;
  }

  private renderNode(ctx: ViewContext, view: AgendaView, e: AgendaEntry): TemplateResult {
    const kids = view.kids(e);
    const open = kids.length > 0 && this.isOpen(e, view);
    const subId = `sub-${e.fragment}`;
    return html`<li class=${classMap({ item: true, context: view.shown[e.index] === Shown.Context })} part="item" id=${e.fragment} tabindex="-1">
      ${this.renderEntry(ctx, view, e, kids.length, open, subId)}
      ${kids.length
        ? html`<ol class="items sub" role="list" id=${subId} ?hidden=${!open}>
            ${kids.map((k) => this.renderNode(ctx, view, k))}
          </ol>`
        : nothing}
    </li>`;
  }

  /** One flattened list in a scroll box; only the rows near its visible part are in the DOM. */
  private renderVirtual(ctx: ViewContext, view: AgendaView): TemplateResult {
    const rows = this.rowsFor(view);
    const [start, end] = this.window.range(this.rowsMemo!.keys);
    return html`<div class="scroller" part="scroller" role="region" tabindex="0" aria-label=${msg('Agenda items', { id: 'agenda.items' })} @scroll=${this.window.onScroll}>
      <div class="vlist" part="list" role="list" ${cssProps({ '--_before': this.window.before(start), '--_after': this.window.after(end) })}>
        ${repeat(
          rows.slice(start, end),
          (r) => r.entry.index,
          (r) => this.renderRow(ctx, view, r),
        )}
      </div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const box = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (box) this.window.sync(box, true);
  }

  private renderRow(ctx: ViewContext, view: AgendaView, r: AgendaRow): TemplateResult {
    const e = r.entry;
    const kids = view.kids(e);
    const open = kids.length > 0 && this.isOpen(e, view);
    return html`<div
      role="listitem"
      class=${classMap({ item: true, row: true, context: view.shown[e.index] === Shown.Context })}
      part="item"
      id=${e.fragment}
      tabindex="-1"
      data-key=${e.index}
      aria-level=${r.level}
      aria-posinset=${r.posinset}
      aria-setsize=${r.setsize}
      ${cssProps({ '--_depth': String(r.level - 1) })}
    >
      ${this.renderEntry(ctx, view, e, kids.length, open, undefined)}
    </div>`;
  }

  /** An item's content: order label, title, kind, status, presenter, decision, links, disclosure button. */
  private renderEntry(ctx: ViewContext, view: AgendaView, e: AgendaEntry, shownKids: number, open: boolean, controls: string | undefined): TemplateResult {
    const it = e.item;
    const titleId = `t-${e.fragment}`;
    const context = view.shown[e.index] === Shown.Context;
    return html`<div class="entry">
      <span class="order" part="order">${ctx.fmt.digits(e.label)}</span>
      <div class="body">
        <p class="title" part="item-title" id=${titleId}>${this.name(it.title)}</p>
        ${it.kind || it.status || context
          ? html`<p class="tags">
              ${it.kind
                ? html`<span class="kind" part="kind"
                    ><span class="visually-hidden">${msg('Type:', { id: 'agenda.label.kindPrefix' })} </span>${agendaKindLabel(it.kind)}</span
                  >`
                : nothing}
              ${it.status
                ? html`<span class="badge status-${it.status}" part="status"
                    ><span aria-hidden="true">${STATUS_ICON[it.status]}</span
                    ><span class="visually-hidden">${msg('Status:', { id: 'agenda.label.statusPrefix' })} </span>${agendaStatusLabel(it.status)}</span
                  >`
                : nothing}
              ${context ? html`<span class="context-note">${msg('Contains matching sub-items', { id: 'agenda.context' })}</span>` : nothing}
            </p>`
          : nothing}
        ${this.renderFacts(ctx, e)}
        ${shownKids
          ? html`<button
              type="button"
              part="toggle"
              class="toggle"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${controls ?? nothing}
              aria-describedby=${titleId}
              @click=${() => this.toggleItem(e, open)}
            >
              ${chevron}<span>${this.subItemsLabel(ctx, e, shownKids)}</span>
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private subItemsLabel(ctx: ViewContext, e: AgendaEntry, shown: number): string {
    const f = ctx.fmt;
    return shown < e.children.length
      ? msg(str`Sub-items (${f.number(shown)} of ${f.number(e.children.length)})`, { id: 'agenda.subItemsOf' })
      : msg(str`Sub-items (${f.number(shown)})`, { id: 'agenda.subItems' });
  }

  private renderFacts(ctx: ViewContext, e: AgendaEntry): unknown {
    const it = e.item;
    const rows: TemplateResult[] = [];
    if (e.presenter) rows.push(html`<dt>${msg('Presenter', { id: 'agenda.label.presenter' })}</dt><dd>${this.renderPresenter(ctx, e)}</dd>`);
    if (it.decision) {
      rows.push(html`<dt>${msg('Decision', { id: 'agenda.label.decision' })}</dt><dd class="decision" part="decision">${this.text(it.decision)}</dd>`);
    }
    const initiatives = e.references.filter((r) => r.kind === 'initiative');
    const groups = e.references.filter((r) => r.kind === 'working-group');
    if (initiatives.length) rows.push(html`<dt>${msg('Initiatives', { id: 'agenda.label.initiatives' })}</dt><dd>${this.renderRefs(initiatives)}</dd>`);
    if (groups.length) rows.push(html`<dt>${msg('Working groups', { id: 'agenda.label.groups' })}</dt><dd>${this.renderRefs(groups)}</dd>`);
    return rows.length ? html`<dl class="facts" part="facts">${rows}</dl>` : nothing;
  }

  private renderPresenter(ctx: ViewContext, e: AgendaEntry): unknown {
    const p = e.presenter!;
    // An organization named like its state (e.g. the General Secretariat) is said once.
    const org = p.organization && p.state && plain(p.organization, ctx.locale) === plain(p.state.name, ctx.locale) ? undefined : p.organization;
    const parts: unknown[] = [];
    if (p.who) parts.push(html`<strong>${this.name(p.who)}</strong>${p.title ? html`${msg(', ', { id: 'agenda.comma' })}${this.name(p.title)}` : nothing}`);
    if (org) parts.push(this.name(org));
    if (p.state) parts.push(html`<span class="state"><span class="state-dot" ${cssProps({ '--_dot': p.state.accent })} aria-hidden="true"></span>${this.name(p.state.name)}</span>`);
    return parts.map((x, i) => html`${i ? html`<span class="sep">${msg(' — ', { id: 'agenda.dash' })}</span>` : nothing}${x}`);
  }

  private renderRefs(refs: AgendaReference[]): TemplateResult {
    return html`<ul class="refs">
      ${refs.map(
        (r) => html`<li>
          <a
            part="reference"
            href=${`#${r.fragment}`}
            data-kind=${r.kind}
            @click=${(ev: MouseEvent) => {
              if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
              if (this.navigate({ kind: r.kind, id: r.id, fragment: r.fragment })) ev.preventDefault();
            }}
            >${this.name(r.name)}</a
          >
        </li>`,
      )}
    </ul>`;
  }

  // ---------------------------------------------------------------------------
  // Linking
  // ---------------------------------------------------------------------------

  /**
   * Reveals the item with this fragment id (`agenda-<meeting>-<item>`): clears
   * the filters if they hide it, opens its parents, scrolls it into view and
   * focuses it. False when this element does not show that item.
   */
  override reveal(fragment: string): boolean {
    const model = this.currentModel();
    const entry = model?.byFragment.get(fragment);
    if (!model || !entry) return false;
    const view = this.viewFor(model);
    if (view.shown[entry.index] === Shown.Hidden) {
      this.query = undefined;
      this.status = undefined;
      this.kind = undefined;
      this.state = undefined;
    }
    for (let p = entry.parent; p; p = p.parent) this.revealing.push(p.fragment);
    this.requestUpdate();
    void this.updateComplete.then(() => this.scrollToEntry(entry));
    return true;
  }

  private async scrollToEntry(entry: AgendaEntry): Promise<void> {
    const find = () => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(entry.fragment)}`);
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) {
      // Windowed: the row may not be in the DOM yet. Move the window to it, then let it render.
      const target = (this.rowsMemo?.rows ?? []).findIndex((r) => r.entry === entry);
      if (target < 0) return;
      for (let n = 0; n < REVEAL_FRAMES && !find(); n++) {
        this.window.scrollTo(scroller, target);
        await this.updateComplete;
        await nextFrame();
      }
    }
    const el = find();
    if (!el) return;
    this.scrollToTarget(el, scroller ? 'nearest' : 'start', !scroller);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'agenda-list': AgendaList;
  }
}
