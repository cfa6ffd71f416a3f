import { html, noChange, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { MajlisElement, type ViewContext } from '../../base/majlis-element.js';
import { INITIATIVE_STATUSES, type Feed, type StateId } from '../../feed/schema.js';
import { indexFeed, type StateInfo } from '../../feed/select.js';
import { msg, str } from '../../locale/msg.js';
import { arabicOrdinal, englishOrdinal } from '../../locale/ordinal.js';
import { cssProps } from '../../util/css-props.js';
import {
  arabicFeminineOrdinal,
  arabicPhaseTotal,
  initiativeStatusLabel,
  milestoneStateLabel,
  type InitiativeStatus,
  type MilestoneState,
} from './initiative-tracker.labels.js';
import {
  dayOf,
  milestonesOf,
  parseGroupBy,
  parseSort,
  parseStates,
  parseStatuses,
  parseTracks,
  trackerModel,
  trackerView,
  type GroupBy,
  type GroupView,
  type InitiativeEntry,
  type MeetingRef,
  type MilestoneView,
  type SortBy,
  type TrackInfo,
  type TrackerModel,
  type TrackerView,
} from './initiative-tracker.model.js';
import { initiativeTrackerStyles } from './initiative-tracker.styles.js';
import { controlStyles } from '../../base/controls.styles.js';
import { arInitiative } from '../../generated/locales/ar/initiative.js';

const icon = (body: SVGTemplateResult, cls = 'icon') =>
  svg`<svg class=${cls} aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** One icon per status (none of them directional: never mirrored). Status is always said in text too. */
const STATUS_ICON: Record<InitiativeStatus, SVGTemplateResult> = {
  proposed: icon(svg`<circle cx="8" cy="8" r="6" stroke-dasharray="2.4 2.1"/>`),
  'under-study': icon(svg`<circle cx="7" cy="7" r="4.25"/><path d="M10.2 10.2 14 14"/>`),
  approved: icon(svg`<circle cx="8" cy="8" r="6.25"/><path d="M5.2 8.2 7.2 10.2 10.9 6.1"/>`),
  'in-progress': icon(svg`<circle cx="8" cy="8" r="6.25"/><path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor" stroke="none"/>`),
  completed: icon(svg`<circle cx="8" cy="8" r="6.75" fill="currentColor" stroke="none"/><path class="knock" d="M5.1 8.2 7.1 10.2 10.9 6.1"/>`),
  'on-hold': icon(svg`<circle cx="8" cy="8" r="6.25"/><path d="M6.4 5.4v5.2M9.6 5.4v5.2"/>`),
  cancelled: icon(svg`<circle cx="8" cy="8" r="6.25"/><path d="M5.7 5.7 10.3 10.3M10.3 5.7 5.7 10.3"/>`),
};

/** One icon per milestone state (not directional). */
const MILESTONE_ICON: Record<MilestoneState, SVGTemplateResult> = {
  done: icon(svg`<circle cx="8" cy="8" r="6.75" fill="currentColor" stroke="none"/><path class="knock" d="M5.1 8.2 7.1 10.2 10.9 6.1"/>`),
  overdue: icon(svg`<path d="M8 1.8 14.6 13.6H1.4z"/><path d="M8 6.2v3.4M8 11.6v.1"/>`),
  due: icon(svg`<circle cx="8" cy="8" r="6.25"/><path d="M8 4.6V8l2.4 1.6"/>`),
  undated: icon(svg`<circle cx="8" cy="8" r="6" stroke-dasharray="2.4 2.1"/>`),
};

/** Whether an initiative has details: a summary, facts (participating states, working group, last update), milestones or meetings. */
function hasDetails(e: InitiativeEntry, milestones: MilestoneView[]): boolean {
  return !!(e.initiative.summary || e.participatingStates.length || e.workingGroup || e.initiative.updated || milestones.length || e.meetings.length);
}

/** Points to the inline end; mirrored in RTL by the styles. */
const chevron = svg`<svg class="chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M6 3.5 10.5 8 6 12.5"/></svg>`;
/** A checkmark: not directional, never mirrored. */
const check = svg`<svg class="check" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 8.5 6.5 12 13 4.5"/></svg>`;


/** A click that the page should handle as a plain link activation (no new tab, no modifier). */
const plainClick = (ev: MouseEvent) => !(ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey);

/**
 * The committee's strategic initiatives: a summary (how many, and how many in
 * each status, as a stacked bar with its text equivalent), then the
 * initiatives grouped by track (default), status or lead state, filtered by
 * status, member state and track (attributes, and chips that set them) and
 * sorted by last update (default), title or progress.
 *
 * Each initiative shows its title, track, phase ("Phase 3 of 4" /
 * "المرحلة الثالثة من أربع"), status as text with an icon, lead states,
 * progress — an accessible progress bar with its value in words, only when the
 * feed gives a figure; otherwise "Progress not reported", never 0% — and its
 * last update as relative time. Its details (behind a disclosure button, or
 * always with `initiative`) add the summary, participating states, the owning
 * working group (a link to the roster), milestones as a short timeline (done,
 * due, or overdue against the element's clock `now`, dates in the element's
 * calendar), and the meetings where it was on the agenda — derived from the
 * agenda references of every meeting of the feed, nested items included —
 * each a link to that meeting.
 *
 * Filters combine: values of one filter are alternatives (any of them), the
 * filters together must all hold. The `state` filter keeps initiatives that a
 * selected state leads or takes part in. The `track` filter takes a track's
 * name in either language (case, diacritics, hamza forms, ة/ه, ى/ي,
 * punctuation and spaces do not matter) or its slug as the chips write it
 * (`joint-e-services-track`: the English name folded, words joined by `-`);
 * separate several with commas. The summary counts the initiatives that pass
 * the filters. With `initiative`, that one initiative is shown in full and the
 * filters do not apply.
 *
 * Layout follows the element's own width (container queries): below 30rem a
 * compact single column (sidebars), from 48rem a grid of two columns, from
 * 80rem three.
 *
 * Each initiative's container has the stable id `initiative-<id>`; links from
 * other widgets (and `#initiative-<id>` in the page URL) reveal it: filters
 * that hide it are cleared, its details open, it scrolls into view and takes
 * focus.
 *
 * @summary Strategic initiatives by track, phase and status, with progress and milestones, Arabic-first.
 * @tagname initiative-tracker
 *
 * @attr initiative - Id of one initiative to show in full. Default: every initiative of the feed, with summary, grouping, filters and sorting.
 * @attr group-by - How initiatives are grouped: `track` (default; then "No track listed"), `status`, or `state` (lead state; an initiative with several lead states is under each; then "No lead state listed").
 * @attr sort - Order within each group: `updated` (default; newest first, no date last), `title` (alphabetical in the element's language), or `progress` (most advanced first, unknown last).
 * @attr status - Show only initiatives with these statuses, separated by commas (`proposed,under-study`). The status chips set it.
 * @attr state - Show only initiatives that these states lead or take part in: codes separated by commas (`OM,BH`). The state chips set it.
 * @attr track - Show only initiatives of these tracks, separated by commas: a track's name in either language, or its slug (`joint-e-services-track`). The track chips set it (with slugs).
 * @attr expanded - Open every initiative's details at first (list of all initiatives).
 *
 * @fires {CustomEvent<MajlisLoadDetail>} majlis-load - A feed was loaded and validated. Bubbles, composed.
 * @fires {CustomEvent<MajlisErrorDetail>} majlis-error - The feed could not be loaded or is invalid. Bubbles, composed.
 * @fires {CustomEvent<MajlisNavigateDetail>} majlis-navigate - A link to a meeting (`kind: 'meeting'`) or to the owning working group (`kind: 'working-group'`) was followed; cancel it to route in the host app. Bubbles, composed, cancelable.
 *
 * @csspart base - The wrapper that carries the resolved `lang` and `dir`.
 * @csspart tracker - The tracker (all initiatives, or the one initiative).
 * @csspart summary - The summary: total, stacked bar and per-status counts.
 * @csspart total - The "Initiatives: 8" / "Initiatives shown: 3 of 8" line (a live status).
 * @csspart bar - The stacked bar of statuses (decorative; the legend says the same in text).
 * @csspart legend - The per-status counts (the bar's text equivalent).
 * @csspart controls - The grouping and sort menus and the filter chips.
 * @csspart group-by - The "Group by" menu.
 * @csspart sort - The "Sort by" menu.
 * @csspart filters-toggle - The "Filters" button that shows or hides the chips in narrow containers (below 30rem; hidden in wider ones, where the chips are always shown).
 * @csspart chip - A filter chip (a toggle button) for a status, a member state or a track.
 * @csspart clear - The "Clear filters" button.
 * @csspart no-results - The message shown when no initiative passes the filters.
 * @csspart group - A block of initiatives (one track, status or lead state).
 * @csspart group-title - A block's heading.
 * @csspart initiative - An initiative's container (an `<article>` with the id `initiative-<id>`). One far from the viewport is laid out when it comes near (`content-visibility: auto`; every one when printing).
 * @csspart title - An initiative's title in its heading.
 * @csspart status - An initiative's status badge (text and icon).
 * @csspart meta - The line with track, phase and lead states.
 * @csspart phase - The "Phase 3 of 4" item of the meta line.
 * @csspart progress - The progress bar and its value in words, or "Progress not reported".
 * @csspart progress-bar - The progress bar itself (`role="progressbar"`).
 * @csspart updated - The "Updated 3 months ago" line.
 * @csspart details-toggle - The disclosure button that shows or hides an initiative's details.
 * @csspart details - An initiative's details.
 * @csspart facts - Participating states, working group and date of last update.
 * @csspart working-group - The link to the owning working group.
 * @csspart milestones - The milestones timeline (an ordered list).
 * @csspart milestone - One milestone (`data-state` is `done`, `overdue`, `due` or `undated`).
 * @csspart meetings - The list of meetings where the initiative was on the agenda.
 * @csspart meeting - A link to one of those meetings.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart empty - The message shown when the feed has no (such) initiative.
 * @csspart notice - Notices above the content (items left out, stale data).
 * @csspart left-out - In the items-left-out notice: what was left out, in plain words (how many of each kind, with ids).
 * @csspart retry - The "Try again" button of the error box.
 *
 * @cssprop [--majlis-font-family=system-ui, "Noto Sans Arabic", "Noto Sans", sans-serif] - Font stack.
 * @cssprop [--majlis-text=#1f2328] - Text colour.
 * @cssprop [--majlis-muted=#57606a] - Secondary text colour.
 * @cssprop [--majlis-surface=#ffffff] - Background of the initiative cards.
 * @cssprop [--majlis-border=#d0d7de] - Border colour.
 * @cssprop [--majlis-accent=#1b5e7a] - Accent colour of the cards' edge and of the progress bars.
 * @cssprop [--majlis-radius=0.5rem] - Corner radius.
 * @cssprop [--majlis-gap=0.75rem] - Base spacing.
 * @cssprop [--majlis-link=#0b5cad] - Link and focus colour.
 * @cssprop [--majlis-skeleton-height=10rem] - Height of the loading placeholder.
 * @cssprop [--majlis-reserve=auto] - Block size the widget never goes below, while loading and after: set it to the content's usual height (as a page gives an image its size) and the page does not shift when the feed arrives.
 */
export class InitiativeTracker extends MajlisElement {
  /** The tag this class is registered as by `majlis-widgets/initiative-tracker.js`. */
  static override readonly tagName: string = 'initiative-tracker';
  static override styles = [...MajlisElement.styles, controlStyles, initiativeTrackerStyles];
  static override arabic = [arInitiative];

  /** Id of one initiative to show in full. Default: every initiative of the feed. */
  @property({ reflect: true }) initiative?: string;

  /** How initiatives are grouped: `track` (default), `status`, or `state` (lead state). */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'track';

  /** Order within each group: `updated` (default), `title`, or `progress`. */
  @property({ reflect: true }) sort: SortBy = 'updated';

  /** Show only these statuses: values separated by commas (`proposed,under-study`). */
  @property({ reflect: true }) status?: string;

  /** Show only initiatives these states lead or take part in: codes separated by commas (`OM,BH`). */
  @property({ reflect: true }) state?: string;

  /** Show only these tracks: names (either language) or slugs, separated by commas. */
  @property({ reflect: true }) track?: string;

  /** Open every initiative's details at first (list of all initiatives). */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** Details the reader opened or closed, by occurrence key (`<group key>/<initiative id>`). */
  private toggled = new Map<string, boolean>();
  private viewMemo?: { feed: Feed; key: string; view: TrackerView };
  /** Whether the filter chips are shown in a narrow container (where they fold behind a button). */
  @state() private filtersOpen = false;
  /** An initiative that {@link reveal} opens at the next update. */
  private revealing?: string;
  /** Printing: the print styles show every initiative's details, so all are rendered, not only the open ones. */
  protected override rendersForPrint(): boolean {
    return !!this.loaded;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // What this render committed: the next render reuses a card only if it is on the page as it was rendered here.
    this.cards = this.pendingCards ?? new Map();
    this.pendingCards = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.loaded?.feed;
    if (this.revealing && feed) {
      const view = this.viewFor(feed, this.now ?? new Date());
      const group = view.groups.find((g) => g.entries.some((e) => e.id === this.revealing));
      if (group) this.toggled.set(`${group.key}/${this.revealing}`, true);
    }
    this.revealing = undefined;
  }

  protected override isEmpty(ctx: ViewContext): boolean {
    const model = this.modelFor(ctx.feed);
    return this.initiative ? !model.byId.has(this.initiative) : model.entries.length === 0;
  }

  protected override subject(): string {
    return msg('Initiatives', { id: 'initiative.title' });
  }

  protected override emptyMessage(): string {
    if (this.initiative && this.leftOut('initiatives', this.initiative)) {
      return msg(str`Initiative “${this.initiative}” could not be shown: its entry in the feed has problems.`, { id: 'initiative.leftOut' });
    }
    return this.initiative
      ? msg(str`Initiative “${this.initiative}” is not in this feed.`, { id: 'initiative.notFound' })
      : msg('No initiatives to show yet.', { id: 'initiative.none' });
  }

  /**
   * What each card on the page was rendered from, by group and initiative, as the last committed render left it
   * (see renderGroups). A render that shows no list (no match, nothing in the feed, one initiative) leaves it empty,
   * so a card is never taken as rendered where its list was replaced.
   */
  private cards = new Map<string, unknown[]>();
  /** The same, for the render in progress: it becomes `cards` once committed (`updated`). */
  private pendingCards?: Map<string, unknown[]>;

  /** The model this element last used: a refreshed feed's model takes over its unchanged entries. */
  private lastModel?: TrackerModel;

  private modelFor(feed: Feed): TrackerModel {
    return (this.lastModel = trackerModel(feed, this.lastModel));
  }

  /** The view model, computed once per feed, grouping, sort, filters, language and clock day. */
  private viewFor(feed: Feed, now: Date): TrackerView {
    const groupBy = parseGroupBy(this.groupBy);
    const sort = parseSort(this.sort);
    const statuses = parseStatuses(this.status);
    const states = parseStates(this.state);
    const tracks = parseTracks(this.track);
    const locale = this.uiLocale;
    const today = dayOf(now);
    const key = JSON.stringify([groupBy, sort, statuses, states, tracks, locale, today]);
    const memo = this.viewMemo;
    if (memo && memo.feed === feed && memo.key === key) return memo.view;
    const view = trackerView(this.modelFor(feed), { groupBy, sort, statuses, states, tracks, locale, today });
    this.viewMemo = { feed, key, view };
    return view;
  }

  protected override renderView(ctx: ViewContext): TemplateResult {
    const model = this.modelFor(ctx.feed);
    if (this.initiative) {
      const entry = model.byId.get(this.initiative)!;
      return html`<div class="tracker single" part="tracker">
        ${this.renderInitiative(ctx, entry, { offset: 0, key: 'single', single: true, first: true, milestones: milestonesOf(entry.initiative, dayOf(ctx.now)) })}
      </div>`;
    }
    const view = this.viewFor(ctx.feed, ctx.now);
    return html`<section class="tracker" part="tracker" aria-labelledby="tracker-title">
      ${this.heading(html`<span id="tracker-title">${msg('Initiatives', { id: 'initiative.title' })}</span>`, 0, 'tracker-title')}
      ${this.renderSummary(ctx, view)} ${this.renderControls(ctx, model, view)}
      ${view.shown.length
        ? html`<div class="groups">${this.renderGroups(ctx, view)}</div>`
        : html`<div class="no-results" part="no-results">
            <p>${msg('No initiative matches the filters.', { id: 'initiative.noResults' })}</p>
            ${this.renderClear()}
          </div>`}
    </section>`;
  }

  // ---------------------------------------------------------------------------
  // Summary
  // ---------------------------------------------------------------------------

  private renderSummary(ctx: ViewContext, view: TrackerView): TemplateResult {
    const f = ctx.fmt;
    const n = view.shown.length;
    return html`<div class="summary" part="summary">
      <p class="total" part="total" role="status">
        ${view.filtered
          ? msg(str`Initiatives shown: ${f.number(n)} of ${f.number(view.total)}`, { id: 'initiative.summary.shown' })
          : msg(str`Initiatives: ${f.number(n)}`, { id: 'initiative.summary.total' })}
      </p>
      ${n
        ? html`<div class="bar" part="bar" aria-hidden="true">
              ${view.counts.map((c) => html`<span class="seg st-${c.status}" data-status=${c.status} ${cssProps({ '--_n': String(c.count) })}></span>`)}
            </div>
            <ul class="legend" part="legend">
              ${view.counts.map(
                (c) =>
                  html`<li class="st-${c.status}" data-status=${c.status}>
                    <span class="swatch" aria-hidden="true"></span>${STATUS_ICON[c.status]}<span
                      >${msg(str`${initiativeStatusLabel(c.status)}: ${f.number(c.count)}`, { id: 'initiative.summary.count' })}</span
                    >
                  </li>`,
              )}
            </ul>`
        : nothing}
    </div>`;
  }

  // ---------------------------------------------------------------------------
  // Grouping, sorting and filters
  // ---------------------------------------------------------------------------

  private renderControls(ctx: ViewContext, model: TrackerModel, view: TrackerView): TemplateResult {
    const groupBy = parseGroupBy(this.groupBy);
    const sort = parseSort(this.sort);
    const statuses = new Set(parseStatuses(this.status));
    const states = new Set(parseStates(this.state));
    const tracks = new Set(parseTracks(this.track));
    const statusChips = INITIATIVE_STATUSES.filter(
      (s) => model.statuses.includes(s) || statuses.has(s),
    );
    const idx = indexFeed(ctx.feed);
    const stateChips = idx.states.filter((s) => model.states.includes(s) || states.has(s.id));
    const rows: TemplateResult[] = [];
    if (statusChips.length > 1 || statuses.size) {
      rows.push(
        this.renderChipRow(
          'status',
          msg('Status', { id: 'initiative.filter.status' }),
          statusChips.map((s) => this.renderChip('status', s, statuses.has(s), STATUS_ICON[s], initiativeStatusLabel(s), () => this.toggleStatus(s))),
        ),
      );
    }
    if (stateChips.length > 1 || states.size) {
      rows.push(
        this.renderChipRow(
          'state',
          msg('Member state', { id: 'initiative.filter.state' }),
          stateChips.map((s) => this.renderChip('state', s.id, states.has(s.id), this.stateDot(s), this.name(s.name), () => this.toggleState(s.id))),
        ),
      );
    }
    if (model.tracks.length > 1 || tracks.size) {
      rows.push(
        this.renderChipRow(
          'track',
          msg('Track', { id: 'initiative.filter.track' }),
          [
            ...model.tracks.map((t) => {
              const on = t.keys.some((k) => tracks.has(k));
              return this.renderChip('track', t.key, on, nothing, this.name(t.name), () => this.toggleTrack(t, on));
            }),
            // A track the attribute names but no initiative has: a pressed chip, so that the filter that hides
            // everything can be seen and taken off.
            ...[...tracks]
              .filter((k) => !model.tracks.some((t) => t.keys.includes(k)))
              .map((k) => this.renderChip('track', k, true, nothing, html`<bdi>${k}</bdi>`, () => this.toggleTrack({ key: k, keys: [k] }, true))),
          ],
        ),
      );
    }
    const option = (value: string, label: string, selected: string) => html`<option value=${value} ?selected=${value === selected}>${label}</option>`;
    return html`<div class="controls" part="controls">
      <div class="menus">
        <label class="menu">
          <span class="menu-label">${msg('Group by', { id: 'initiative.groupBy' })}</span>
          <select part="group-by" @change=${(e: Event) => (this.groupBy = parseGroupBy((e.target as HTMLSelectElement).value))}>
            ${option('track', msg('Track', { id: 'initiative.groupBy.track' }), groupBy)}
            ${option('status', msg('Status', { id: 'initiative.groupBy.status' }), groupBy)}
            ${option('state', msg('Lead state', { id: 'initiative.groupBy.state' }), groupBy)}
          </select>
        </label>
        <label class="menu">
          <span class="menu-label">${msg('Sort by', { id: 'initiative.sort' })}</span>
          <select part="sort" @change=${(e: Event) => (this.sort = parseSort((e.target as HTMLSelectElement).value))}>
            ${option('updated', msg('Last update', { id: 'initiative.sort.updated' }), sort)}
            ${option('title', msg('Title', { id: 'initiative.sort.title' }), sort)}
            ${option('progress', msg('Progress', { id: 'initiative.sort.progress' }), sort)}
          </select>
        </label>
      </div>
      ${this.renderFilters(rows, statuses.size + states.size + tracks.size)}
      ${view.filtered && view.shown.length ? html`<div class="clear-row">${this.renderClear()}</div>` : nothing}
    </div>`;
  }

  /**
   * The chip rows. In narrow containers they fold behind a "Filters" button
   * (the styles show the button, and hide the rows while it is closed, only
   * below 30rem); in wider ones they are always shown and the button is not.
   */
  private renderFilters(rows: TemplateResult[], active: number): unknown {
    if (!rows.length) return nothing;
    const open = this.filtersOpen;
    return html`<button
        type="button"
        part="filters-toggle"
        class="toggle filters-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => {
          this.filtersOpen = !open;
        }}
      >
        ${chevron}<span
          >${active ? msg(str`Filters (${this.fmt.number(active)})`, { id: 'initiative.filters.active' }) : msg('Filters', { id: 'initiative.filters' })}</span
        >
      </button>
      <div id="filters" class=${open ? 'filters open' : 'filters'}>${rows}</div>`;
  }

  private renderChipRow(kind: string, label: string, chips: TemplateResult[]): TemplateResult {
    return html`<div class="chips" role="group" aria-labelledby=${`chips-${kind}`} data-filter=${kind}>
      <span id=${`chips-${kind}`} class="chips-label">${label}</span>
      ${chips}
    </div>`;
  }

  private renderChip(kind: string, value: string, pressed: boolean, lead: unknown, label: unknown, toggle: () => void): TemplateResult {
    return html`<button type="button" part="chip" class="chip" data-filter=${kind} data-value=${value} aria-pressed=${pressed ? 'true' : 'false'} @click=${toggle}>
      ${pressed ? check : lead}<span>${label}</span>
    </button>`;
  }

  private renderClear(): TemplateResult {
    return html`<button type="button" part="clear" class="clear" @click=${() => this.clearFilters()}>${msg('Clear filters', { id: 'initiative.clear' })}</button>`;
  }

  private toggleStatus(s: InitiativeStatus): void {
    const list = parseStatuses(this.status);
    const next = list.includes(s) ? list.filter((x) => x !== s) : [...list, s];
    this.status = next.length ? next.join(',') : undefined;
  }

  private toggleState(id: StateId): void {
    const list = parseStates(this.state);
    const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
    this.state = next.length ? next.join(',') : undefined;
  }

  private toggleTrack(t: Pick<TrackInfo, 'key' | 'keys'>, on: boolean): void {
    const list = parseTracks(this.track);
    const next = on ? list.filter((k) => !t.keys.includes(k)) : [...list, t.key];
    this.track = next.length ? next.join(',') : undefined;
  }

  private clearFilters(): void {
    this.status = undefined;
    this.state = undefined;
    this.track = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="group-by"]')?.focus());
  }

  // ---------------------------------------------------------------------------
  // Groups
  // ---------------------------------------------------------------------------

  private groupLabel(g: GroupView): unknown {
    switch (g.kind) {
      case 'track':
        return this.name(g.track!.name);
      case 'status':
        return html`${STATUS_ICON[g.status!]}<span>${initiativeStatusLabel(g.status!)}</span>`;
      case 'state':
        return html`${this.stateDot(g.state!)}${this.name(g.state!.name)}`;
      case 'no-track':
        return msg('No track listed', { id: 'initiative.group.noTrack' });
      default:
        return msg('No lead state listed', { id: 'initiative.group.noState' });
    }
  }

  private renderGroups(ctx: ViewContext, view: TrackerView): TemplateResult[] {
    const placed = new Set<string>();
    // What every initiative's rendering depends on besides its own entry.
    const shared = JSON.stringify([ctx.locale, ctx.fmt.numerals, ctx.fmt.calendar, dayOf(ctx.now), this.headingLevel, parseGroupBy(this.groupBy), indexFeed(ctx.feed).states, this.printing]);
    const before = this.cards;
    // Until this render is committed (`updated`), no card counts as on the page: a commit that fails half-way
    // leaves parts that no map describes.
    this.cards = new Map();
    const cards = (this.pendingCards = new Map());
    return view.groups.map((g, gi) => {
      const titleId = `group-title-${gi}`;
      // Not named: a named section is a landmark region, and a tracker grouped by status would add eight to the
      // page's list of landmarks. Its heading is enough to find it.
      return html`<section class="group group-${g.kind}" part="group" data-group=${g.key}>
        ${this.heading(
          html`<span id=${titleId} part="group-title" class=${g.kind === 'status' ? `group-label st-${g.status}` : 'group-label'}
            >${this.groupLabel(g)} <span class="count">(${ctx.fmt.number(g.entries.length)})</span></span
          >`,
          1,
          'group-title',
        )}
        <ul class="initiatives" role="list">
          ${repeat(
            g.entries,
            (e) => e.id,
            (e) => {
              // An initiative under several lead states carries its fragment id only the first time.
              const first = !placed.has(e.id);
              placed.add(e.id);
              const key = `${g.key}/${e.id}`;
              const uid = `${gi}-${e.index}`;
              // Not rendered again when nothing it shows changed: a refresh that changed another initiative keeps
              // this one's entry object (see trackerModel), and its milestones' states follow from the entry and the
              // day; "Updated …" also on the time of day (it rounds to the nearest day). `noChange` leaves the card's
              // nodes as the last committed render left them: that render had this group at this place (`uid`) with
              // this card, so the card is on the page (see `cards`). Measured: the same check through lit's `guard`
              // made every first render 8–12 % slower (500 initiatives).
              const updated = e.initiative.updated;
              const ago = updated ? ctx.fmt.relative(updated, ctx.now) : '';
              const deps = [shared, this.isOpen(key), first, uid, e, ago];
              cards.set(key, deps);
              const old = before.get(key);
              return old && old.every((d, i) => d === deps[i])
                ? noChange
                : html`<li>${this.renderInitiative(ctx, e, { offset: 2, key, single: false, first, milestones: view.milestones.get(e.id) ?? [], uid, ago })}</li>`;
            },
          )}
        </ul>
      </section>`;
    });
  }

  // ---------------------------------------------------------------------------
  // An initiative
  // ---------------------------------------------------------------------------

  private isOpen(key: string): boolean {
    return this.toggled.get(key) ?? this.expanded;
  }

  private toggle(key: string, open: boolean): void {
    this.toggled.set(key, !open);
    this.requestUpdate();
  }

  private renderInitiative(
    ctx: ViewContext,
    e: InitiativeEntry,
    o: { offset: number; key: string; single: boolean; first: boolean; milestones: MilestoneView[]; uid?: string; ago?: string },
  ): TemplateResult {
    const it = e.initiative;
    const uid = o.uid ?? 'single';
    const titleId = `t-${uid}`;
    const detailsId = `d-${uid}`;
    const open = o.single || this.isOpen(o.key);
    // The title again in the details button's hidden text, in its own language when it fell back.
    const title = this.nameParts(it.title);
    const has = hasDetails(e, o.milestones);
    // A closed initiative's details are rendered when it is opened (most readers open few, and they are half of a
    // long tracker's DOM), and for printing, whose styles show them all. The same on the server: a page without
    // script shows a closed initiative without its details (it cannot open them).
    const details = has && (open || this.printing) ? this.renderDetails(ctx, e, o.milestones, o.offset + 1) : nothing;
    const groupBy = parseGroupBy(this.groupBy);
    return html`<article
      class=${`initiative st-${it.status}`}
      part="initiative"
      id=${ifDefined(o.first ? e.fragment : undefined)}
      data-id=${e.id}
      tabindex="-1"
      aria-labelledby=${titleId}
    >
      <header>
        ${this.nameHeading(it.title, o.offset, 'title', titleId, 'title')}
        <span part="status" class="badge st-${it.status}">${STATUS_ICON[it.status]}<span>${initiativeStatusLabel(it.status)}</span></span>
      </header>
      ${this.renderMeta(ctx, e, o.single || groupBy !== 'track', o.single || groupBy !== 'state')} ${this.renderProgress(ctx, e)} ${this.renderUpdated(ctx, e, o.ago)}
      ${!has
        ? nothing
        : o.single
          ? html`<div class="details" part="details">${details}</div>`
          : html`<button
                type="button"
                part="details-toggle"
                class="toggle"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${detailsId}
                @click=${() => this.toggle(o.key, open)}
              >
                ${chevron}<span>${msg('Details', { id: 'initiative.details' })}</span><span class="visually-hidden"
                  >${msg(': ', { id: 'initiative.detailsOf' })}<bdi lang=${ifDefined(title.lang)}>${title.text}</bdi></span
                >
              </button>
              <div class="details" part="details" id=${detailsId} ?hidden=${!open}>${details}</div>`}
    </article>`;
  }

  /**
   * Track (when not the grouping), phase, and lead states (when not the grouping). One template with a place for
   * each, not a list of them: every card has this list.
   */
  private renderMeta(ctx: ViewContext, e: InitiativeEntry, showTrack: boolean, showLead: boolean): unknown {
    const it = e.initiative;
    const track = showTrack && e.track;
    const lead = showLead && e.leadStates.length > 0;
    if (!track && !it.phase && !lead) return nothing;
    // The track's name as the feed gives it at its best (a one-language text of a track named in both languages elsewhere shows in the element's language).
    const t = track ? this.nameParts(track.name) : undefined;
    return html`<ul class="meta" part="meta">${t
      ? html`<li class="track"><span class="visually-hidden">${msg('Track:', { id: 'initiative.label.track' })} </span><bdi lang=${ifDefined(t.lang)}>${t.text}</bdi></li>`
      : nothing}${it.phase ? html`<li class="phase" part="phase">${this.phaseText(ctx, it.phase.current, it.phase.total)}</li>` : nothing}${lead
      ? html`<li class="lead">${msg('Led by', { id: 'initiative.label.lead' })} ${this.renderStates(ctx, e.leadStates)}</li>`
      : nothing}</ul>`;
  }

  /** "Phase 3 of 4" / "المرحلة الثالثة من أربع"; "Phase 3" / "المرحلة الثالثة" without a total. Words for 1–10 in Arabic, digits beyond. */
  private phaseText(ctx: ViewContext, current: number, total: number | undefined): string {
    const f = ctx.fmt;
    const ar = ctx.locale === 'ar';
    const cur = ar ? (arabicFeminineOrdinal(current) ?? f.number(current)) : f.number(current);
    if (total === undefined) return msg(str`Phase ${cur}`, { id: 'initiative.phase' });
    const tot = ar ? (arabicPhaseTotal(total) ?? f.number(total)) : f.number(total);
    return msg(str`Phase ${cur} of ${tot}`, { id: 'initiative.phaseOf' });
  }

  /** A progress bar with its value in words when the feed gives a figure; otherwise "Progress not reported" (never a 0% bar). */
  private renderProgress(ctx: ViewContext, e: InitiativeEntry): TemplateResult {
    const p = e.initiative.progress;
    if (p === undefined) {
      return html`<p class="progress unknown" part="progress">${msg('Progress not reported', { id: 'initiative.progress.unknown' })}</p>`;
    }
    const value = Math.round(p);
    const words = msg(str`${ctx.fmt.percent(p)} complete`, { id: 'initiative.progress.value' });
    return html`<div class="progress" part="progress">
      <div
        class="meter"
        part="progress-bar"
        role="progressbar"
        aria-label=${msg('Progress', { id: 'initiative.progress.label' })}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${value}
        aria-valuetext=${words}
      >
        <span class="fill" ${cssProps({ '--_p': `${p}%` })}></span>
      </div>
      <span class="progress-text" aria-hidden="true">${words}</span>
    </div>`;
  }

  /** "Updated 3 months ago", the absolute date in the `<time>`'s title. */
  private renderUpdated(ctx: ViewContext, e: InitiativeEntry, ago?: string): unknown {
    const iso = e.initiative.updated;
    if (!iso) return nothing;
    return html`<p class="updated" part="updated">
      <time datetime=${iso} title=${ctx.fmt.date(iso)}>${msg(str`Updated ${ago ?? ctx.fmt.relative(iso, ctx.now)}`, { id: 'initiative.updated' })}</time>
    </p>`;
  }

  /** Summary, facts, milestones and meetings (see {@link hasDetails}). */
  private renderDetails(ctx: ViewContext, e: InitiativeEntry, milestones: MilestoneView[], offset: number): unknown {
    const it = e.initiative;
    const facts = this.renderFacts(ctx, e);
    return html`${it.summary ? html`<p class="summary-text">${this.text(it.summary)}</p>` : nothing} ${facts}
      <div class="sections">${this.renderMilestones(ctx, milestones, offset)} ${this.renderMeetings(ctx, e.meetings, offset)}</div>`;
  }

  private renderFacts(ctx: ViewContext, e: InitiativeEntry): unknown {
    const rows: TemplateResult[] = [];
    if (e.participatingStates.length) {
      rows.push(html`<dt>${msg('Participating states', { id: 'initiative.label.participating' })}</dt>
        <dd>${this.renderStates(ctx, e.participatingStates)}</dd>`);
    }
    const wg = e.workingGroup;
    if (wg) {
      rows.push(html`<dt>${msg('Working group', { id: 'initiative.label.workingGroup' })}</dt>
        <dd>
          <a
            part="working-group"
            href=${`#${wg.fragment}`}
            @click=${(ev: MouseEvent) => {
              if (plainClick(ev) && this.navigate({ kind: 'working-group', id: wg.id, fragment: wg.fragment })) ev.preventDefault();
            }}
            >${this.name(wg.name)}</a
          >
        </dd>`);
    }
    const updated = e.initiative.updated;
    if (updated) {
      rows.push(html`<dt>${msg('Last update', { id: 'initiative.label.updated' })}</dt>
        <dd><time datetime=${updated}>${ctx.fmt.date(updated)}</time></dd>`);
    }
    return rows.length ? html`<dl class="facts" part="facts">${rows}</dl>` : nothing;
  }

  private stateDot(s: StateInfo): TemplateResult {
    return html`<span class="state-dot" ${cssProps({ '--_dot': s.accent })} aria-hidden="true"></span>`;
  }

  /** States with their colour dots, separated by commas. One state (the usual case) is one template, not a list of one. */
  private renderStates(ctx: ViewContext, ids: StateId[]): unknown {
    const idx = indexFeed(ctx.feed);
    const one = (id: StateId, i: number) => {
      const s = idx.state(id);
      const n = this.nameParts(s.name);
      return html`${i ? msg(', ', { id: 'initiative.comma' }) : nothing}<span class="state"
        ><span class="state-dot" ${cssProps({ '--_dot': s.accent })} aria-hidden="true"></span><bdi lang=${ifDefined(n.lang)}>${n.text}</bdi></span
      >`;
    };
    return ids.length === 1 ? one(ids[0]!, 0) : ids.map(one);
  }

  private milestoneWhen(ctx: ViewContext, m: MilestoneView): unknown {
    const { done, due } = m.milestone;
    const time = (iso: string, text: string) => html`<time datetime=${iso}>${text}</time>`;
    switch (m.state) {
      case 'done':
        return time(done!, msg(str`Completed on ${ctx.fmt.date(done!)}`, { id: 'initiative.milestone.doneOn' }));
      case 'overdue':
        return time(due!, msg(str`Was due on ${ctx.fmt.date(due!)}`, { id: 'initiative.milestone.wasDue' }));
      case 'due':
        return time(due!, msg(str`Due on ${ctx.fmt.date(due!)}`, { id: 'initiative.milestone.dueOn' }));
      default:
        return nothing;
    }
  }

  private renderMilestones(ctx: ViewContext, milestones: MilestoneView[], offset: number): unknown {
    if (!milestones.length) return nothing;
    return html`<div class="milestones-block">
      ${this.heading(msg('Milestones', { id: 'initiative.milestones' }), offset, 'section-title')}
      <ol class="timeline" part="milestones">
        ${milestones.map(
          (m) => html`<li class="milestone ms-${m.state}" part="milestone" data-state=${m.state}>
            <span class="ms-mark">${MILESTONE_ICON[m.state]}</span>
            <span class="ms-body">
              <span class="ms-title">${this.name(m.milestone.title)}</span>
              <span class="ms-when"
                >${m.state === 'undated'
                  ? html`<span class="ms-state">${milestoneStateLabel(m.state)}</span>`
                  : // The date's words say the state again ("Due on …"): a screen reader hears them once.
                    html`<span class="ms-state" aria-hidden="true">${milestoneStateLabel(m.state)}</span><span aria-hidden="true"> · </span>${this.milestoneWhen(ctx, m)}`}</span
              >
            </span>
          </li>`,
        )}
      </ol>
    </div>`;
  }

  /** "26th meeting" / "الاجتماع السادس والعشرون"; a meeting without a number by its title. */
  private meetingLabel(m: MeetingRef): unknown {
    const n = m.meeting.number;
    if (n === undefined) return m.meeting.title || m.meeting.body ? this.name(m.meeting.title ?? m.meeting.body) : msg('Meeting', { id: 'initiative.meeting.untitled' });
    const f = this.fmt;
    const ordinal = f.locale === 'ar' ? (arabicOrdinal(n) ?? f.number(n)) : englishOrdinal(n);
    return msg(str`${ordinal} meeting`, { id: 'initiative.meeting.ordinal' });
  }

  private renderMeetings(ctx: ViewContext, meetings: MeetingRef[], offset: number): unknown {
    if (!meetings.length) return nothing;
    return html`<div class="meetings-block">
      ${this.heading(msg('On meeting agendas', { id: 'initiative.meetings' }), offset, 'section-title')}
      <ul class="meetings" part="meetings">
        ${meetings.map(
          (m) => html`<li>
            <a
              part="meeting"
              href=${`#${m.fragment}`}
              @click=${(ev: MouseEvent) => {
                if (plainClick(ev) && this.navigate({ kind: 'meeting', id: m.id, fragment: m.fragment })) ev.preventDefault();
              }}
              >${this.meetingLabel(m)}</a
            >${m.meeting.start
              ? html`<span class="muted"
                  >${msg(', ', { id: 'initiative.comma' })}<time datetime=${m.meeting.start}>${ctx.fmt.date(m.meeting.start, { timeZone: m.meeting.timeZone })}</time></span
                >`
              : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  // ---------------------------------------------------------------------------
  // Linking
  // ---------------------------------------------------------------------------

  /**
   * Reveals the initiative with this fragment id (`initiative-<id>`): clears
   * filters that hide it, opens its details, scrolls it into view and focuses
   * it. False when this element does not show that initiative.
   */
  override reveal(fragment: string): boolean {
    const feed = this.loaded?.feed;
    if (!feed) return false;
    const entry = this.modelFor(feed).byFragment.get(fragment);
    if (!entry || (this.initiative && this.initiative !== entry.id)) return false;
    if (!this.initiative) {
      const view = this.viewFor(feed, this.now ?? new Date());
      if (!view.shown.includes(entry)) {
        this.status = undefined;
        this.state = undefined;
        this.track = undefined;
      }
      this.revealing = entry.id;
      this.requestUpdate();
    }
    this.scrollToFragment(fragment);
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'initiative-tracker': InitiativeTracker;
  }
}
