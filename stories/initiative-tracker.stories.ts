import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/initiative-tracker.js';
import '../src/define/working-group-roster.js';
import initiativesFixture from '../test/fixtures/initiative-tracker/initiatives.json';

/**
 * Stories of `<initiative-tracker>`.
 *
 * Feeds by URL are served by Storybook itself (see `.storybook/main.ts`):
 * `feeds/` is the demo feed folder (`demo/feeds`), `fixtures/` the synthetic
 * test fixtures (`test/fixtures`). The URLs are relative to the preview page,
 * so the stories also work when the built Storybook is published under a sub-path.
 *
 * The demo feed's six initiatives come from news reports that give no
 * progress figures, phases totals, milestones or update dates, so most stories
 * use the synthetic fixture (`test/fixtures/initiative-tracker/initiatives.json`:
 * "Synthetic Track One", "مبادرة الهوية الرقمية الاختبارية"…), viewed on
 * 1 June 2030 — the date its milestones are written around (one overdue, one
 * due today, one upcoming).
 *
 * Language, direction, calendar, numerals and theme come from the toolbar
 * (see `.storybook/preview.ts`); stories that need English pin `locale: 'en'`.
 */

const DEMO_FEED = 'feeds/gcc-egov.json';
/** A URL that this Storybook never answers (see the Loading story); each story adds its own query. */
const PENDING_FEED = 'feeds/__pending__.json';
/** The clock of the synthetic stories. */
const FIXTURE_NOW = '2030-06-01T09:00:00Z';

interface TrackerArgs {
  src?: string;
  feed?: unknown;
  initiative?: string;
  'group-by'?: 'track' | 'status' | 'state';
  sort?: 'updated' | 'title' | 'progress';
  status?: string;
  state?: string;
  track?: string;
  expanded?: boolean;
  calendar?: 'gregory' | 'islamic-umalqura' | 'both';
  numerals?: 'latn' | 'arab';
  'heading-level'?: number;
  theme?: 'auto' | 'light' | 'dark';
  timeout?: number;
  retries?: number;
  lang?: string;
  /** ISO date-time of the clock (the `now` property); default: the real time. */
  now?: string;
  /** Width of the container around the widget, e.g. `320px` (the layout follows it). */
  width?: string;
  onMajlisLoad?: (e: Event) => void;
  onMajlisError?: (e: Event) => void;
  onMajlisNavigate?: (e: Event) => void;
}

type Story = StoryObj<TrackerArgs>;

// ---------------------------------------------------------------------------
// Synthetic feeds
// ---------------------------------------------------------------------------

type Json = Record<string, unknown>;
type Feed = Json & { initiatives?: Json[] };

const synthetic = (): Feed => structuredClone(initiativesFixture) as unknown as Feed;

const SYNTHETIC_COMMITTEE = { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } };

/** A valid feed without initiatives. */
const EMPTY_FEED = { version: '1.0', committee: SYNTHETIC_COMMITTEE, initiatives: [] };

/** Three initiatives; one reports 150% and one has an unknown status: both are left out with warnings. */
const PARTLY_INVALID_FEED = {
  version: '1.0',
  committee: SYNTHETIC_COMMITTEE,
  initiatives: [
    { id: 'syn-ok', title: { ar: 'مبادرة اختبارية سليمة', en: 'Valid synthetic initiative' }, status: 'in-progress', progress: 30, leadStates: ['BH'] },
    { id: 'syn-over', title: { ar: 'مبادرة اختبارية بنسبة خاطئة', en: 'Synthetic initiative with a wrong figure' }, status: 'in-progress', progress: 150 },
    { id: 'syn-odd', title: { ar: 'مبادرة اختبارية بحالة مجهولة', en: 'Synthetic initiative with an unknown status' }, status: 'paused' },
  ],
};

/** Every feed text in one language only: `only` is `ar` or `en`. */
function oneLanguageFeed(only: 'ar' | 'en'): unknown {
  const t = (ar: string, en: string) => ({ [only]: only === 'ar' ? ar : en });
  return {
    version: '1.0',
    committee: { id: 'synthetic-committee', name: t('لجنة اختبارية', 'Synthetic Committee') },
    workingGroups: [{ id: 'syn-wg', name: t('فريق عمل اختباري', 'Synthetic Working Group') }],
    meetings: [{ id: 'syn-m', number: 4, status: 'held', start: '2030-02-02', agenda: [{ id: 'i1', title: t('بند اختباري', 'Synthetic item'), references: { initiatives: ['syn-one'] } }] }],
    initiatives: [
      {
        id: 'syn-one',
        title: t('مبادرة اختبارية بلغة واحدة', 'Single-language synthetic initiative'),
        track: t('مسار اختباري', 'Synthetic track'),
        summary: t('ملخص اختباري مكتوب بلغة واحدة فقط.', 'A synthetic summary written in one language only.'),
        phase: { current: 2, total: 5 },
        status: 'in-progress',
        progress: 40,
        leadStates: ['SA'],
        participatingStates: ['KW'],
        workingGroup: 'syn-wg',
        milestones: [{ title: t('محطة اختبارية', 'Synthetic milestone'), due: '2030-08-01' }],
        updated: '2030-05-01',
      },
    ],
  };
}

/** Titles that try to break the layout: 280 characters without a space, and Arabic with Latin and digits. */
function hostileFeed(): Feed {
  const long = `${'مبادرة'.repeat(30)}${'X'.repeat(100)}`;
  const mixed = 'مبادرة اختبارية Test-Ω 2030 مختلطة ABC-123 ثم عربي';
  const feed = synthetic();
  const [a, b] = feed.initiatives!;
  a!['title'] = { ar: long, en: long };
  a!['track'] = { ar: long, en: long };
  b!['title'] = { ar: mixed, en: mixed };
  return feed;
}

/** Arabic-Indic digits for the Arabic names of the large feed. */
const arDigits = (s: string) => s.replace(/[0-9]/gu, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);

/** A large synthetic feed: 60 initiatives over 6 tracks, with every status, some progress figures, phases and milestones. */
function largeFeed(): unknown {
  const states = ['AE', 'BH', 'SA', 'OM', 'QA', 'KW', 'GS'];
  const statuses = ['proposed', 'under-study', 'approved', 'in-progress', 'completed', 'on-hold', 'cancelled'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    version: '1.0',
    committee: SYNTHETIC_COMMITTEE,
    initiatives: Array.from({ length: 60 }, (_, i) => {
      const track = (i % 6) + 1;
      return {
        id: `syn-${i + 1}`,
        title: { ar: arDigits(`المبادرة الاختبارية رقم ${i + 1}`), en: `Synthetic Initiative ${i + 1}` },
        track: { ar: arDigits(`المسار الاختباري ${track}`), en: `Synthetic Track ${track}` },
        status: statuses[(i * 5) % 7],
        ...(i % 3 ? { progress: (i * 13) % 101 } : {}),
        ...(i % 4 ? { phase: { current: 1 + (i % 4), ...(i % 2 ? { total: 4 } : {}) } } : {}),
        leadStates: i % 9 === 8 ? [] : [states[i % 7], ...(i % 5 === 0 ? [states[(i + 3) % 7]] : [])],
        participatingStates: [states[(i + 1) % 7], states[(i + 2) % 7]],
        milestones: [
          { title: { ar: 'محطة اختبارية أولى', en: 'First synthetic milestone' }, due: `2030-${pad(1 + (i % 12))}-15`, ...(i % 4 === 0 ? { done: `2030-${pad(1 + (i % 12))}-10` } : {}) },
          { title: { ar: 'محطة اختبارية ثانية', en: 'Second synthetic milestone' }, due: `2031-${pad(1 + (i % 12))}-01` },
        ],
        ...(i % 7 ? { updated: `20${28 + (i % 3)}-${pad(1 + (i % 12))}-${pad(1 + (i % 27))}` } : {}),
      };
    }),
  };
}

// ---------------------------------------------------------------------------
// Loading: a request that never answers
// ---------------------------------------------------------------------------

/**
 * Replaces `fetch` for {@link PENDING_FEED} (with any query) only with a
 * request that stays pending until it is aborted (as the widget does when it is
 * removed). Every other request goes to the real `fetch`. Returns the cleanup
 * that restores it. Each story uses its own query, so that two stories on the
 * Docs page do not share one request.
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

const renderTracker = (args: TrackerArgs) =>
  html`<initiative-tracker
    src=${ifDefined(args.src)}
    initiative=${ifDefined(args.initiative)}
    group-by=${ifDefined(args['group-by'])}
    sort=${ifDefined(args.sort)}
    status=${ifDefined(args.status)}
    state=${ifDefined(args.state)}
    track=${ifDefined(args.track)}
    ?expanded=${args.expanded}
    calendar=${ifDefined(args.calendar)}
    numerals=${ifDefined(args.numerals)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    timeout=${ifDefined(args.timeout)}
    retries=${ifDefined(args.retries)}
    lang=${ifDefined(args.lang)}
    .feed=${args.feed}
    .now=${args.now ? new Date(args.now) : undefined}
    @majlis-load=${args.onMajlisLoad}
    @majlis-error=${args.onMajlisError}
    @majlis-navigate=${args.onMajlisNavigate}
  ></initiative-tracker>`;

const meta: Meta<TrackerArgs> = {
  title: 'Widgets/Initiative tracker',
  component: 'initiative-tracker',
  render: (args) => (args.width ? html`<div style="inline-size: ${args.width}; max-inline-size: 100%">${renderTracker(args)}</div>` : renderTracker(args)),
  argTypes: {
    src: { control: 'text' },
    feed: { control: 'object' },
    initiative: { control: 'text' },
    'group-by': { control: 'inline-radio', options: ['track', 'status', 'state'] },
    sort: { control: 'inline-radio', options: ['updated', 'title', 'progress'] },
    status: { control: 'text', description: 'Statuses separated by commas, e.g. `proposed,in-progress`.' },
    state: { control: 'text', description: 'Member-state codes separated by commas, e.g. `OM,QA` (lead or participating).' },
    track: { control: 'text', description: 'Tracks separated by commas: a name in either language, or a slug such as `synthetic-track-two`.' },
    expanded: { control: 'boolean' },
    calendar: { control: 'inline-radio', options: ['gregory', 'islamic-umalqura', 'both'] },
    numerals: { control: 'inline-radio', options: ['latn', 'arab'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: false, description: 'Set from the Theme toolbar.' },
    timeout: { control: 'number' },
    retries: { control: { type: 'number', min: 0 } },
    lang: { control: 'text', description: "The widget's own language; by default it follows the page (the Language toolbar)." },
    now: { control: 'text', description: 'The clock (`now` property), as an ISO date-time. Overdue milestones and "updated … ago" are judged against it.' },
    width: { control: 'text', description: 'Width of the container around the widget (the layout follows the container, not the window).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Strategic initiatives by track, phase and status, with progress and milestones, Arabic-first. One column in narrow containers (sidebars), two from 48rem, three from 80rem. Use the toolbar to switch the page language and direction, the calendar, the numerals and the theme.',
      },
    },
  },
};

export default meta;

// ---------------------------------------------------------------------------
// The demo feed (news reports: no figures, no milestones)
// ---------------------------------------------------------------------------

/** The demo feed's six initiatives in Arabic: all on the 22nd meeting's agenda; progress not reported. */
export const DemoArabic: Story = {
  name: 'Demo feed (Arabic)',
  args: { src: DEMO_FEED, expanded: true },
  globals: { locale: 'ar' },
};

/** The same in English. */
export const DemoEnglish: Story = {
  name: 'Demo feed (English)',
  args: { src: DEMO_FEED, expanded: true },
  globals: { locale: 'en' },
};

/** One initiative of the demo feed (`initiative="init-regulatory-framework"`): "Phase 3", the 22nd meeting. */
export const DemoOne: Story = {
  name: 'Demo feed: one initiative',
  args: { src: DEMO_FEED, initiative: 'init-regulatory-framework' },
};

// ---------------------------------------------------------------------------
// The synthetic feed: grouping, sorting, filters
// ---------------------------------------------------------------------------

/** Every initiative, grouped by track (the default), sorted by last update, details open. */
export const ByTrack: Story = {
  name: 'By track (Arabic)',
  args: { feed: synthetic(), now: FIXTURE_NOW, expanded: true },
  globals: { locale: 'ar' },
};

/** The same in English. */
export const ByTrackEnglish: Story = {
  name: 'By track (English)',
  args: { feed: synthetic(), now: FIXTURE_NOW, expanded: true },
  globals: { locale: 'en' },
};

/** As it first appears: details closed behind each initiative's disclosure button. */
export const Collapsed: Story = {
  name: 'Details closed',
  args: { feed: synthetic(), now: FIXTURE_NOW },
};

/** `group-by="status"`: proposed, under study, approved, in progress, completed, on hold, cancelled. */
export const ByStatus: Story = {
  name: 'By status',
  args: { feed: synthetic(), now: FIXTURE_NOW, 'group-by': 'status' },
};

/** `group-by="state"`: by lead state in the committee's order; an initiative with two lead states is under both; then "No lead state listed". */
export const ByLeadState: Story = {
  name: 'By lead state',
  args: { feed: synthetic(), now: FIXTURE_NOW, 'group-by': 'state' },
};

/** `sort="title"`: alphabetical in the element's language. */
export const SortTitle: Story = {
  name: 'Sort: title',
  args: { feed: synthetic(), now: FIXTURE_NOW, sort: 'title' },
};

/** `sort="progress"`: most advanced first; a reported 0% before "not reported"; unknown last. */
export const SortProgress: Story = {
  name: 'Sort: progress',
  args: { feed: synthetic(), now: FIXTURE_NOW, sort: 'progress', 'group-by': 'status' },
};

/** `status="proposed,in-progress"`. */
export const FilterStatus: Story = {
  name: 'Filter: status',
  args: { feed: synthetic(), now: FIXTURE_NOW, status: 'proposed,in-progress' },
};

/** `state="KW"`: initiatives Kuwait leads or takes part in. */
export const FilterState: Story = {
  name: 'Filter: member state',
  args: { feed: synthetic(), now: FIXTURE_NOW, state: 'KW' },
};

/** `track="المسار الاختباري الثاني"`: a track by its Arabic name (the chip shows it selected). */
export const FilterTrack: Story = {
  name: 'Filter: track by Arabic name',
  args: { feed: synthetic(), now: FIXTURE_NOW, track: 'المسار الاختباري الثاني' },
};

/** Filters combined: `status="proposed,under-study"`, `state="OM,KW"`, `track="synthetic-track-two"`. */
export const FilterCombined: Story = {
  name: 'Filters combined',
  args: { feed: synthetic(), now: FIXTURE_NOW, status: 'proposed,under-study', state: 'OM,KW', track: 'synthetic-track-two', expanded: true },
};

/** Filters that keep nothing: says so, with "Clear filters". */
export const NoResults: Story = {
  name: 'Filters: nothing matches',
  args: { feed: synthetic(), now: FIXTURE_NOW, status: 'cancelled', state: 'AE' },
};

// ---------------------------------------------------------------------------
// One initiative, the clock, layout
// ---------------------------------------------------------------------------

/** `initiative="init-a"`: everything, without a disclosure: phase 3 of 4, 45%, milestones, meetings, working group. */
export const OneInitiative: Story = {
  name: 'One initiative (Arabic)',
  args: { feed: synthetic(), now: FIXTURE_NOW, initiative: 'init-a' },
  globals: { locale: 'ar' },
};

/** The same in English. */
export const OneInitiativeEnglish: Story = {
  name: 'One initiative (English)',
  args: { feed: synthetic(), now: FIXTURE_NOW, initiative: 'init-a' },
  globals: { locale: 'en' },
};

/** The clock moved to 1 October 2030: the milestone due 30 September is now overdue too. */
export const LaterClock: Story = {
  name: 'Clock: 1 October 2030',
  args: { feed: synthetic(), now: '2030-10-01T09:00:00Z', initiative: 'init-a' },
};

/** `calendar="both"`: Gregorian dates with the Hijri (Umm al-Qura) date. */
export const HijriCalendar: Story = {
  name: 'Hijri calendar (both)',
  args: { feed: synthetic(), now: FIXTURE_NOW, initiative: 'init-a', calendar: 'both' },
};

/** `numerals="latn"`: Latin digits in an Arabic tracker. */
export const LatinNumerals: Story = {
  name: 'Numerals: Latin',
  args: { feed: synthetic(), now: FIXTURE_NOW, numerals: 'latn' },
};

/** A 320px sidebar: one compact column; the chips fold behind "Filters". */
export const Sidebar: Story = {
  name: 'Narrow container (320px)',
  args: { feed: synthetic(), now: FIXTURE_NOW, width: '320px', state: 'OM' },
};

/** The working-group link next to a roster: following it reveals, opens and focuses the group in the roster. */
export const WithRoster: Story = {
  name: 'Working group link to the roster',
  args: { feed: synthetic(), now: FIXTURE_NOW, initiative: 'init-a' },
  render: (args) => html`<div style="display: grid; gap: 1.5rem">
    ${renderTracker(args)}
    <working-group-roster .feed=${args.feed} theme=${ifDefined(args.theme)} heading-level="2"></working-group-roster>
  </div>`,
};

/** Titles of 280 characters without a space and mixed-direction titles: they wrap and stay isolated. */
export const HostileNames: Story = {
  name: 'Long and mixed-direction titles',
  args: { feed: hostileFeed(), now: FIXTURE_NOW, expanded: true },
};

/** The same in a 320px container. */
export const HostileNamesNarrow: Story = {
  name: 'Long and mixed-direction titles (320px)',
  args: { feed: hostileFeed(), now: FIXTURE_NOW, expanded: true, width: '320px' },
};

/** 60 synthetic initiatives over 6 tracks. */
export const Large: Story = {
  name: 'Large synthetic feed',
  args: { feed: largeFeed(), now: FIXTURE_NOW },
};

// ---------------------------------------------------------------------------
// States
// ---------------------------------------------------------------------------

/**
 * The loading skeleton, shown while a `src` request is pending.
 *
 * A static Storybook cannot keep an HTTP request open, so this story's
 * `beforeEach` replaces `fetch` for the one URL `feeds/__pending__.json` with a
 * request that never answers (it only ends when the widget aborts it on
 * removal); `timeout` is raised so that the skeleton does not turn into the
 * timeout error.
 */
export const Loading: Story = {
  args: { src: `${PENDING_FEED}?story=initiative-loading`, timeout: 2_000_000_000 },
  beforeEach: () => holdPendingFeed(),
};

/** The same never-answering request with `timeout="3000"` and `retries="0"`: after 3 s the timeout error with "Try again". */
export const ErrorTimeout: Story = {
  name: 'Error: timeout',
  args: { src: `${PENDING_FEED}?story=initiative-timeout`, timeout: 3000, retries: 0 },
  beforeEach: () => holdPendingFeed(),
};

/** `src` answers 404: an error with a "Try again" button. */
export const ErrorNotFound: Story = {
  name: 'Error: 404',
  args: { src: 'fixtures/does-not-exist.json' },
};

/** The `feed` property set to a string that is not JSON. */
export const ErrorInvalidJson: Story = {
  name: 'Error: invalid JSON',
  args: { feed: '{"version": "1.0", "committee": {"id": "synthetic", ' },
};

/** A feed without `committee`: the error lists the problems under "Technical details". */
export const ErrorInvalidFeed: Story = {
  name: 'Error: invalid feed',
  args: { feed: { version: '1.0' } },
};

/**
 * No `src`, no inline JSON child and no `feed` property. The message comes 3 seconds after the page's load (a
 * script may still be fetching the feed it will set); until then the widget shows that it is loading.
 */
export const ErrorNoSource: Story = {
  name: 'Error: no source',
  args: {},
};

/** A valid feed with no initiatives. */
export const Empty: Story = {
  args: { feed: EMPTY_FEED },
};

/** An `initiative` id that the feed does not have. */
export const InitiativeNotFound: Story = {
  name: 'Initiative not in the feed',
  args: { feed: synthetic(), initiative: 'init-404' },
};

/** An initiative reporting 150% and one with an unknown status are left out; a notice says so. */
export const PartlyInvalid: Story = {
  name: 'Partly invalid feed',
  args: { feed: PARTLY_INVALID_FEED },
};

/** Feed texts only in Arabic, viewed in English: the Arabic texts are shown, marked `lang="ar"`. */
export const FallbackToArabic: Story = {
  name: 'Fallback: Arabic-only feed in English',
  args: { feed: oneLanguageFeed('ar'), initiative: 'syn-one', now: FIXTURE_NOW },
  globals: { locale: 'en' },
};

/** Feed texts only in English, viewed in Arabic: the English texts are shown, marked `lang="en"`. */
export const FallbackToEnglish: Story = {
  name: 'Fallback: English-only feed in Arabic',
  args: { feed: oneLanguageFeed('en'), initiative: 'syn-one', now: FIXTURE_NOW },
  globals: { locale: 'ar' },
};
