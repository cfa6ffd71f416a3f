import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { cssProps } from '../../util/css-props.js';
import { fragmentId, MajlisElement, type ViewContext } from '../../base/majlis-element.js';
import { indexFeed, selectMeeting, type FeedIndex } from '../../feed/select.js';
import type { FeedDocument, Meeting, Participant, Source, StateId } from '../../feed/schema.js';
import { parseFeedDate } from '../../locale/format.js';
import { meetingModeLabel, meetingStatusLabel, participantRoleLabel } from '../../locale/labels.js';
import { msg, str, withLocale } from '../../locale/msg.js';
import { arabicOrdinal, englishOrdinal } from '../../locale/ordinal.js';
import { plain } from '../../locale/text.js';
import { buildIcs } from '../../util/ics.js';
import { meetingCardStyles } from './meeting-card.styles.js';
import { arMeeting } from '../../generated/locales/ar/meeting.js';

const calendarIcon = svg`<svg class="icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5"><rect x="1.75" y="2.75" width="12.5" height="11.5" rx="1.5"/><path d="M1.75 6.25h12.5M5 1v3.5M11 1v3.5"/></svg>`;

const STATUS_ICON: Record<Meeting['status'], string> = {
  scheduled: '◷',
  held: '✓',
  postponed: '⏸',
  cancelled: '✕',
  rescheduled: '↻',
};

/** RFC 5545 URL values are absolute: resolve a relative feed URL against the page. */
function absoluteUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/** Detail of `<meeting-card>`'s `majlis-calendar` event: the .ics file was generated for download. */
export interface MajlisCalendarDetail {
  /** Id of the meeting. */
  meeting: string;
  /** Name of the downloaded file. */
  filename: string;
}

/**
 * One committee meeting: ordinal title, body, host state, venue, mode, date and
 * time in the meeting's zone, status, chair and speakers, summary, outcomes,
 * documents, sources and an "Add to calendar" action (.ics download).
 *
 * @summary A GCC committee meeting, Arabic-first.
 * @tagname meeting-card
 *
 * @attr meeting - Id of the meeting to show. Default: the next scheduled meeting, else the latest held one.
 *
 * @fires {CustomEvent<MajlisLoadDetail>} majlis-load - A feed was loaded and validated. Bubbles, composed.
 * @fires {CustomEvent<MajlisErrorDetail>} majlis-error - The feed could not be loaded or is invalid. Bubbles, composed.
 * @fires {CustomEvent<MajlisCalendarDetail>} majlis-calendar - The .ics file was generated for download. Bubbles, composed.
 *
 * @csspart base - The wrapper that carries the resolved `lang` and `dir`.
 * @csspart card - The card (an `<article>`).
 * @csspart title - The meeting's heading.
 * @csspart status - The status badge.
 * @csspart mode - The mode badge (in person, video conference, hybrid).
 * @csspart facts - The list of facts (date, host, venue, body).
 * @csspart participants - The chair, speakers and presenters.
 * @csspart summary - The summary paragraph.
 * @csspart outcomes - The outcomes list.
 * @csspart documents - The documents list.
 * @csspart sources - The sources list.
 * @csspart calendar-button - The "Add to calendar" button.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart empty - The message shown when the feed has no such meeting.
 * @csspart notice - Notices above the content (items left out, stale data).
 * @csspart left-out - In the items-left-out notice: what was left out, in plain words (how many of each kind, with ids).
 * @csspart retry - The "Try again" button of the error box.
 *
 * @cssprop [--majlis-accent] - Accent colour of the card's edge. Default: the host state's colour.
 * @cssprop [--majlis-font-family=system-ui, "Noto Sans Arabic", "Noto Sans", sans-serif] - Font stack.
 * @cssprop [--majlis-text=#1f2328] - Text colour.
 * @cssprop [--majlis-muted=#57606a] - Secondary text colour.
 * @cssprop [--majlis-surface=#ffffff] - Background of the card.
 * @cssprop [--majlis-border=#d0d7de] - Border colour.
 * @cssprop [--majlis-radius=0.5rem] - Corner radius.
 * @cssprop [--majlis-gap=0.75rem] - Base spacing.
 * @cssprop [--majlis-link=#0b5cad] - Link colour.
 * @cssprop [--majlis-skeleton-height=10rem] - Height of the loading placeholder.
 * @cssprop [--majlis-reserve=auto] - Block size the widget never goes below, while loading and after: set it to the content's usual height (as a page gives an image its size) and the page does not shift when the feed arrives.
 */
export class MeetingCard extends MajlisElement {
  /** The tag this class is registered as by `majlis-widgets/meeting-card.js`. */
  static override readonly tagName: string = 'meeting-card';
  static override styles = [...MajlisElement.styles, meetingCardStyles];
  static override arabic = [arMeeting];

  /** Id of the meeting to show. Default: the next scheduled meeting, else the latest held one. */
  @property({ reflect: true }) meeting?: string;

  /** `full` (default) shows everything; `compact` shows the heading (title and the meeting's or committee's name), status, mode, date, host, venue and the actions, without participants, the body's name, summary, outcomes, documents or sources. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  private selected(ctx: ViewContext): Meeting | undefined {
    return selectMeeting(ctx.feed, this.meeting || undefined, ctx.now);
  }

  /** Scrolls to and focuses the card when `fragment` is its meeting's (`meeting-<id>`). */
  override reveal(fragment: string): boolean {
    const card = this.renderRoot.querySelector<HTMLElement>('[part="card"]');
    if (!card || card.id !== fragment) return false;
    this.scrollToTarget(card);
    return true;
  }

  protected override isEmpty(ctx: ViewContext): boolean {
    return !this.selected(ctx);
  }

  protected override subject(): string {
    return msg('Meeting', { id: 'meeting.untitled' });
  }

  protected override emptyMessage(): string {
    if (this.meeting && this.leftOut('meetings', this.meeting)) {
      return msg(str`Meeting “${this.meeting}” could not be shown: its entry in the feed has problems.`, { id: 'meeting.leftOut' });
    }
    return this.meeting
      ? msg(str`Meeting “${this.meeting}” is not in this feed.`, { id: 'meeting.notFound' })
      : msg('No meetings to show yet.', { id: 'meeting.none' });
  }

  protected override renderView(ctx: ViewContext): TemplateResult {
    const m = this.selected(ctx)!;
    const idx = indexFeed(ctx.feed);
    const hostState = m.host?.state ? idx.state(m.host.state) : undefined;
    const compact = this.variant === 'compact';
    return html`<article
      part="card"
      class="card"
      id=${fragmentId.meeting(m.id)}
      tabindex="-1"
      ${cssProps({ '--_state-accent': hostState?.accent })}
      aria-labelledby="title"
    >
      <header>
        <div>
          ${this.heading(html`<span id="title" part="title">${this.ordinalTitle(m)}</span>`)}
          <p class="subtitle">${this.name(m.title ?? m.body ?? ctx.feed.committee.name)}</p>
        </div>
        <div class="badges">${this.renderStatus(m)}${this.renderMode(m)}</div>
      </header>
      ${this.renderFacts(ctx, m, idx, compact)}
      ${compact
        ? nothing
        : html`${this.renderParticipants(m.participants, idx)} ${this.renderSummary(m)} ${this.renderOutcomes(m)}
          ${this.renderDocuments(m.documents)} ${this.renderSources(ctx, m.sources)}`}
      ${this.renderActions(ctx, m)}
    </article>`;
  }

  /** "الاجتماع السادس والعشرون" / "26th meeting"; digits beyond 99. */
  private ordinalTitle(m: Meeting): string {
    const n = m.number;
    if (n === undefined) return msg('Meeting', { id: 'meeting.untitled' });
    const fmt = this.fmt;
    // English ordinals keep Latin digits: "٢٦th" reads as neither language.
    const ordinal = fmt.locale === 'ar' ? (arabicOrdinal(n) ?? fmt.number(n)) : englishOrdinal(n);
    return msg(str`${ordinal} meeting`, { id: 'meeting.ordinalTitle' });
  }

  private renderStatus(m: Meeting): TemplateResult {
    return html`<span part="status" class="badge status-${m.status}"
      ><span aria-hidden="true">${STATUS_ICON[m.status]}</span>${meetingStatusLabel(m.status)}</span
    >`;
  }

  private renderMode(m: Meeting): unknown {
    return m.mode ? html`<span part="mode" class="badge mode">${meetingModeLabel(m.mode)}</span>` : nothing;
  }

  private renderDate(ctx: ViewContext, m: Meeting): unknown {
    if (!m.start) {
      return html`<span class="muted"
        >${m.status === 'held' ? msg('Date not recorded', { id: 'meeting.date.unrecorded' }) : msg('Date not announced', { id: 'meeting.date.unknown' })}</span
      >`;
    }
    const f = ctx.fmt;
    // One zone for both ends: the meeting's, else the offset written in its start.
    const tz = m.timeZone ?? parseFeedDate(m.start)?.offset;
    const date = f.date(m.start, { timeZone: tz, weekday: true });
    const endDate = m.end === undefined ? undefined : f.date(m.end, { timeZone: tz });
    // The same day as shown, in the meeting's zone (not as written: 22:00Z and 02:00Z can be one day in Riyadh).
    const sameDay = endDate !== undefined && endDate === f.date(m.start, { timeZone: tz });
    const startTime = m.start.length > 10;
    const endTime = m.end !== undefined && m.end.length > 10;
    const time =
      startTime && endTime
        ? sameDay
          ? f.timeRange(m.start, m.end!, tz)
          : // Over several days: the start time on the first day, the end time on the last.
            msg(str`Starts ${f.time(m.start, tz, false)}, ends ${f.time(m.end!, tz)}`, { id: 'meeting.time.days' })
        : endTime
          ? msg(str`Ends ${f.time(m.end!, tz)}`, { id: 'meeting.time.ends' })
          : startTime && endDate !== undefined && !sameDay
            ? msg(str`Starts ${f.time(m.start, tz)}`, { id: 'meeting.time.starts' })
            : f.time(m.start, tz);
    const end = endDate !== undefined && !sameDay ? endDate : undefined;
    return html`<time datetime=${m.start}>${date}</time>${end ? html` – <time datetime=${m.end!}>${end}</time>` : nothing}${time
      ? html`<br /><span class="muted">${time}</span>`
      : nothing}`;
  }

  private renderState(idx: FeedIndex, id: StateId | undefined): unknown {
    if (!id) return nothing;
    const s = idx.state(id);
    return html`<span class="state-dot" ${cssProps({ '--_dot': s.accent })} aria-hidden="true"></span>${this.name(s.name)}`;
  }

  private renderFacts(ctx: ViewContext, m: Meeting, idx: FeedIndex, compact: boolean): TemplateResult {
    const hostOrg = idx.organization(m.host?.organization);
    // An organization named like the host state (e.g. the General Secretariat) is said once.
    const org = hostOrg && m.host?.state && plain(hostOrg.name, ctx.locale) === plain(idx.state(m.host.state).name, ctx.locale) ? undefined : hostOrg;
    const venue = [plain(m.venue?.name, ctx.locale), plain(m.venue?.city, ctx.locale)].filter(Boolean);
    return html`<dl class="facts" part="facts">
      <dt>${msg('Date', { id: 'meeting.label.date' })}</dt>
      <dd>${this.renderDate(ctx, m)}</dd>
      ${m.host?.state || org
        ? html`<dt>${msg('Host', { id: 'meeting.label.host' })}</dt>
            <dd>${this.renderState(idx, m.host?.state)}${org ? html`${m.host?.state ? html` — ` : nothing}${this.name(org.name)}` : nothing}</dd>`
        : nothing}
      ${venue.length
        ? html`<dt>${msg('Venue', { id: 'meeting.label.venue' })}</dt>
            <dd>${m.venue?.name ? this.name(m.venue.name) : nothing}${m.venue?.name && m.venue?.city ? msg(', ', { id: 'list.comma' }) : nothing}${m.venue?.city ? this.text(m.venue.city) : nothing}</dd>`
        : nothing}
      ${!compact && m.body && m.title
        ? html`<dt>${msg('Body', { id: 'meeting.label.body' })}</dt>
            <dd>${this.name(m.body)}</dd>`
        : nothing}
    </dl>`;
  }

  private renderParticipant(p: Participant, idx: FeedIndex): TemplateResult {
    const person = idx.person(p.person);
    const org = idx.organization(p.organization ?? person?.organization);
    const state = p.state ?? person?.state ?? org?.state;
    const who = person?.name ?? p.name;
    const parts: unknown[] = [];
    if (who) parts.push(html`<strong>${this.name(who)}</strong>`);
    if (person?.title) parts.push(this.name(person.title));
    if (org) parts.push(this.name(org.name));
    if (state && !who && !org) parts.push(this.renderState(idx, state));
    else if (state) parts.push(html`<span class="muted">${this.name(idx.state(state).name)}</span>`);
    return html`<li>
      <span class="role">${participantRoleLabel(p.role)}${msg(': ', { id: 'list.colon' })}</span>${parts.map(
        (x, i) => html`${i ? msg(', ', { id: 'list.comma' }) : nothing}${x}`,
      )}${p.note ? html` — ${this.text(p.note)}` : nothing}
    </li>`;
  }

  private renderParticipants(list: Participant[] | undefined, idx: FeedIndex): unknown {
    if (!list?.length) return nothing;
    // The card's sections are not named: named, each would be a landmark region in the page's list of landmarks.
    return html`<section part="participants">
      ${this.heading(msg('Participants', { id: 'meeting.section.people' }), 1, 'section-title')}
      <ul class="plain">
        ${list.map((p) => this.renderParticipant(p, idx))}
      </ul>
    </section>`;
  }

  private renderSummary(m: Meeting): unknown {
    return m.summary ? html`<p class="summary" part="summary">${this.text(m.summary)}</p>` : nothing;
  }

  private renderOutcomes(m: Meeting): unknown {
    if (!m.outcomes?.length) return nothing;
    return html`<section>
      ${this.heading(msg('Outcomes', { id: 'meeting.section.outcomes' }), 1, 'section-title')}
      <ul class="plain" part="outcomes">
        ${m.outcomes.map((o) => html`<li>${this.text(o)}</li>`)}
      </ul>
    </section>`;
  }

  private renderDocuments(docs: FeedDocument[] | undefined): unknown {
    if (!docs?.length) return nothing;
    return html`<section>
      ${this.heading(msg('Documents', { id: 'meeting.section.documents' }), 1, 'section-title')}
      <ul class="plain" part="documents">
        ${docs.map((d) => html`<li><a href=${d.url} rel="noopener noreferrer">${this.name(d.title)}</a></li>`)}
      </ul>
    </section>`;
  }

  private renderSources(ctx: ViewContext, sources: Source[] | undefined): unknown {
    if (!sources?.length) return nothing;
    return html`<section>
      ${this.heading(msg('Sources', { id: 'meeting.section.sources' }), 1, 'section-title')}
      <ul class="plain" part="sources">
        ${sources.map(
          (s) =>
            html`<li>
              ${s.url ? html`<a href=${s.url} rel="noopener noreferrer">${this.name(s.title)}</a>` : this.name(s.title)}${s.publisher
                ? html`${msg(', ', { id: 'list.comma' })}${this.name(s.publisher)}`
                : nothing}${s.date ? html`${msg(', ', { id: 'list.comma' })}<time datetime=${s.date}>${ctx.fmt.date(s.date)}</time>` : nothing}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderActions(ctx: ViewContext, m: Meeting): unknown {
    if (!m.start || m.status === 'cancelled') return nothing;
    return html`<div class="actions">
      <button type="button" part="calendar-button" aria-describedby="title" @click=${() => this.downloadIcs(ctx, m)}>
        ${calendarIcon} ${msg('Add to calendar', { id: 'meeting.addToCalendar' })}
      </button>
    </div>`;
  }

  /** The meeting as an iCalendar (.ics) text, in this element's language. */
  icsFor(m: Meeting, ctx: ViewContext): string {
    const idx = indexFeed(ctx.feed);
    const l = ctx.locale;
    const title = `${this.ordinalTitle(m)} — ${plain(m.title ?? m.body ?? ctx.feed.committee.name, l)}`;
    const location = [plain(m.venue?.name, l), plain(m.venue?.city, l), m.host?.state ? plain(idx.state(m.host.state).name, l) : '']
      .filter(Boolean)
      .join(', ');
    return buildIcs(
      {
        uid: `${m.id}@${ctx.feed.committee.id}.majlis`,
        title,
        start: m.start!,
        end: m.end,
        location: location || (m.mode === 'virtual' ? meetingModeLabel('virtual') : undefined),
        description: plain(m.summary, l) || undefined,
        url: absoluteUrl(m.sources?.find((s) => s.url)?.url),
        status: m.status === 'held' || m.status === 'scheduled' || m.status === 'rescheduled' ? 'CONFIRMED' : 'TENTATIVE',
      },
      ctx.now,
    );
  }

  private downloadIcs(ctx: ViewContext, m: Meeting): void {
    const text = withLocale(ctx.locale, () => this.icsFor(m, ctx));
    const filename = `${m.id}.ics`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.dispatchEvent(new CustomEvent<MajlisCalendarDetail>('majlis-calendar', { detail: { meeting: m.id, filename }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'meeting-card': MeetingCard;
  }
  interface GlobalEventHandlersEventMap {
    'majlis-calendar': CustomEvent<MajlisCalendarDetail>;
  }
}
