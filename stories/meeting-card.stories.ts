import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/meeting-card.js';

/**
 * Stories of `<meeting-card>`.
 *
 * Feeds by URL are served by Storybook itself (see `.storybook/main.ts`):
 * `feeds/` is the demo feed folder (`demo/feeds`), `fixtures/` the synthetic
 * test fixtures (`test/fixtures`). The URLs are relative to the preview page,
 * so the stories also work when the built Storybook is published under a sub-path.
 *
 * Inline feeds below are plainly synthetic ("Synthetic Committee", "Test Person A").
 *
 * Language, direction, calendar, numerals and theme come from the toolbar
 * (see `.storybook/preview.ts`); stories that need English pin `locale: 'en'`.
 */

const DEMO_FEED = 'feeds/gcc-egov.json';
const SYNTHETIC_FEED = 'fixtures/synthetic.json';
/** A URL that this Storybook never answers (see the Loading story); each story adds its own query. */
const PENDING_FEED = 'feeds/__pending__.json';

interface MeetingCardArgs {
  src?: string;
  feed?: unknown;
  meeting?: string;
  variant?: 'full' | 'compact';
  calendar?: 'gregory' | 'islamic-umalqura' | 'both';
  numerals?: 'latn' | 'arab';
  'heading-level'?: number;
  theme?: 'auto' | 'light' | 'dark';
  timeout?: number;
  retries?: number;
  lang?: string;
  onMajlisLoad?: (e: Event) => void;
  onMajlisError?: (e: Event) => void;
  onMajlisCalendar?: (e: Event) => void;
}

type Story = StoryObj<MeetingCardArgs>;

// ---------------------------------------------------------------------------
// Synthetic inline feeds
// ---------------------------------------------------------------------------

const SYNTHETIC_COMMITTEE = { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } };

/** A valid feed without meetings. */
const EMPTY_FEED = { version: '1.0', committee: SYNTHETIC_COMMITTEE, meetings: [] };

/** Three meetings; the second has an impossible `start` and is left out with a warning. */
const PARTLY_INVALID_FEED = {
  version: '1.0',
  committee: SYNTHETIC_COMMITTEE,
  people: [{ id: 'test-person-a', name: { ar: 'شخص اختباري أ', en: 'Test Person A' } }],
  meetings: [
    {
      id: 'syn-1',
      number: 1,
      status: 'held',
      mode: 'virtual',
      start: '2030-01-15',
      host: { state: 'GS' },
      summary: { ar: 'ملخص اختباري للاجتماع الأول.', en: 'Synthetic summary of the first meeting.' },
    },
    {
      id: 'syn-2',
      number: 2,
      status: 'held',
      start: '2030-02-30T25:00:00+03:00',
      host: { state: 'BH' },
    },
    {
      id: 'syn-3',
      number: 3,
      status: 'scheduled',
      mode: 'in-person',
      start: '2031-03-10T10:00:00+04:00',
      timeZone: 'Asia/Muscat',
      host: { state: 'OM' },
      venue: { name: { ar: 'قاعة اختبارية', en: 'Synthetic Hall' }, city: { ar: 'مدينة اختبارية', en: 'Test City' } },
      participants: [{ person: 'test-person-a', role: 'chair' }],
    },
  ],
};

/** Every feed text in one language only: `only` is `ar` or `en`. */
function oneLanguageFeed(only: 'ar' | 'en'): unknown {
  const t = (ar: string, en: string) => ({ [only]: only === 'ar' ? ar : en });
  return {
    version: '1.0',
    committee: { id: 'synthetic-committee', name: t('لجنة اختبارية', 'Synthetic Committee') },
    people: [{ id: 'test-person-a', name: t('شخص اختباري أ', 'Test Person A'), title: t('صفة اختبارية', 'Test Title') }],
    meetings: [
      {
        id: 'syn-7',
        number: 7,
        status: 'held',
        mode: 'hybrid',
        start: '2030-05-20',
        timeZone: 'Asia/Dubai',
        title: t('الاجتماع الاختباري السابع', 'Seventh synthetic meeting'),
        host: { state: 'AE' },
        venue: { name: t('قاعة اختبارية', 'Synthetic Hall'), city: t('مدينة اختبارية', 'Test City') },
        participants: [{ person: 'test-person-a', role: 'chair' }],
        summary: t('ملخص اختباري مكتوب بلغة واحدة فقط.', 'A synthetic summary written in one language only.'),
        outcomes: [t('نتيجة اختبارية أولى.', 'First synthetic outcome.')],
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
 * that restores it.
 *
 * The widgets share one request per URL, so each story uses its own query
 * (`?story=…`): on the Docs page the Loading and timeout stories must not share
 * one request (and one timeout).
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

const meta: Meta<MeetingCardArgs> = {
  title: 'Widgets/Meeting card',
  component: 'meeting-card',
  render: (args) =>
    html`<meeting-card
      src=${ifDefined(args.src)}
      meeting=${ifDefined(args.meeting)}
      variant=${ifDefined(args.variant)}
      calendar=${ifDefined(args.calendar)}
      numerals=${ifDefined(args.numerals)}
      heading-level=${ifDefined(args['heading-level'])}
      theme=${ifDefined(args.theme)}
      timeout=${ifDefined(args.timeout)}
      retries=${ifDefined(args.retries)}
      lang=${ifDefined(args.lang)}
      .feed=${args.feed}
      @majlis-load=${args.onMajlisLoad}
      @majlis-error=${args.onMajlisError}
      @majlis-calendar=${args.onMajlisCalendar}
    ></meeting-card>`,
  argTypes: {
    src: { control: 'text' },
    feed: { control: 'object' },
    meeting: { control: 'text' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    calendar: { control: 'inline-radio', options: ['gregory', 'islamic-umalqura', 'both'] },
    numerals: { control: 'inline-radio', options: ['latn', 'arab'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: false, description: 'Set from the Theme toolbar.' },
    timeout: { control: 'number' },
    retries: { control: { type: 'number', min: 0 } },
    lang: { control: 'text', description: "The widget's own language; by default it follows the page (the Language toolbar)." },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One committee meeting, Arabic-first. Use the toolbar to switch the page language and direction, the calendar, the numerals and the theme (light, dark, or a member-state accent through `--majlis-accent`).',
      },
    },
  },
};

export default meta;

// ---------------------------------------------------------------------------
// The demo feed
// ---------------------------------------------------------------------------

/** The 26th meeting of the demo feed, in Arabic (the default language). */
export const Arabic: Story = {
  name: '26th meeting (Arabic)',
  args: { src: DEMO_FEED, meeting: 'egov-exec-26' },
  globals: { locale: 'ar' },
};

/** The same meeting in English: the page around the widget is `lang="en"`. */
export const English: Story = {
  name: '26th meeting (English)',
  args: { src: DEMO_FEED, meeting: 'egov-exec-26' },
  globals: { locale: 'en' },
};

/** The 22nd meeting: held by video conference; its date is not recorded in the feed. */
export const Meeting22: Story = {
  name: '22nd meeting',
  args: { src: DEMO_FEED, meeting: 'egov-exec-22' },
};

/** `variant="compact"`: the heading, status, mode, date, host, venue and actions; no participants, body, summary, outcomes, documents or sources. */
export const Compact: Story = {
  args: { src: DEMO_FEED, meeting: 'egov-exec-26', variant: 'compact' },
};

/**
 * `calendar="both"`: the Gregorian date with the Hijri (Umm al-Qura) date. The seed reports give neither meeting
 * of the demo feed a date, so this story shows the synthetic fixture's dated meeting.
 */
export const HijriCalendar: Story = {
  name: 'Hijri calendar (both)',
  args: { src: SYNTHETIC_FEED, meeting: 'm-6', calendar: 'both' },
};

/** `numerals="arab"`: Arabic-Indic digits (٠-٩), the default in Arabic. */
export const ArabicIndicNumerals: Story = {
  name: 'Numerals: Arabic-Indic',
  args: { src: DEMO_FEED, meeting: 'egov-exec-26', numerals: 'arab' },
};

/** `numerals="latn"`: Latin digits (0-9) in an Arabic card, as many GCC portals prefer. */
export const LatinNumerals: Story = {
  name: 'Numerals: Latin',
  args: { src: DEMO_FEED, meeting: 'egov-exec-26', numerals: 'latn' },
};

/** A widget with its own `lang="en"` on an Arabic page: the widget is English and left to right. */
export const EnglishWidgetOnArabicPage: Story = {
  name: 'English widget on an Arabic page',
  args: { src: DEMO_FEED, meeting: 'egov-exec-26', variant: 'compact', lang: 'en' },
  globals: { locale: 'ar', direction: 'auto' },
};

// ---------------------------------------------------------------------------
// States
// ---------------------------------------------------------------------------

/**
 * The loading skeleton, shown while a `src` request is pending.
 *
 * A static Storybook cannot keep an HTTP request open, so this story's
 * `beforeEach` replaces `fetch` for `feeds/__pending__.json` (any query) with a
 * request that never answers (it only ends when the widget aborts it on
 * removal); every other request is untouched and the widget's own loading code
 * runs unchanged. `timeout` is raised (about 23 days) so that the skeleton does
 * not turn into the timeout error.
 */
export const Loading: Story = {
  args: { src: `${PENDING_FEED}?story=loading`, timeout: 2_000_000_000 },
  beforeEach: () => holdPendingFeed(),
  parameters: {
    docs: {
      description: {
        story:
          'Skeleton while the `src` request is pending. A static Storybook cannot hold a request open, so this story stubs `fetch` for `feeds/__pending__.json` (any query) with a request that never answers (until the widget aborts it); `timeout` is raised so that the skeleton stays.',
      },
    },
  },
};

/**
 * Loading on a page that reserves the card's height (README, "No layout shift"): the placeholder fills the
 * reserved block, so nothing below moves when the feed arrives.
 */
export const LoadingReserved: Story = {
  name: 'Loading, height reserved',
  args: { src: `${PENDING_FEED}?story=loading-reserved`, timeout: 2_000_000_000 },
  beforeEach: () => holdPendingFeed(),
  render: (args, context) =>
    html`<style>
        .reserved meeting-card {
          display: block;
          min-block-size: 30rem;
          --majlis-reserve: 30rem;
        }
      </style>
      <div class="reserved">${meta.render!(args, context)}</div>
      <p dir="auto">Synthetic text after the card: it stays where it is when the feed arrives.</p>`,
  parameters: {
    docs: {
      description: {
        story:
          'The page gives the card `display: block; min-block-size: 30rem; --majlis-reserve: 30rem` (the height it measured): the loading placeholder fills the reserved block, and the widget never gets shorter than it once loaded.',
      },
    },
  },
};

/** The same never-answering request with `timeout="3000"` and `retries="0"`: after 3 s the timeout error with "Try again". */
export const ErrorTimeout: Story = {
  name: 'Error: timeout',
  args: { src: `${PENDING_FEED}?story=timeout`, timeout: 3000, retries: 0 },
  beforeEach: () => holdPendingFeed(),
  parameters: {
    docs: {
      description: {
        story: 'Same stubbed never-answering request as the Loading story, with `timeout="3000"` and `retries="0"` (a timeout is otherwise retried): the skeleton turns into the timeout error after 3 seconds.',
      },
    },
  },
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

/** A feed of a newer major version than the widget reads. */
export const ErrorUnsupportedVersion: Story = {
  name: 'Error: unsupported version',
  args: { feed: { version: '2.0', committee: { id: 'x', name: 'x' } } },
};

/**
 * No `src`, no inline JSON child and no `feed` property. The message comes 3 seconds after the page's load (a
 * script may still be fetching the feed it will set); until then the widget shows that it is loading.
 */
export const ErrorNoSource: Story = {
  name: 'Error: no source',
  args: {},
};

/** A valid feed with no meetings. */
export const Empty: Story = {
  args: { feed: EMPTY_FEED },
};

/** A `meeting` id that the feed does not have. */
export const MeetingNotFound: Story = {
  name: 'Meeting not in the feed',
  args: { src: SYNTHETIC_FEED, meeting: 'm-404' },
};

/** One of three meetings has an impossible `start`; it is left out and a notice says so. */
export const PartlyInvalid: Story = {
  name: 'Partly invalid feed',
  args: { feed: PARTLY_INVALID_FEED, meeting: 'syn-3' },
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

// ---------------------------------------------------------------------------
// The synthetic fixture feed
// ---------------------------------------------------------------------------

/** Synthetic fixture, meeting m-5: every section filled (chair, summary, outcomes, documents, sources). */
export const SyntheticHeld: Story = {
  name: 'Synthetic feed: held meeting (m-5)',
  args: { src: SYNTHETIC_FEED, meeting: 'm-5' },
};

/** Synthetic fixture, meeting m-6: scheduled, with a time and zone, and "Add to calendar". */
export const SyntheticScheduled: Story = {
  name: 'Synthetic feed: scheduled meeting (m-6)',
  args: { src: SYNTHETIC_FEED, meeting: 'm-6' },
};
