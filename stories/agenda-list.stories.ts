import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/agenda-list.js';
import '../src/define/working-group-roster.js';

/**
 * Stories of `<agenda-list>`.
 *
 * Feeds by URL are served by Storybook itself (see `.storybook/main.ts`):
 * `feeds/` is the demo feed folder (`demo/feeds`), `fixtures/` the synthetic
 * test fixtures (`test/fixtures`). The URLs are relative to the preview page,
 * so the stories also work when the built Storybook is published under a sub-path.
 *
 * Inline feeds below are plainly synthetic ("Synthetic Committee", "Synthetic item 42").
 *
 * Language, direction, calendar, numerals and theme come from the toolbar
 * (see `.storybook/preview.ts`); stories that need English pin `locale: 'en'`.
 */

const DEMO_FEED = 'feeds/gcc-egov.json';
const FIXTURE = 'fixtures/agenda-list/agenda.json';
/** A URL that this Storybook never answers (see the Loading story); each story adds its own query. */
const PENDING_FEED = 'feeds/__pending__.json';
/** The fixture's clock: after its held meetings, before the scheduled one. */
const FIXTURE_NOW = '2030-06-01T09:00:00Z';

interface AgendaListArgs {
  src?: string;
  feed?: unknown;
  meeting?: string;
  status?: string;
  kind?: string;
  state?: string;
  query?: string;
  collapsed?: boolean;
  'virtualize-threshold'?: number;
  calendar?: 'gregory' | 'islamic-umalqura' | 'both';
  numerals?: 'latn' | 'arab';
  'heading-level'?: number;
  theme?: 'auto' | 'light' | 'dark';
  timeout?: number;
  lang?: string;
  /** The clock, as an ISO date-time (the `now` property). */
  now?: string;
  /** Width of the container around the widget. */
  width?: string;
  onMajlisLoad?: (e: Event) => void;
  onMajlisError?: (e: Event) => void;
  onMajlisNavigate?: (e: Event) => void;
}

type Story = StoryObj<AgendaListArgs>;

// ---------------------------------------------------------------------------
// Synthetic inline feeds
// ---------------------------------------------------------------------------

const SYNTHETIC_COMMITTEE = { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } };
const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const arabicDigits = (n: number) => String(n).replace(/[0-9]/gu, (d) => AR_DIGITS[+d]!);

/**
 * A long synthetic agenda of `n` items (deterministic): top-level items each
 * with up to 99 sub-items; item k is "Synthetic item k" / "بند اصطناعي k".
 */
function longFeed(n: number): unknown {
  const kinds = ['discussion', 'report', 'review', 'decision', 'presentation', 'briefing'];
  const statuses = ['discussed', 'approved', 'noted', 'deferred', 'pending', 'adopted'];
  const agenda: Record<string, unknown>[] = [];
  let k = 0;
  const make = (order: string): Record<string, unknown> => {
    const it: Record<string, unknown> = {
      id: `s-${k}`,
      order,
      title: { ar: `بند اصطناعي ${arabicDigits(k)}`, en: `Synthetic item ${k}` },
      kind: kinds[k % kinds.length],
    };
    if (k % 3 === 0) it['status'] = statuses[(k / 3) % statuses.length];
    k++;
    return it;
  };
  for (let i = 1; k < n; i++) {
    const top = make(String(i));
    const items: Record<string, unknown>[] = [];
    for (let j = 1; j < 100 && k < n; j++) items.push(make(`${i}.${j}`));
    if (items.length) top['items'] = items;
    agenda.push(top);
  }
  return { version: '1.0', committee: SYNTHETIC_COMMITTEE, meetings: [{ id: 'syn-long', number: 3, status: 'held', start: '2030-01-10', agenda }] };
}

/** A valid feed with a meeting but no agenda. */
const NO_AGENDA_FEED = { version: '1.0', committee: SYNTHETIC_COMMITTEE, meetings: [{ id: 'syn-1', number: 1, status: 'scheduled', start: '2031-01-15' }] };

/** A valid feed without meetings. */
const EMPTY_FEED = { version: '1.0', committee: SYNTHETIC_COMMITTEE, meetings: [] };

/** Four items; the third has an invalid status and the fourth an invalid order label: both are left out with warnings. */
const PARTLY_INVALID_FEED = {
  version: '1.0',
  committee: SYNTHETIC_COMMITTEE,
  meetings: [
    {
      id: 'syn-2',
      number: 2,
      status: 'held',
      start: '2030-02-10',
      agenda: [
        { id: 'i-1', order: '1', title: { ar: 'بند اختباري أول', en: 'First synthetic item' }, kind: 'report', status: 'noted' },
        { id: 'i-2', order: '2', title: { ar: 'بند اختباري ثانٍ', en: 'Second synthetic item' }, kind: 'decision', status: 'approved' },
        { id: 'i-3', order: '3', title: { ar: 'بند بحالة غير معروفة', en: 'Item with an unknown status' }, status: 'postponed-forever' },
        { id: 'i-4', order: 'three', title: { ar: 'بند بترتيب غير صالح', en: 'Item with an invalid order label' } },
      ],
    },
  ],
};

/** Every feed text in one language only: `only` is `ar` or `en`. */
function oneLanguageFeed(only: 'ar' | 'en'): unknown {
  const t = (ar: string, en: string) => ({ [only]: only === 'ar' ? ar : en });
  return {
    version: '1.0',
    committee: { id: 'synthetic-committee', name: t('لجنة اختبارية', 'Synthetic Committee') },
    meetings: [
      {
        id: 'syn-7',
        number: 7,
        status: 'held',
        start: '2030-05-20',
        agenda: [
          { id: 'o-1', order: '1', title: t('افتتاح الاجتماع الاختباري', 'Opening of the synthetic meeting'), kind: 'briefing', status: 'noted' },
          {
            id: 'o-2',
            order: '2',
            title: t('التقارير الاختبارية', 'Synthetic reports'),
            kind: 'report',
            items: [{ id: 'o-2-1', order: '2.1', title: t('تقرير اختباري', 'A synthetic report'), status: 'approved', decision: t('اعتُمد التقرير.', 'The report was adopted.') }],
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------
// Loading: a request that never answers
// ---------------------------------------------------------------------------

/**
 * Replaces `fetch` for {@link PENDING_FEED} (with any query) only with a
 * request that stays pending until it is aborted (as the widget does when it is
 * removed). Every other request goes to the real `fetch`. Returns the cleanup
 * that restores it. Each story uses its own query: the widgets share one
 * request per URL.
 */
function holdPendingFeed(): () => void {
  const realFetch = window.fetch;
  const pending = new URL(PENDING_FEED, document.baseURI);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, document.baseURI);
    if (url.origin !== pending.origin || url.pathname !== pending.pathname) return realFetch(input, init);
    return new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      if (signal?.aborted) reject(signal.reason);
      else signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return () => {
    window.fetch = realFetch;
  };
}

// ---------------------------------------------------------------------------
// Meta
// ---------------------------------------------------------------------------

function renderAgenda(args: AgendaListArgs): TemplateResult {
  return html`<agenda-list
    src=${ifDefined(args.src)}
    meeting=${ifDefined(args.meeting)}
    status=${ifDefined(args.status)}
    kind=${ifDefined(args.kind)}
    state=${ifDefined(args.state)}
    query=${ifDefined(args.query)}
    ?collapsed=${args.collapsed ?? false}
    virtualize-threshold=${ifDefined(args['virtualize-threshold'])}
    calendar=${ifDefined(args.calendar)}
    numerals=${ifDefined(args.numerals)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    timeout=${ifDefined(args.timeout)}
    lang=${ifDefined(args.lang)}
    .now=${args.now ? new Date(args.now) : undefined}
    .feed=${args.feed}
    @majlis-load=${args.onMajlisLoad}
    @majlis-error=${args.onMajlisError}
    @majlis-navigate=${args.onMajlisNavigate}
  ></agenda-list>`;
}

const meta: Meta<AgendaListArgs> = {
  title: 'Widgets/Agenda list',
  component: 'agenda-list',
  render: (args) => (args.width ? html`<div style="inline-size: ${args.width}; max-inline-size: 100%">${renderAgenda(args)}</div>` : renderAgenda(args)),
  argTypes: {
    src: { control: 'text' },
    feed: { control: 'object' },
    meeting: { control: 'text' },
    status: { control: 'text', description: 'Statuses separated by commas, e.g. `approved,adopted`.' },
    kind: { control: 'text', description: 'Kinds separated by commas, e.g. `report,decision`.' },
    state: { control: 'text', description: 'Member-state codes separated by commas, e.g. `BH,OM`.' },
    query: { control: 'text' },
    collapsed: { control: 'boolean' },
    'virtualize-threshold': { control: { type: 'number', min: 0 } },
    calendar: { control: 'inline-radio', options: ['gregory', 'islamic-umalqura', 'both'] },
    numerals: { control: 'inline-radio', options: ['latn', 'arab'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: false, description: 'Set from the Theme toolbar.' },
    timeout: { control: 'number' },
    lang: { control: 'text', description: "The widget's own language; by default it follows the page (the Language toolbar)." },
    now: { control: 'text', description: 'The clock (`now` property), as an ISO date-time; it picks the default meeting.' },
    width: { control: 'text', description: 'Width of the container around the widget (the layout follows the container, not the window).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A meeting's agenda, Arabic-first: nested numbered items with kind, presenter, status, decision and links to initiatives and working groups; filter chips and an Arabic-aware search; virtualized above `virtualize-threshold` items. Use the toolbar to switch the page language and direction, the numerals and the theme.",
      },
    },
  },
};

export default meta;

// ---------------------------------------------------------------------------
// The demo feed
// ---------------------------------------------------------------------------

/** The 26th meeting of the demo feed, in Arabic (the default language): item 7 has five sub-items. */
export const Arabic: Story = {
  name: '26th meeting (Arabic)',
  args: { src: DEMO_FEED, meeting: 'egov-exec-26' },
  globals: { locale: 'ar' },
};

/** The 22nd meeting in English: presenters (a state, an authority and a person), a decision, links to initiatives. */
export const English: Story = {
  name: '22nd meeting (English)',
  args: { src: DEMO_FEED, meeting: 'egov-exec-22' },
  globals: { locale: 'en' },
};

/** No `meeting` attribute: the same meeting `<meeting-card>` picks (the next scheduled one, else the latest held one). */
export const DefaultMeeting: Story = {
  name: 'Default meeting',
  args: { src: DEMO_FEED },
};

/** `collapsed`: nested items start closed; "Expand all" opens them. */
export const Collapsed: Story = {
  args: { src: DEMO_FEED, meeting: 'egov-exec-26', collapsed: true },
};

/** `numerals="latn"`: Latin digits (7.1) in an Arabic agenda. */
export const LatinNumerals: Story = {
  name: 'Numerals: Latin',
  args: { src: DEMO_FEED, meeting: 'egov-exec-26', numerals: 'latn' },
};

/** `numerals="arab"` in an English agenda: Arabic-Indic order labels. */
export const ArabicIndicNumeralsInEnglish: Story = {
  name: 'Numerals: Arabic-Indic in English',
  args: { src: DEMO_FEED, meeting: 'egov-exec-22', numerals: 'arab' },
  globals: { locale: 'en' },
};

/** A 360px container: facts stack under their labels, chips wrap. */
export const Narrow: Story = {
  name: 'Narrow container (360px)',
  args: { src: DEMO_FEED, meeting: 'egov-exec-22', width: '360px' },
};

/** An English widget (`lang="en"`) on an Arabic page. */
export const EnglishWidgetOnArabicPage: Story = {
  name: 'English widget on an Arabic page',
  args: { src: DEMO_FEED, meeting: 'egov-exec-22', lang: 'en' },
  globals: { locale: 'ar', direction: 'auto' },
};

/** Links to working groups: with a `<working-group-roster>` of the same feed on the page, a click reveals the group there. */
export const WithRoster: Story = {
  name: 'Linked to a working-group roster',
  args: { src: DEMO_FEED, meeting: 'egov-exec-26' },
  render: (args) => html`<div style="display: grid; gap: 1.5rem">
    ${renderAgenda(args)}
    <working-group-roster src=${DEMO_FEED} theme=${ifDefined(args.theme)}></working-group-roster>
  </div>`,
};

// ---------------------------------------------------------------------------
// Filters and search (the synthetic fixture)
// ---------------------------------------------------------------------------

/** The synthetic fixture: three levels, every kind and status, presenters, a decision, links, an item without an order label. */
export const Synthetic: Story = {
  name: 'Synthetic agenda: every field',
  args: { src: FIXTURE, meeting: 'm-1', now: FIXTURE_NOW },
};

/** `status="approved,adopted"`: values of one filter are alternatives; parents of a match stay as context. */
export const FilterStatus: Story = {
  name: 'Filter: status',
  args: { src: FIXTURE, meeting: 'm-1', now: FIXTURE_NOW, status: 'approved,adopted' },
};

/** `kind="report"`: items without a status still pass a kind filter. */
export const FilterKind: Story = {
  name: 'Filter: kind',
  args: { src: FIXTURE, meeting: 'm-1', now: FIXTURE_NOW, kind: 'report' },
};

/** `state="KW"`: presented by Kuwait, also through the presenter's organization. */
export const FilterState: Story = {
  name: 'Filter: presenting state',
  args: { src: FIXTURE, meeting: 'm-1', now: FIXTURE_NOW, state: 'KW' },
};

/** Filters combine: every filter must pass. */
export const FilterCombined: Story = {
  name: 'Filters combined',
  args: { src: FIXTURE, meeting: 'm-1', now: FIXTURE_NOW, kind: 'report,decision', state: 'KW,OM' },
};

/** The query "الميزانيه" (ه for ة, no diacritics) finds "الميزانِيَّة الاختباريّـة" (with tashkeel and tatweel in the feed). */
export const SearchArabic: Story = {
  name: 'Search: Arabic normalisation',
  args: { src: FIXTURE, meeting: 'm-1', now: FIXTURE_NOW, query: 'الميزانيه' },
};

/** An English query finds the English side of the language map while the agenda is shown in Arabic. */
export const SearchOtherLanguage: Story = {
  name: 'Search: the other language',
  args: { src: FIXTURE, meeting: 'm-1', now: FIXTURE_NOW, query: 'budget' },
  globals: { locale: 'ar' },
};

/** A search that finds nothing: the agenda says so and offers to clear the search and filters. */
export const NoResults: Story = {
  name: 'Search: no results',
  args: { src: FIXTURE, meeting: 'm-1', now: FIXTURE_NOW, query: 'no such words' },
};

/** Filters that no item passes together: the agenda says so and offers to clear the search and filters. */
export const FiltersNoResults: Story = {
  name: 'Filters: no results',
  args: { src: FIXTURE, meeting: 'm-1', now: FIXTURE_NOW, status: 'pending', kind: 'report' },
};

// ---------------------------------------------------------------------------
// Long agendas
// ---------------------------------------------------------------------------

/** 10,000 synthetic items: one flattened, windowed list in a scroll box; search still finds "Synthetic item 9999". */
export const Long10000: Story = {
  name: 'Long: 10,000 items (virtualized)',
  args: { feed: longFeed(10_000), meeting: 'syn-long' },
  // A JSON editor of 10,000 items would make the Controls panel sluggish.
  parameters: { controls: { exclude: ['feed'] } },
};

/** The same list, searched: "٩٩٩٩" (Arabic-Indic digits) finds item 9,999 and shows its parent as context. */
export const Long10000Search: Story = {
  name: 'Long: search in 10,000 items',
  args: { feed: longFeed(10_000), meeting: 'syn-long', query: '٩٩٩٩' },
  parameters: { controls: { exclude: ['feed'] } },
};

/** `virtualize-threshold="3"`: a short agenda through the virtualized path (depth shown by indentation and `aria-level`). */
export const VirtualizedShort: Story = {
  name: 'Virtualized path on a short agenda',
  args: { src: DEMO_FEED, meeting: 'egov-exec-22', 'virtualize-threshold': 3 },
};

/** 150 items (below the default threshold of 200): semantic nested lists. */
export const Long150: Story = {
  name: 'Long: 150 items (nested lists)',
  args: { feed: longFeed(150), meeting: 'syn-long', collapsed: true },
};

// ---------------------------------------------------------------------------
// States
// ---------------------------------------------------------------------------

/**
 * The loading skeleton. A static Storybook cannot hold a request open, so
 * this story stubs `fetch` for `feeds/__pending__.json` (any query) with a
 * request that never answers; `timeout` is raised so that the skeleton stays.
 */
export const Loading: Story = {
  args: { src: `${PENDING_FEED}?story=agenda-loading`, timeout: 2_000_000_000 },
  beforeEach: () => holdPendingFeed(),
};

/** `src` answers 404: an error with a "Try again" button. */
export const ErrorNotFound: Story = {
  name: 'Error: 404',
  args: { src: 'fixtures/does-not-exist.json' },
};

/** A feed without `committee`: the error lists the problems under "Technical details". */
export const ErrorInvalidFeed: Story = {
  name: 'Error: invalid feed',
  args: { feed: { version: '1.0' } },
};

/** A valid feed with no meetings. */
export const Empty: Story = {
  args: { feed: EMPTY_FEED },
};

/** The meeting exists but has no agenda. */
export const NoAgenda: Story = {
  name: 'Meeting without agenda',
  args: { feed: NO_AGENDA_FEED, meeting: 'syn-1' },
};

/** A `meeting` id that the feed does not have. */
export const MeetingNotFound: Story = {
  name: 'Meeting not in the feed',
  args: { src: FIXTURE, meeting: 'm-404' },
};

/** Two of four items are invalid and left out; a notice says so. */
export const PartlyInvalid: Story = {
  name: 'Partly invalid feed',
  args: { feed: PARTLY_INVALID_FEED, meeting: 'syn-2' },
};

/** Feed texts only in Arabic, viewed in English: the Arabic texts are shown, marked `lang="ar"`. */
export const FallbackToArabic: Story = {
  name: 'Fallback: Arabic-only feed in English',
  args: { feed: oneLanguageFeed('ar') },
  globals: { locale: 'en' },
};

/** Feed texts only in English, viewed in Arabic: the English texts are shown, marked `lang="en"`. */
export const FallbackToEnglish: Story = {
  name: 'Fallback: English-only feed in Arabic',
  args: { feed: oneLanguageFeed('en') },
  globals: { locale: 'ar' },
};
