import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/working-group-roster.js';
import rosterFixture from '../test/fixtures/working-group-roster/roster.json';

/**
 * Stories of `<working-group-roster>`.
 *
 * Feeds by URL are served by Storybook itself (see `.storybook/main.ts`):
 * `feeds/` is the demo feed folder (`demo/feeds`), `fixtures/` the synthetic
 * test fixtures (`test/fixtures`). The URLs are relative to the preview page,
 * so the stories also work when the built Storybook is published under a sub-path.
 *
 * The demo feed's five working groups list no members (the reports name
 * none), so most stories use the synthetic roster fixture
 * (`test/fixtures/working-group-roster/roster.json`: "Test Person A",
 * "شخص اختباري أ", example.org), viewed on 1 June 2030 — the date its
 * terms are written around (one member has left, one has not begun yet).
 *
 * Language, direction, calendar, numerals and theme come from the toolbar
 * (see `.storybook/preview.ts`); stories that need English pin `locale: 'en'`.
 */

const DEMO_FEED = 'feeds/gcc-egov.json';
/** A URL that this Storybook never answers (see the Loading story). */
const PENDING_FEED = 'feeds/__pending__.json';
/** The clock of the synthetic roster stories. */
const FIXTURE_NOW = '2030-06-01T09:00:00+03:00';

interface RosterArgs {
  src?: string;
  feed?: unknown;
  group?: string;
  'group-by'?: 'state' | 'role' | 'none';
  state?: string;
  query?: string;
  'show-former'?: boolean;
  expanded?: boolean;
  calendar?: 'gregory' | 'islamic-umalqura' | 'both';
  numerals?: 'latn' | 'arab';
  'heading-level'?: number;
  theme?: 'auto' | 'light' | 'dark';
  timeout?: number;
  lang?: string;
  /** ISO date-time of the clock (the `now` property); default: the real time. */
  now?: string;
  /** Width of the container around the widget, e.g. `360px` (the layout follows it). */
  width?: string;
  onMajlisLoad?: (e: Event) => void;
  onMajlisError?: (e: Event) => void;
  onMajlisNavigate?: (e: Event) => void;
}

type Story = StoryObj<RosterArgs>;

// ---------------------------------------------------------------------------
// Synthetic feeds
// ---------------------------------------------------------------------------

type Json = Record<string, unknown>;
type Feed = Json & { workingGroups?: (Json & { members?: Json[] })[] };

/** The synthetic roster fixture, with the photo URL made relative to this Storybook (`fixtures/`). */
function syntheticRoster(): Feed {
  const feed = structuredClone(rosterFixture) as unknown as Feed;
  for (const g of feed.workingGroups ?? []) {
    for (const m of g.members ?? []) if (typeof m['image'] === 'string') m['image'] = 'fixtures/working-group-roster/photo.svg';
  }
  return feed;
}

const SYNTHETIC_COMMITTEE = { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } };

/** A valid feed without working groups. */
const EMPTY_FEED = { version: '1.0', committee: SYNTHETIC_COMMITTEE, workingGroups: [] };

/** Two groups; one member has an unknown role and a group has an impossible date: both are left out with warnings. */
const PARTLY_INVALID_FEED = {
  version: '1.0',
  committee: SYNTHETIC_COMMITTEE,
  workingGroups: [
    {
      id: 'syn-a',
      name: { ar: 'فريق عمل اختباري', en: 'Synthetic Working Group' },
      kind: 'working-group',
      status: 'active',
      members: [
        { name: { ar: 'شخص اختباري أ', en: 'Test Person A' }, state: 'BH', role: 'chair' },
        { name: { ar: 'شخص اختباري ب', en: 'Test Person B' }, state: 'OM', role: 'president' },
        { name: { ar: 'شخص اختباري ج', en: 'Test Person C' }, state: 'QA' },
      ],
    },
    { id: 'syn-b', name: { ar: 'فريق اختباري معطوب', en: 'Broken Synthetic Team' }, kind: 'team', established: '2030-13-01' },
  ],
};

/** Every feed text in one language only: `only` is `ar` or `en`. */
function oneLanguageFeed(only: 'ar' | 'en'): unknown {
  const t = (ar: string, en: string) => ({ [only]: only === 'ar' ? ar : en });
  return {
    version: '1.0',
    committee: { id: 'synthetic-committee', name: t('لجنة اختبارية', 'Synthetic Committee') },
    people: [{ id: 'test-person-a', name: t('شخص اختباري أ', 'Test Person A'), title: t('صفة اختبارية', 'Test Title'), state: 'KW' }],
    workingGroups: [
      {
        id: 'syn-one',
        name: t('فريق عمل اختباري بلغة واحدة', 'Single-language Synthetic Working Group'),
        kind: 'working-group',
        parent: t('لجنة اختبارية', 'Synthetic Committee'),
        mandate: t('مهام اختبارية مكتوبة بلغة واحدة فقط.', 'A synthetic mandate written in one language only.'),
        status: 'active',
        established: '2029-10-01',
        members: [
          { person: 'test-person-a', role: 'chair' },
          { name: t('شخص اختباري ب', 'Test Person B'), state: 'SA', role: 'member' },
        ],
      },
    ],
  };
}

/** Names that try to break the layout: 220 characters without a space, and Arabic with Latin and digits. */
function hostileFeed(): Feed {
  const long = `${'لجنة'.repeat(30)}${'X'.repeat(100)}`;
  const mixed = 'شخص اختباري Test-Ω 2030 مختلط ABC-123 ثم عربي';
  const feed = syntheticRoster();
  const alpha = feed.workingGroups![0]!;
  alpha['name'] = { ar: long, en: long };
  alpha.members!.push(
    { name: { ar: long, en: long }, state: 'KW', role: 'member', email: `${'a'.repeat(60)}@example.org`, url: `https://example.org/${'p'.repeat(200)}` },
    { name: { ar: mixed, en: mixed }, state: 'KW', role: 'observer', since: '2029-01-01' },
  );
  return feed;
}

/** Arabic-Indic digits for the Arabic names of the large roster. */
const arDigits = (s: string) => s.replace(/[0-9]/gu, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);

/** A large synthetic roster: 24 groups of 6–40 members each (plainly synthetic names). */
function largeFeed(): unknown {
  const states = ['AE', 'BH', 'SA', 'OM', 'QA', 'KW', 'GS'];
  const roles = ['member', 'member', 'member', 'rapporteur', 'observer'];
  const kinds = ['working-group', 'committee', 'team'];
  return {
    version: '1.0',
    committee: SYNTHETIC_COMMITTEE,
    workingGroups: Array.from({ length: 24 }, (_, g) => ({
      id: `syn-${g + 1}`,
      name: { ar: arDigits(`فريق العمل الاختباري رقم ${g + 1}`), en: `Synthetic Working Group ${g + 1}` },
      kind: kinds[g % 3],
      status: g % 7 === 6 ? 'dissolved' : 'active',
      established: `20${20 + (g % 10)}-0${1 + (g % 9)}-15`,
      members: Array.from({ length: 6 + ((g * 17) % 35) }, (_, i) => ({
        name: { ar: arDigits(`شخص اختباري ${g + 1}-${i + 1}`), en: `Test Person ${g + 1}-${i + 1}` },
        state: states[(i + g) % 7 === 5 && g % 2 ? 6 : (i + g) % 7],
        role: i === 0 ? 'chair' : i === 1 ? 'vice-chair' : roles[i % roles.length],
        since: '2029-01-01',
        ...(i % 11 === 10 ? { until: '2029-12-31' } : {}),
      })),
    })),
  };
}

// ---------------------------------------------------------------------------
// Loading: a request that never answers
// ---------------------------------------------------------------------------

/**
 * Replaces `fetch` for {@link PENDING_FEED} only with a request that stays
 * pending until it is aborted (as the widget does when it is removed). Every
 * other request goes to the real `fetch`. Returns the cleanup that restores it.
 */
function holdPendingFeed(): () => void {
  const realFetch = window.fetch;
  const pending = new URL(PENDING_FEED, document.baseURI).href;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url, document.baseURI).href !== pending) return realFetch(input, init);
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

const renderRoster = (args: RosterArgs) =>
  html`<working-group-roster
    src=${ifDefined(args.src)}
    group=${ifDefined(args.group)}
    group-by=${ifDefined(args['group-by'])}
    state=${ifDefined(args.state)}
    query=${ifDefined(args.query)}
    ?show-former=${args['show-former']}
    ?expanded=${args.expanded}
    calendar=${ifDefined(args.calendar)}
    numerals=${ifDefined(args.numerals)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    timeout=${ifDefined(args.timeout)}
    lang=${ifDefined(args.lang)}
    .feed=${args.feed}
    .now=${args.now ? new Date(args.now) : undefined}
    @majlis-load=${args.onMajlisLoad}
    @majlis-error=${args.onMajlisError}
    @majlis-navigate=${args.onMajlisNavigate}
  ></working-group-roster>`;

const meta: Meta<RosterArgs> = {
  title: 'Widgets/Working group roster',
  component: 'working-group-roster',
  render: (args) => (args.width ? html`<div style="inline-size: ${args.width}; max-inline-size: 100%">${renderRoster(args)}</div>` : renderRoster(args)),
  argTypes: {
    src: { control: 'text' },
    feed: { control: 'object' },
    group: { control: 'text' },
    'group-by': { control: 'inline-radio', options: ['state', 'role', 'none'] },
    state: { control: 'text', description: 'Member-state codes separated by commas, e.g. `OM,KW`.' },
    query: { control: 'text' },
    'show-former': { control: 'boolean' },
    expanded: { control: 'boolean' },
    calendar: { control: 'inline-radio', options: ['gregory', 'islamic-umalqura', 'both'] },
    numerals: { control: 'inline-radio', options: ['latn', 'arab'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: false, description: 'Set from the Theme toolbar.' },
    timeout: { control: 'number' },
    lang: { control: 'text', description: "The widget's own language; by default it follows the page (the Language toolbar)." },
    now: { control: 'text', description: 'The clock (`now` property), as an ISO date-time. Former and not-yet-begun terms are judged against it.' },
    width: { control: 'text', description: 'Width of the container around the widget (the layout follows the container, not the window).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Working groups, committees and teams with their members by member state, Arabic-first. A table on wide containers (from 40rem), a list on narrow ones. Use the toolbar to switch the page language and direction, the calendar, the numerals and the theme.',
      },
    },
  },
};

export default meta;

// ---------------------------------------------------------------------------
// The demo feed (its five groups list no members)
// ---------------------------------------------------------------------------

/** The demo feed's working groups in Arabic: names and kinds; the reports name no members. */
export const DemoArabic: Story = {
  name: 'Demo feed (Arabic)',
  args: { src: DEMO_FEED },
  globals: { locale: 'ar' },
};

/** The same in English. */
export const DemoEnglish: Story = {
  name: 'Demo feed (English)',
  args: { src: DEMO_FEED },
  globals: { locale: 'en' },
};

/** One group of the demo feed (`group="wg-national-certs"`): its facts and "No members listed". */
export const DemoOneGroup: Story = {
  name: 'Demo feed: one group',
  args: { src: DEMO_FEED, group: 'wg-national-certs' },
};

// ---------------------------------------------------------------------------
// The synthetic roster
// ---------------------------------------------------------------------------

/** Every group of the synthetic roster, members open (`expanded`): search box, state chips, disclosure per group. */
export const AllGroups: Story = {
  name: 'All groups (Arabic)',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, expanded: true },
  globals: { locale: 'ar' },
};

/** The same in English. */
export const AllGroupsEnglish: Story = {
  name: 'All groups (English)',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, expanded: true },
  globals: { locale: 'en' },
};

/** The list of all groups as it first appears: members closed behind each group's disclosure button. */
export const AllGroupsCollapsed: Story = {
  name: 'All groups, closed',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW },
};

/** `group="wg-alpha"`, grouped by member state (the default): the committee's order, Kuwait's vacancy said, members without a state last. */
export const ByState: Story = {
  name: 'One group by state (default)',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, group: 'wg-alpha' },
};

/** The same group in English. */
export const ByStateEnglish: Story = {
  name: 'One group by state (English)',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, group: 'wg-alpha' },
  globals: { locale: 'en' },
};

/** `group-by="role"`: chair, vice-chair, rapporteur, members, observers. */
export const ByRole: Story = {
  name: 'One group by role',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, group: 'wg-alpha', 'group-by': 'role' },
};

/** `group-by="none"`: one list in the feed's order, with role and state columns. */
export const NoGrouping: Story = {
  name: 'One group, no grouping',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, group: 'wg-alpha', 'group-by': 'none' },
};

/** `show-former`: former members (term ended before today) listed apart, with their terms. */
export const FormerMembers: Story = {
  name: 'Former members shown',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, expanded: true, 'show-former': true },
};

/** `state="OM,KW"`: only Oman and Kuwait; Kuwait's vacancy is said in every group that has members. */
export const StateFilter: Story = {
  name: 'Filter: Oman and Kuwait',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, state: 'OM,KW' },
};

/** `query="هيئه الحكومه"`: found without hamza or tāʾ marbūṭa (the shared Arabic-aware search). */
export const SearchArabic: Story = {
  name: 'Search: Arabic without ة',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, query: 'هيئه الحكومه' },
};

/** `query="test delegate"` in an Arabic widget: the English side of the feed's names matches too. */
export const SearchEnglishSide: Story = {
  name: 'Search: English name in Arabic',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, query: 'test delegate' },
};

/** A search that finds nothing: says so, with "Clear search and filter". */
export const SearchNoResults: Story = {
  name: 'Search: nothing found',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, query: 'لا يوجد' },
};

/** A transferred group on its own: "Tasks transferred to" links to `#group-wg-gamma`. */
export const Transferred: Story = {
  name: 'Transferred group',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, group: 'wg-beta', 'show-former': true },
};

/** A transferred group next to the full roster: following the link reveals, opens and focuses the receiving group in the other widget. */
export const TransferredWithRoster: Story = {
  name: 'Transferred group links to the roster',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW },
  render: (args) => html`<div style="display: grid; gap: 1.5rem">
    ${renderRoster({ ...args, group: 'wg-beta' })} ${renderRoster({ ...args, 'heading-level': 3 })}
  </div>`,
};

/** A 360px container: the list layout with labelled rows. */
export const Narrow: Story = {
  name: 'Narrow container (360px)',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, group: 'wg-alpha', 'show-former': true, width: '360px' },
};

/** `calendar="both"`: Gregorian dates with the Hijri (Umm al-Qura) date. */
export const HijriCalendar: Story = {
  name: 'Hijri calendar (both)',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, group: 'wg-alpha', calendar: 'both' },
};

/** `numerals="latn"`: Latin digits in an Arabic roster. */
export const LatinNumerals: Story = {
  name: 'Numerals: Latin',
  args: { feed: syntheticRoster(), now: FIXTURE_NOW, group: 'wg-alpha', numerals: 'latn' },
};

/** Names of 220 characters without a space and mixed-direction names: they wrap and stay isolated, in both layouts. */
export const HostileNames: Story = {
  name: 'Long and mixed-direction names',
  args: { feed: hostileFeed(), now: FIXTURE_NOW, group: 'wg-alpha' },
};

/** The same in a 360px container. */
export const HostileNamesNarrow: Story = {
  name: 'Long and mixed-direction names (360px)',
  args: { feed: hostileFeed(), now: FIXTURE_NOW, group: 'wg-alpha', width: '360px' },
};

/** 24 synthetic groups of up to 40 members each. */
export const Large: Story = {
  name: 'Large synthetic roster',
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
  args: { src: PENDING_FEED, timeout: 2_000_000_000 },
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

/** A valid feed with no working groups. */
export const Empty: Story = {
  args: { feed: EMPTY_FEED },
};

/** A `group` id that the feed does not have. */
export const GroupNotFound: Story = {
  name: 'Group not in the feed',
  args: { feed: syntheticRoster(), group: 'wg-404' },
};

/** A member with an unknown role and a group with an impossible date are left out; a notice says so. */
export const PartlyInvalid: Story = {
  name: 'Partly invalid feed',
  args: { feed: PARTLY_INVALID_FEED, expanded: true },
};

/** Feed texts only in Arabic, viewed in English: the Arabic texts are shown, marked `lang="ar"`. */
export const FallbackToArabic: Story = {
  name: 'Fallback: Arabic-only feed in English',
  args: { feed: oneLanguageFeed('ar'), group: 'syn-one', now: FIXTURE_NOW },
  globals: { locale: 'en' },
};

/** Feed texts only in English, viewed in Arabic: the English texts are shown, marked `lang="en"`. */
export const FallbackToEnglish: Story = {
  name: 'Fallback: English-only feed in Arabic',
  args: { feed: oneLanguageFeed('en'), group: 'syn-one', now: FIXTURE_NOW },
  globals: { locale: 'ar' },
};
