import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/initiative-tracker.js';
import '../../src/define/working-group-roster.js';
import { InitiativeTracker } from '../../src/components/initiative-tracker/initiative-tracker.js';
import { arabicFeminineOrdinal, arabicPhaseTotal } from '../../src/components/initiative-tracker/initiative-tracker.labels.js';
import {
  collatorFor,
  dayOf,
  initiativeMeetings,
  milestoneState,
  parseGroupBy,
  parseSort,
  parseStates,
  parseStatuses,
  parseTracks,
  trackerModel,
  trackSlug,
} from '../../src/components/initiative-tracker/initiative-tracker.model.js';
import type { WorkingGroupRoster } from '../../src/components/working-group-roster/working-group-roster.js';
import type { MajlisNavigateDetail } from '../../src/base/majlis-element.js';
import type { Feed } from '../../src/feed/schema.js';
import { $, $$, fresh, mount, settle, text, timeoutAfter, withEveryCardRendered } from '../helpers.js';

type Json = Record<string, unknown>;
type Fixture = Json & { initiatives: (Json & { id: string })[]; meetings: Json[] };

/**
 * The fixture's clock. Against it: init-a has one milestone done, one overdue
 * (due 30 April 2030), one due (30 September 2030) and one without a date;
 * init-f has one overdue (1 February 2030) and one due today (1 June 2030).
 */
const NOW = new Date('2030-06-01T09:00:00Z');

let fixture: Fixture;
before(async () => {
  fixture = await (await fetch('/test/fixtures/initiative-tracker/initiatives.json')).json();
});
const clone = () => structuredClone(fixture);
afterEach(() => {
  // A test that followed a link leaves a hash; the next widgets would reveal it on load.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

/** A container of a given width (px), in the page. */
function box(width: number, attrs: Record<string, string> = {}): HTMLElement {
  const div = document.createElement('div');
  div.style.inlineSize = `${width}px`;
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  document.body.append(div);
  return div;
}

async function show(attrs: Record<string, string> = {}, opts: { feed?: unknown; now?: Date; width?: number; parent?: HTMLElement } = {}): Promise<InitiativeTracker> {
  const { el } = mount<InitiativeTracker>('initiative-tracker', attrs, {
    feed: opts.feed ?? clone(),
    parent: opts.parent ?? box(opts.width ?? 1000),
    beforeAppend: (e) => {
      e.now = opts.now ?? NOW;
    },
  });
  await settle(el);
  return el;
}

/** Text with whitespace folded and bidi marks (ALM, LRM, RLM, isolates) removed. */
const fold = (s: string | null | undefined) => (s ?? '').replace(/[\u061c\u200e\u200f\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim();
/** The article of an initiative (its first occurrence). */
const card = (el: Element, id: string) => $(el, `#initiative-${id}`)!;
/** Initiative ids in each block, in order: `{ "<block title>": [ids] }`. */
function blocks(el: Element): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const g of $$(el, '[part="group"]')) {
    out[fold(g.querySelector('[part="group-title"]')!.textContent)] = [...g.querySelectorAll<HTMLElement>('[part="initiative"]')].map((a) => a.dataset['id']!.replace('init-', ''));
  }
  return out;
}
/** Every initiative shown, in order (an initiative under two lead states twice). */
const shownIds = (el: Element) => $$(el, '[part="initiative"]').map((a) => a.dataset['id']!.replace('init-', ''));
const chip = (el: Element, filter: string, value: string) => $<HTMLButtonElement>(el, `[part="chip"][data-filter="${filter}"][data-value="${value}"]`)!;
const pressed = (el: Element, filter: string) => $$(el, `[part="chip"][data-filter="${filter}"][aria-pressed="true"]`).map((c) => c.dataset['value']);
const milestoneLines = (el: Element, id: string) =>
  [...card(el, id).querySelectorAll<HTMLElement>('[part="milestone"]')].map((m) => `${m.dataset['state']}: ${fold(m.textContent)}`);
const meetingLinks = (el: Element, id: string) =>
  [...card(el, id).querySelectorAll<HTMLAnchorElement>('[part="meeting"]')].map((a) => `${a.getAttribute('href')} ${fold(a.textContent)}`);
const toggleOf = (el: Element, id: string) => card(el, id).querySelector<HTMLButtonElement>('[part="details-toggle"]')!;
const detailsOf = (el: Element, id: string) => card(el, id).querySelector<HTMLElement>('[part="details"]')!;

/** Clicks a link, and reports whether the page's default action (following the href) was prevented. */
function clickLink(a: HTMLAnchorElement): boolean {
  let prevented = false;
  const spy = (e: Event) => {
    prevented = e.defaultPrevented;
    e.preventDefault();
  };
  document.addEventListener('click', spy);
  try {
    a.click();
  } finally {
    document.removeEventListener('click', spy);
  }
  return prevented;
}

describe('<initiative-tracker>', () => {
  describe('languages and directions', () => {
    it('renders in Arabic, right to left: phase in words, progress and relative time in Arabic-Indic digits, titles in <bdi>', async () => {
      const el = await show({});
      const base = $(el, '[part="base"]')!;
      expect(base.lang).to.equal('ar');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      const a = card(el, 'init-a');
      expect(a.querySelector('[part="title"] bdi')!.textContent).to.equal('مبادرة الهوية الرقمية الاختبارية');
      expect(fold(a.querySelector('[part="status"]')!.textContent)).to.equal('قيد التنفيذ');
      expect(fold(a.querySelector('[part="phase"]')!.textContent)).to.equal('المرحلة الثالثة من أربع');
      expect(fold(a.querySelector('.progress-text')!.textContent)).to.equal('مكتمل بنسبة ٤٥٪');
      expect(fold(a.querySelector('[part="updated"]')!.textContent)).to.equal('آخر تحديث قبل ٣ أشهر');
      expect(fold(a.querySelector('.lead')!.textContent)).to.equal('بقيادة الإمارات العربية المتحدة، سلطنة عُمان');
      for (const t of $$(el, '[part="title"]')) expect(t.querySelector('bdi'), fold(t.textContent)).to.exist;
      expect(fold($(el, '[part="total"]')!.textContent)).to.equal('عدد المبادرات: ٨');
    });

    it('renders in English, left to right, inside an RTL page', async () => {
      const el = await show({ lang: 'en' });
      const base = $(el, '[part="base"]')!;
      expect(base.dir).to.equal('ltr');
      expect(getComputedStyle(base).direction).to.equal('ltr');
      const a = card(el, 'init-a');
      expect(fold(a.querySelector('[part="status"]')!.textContent)).to.equal('In progress');
      expect(fold(a.querySelector('[part="phase"]')!.textContent)).to.equal('Phase 3 of 4');
      expect(fold(a.querySelector('.progress-text')!.textContent)).to.equal('45% complete');
      expect(fold(a.querySelector('[part="updated"]')!.textContent)).to.equal('Updated 3 months ago');
      expect(fold(a.querySelector('.lead')!.textContent)).to.equal('Led by United Arab Emirates, Sultanate of Oman');
    });

    it('an Arabic widget in a left-to-right container is laid out left to right, and back', async () => {
      const parent = box(1000, { dir: 'ltr' });
      const el = await show({}, { parent });
      expect($(el, '[part="base"]')!.lang).to.equal('ar');
      expect(getComputedStyle($(el, '[part="base"]')!).direction).to.equal('ltr');
      parent.setAttribute('dir', 'rtl');
      await new Promise((r) => setTimeout(r, 0));
      await settle(el);
      expect(getComputedStyle($(el, '[part="base"]')!).direction).to.equal('rtl');
    });

    it('mirrors the disclosure chevron in RTL but not in LTR; the chip checkmark and status icons are never mirrored', async () => {
      const ar = await show({ status: 'proposed' });
      const en = await show({ status: 'proposed', lang: 'en' });
      expect(getComputedStyle($(ar, '[part="details-toggle"] .chevron')!).scale).to.equal('-1 1');
      expect(getComputedStyle($(en, '[part="details-toggle"] .chevron')!).scale).to.equal('none');
      expect(getComputedStyle($(ar, '[part="chip"] .check')!).scale).to.equal('none');
      expect(getComputedStyle($(ar, '[part="status"] .icon')!).scale).to.equal('none');
    });

    it('the progress bar fills from the inline start: the right in Arabic, the left in English', async () => {
      for (const lang of ['ar', 'en']) {
        const el = await show({ lang });
        const meter = card(el, 'init-a').querySelector('.meter')!.getBoundingClientRect();
        const fill = card(el, 'init-a').querySelector('.fill')!.getBoundingClientRect();
        expect(fill.width / meter.width).to.be.closeTo(0.45, 0.02);
        if (lang === 'ar') expect(fill.right).to.be.closeTo(meter.right, 1.5);
        else expect(fill.left).to.be.closeTo(meter.left, 1.5);
      }
    });

    it('numerals="latn" gives Latin digits in Arabic', async () => {
      const el = await show({ numerals: 'latn' });
      expect(fold(card(el, 'init-a').querySelector('.progress-text')!.textContent)).to.equal('مكتمل بنسبة 45%');
      expect(fold(card(el, 'init-e').querySelector('[part="phase"]')!.textContent)).to.equal('المرحلة 12 من 14');
    });
  });

  describe('summary', () => {
    it('counts the initiatives and each status, with a stacked bar whose text equivalent is the legend', async () => {
      const el = await show({ lang: 'en' });
      expect(fold($(el, '[part="total"]')!.textContent)).to.equal('Initiatives: 8');
      expect($(el, '[part="total"]')!.getAttribute('role')).to.equal('status');
      expect($$(el, '[part="legend"] li').map((li) => fold(li.textContent))).to.deep.equal([
        'Proposed: 2',
        'Under study: 1',
        'Approved: 1',
        'In progress: 1',
        'Completed: 1',
        'On hold: 1',
        'Cancelled: 1',
      ]);
      // Each status says its name beside an icon, not just a colour.
      for (const li of $$(el, '[part="legend"] li')) expect(li.querySelector('svg.icon')).to.exist;
      const bar = $(el, '[part="bar"]')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      const segs = [...bar.querySelectorAll<HTMLElement>('.seg')];
      expect(segs.map((s) => s.dataset['status'])).to.deep.equal(['proposed', 'under-study', 'approved', 'in-progress', 'completed', 'on-hold', 'cancelled']);
      // Widths follow the counts: "proposed" (2) is twice "approved" (1).
      const w = (s: HTMLElement) => s.getBoundingClientRect().width;
      expect(w(segs[0]!) / w(segs[2]!)).to.be.closeTo(2, 0.1);
      // Different statuses have different colours.
      expect(getComputedStyle(segs[0]!).backgroundColor).not.to.equal(getComputedStyle(segs[1]!).backgroundColor);
    });

    it('counts what the filters keep, and says "shown of total"', async () => {
      const el = await show({ lang: 'en', track: 'synthetic-track-two' });
      expect(fold($(el, '[part="total"]')!.textContent)).to.equal('Initiatives shown: 3 of 8');
      expect($$(el, '[part="legend"] li').map((li) => fold(li.textContent))).to.deep.equal(['Proposed: 1', 'Under study: 1', 'Completed: 1']);
      const ar = await show({ track: 'synthetic-track-two' });
      expect(fold($(ar, '[part="total"]')!.textContent)).to.equal('المبادرات المعروضة: ٣ من ٨');
      expect(fold($(ar, '[part="legend"] li')!.textContent)).to.equal('مقترحة: ١');
    });
  });

  describe('phase', () => {
    it('Arabic feminine ordinals 1–10 and totals, digits beyond', () => {
      expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => arabicFeminineOrdinal(n))).to.deep.equal([
        'الأولى',
        'الثانية',
        'الثالثة',
        'الرابعة',
        'الخامسة',
        'السادسة',
        'السابعة',
        'الثامنة',
        'التاسعة',
        'العاشرة',
      ]);
      expect(arabicFeminineOrdinal(11)).to.equal(undefined);
      expect(arabicFeminineOrdinal(0)).to.equal(undefined);
      expect(arabicPhaseTotal(2)).to.equal('مرحلتين');
      expect(arabicPhaseTotal(4)).to.equal('أربع');
      expect(arabicPhaseTotal(11)).to.equal(undefined);
    });

    it('"phase N of M" when the total is known, "phase N" otherwise, in both languages', async () => {
      const phases = (el: Element) => Object.fromEntries($$(el, '[part="initiative"]').map((a) => [a.dataset['id'], fold(a.querySelector('[part="phase"]')?.textContent)]));
      expect(phases(await show({}))).to.deep.equal({
        'init-b': 'المرحلة الأولى',
        'init-a': 'المرحلة الثالثة من أربع',
        'init-f': 'المرحلة الثانية من ثلاث',
        'init-h': 'المرحلة الأولى من عشر',
        'init-c': 'المرحلة الثانية من مرحلتين',
        'init-d': '',
        'init-e': 'المرحلة ١٢ من ١٤',
        'init-g': '',
      });
      expect(phases(await show({ lang: 'en' }))).to.deep.equal({
        'init-b': 'Phase 1',
        'init-a': 'Phase 3 of 4',
        'init-f': 'Phase 2 of 3',
        'init-h': 'Phase 1 of 10',
        'init-c': 'Phase 2 of 2',
        'init-d': '',
        'init-e': 'Phase 12 of 14',
        'init-g': '',
      });
    });
  });

  describe('progress', () => {
    it('a reported figure is a progress bar with its value in words', async () => {
      const el = await show({ lang: 'en' });
      const bar = card(el, 'init-a').querySelector<HTMLElement>('[role="progressbar"]')!;
      expect(bar.getAttribute('aria-valuenow')).to.equal('45');
      expect(bar.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar.getAttribute('aria-valuemax')).to.equal('100');
      expect(bar.getAttribute('aria-valuetext')).to.equal('45% complete');
      expect(bar.getAttribute('aria-label')).to.equal('Progress');
      const ar = await show({});
      expect(fold(card(ar, 'init-a').querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext'))).to.equal('مكتمل بنسبة ٤٥٪');
    });

    it('a reported 0% is a bar at 0%; no figure is "Progress not reported", never a 0% bar', async () => {
      const el = await show({ lang: 'en' });
      const zero = card(el, 'init-d');
      expect(zero.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('0');
      expect(fold(zero.querySelector('.progress-text')!.textContent)).to.equal('0% complete');
      for (const id of ['init-b', 'init-g', 'init-h']) {
        const c = card(el, id);
        expect(c.querySelector('[role="progressbar"]'), id).to.not.exist;
        expect(c.querySelector('progress'), id).to.not.exist;
        expect(fold(c.querySelector('[part="progress"]')!.textContent)).to.equal('Progress not reported');
        expect(c.textContent).not.to.contain('%');
      }
      const ar = await show({});
      expect(fold(card(ar, 'init-b').querySelector('[part="progress"]')!.textContent)).to.equal('لم يُعلن مستوى الإنجاز');
    });
  });

  describe('grouping', () => {
    it('by track (default): tracks in the feed\'s order, one-language texts of a track merged with it, then "No track listed"', async () => {
      const el = await show({ lang: 'en' });
      expect(el.getAttribute('group-by')).to.equal('track');
      // init-b's track is the plain string "Synthetic Track One"; init-f's is its Arabic text alone.
      expect(blocks(el)).to.deep.equal({
        'Synthetic Track One (3)': ['b', 'a', 'f'],
        'Synthetic Track Two (3)': ['h', 'c', 'd'],
        'No track listed (2)': ['e', 'g'],
      });
      // The block names the track: the cards do not repeat it.
      expect(card(el, 'init-a').querySelector('.track')).to.not.exist;
      const ar = await show({});
      expect(Object.keys(blocks(ar))).to.deep.equal(['المسار الاختباري الأول (٣)', 'المسار الاختباري الثاني (٣)', 'لم يُحدَّد مسار (٢)']);
    });

    it('by status: in the order of the lifecycle, only statuses that occur; each card keeps its track', async () => {
      const el = await show({ lang: 'en', 'group-by': 'status' });
      expect(blocks(el)).to.deep.equal({
        'Proposed (2)': ['b', 'h'],
        'Under study (1)': ['d'],
        'Approved (1)': ['e'],
        'In progress (1)': ['a'],
        'Completed (1)': ['c'],
        'On hold (1)': ['f'],
        'Cancelled (1)': ['g'],
      });
      expect(fold(card(el, 'init-a').querySelector('.track')!.textContent)).to.equal('Track: Synthetic Track One');
      // init-b's own track text is English only; the track is named in Arabic elsewhere in the feed.
      const ar = await show({ 'group-by': 'status' });
      expect(fold(card(ar, 'init-b').querySelector('.track')!.textContent)).to.equal('المسار: المسار الاختباري الأول');
      expect(fold(card(ar, 'init-f').querySelector('.track')!.textContent)).to.equal('المسار: المسار الاختباري الأول');
    });

    it('by lead state: the committee\'s order; several lead states → under each (one fragment id); none → "No lead state listed"', async () => {
      const el = await show({ lang: 'en', 'group-by': 'state' });
      expect(blocks(el)).to.deep.equal({
        'United Arab Emirates (1)': ['a'],
        'Kingdom of Bahrain (1)': ['b'],
        'Kingdom of Saudi Arabia (1)': ['e'],
        'Sultanate of Oman (2)': ['h', 'a'],
        'State of Qatar (2)': ['h', 'c'],
        'State of Kuwait (1)': ['f'],
        'GCC General Secretariat (1)': ['g'],
        'No lead state listed (1)': ['d'],
      });
      // The first occurrence carries the stable id; every id in the shadow root is unique.
      expect($$(el, '#initiative-init-a')).to.have.length(1);
      expect(card(el, 'init-a').closest('[part="group"]')!.getAttribute('data-group')).to.equal('state-AE');
      const ids = $$(el, '[id]').map((n) => n.id);
      expect(new Set(ids).size).to.equal(ids.length);
      // The block names the lead state: the cards do not repeat it.
      expect(card(el, 'init-a').querySelector('.lead')).to.not.exist;
      const ar = await show({ 'group-by': 'state' });
      expect(Object.keys(blocks(ar)).at(-1)).to.equal('لم تُحدَّد دولة قائدة (١)');
    });

    it('the feed\'s own state order orders the blocks; an unknown group-by value is "track"', async () => {
      const feed = clone();
      feed['states'] = [{ id: 'KW' }, { id: 'QA' }];
      const el = await show({ lang: 'en', 'group-by': 'state' }, { feed });
      expect(Object.keys(blocks(el)).slice(0, 3)).to.deep.equal(['State of Kuwait (1)', 'State of Qatar (2)', 'United Arab Emirates (1)']);
      const odd = await show({ lang: 'en', 'group-by': 'colour' });
      expect(Object.keys(blocks(odd))[0]).to.equal('Synthetic Track One (3)');
      expect(parseGroupBy('state')).to.equal('state');
      expect(parseGroupBy(null)).to.equal('track');
    });

    it('the "Group by" menu sets the group-by attribute', async () => {
      const el = await show({ lang: 'en' });
      const select = $<HTMLSelectElement>(el, '[part="group-by"]')!;
      expect(select.labels![0]!.textContent).to.contain('Group by');
      expect([...select.options].map((o) => `${o.value}:${o.textContent!.trim()}`)).to.deep.equal(['track:Track', 'status:Status', 'state:Lead state']);
      select.value = 'status';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(el.getAttribute('group-by')).to.equal('status');
      expect(Object.keys(blocks(el))[0]).to.equal('Proposed (2)');
    });
  });

  describe('filters', () => {
    it('status: comma-separated statuses; the chips show which are on', async () => {
      const el = await show({ lang: 'en', status: 'in-progress, PROPOSED,nonsense' });
      expect(shownIds(el)).to.deep.equal(['b', 'a', 'h']);
      expect(pressed(el, 'status')).to.deep.equal(['proposed', 'in-progress']);
    });

    it('state: initiatives a state leads or takes part in', async () => {
      const bh = await show({ lang: 'en', state: 'BH' });
      // init-b is led by Bahrain; Bahrain takes part in init-a.
      expect(shownIds(bh)).to.deep.equal(['b', 'a']);
      const kw = await show({ lang: 'en', state: 'kw' });
      // init-f is led by Kuwait; Kuwait takes part in init-d.
      expect(shownIds(kw)).to.deep.equal(['f', 'd']);
      expect(pressed(kw, 'state')).to.deep.equal(['KW']);
    });

    it('only the tracker itself is a named region: its groups are found by their headings, not as landmarks', async () => {
      const el = await show({ lang: 'en', 'group-by': 'status' });
      expect($$(el, '[part="group"]').length).to.be.greaterThan(3);
      expect($$(el, 'section[aria-labelledby], section[aria-label], [role="region"]').map((n) => n.getAttribute('part'))).to.deep.equal(['tracker']);
    });

    it('a track the attribute names but no initiative has shows as a pressed chip that takes the filter off', async () => {
      const el = await show({ lang: 'en', track: 'No Such Track' });
      expect(shownIds(el)).to.deep.equal([]);
      expect(pressed(el, 'track')).to.deep.equal(['no-such-track']);
      chip(el, 'track', 'no-such-track').click();
      await settle(el);
      expect(el.hasAttribute('track')).to.equal(false);
      expect(shownIds(el).length).to.be.greaterThan(5);
      expect(chip(el, 'track', 'no-such-track')).to.equal(null);
    });

    it('track: by slug, or by name in either language (case, hamza and ة/ه do not matter)', async () => {
      const expected = ['h', 'c', 'd'];
      for (const track of ['synthetic-track-two', 'Synthetic TRACK two', 'المسار الاختباري الثاني', 'المسار الاختباري الثانى', 'المسار الإختباري الثاني']) {
        const el = await show({ lang: 'en', track });
        expect(shownIds(el), track).to.deep.equal(expected);
        expect(pressed(el, 'track'), track).to.deep.equal(['synthetic-track-two']);
      }
      expect(trackSlug('Joint E-Services Track')).to.equal('joint-e-services-track');
      expect(parseTracks('Synthetic Track One، synthetic-track-two,,')).to.deep.equal(['synthetic-track-one', 'synthetic-track-two']);
    });

    it('filters combine: any of the values of one filter, all of the filters', async () => {
      const one = await show({ lang: 'en', status: 'proposed', state: 'QA' });
      expect(shownIds(one)).to.deep.equal(['h']);
      const two = await show({ lang: 'en', status: 'proposed,under-study', state: 'KW,OM', track: 'synthetic-track-two' });
      expect(shownIds(two)).to.deep.equal(['h', 'd']);
      const three = await show({ lang: 'en', status: 'in-progress,on-hold', track: 'synthetic-track-one,synthetic-track-two', state: 'SA' });
      // init-a: in progress, track one, Saudi Arabia takes part.
      expect(shownIds(three)).to.deep.equal(['a']);
    });

    it('chips are toggle buttons in labelled groups that set the attributes', async () => {
      const el = await show({ lang: 'en' });
      for (const g of $$(el, '.chips')) {
        expect(g.getAttribute('role')).to.equal('group');
        expect(fold(el.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)!.textContent)).to.be.oneOf(['Status', 'Member state', 'Track']);
      }
      expect($$(el, '[part="chip"][data-filter="state"]').map((c) => c.dataset['value'])).to.deep.equal(['AE', 'BH', 'SA', 'OM', 'QA', 'KW', 'GS']);
      chip(el, 'status', 'completed').click();
      await settle(el);
      chip(el, 'status', 'proposed').click();
      await settle(el);
      expect(el.getAttribute('status')).to.equal('completed,proposed');
      expect(chip(el, 'status', 'completed').getAttribute('aria-pressed')).to.equal('true');
      chip(el, 'state', 'QA').click();
      await settle(el);
      expect(el.getAttribute('state')).to.equal('QA');
      expect(shownIds(el)).to.deep.equal(['h', 'c']);
      chip(el, 'track', 'synthetic-track-one').click();
      await settle(el);
      expect(el.getAttribute('track')).to.equal('synthetic-track-one');
      expect(fold($(el, '[part="total"]')!.textContent)).to.equal('Initiatives shown: 0 of 8');
      expect(fold($(el, '[part="no-results"] p')!.textContent)).to.equal('No initiative matches the filters.');
      chip(el, 'track', 'synthetic-track-one').click();
      await settle(el);
      expect(el.hasAttribute('track')).to.equal(false);
      chip(el, 'status', 'completed').click();
      await settle(el);
      expect(el.getAttribute('status')).to.equal('proposed');
    });

    it('a track first seen in Arabic only takes its English slug once the feed names it in both languages', async () => {
      const feed = clone();
      // init-f (Arabic-only "المسار الاختباري الأول") first; init-a names it in both languages.
      feed.initiatives = [feed.initiatives[5]!, ...feed.initiatives.filter((i) => i.id !== 'init-f')];
      const el = await show({ lang: 'en' }, { feed });
      expect($$(el, '[part="chip"][data-filter="track"]').map((c) => c.dataset['value'])).to.deep.equal(['synthetic-track-one', 'synthetic-track-two']);
      expect(Object.keys(blocks(el))[0]).to.equal('Synthetic Track One (3)');
      chip(el, 'track', 'synthetic-track-one').click();
      await settle(el);
      expect(el.getAttribute('track')).to.equal('synthetic-track-one');
      expect(shownIds(el)).to.deep.equal(['b', 'a', 'f']);
    });

    it('a track chip turns off a track given by its Arabic name', async () => {
      const el = await show({ lang: 'en', track: 'المسار الاختباري الأول' });
      expect(pressed(el, 'track')).to.deep.equal(['synthetic-track-one']);
      chip(el, 'track', 'synthetic-track-one').click();
      await settle(el);
      expect(el.hasAttribute('track')).to.equal(false);
      expect(shownIds(el)).to.have.length(8);
    });

    it('"Clear filters" removes every filter and keeps the focus in the controls', async () => {
      const el = await show({ lang: 'en', status: 'cancelled', state: 'AE' });
      expect(shownIds(el)).to.deep.equal([]);
      $<HTMLButtonElement>(el, '[part="no-results"] [part="clear"]')!.click();
      await settle(el);
      expect(el.hasAttribute('status') || el.hasAttribute('state') || el.hasAttribute('track')).to.equal(false);
      expect(shownIds(el)).to.have.length(8);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="group-by"]'));
    });

    it('attribute parsers ignore unknown values', () => {
      expect(parseStatuses('on-hold under-study,x,ON-HOLD')).to.deep.equal(['under-study', 'on-hold']);
      expect(parseStates('om, xx,KW ,om')).to.deep.equal(['KW', 'OM']);
      expect(parseStates(undefined)).to.deep.equal([]);
      expect(parseSort('progress')).to.equal('progress');
      expect(parseSort('colour')).to.equal('updated');
    });
  });

  describe('sorting', () => {
    it('updated (default): newest first, no date last', async () => {
      const el = await show({ lang: 'en' });
      expect(el.getAttribute('sort')).to.equal('updated');
      expect(blocks(el)).to.deep.equal({
        'Synthetic Track One (3)': ['b', 'a', 'f'],
        // init-d has no date.
        'Synthetic Track Two (3)': ['h', 'c', 'd'],
        'No track listed (2)': ['e', 'g'],
      });
    });

    it('title: alphabetical in the element\'s language', async () => {
      const en = await show({ lang: 'en', sort: 'title' });
      expect(blocks(en)).to.deep.equal({
        'Synthetic Track One (3)': ['b', 'a', 'f'],
        // Cloud, Open, Service.
        'Synthetic Track Two (3)': ['d', 'c', 'h'],
        // Paper, Payments.
        'No track listed (2)': ['g', 'e'],
      });
      const ar = await show({ sort: 'title' });
      expect(Object.values(blocks(ar))).to.deep.equal([
        // الأرشيف، مبادرة، منصة.
        ['f', 'a', 'b'],
        // بوابة، دراسة، دليل.
        ['c', 'd', 'h'],
        // إيقاف، بوابة.
        ['g', 'e'],
      ]);
      expect(collatorFor('ar')).to.equal(collatorFor('ar'));
    });

    it('progress: most advanced first, a reported 0% before unknown, unknown last', async () => {
      const el = await show({ lang: 'en', sort: 'progress' });
      expect(blocks(el)).to.deep.equal({
        'Synthetic Track One (3)': ['f', 'a', 'b'],
        'Synthetic Track Two (3)': ['c', 'd', 'h'],
        'No track listed (2)': ['e', 'g'],
      });
      // An unknown figure earlier in the feed than a reported 0% still comes after it.
      const feed = clone();
      delete feed.initiatives.find((i) => i.id === 'init-c')!['progress'];
      const zeroFirst = await show({ lang: 'en', sort: 'progress' }, { feed });
      expect(blocks(zeroFirst)['Synthetic Track Two (3)']).to.deep.equal(['d', 'c', 'h']);
    });

    it('the "Sort by" menu sets the sort attribute', async () => {
      const el = await show({ lang: 'en', 'group-by': 'status' });
      const select = $<HTMLSelectElement>(el, '[part="sort"]')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['updated', 'title', 'progress']);
      select.value = 'title';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(el.getAttribute('sort')).to.equal('title');
      // Proposed: "Synthetic Data Exchange Platform" before "Synthetic Service Catalogue".
      expect(blocks(el)['Proposed (2)']).to.deep.equal(['b', 'h']);
    });
  });

  describe('milestones and the clock', () => {
    it('done, overdue, due and undated against the injected clock, with dates', async () => {
      const el = await show({ lang: 'en', expanded: '' });
      expect(milestoneLines(el, 'init-a')).to.deep.equal([
        'done: Synthetic milestone done Done · Completed on 15 January 2030',
        'overdue: Synthetic milestone overdue Overdue · Was due on 30 April 2030',
        'due: Synthetic milestone upcoming Due · Due on 30 September 2030',
        'undated: Synthetic milestone undated No date set',
      ]);
      // Due today is not overdue yet.
      expect(milestoneLines(el, 'init-f')).to.deep.equal([
        'overdue: Synthetic data migration Overdue · Was due on 1 February 2030',
        'due: Synthetic review Due · Due on 1 June 2030',
      ]);
      const times = [...card(el, 'init-a').querySelectorAll('[part="milestone"] time')].map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal(['2030-01-15', '2030-04-30', '2030-09-30']);
      expect(card(el, 'init-a').querySelector('[part="milestones"]')!.tagName).to.equal('OL');
    });

    it('a screen reader hears each milestone\'s state once, and the progress once', async () => {
      const el = await show({ lang: 'en', expanded: '' });
      /** The text outside aria-hidden subtrees: what is read out. */
      const spoken = (n: Node): string =>
        n.nodeType === Node.TEXT_NODE
          ? n.textContent!
          : n instanceof Element && n.getAttribute('aria-hidden') === 'true'
            ? ''
            : [...n.childNodes].map(spoken).join('');
      expect([...card(el, 'init-a').querySelectorAll('[part="milestone"]')].map((m) => fold(spoken(m)))).to.deep.equal([
        'Synthetic milestone done Completed on 15 January 2030',
        'Synthetic milestone overdue Was due on 30 April 2030',
        'Synthetic milestone upcoming Due on 30 September 2030',
        'Synthetic milestone undated No date set',
      ]);
      const progress = card(el, 'init-a').querySelector('[part="progress"]')!;
      expect(fold(spoken(progress))).to.equal('');
      expect(progress.querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal('45% complete');
    });

    it('another clock, other states', async () => {
      const autumn = await show({ lang: 'en', expanded: '' }, { now: new Date('2030-10-01T00:00:00Z') });
      expect(milestoneLines(autumn, 'init-a').map((l) => l.split(':')[0])).to.deep.equal(['done', 'overdue', 'overdue', 'undated']);
      const winter = await show({ lang: 'en', expanded: '' }, { now: new Date('2030-01-01T12:00:00Z') });
      expect(milestoneLines(winter, 'init-a').map((l) => l.split(':')[0])).to.deep.equal(['done', 'due', 'due', 'undated']);
      const nextDay = await show({ lang: 'en', expanded: '' }, { now: new Date('2030-06-02T00:30:00Z') });
      expect(milestoneLines(nextDay, 'init-f').map((l) => l.split(':')[0])).to.deep.equal(['overdue', 'overdue']);
      // Changing the clock of a shown element updates it.
      winter.now = new Date('2031-01-01T00:00:00Z');
      await settle(winter);
      expect(milestoneLines(winter, 'init-a').map((l) => l.split(':')[0])).to.deep.equal(['done', 'overdue', 'overdue', 'undated']);
      expect(milestoneState({ title: 'x', due: '2030-06-01' }, dayOf(NOW))).to.equal('due');
      expect(milestoneState({ title: 'x', due: '2030-05-31', done: '2030-06-01' }, dayOf(NOW))).to.equal('done');
    });

    it('in Arabic, and in the Hijri calendar', async () => {
      const el = await show({ expanded: '' });
      expect(milestoneLines(el, 'init-a')[1]).to.equal('overdue: محطة اختبارية متأخرة متأخر · انقضى الموعد المحدد في ٣٠ أبريل ٢٠٣٠');
      const hijri = await show({ expanded: '', calendar: 'islamic-umalqura' });
      const expected = new Intl.DateTimeFormat('ar', { calendar: 'islamic-umalqura', numberingSystem: 'arab', timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(
        new Date(Date.UTC(2030, 3, 30)),
      );
      expect(fold(card(hijri, 'init-a').querySelectorAll('[part="milestone"] time')[1]!.textContent)).to.equal(fold(`انقضى الموعد المحدد في ${expected}`));
    });

    it('the last update is relative to the clock, with the absolute date in the <time>', async () => {
      const el = await show({ lang: 'en' });
      const t = card(el, 'init-a').querySelector('[part="updated"] time')!;
      expect(t.getAttribute('datetime')).to.equal('2030-03-01');
      expect(t.getAttribute('title')).to.equal('1 March 2030');
      expect(fold(card(el, 'init-e').querySelector('[part="updated"]')!.textContent)).to.equal('Updated yesterday');
      expect(fold(card(el, 'init-g').querySelector('[part="updated"]')!.textContent)).to.equal('Updated 2 years ago');
      expect(card(el, 'init-d').querySelector('[part="updated"]')).to.not.exist;
      const later = await show({ lang: 'en' }, { now: new Date('2030-03-02T12:00:00Z') });
      expect(fold(card(later, 'init-a').querySelector('[part="updated"]')!.textContent)).to.equal('Updated yesterday');
    });
  });

  describe('meetings where it was on the agenda', () => {
    it('are derived from agenda references at any depth, each meeting once, in meeting order', async () => {
      const el = await show({ lang: 'en', expanded: '' });
      // init-a: two items of the 1st meeting (one nested) and the unnumbered session.
      expect(meetingLinks(el, 'init-a')).to.deep.equal(['#meeting-syn-m1 1st meeting', '#meeting-syn-m3 Synthetic extraordinary session']);
      expect(meetingLinks(el, 'init-b')).to.deep.equal(['#meeting-syn-m1 1st meeting']);
      expect(meetingLinks(el, 'init-c')).to.deep.equal(['#meeting-syn-m2 2nd meeting']);
      // Three levels deep.
      expect(meetingLinks(el, 'init-e')).to.deep.equal(['#meeting-syn-m2 2nd meeting']);
      for (const id of ['init-d', 'init-f', 'init-g', 'init-h']) expect(card(el, id).querySelector('[part="meetings"]'), id).to.not.exist;
      // With the meeting's date, in its own time zone.
      const li = card(el, 'init-c').querySelector('[part="meetings"] li')!;
      expect(fold(li.textContent)).to.equal('2nd meeting, 15 March 2030');
      const ar = await show({ expanded: '' });
      expect(meetingLinks(ar, 'init-a')).to.deep.equal(['#meeting-syn-m1 الاجتماع الأول', '#meeting-syn-m3 جلسة استثنائية اختبارية']);
      expect(meetingLinks(ar, 'init-e')).to.deep.equal(['#meeting-syn-m2 الاجتماع الثاني']);
    });

    it('the index is built once per feed', () => {
      const feed = clone() as unknown as Feed;
      expect(initiativeMeetings(feed)).to.equal(initiativeMeetings(feed));
      expect(trackerModel(feed)).to.equal(trackerModel(feed));
      expect(initiativeMeetings(feed).get('init-a')!.map((m) => m.id)).to.deep.equal(['syn-m1', 'syn-m3']);
    });

    it('the demo feed: every meeting whose agenda references an initiative is listed for it, and only those', async () => {
      const demo = (await (await fetch('/demo/feeds/gcc-egov.json')).json()) as Json & { meetings: (Json & { id: string; agenda?: Json[] })[]; initiatives: { id: string }[] };
      // The references, walked here independently of the widget.
      const expected = new Map<string, Set<string>>();
      const walk = (items: Json[] | undefined, meeting: string) => {
        for (const item of items ?? []) {
          for (const id of ((item['references'] as Json | undefined)?.['initiatives'] as string[] | undefined) ?? []) {
            if (!expected.has(id)) expected.set(id, new Set());
            expected.get(id)!.add(meeting);
          }
          walk(item['items'] as Json[] | undefined, meeting);
        }
      };
      for (const m of demo.meetings) walk(m.agenda, m.id);
      // The 22nd meeting's agenda references all six initiatives; the 26th's none.
      expect(demo.initiatives.every((i) => expected.get(i.id)?.has('egov-exec-22'))).to.equal(true);
      expect([...expected.values()].some((s) => s.has('egov-exec-26'))).to.equal(false);

      for (const lang of ['ar', 'en']) {
        const { el, loaded } = mount<InitiativeTracker>('initiative-tracker', { src: fresh('/demo/feeds/gcc-egov.json'), lang, expanded: '' }, { parent: box(1000) });
        expect((await timeoutAfter(loaded, 5000, 'load')).detail.warnings).to.deep.equal([]);
        await settle(el);
        expect(shownIds(el)).to.have.length(6);
        for (const i of demo.initiatives) {
          const links = [...card(el, i.id).querySelectorAll<HTMLAnchorElement>('[part="meeting"]')];
          expect(links.map((a) => a.getAttribute('href')).sort(), i.id).to.deep.equal([...expected.get(i.id)!].map((m) => `#meeting-${m}`).sort());
          expect(fold(links[0]!.textContent)).to.equal(lang === 'ar' ? 'الاجتماع الثاني والعشرون' : '22nd meeting');
        }
        // The demo reports give no figures: progress is "not reported", never 0%.
        expect($$(el, '[role="progressbar"]')).to.have.length(0);
        expect($$(el, '[part="progress"]').map((p) => fold(p.textContent))).to.deep.equal(
          Array(6).fill(lang === 'ar' ? 'لم يُعلن مستوى الإنجاز' : 'Progress not reported'),
        );
        // The reports give no phase of the initiatives themselves (phase three belongs to the guiding strategy).
        expect(card(el, 'init-regulatory-framework').querySelector('[part="phase"]')).to.equal(null);
      }
    });

    it('a meeting link fires majlis-navigate; when no widget shows the meeting, the browser follows the href', async () => {
      const el = await show({ lang: 'en', expanded: '' });
      const events: MajlisNavigateDetail[] = [];
      el.addEventListener('majlis-navigate', (e) => events.push(e.detail));
      const prevented = clickLink(card(el, 'init-c').querySelector<HTMLAnchorElement>('[part="meeting"]')!);
      expect(events).to.deep.equal([{ kind: 'meeting', id: 'syn-m2', fragment: 'meeting-syn-m2' }]);
      expect(prevented).to.equal(false);
    });

    it('a host app that cancels majlis-navigate routes itself: the link\'s default is prevented', async () => {
      const el = await show({ lang: 'en', expanded: '' });
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('majlis-navigate', cancel);
      try {
        expect(clickLink(card(el, 'init-c').querySelector<HTMLAnchorElement>('[part="meeting"]')!)).to.equal(true);
      } finally {
        document.removeEventListener('majlis-navigate', cancel);
      }
      // A modified click (new tab) is left to the browser and fires nothing.
      const events: unknown[] = [];
      el.addEventListener('majlis-navigate', (e) => events.push(e));
      const a = card(el, 'init-c').querySelector<HTMLAnchorElement>('[part="meeting"]')!;
      const ev = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true });
      const spy = (e: Event) => e.preventDefault();
      document.addEventListener('click', spy);
      try {
        a.dispatchEvent(ev);
      } finally {
        document.removeEventListener('click', spy);
      }
      expect(events).to.have.length(0);
    });

    it('the working group links to the roster: a roster on the page reveals and focuses it', async () => {
      const feed = clone();
      const el = await show({ lang: 'en', expanded: '' }, { feed });
      const link = card(el, 'init-a').querySelector<HTMLAnchorElement>('[part="working-group"]')!;
      expect(link.getAttribute('href')).to.equal('#group-wg-alpha');
      expect(fold(link.textContent)).to.equal('Synthetic Working Group Alpha');
      const { el: roster } = mount<WorkingGroupRoster>('working-group-roster', { lang: 'en' }, { feed, parent: box(1000) });
      await settle(roster);
      const events: MajlisNavigateDetail[] = [];
      el.addEventListener('majlis-navigate', (e) => events.push(e.detail));
      expect(clickLink(link)).to.equal(true);
      expect(events).to.deep.equal([{ kind: 'working-group', id: 'wg-alpha', fragment: 'group-wg-alpha' }]);
      await settle(roster);
      expect(roster.shadowRoot!.activeElement?.id).to.equal('group-wg-alpha');
      expect(location.hash).to.equal('#group-wg-alpha');
    });
  });

  describe('details and reveal', () => {
    it('a title only in the other language keeps its lang in the details button\'s hidden text', async () => {
      const feed = clone();
      feed.initiatives[0]!['title'] = { ar: 'مبادرة اختبارية بالعربية فقط' };
      const el = await show({ lang: 'en' }, { feed });
      const bdi = $$(el, '[part="details-toggle"] .visually-hidden bdi').find((b) => b.textContent === 'مبادرة اختبارية بالعربية فقط')!;
      expect(bdi).to.exist;
      expect(bdi.getAttribute('lang')).to.equal('ar');
    });

    it('details are behind a disclosure button, closed at first, opened by click and by keyboard', async () => {
      const el = await show({ lang: 'en' });
      const toggle = toggleOf(el, 'init-a');
      const details = detailsOf(el, 'init-a');
      expect(toggle.tagName).to.equal('BUTTON');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(details.id);
      expect(fold(toggle.textContent)).to.equal('Details: Synthetic Digital Identity Initiative');
      // No invisible isolate characters (braille shows them): the title is in a <bdi>.
      expect(toggle.textContent).to.not.match(/[\u2066-\u2069]/u);
      expect(details.hidden).to.equal(true);
      expect(getComputedStyle(details).display).to.equal('none');
      // A closed initiative's details are rendered when it is opened (the element aria-controls names is there, empty).
      expect(details.children).to.have.length(0);
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      expect(details.querySelector('[part="facts"]')).to.exist;
      expect([...details.querySelectorAll('[part="facts"] > *')].map((n) => fold(n.textContent)).join(' ')).to.equal(
        'Participating states Kingdom of Bahrain, Kingdom of Saudi Arabia Working group Synthetic Working Group Alpha Last update 1 March 2030',
      );
      // Keyboard: Enter and Space on the focused button.
      const other = toggleOf(el, 'init-c');
      other.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(other.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(other.getAttribute('aria-expanded')).to.equal('false');
      // An initiative with nothing more to say has no button.
      const bare = clone();
      bare.initiatives = [{ id: 'bare', title: 'Synthetic bare initiative', status: 'proposed' }];
      const plain = await show({ lang: 'en' }, { feed: bare });
      expect($(plain, '[part="details-toggle"]')).to.not.exist;
    });

    it('expanded opens every initiative\'s details', async () => {
      const el = await show({ lang: 'en', expanded: '' });
      for (const t of $$(el, '[part="details-toggle"]')) expect(t.getAttribute('aria-expanded')).to.equal('true');
      for (const d of $$(el, '[part="details"]')) expect(d.hidden).to.equal(false);
    });

    it('reveal(initiative-<id>) clears filters that hide it, opens it, and focuses it', async () => {
      const el = await show({ lang: 'en', status: 'proposed' });
      expect(shownIds(el)).to.deep.equal(['b', 'h']);
      expect(el.reveal('initiative-init-g')).to.equal(true);
      await settle(el);
      expect(el.hasAttribute('status')).to.equal(false);
      const g = card(el, 'init-g');
      expect(el.shadowRoot!.activeElement).to.equal(g);
      expect(toggleOf(el, 'init-g').getAttribute('aria-expanded')).to.equal('true');
      // Filters that keep it are left alone.
      const kept = await show({ lang: 'en', status: 'proposed' });
      expect(kept.reveal('initiative-init-h')).to.equal(true);
      await settle(kept);
      expect(kept.getAttribute('status')).to.equal('proposed');
      expect(toggleOf(kept, 'init-h').getAttribute('aria-expanded')).to.equal('true');
      expect(el.reveal('initiative-nope')).to.equal(false);
      expect(el.reveal('group-wg-alpha')).to.equal(false);
      const single = await show({ initiative: 'init-a' });
      expect(single.reveal('initiative-init-b')).to.equal(false);
      expect(single.reveal('initiative-init-a')).to.equal(true);
    });

    it('under several lead states, reveal opens the first occurrence', async () => {
      const el = await show({ lang: 'en', 'group-by': 'state' });
      expect(el.reveal('initiative-init-h')).to.equal(true);
      await settle(el);
      const first = card(el, 'init-h');
      expect(first.closest('[part="group"]')!.getAttribute('data-group')).to.equal('state-OM');
      expect(el.shadowRoot!.activeElement).to.equal(first);
      expect(first.querySelector('[part="details-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('a page opened at #initiative-<id> reveals that initiative once the feed is loaded', async () => {
      history.replaceState(null, '', '#initiative-init-c');
      const el = await show({});
      await settle(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('initiative-init-c');
      expect(toggleOf(el, 'init-c').getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('one initiative', () => {
    it('initiative="<id>" shows it in full: no summary, controls or disclosure; every fact', async () => {
      const el = await show({ lang: 'en', initiative: 'init-a' });
      expect($(el, '[part="summary"]')).to.not.exist;
      expect($(el, '[part="controls"]')).to.not.exist;
      expect($(el, '[part="details-toggle"]')).to.not.exist;
      const a = card(el, 'init-a');
      expect(fold(a.querySelector('h2')!.textContent)).to.equal('Synthetic Digital Identity Initiative');
      expect([...a.querySelectorAll('[part="meta"] li')].map((n) => fold(n.textContent)).join(' ')).to.equal(
        'Track: Synthetic Track One Phase 3 of 4 Led by United Arab Emirates, Sultanate of Oman',
      );
      expect(fold(a.querySelector('.summary-text')!.textContent)).to.equal('Synthetic summary of the digital identity initiative.');
      expect(a.querySelectorAll('[part="milestone"]')).to.have.length(4);
      expect(a.querySelectorAll('[part="meeting"]')).to.have.length(2);
      expect($$(el, '[part="initiative"]')).to.have.length(1);
      // Filters do not apply to the one initiative.
      el.status = 'cancelled';
      await settle(el);
      expect(card(el, 'init-a')).to.exist;
    });

    it('says when the initiative is not in the feed, or the feed has none', async () => {
      const missing = await show({ lang: 'en', initiative: 'nope' });
      expect(fold($(missing, '[part="empty"]')!.textContent)).to.equal('Initiative “nope” is not in this feed.');
      const missingAr = await show({ initiative: 'nope' });
      expect(fold($(missingAr, '[part="empty"]')!.textContent)).to.equal('المبادرة «nope» غير موجودة في هذه البيانات.');
      const feed = clone();
      delete (feed as Json)['initiatives'];
      delete (feed as Json)['meetings'];
      const none = await show({}, { feed });
      expect(fold($(none, '[part="empty"]')!.textContent)).to.equal('لا توجد مبادرات لعرضها بعد.');
    });

    it('heading-level sets the top heading; blocks, initiatives and their sections go one level down each', async () => {
      const el = await show({ 'heading-level': '3', expanded: '' });
      expect(fold($(el, 'h3')!.textContent)).to.equal('المبادرات');
      expect($$(el, 'h4 [part="group-title"]')).to.have.length(3);
      expect($$(el, 'h5 [part="title"]')).to.have.length(8);
      expect($$(el, 'h6.section-title').length).to.be.greaterThan(0);
      expect($$(el, 'h1, h2')).to.have.length(0);
      const single = await show({ 'heading-level': '4', initiative: 'init-a' });
      expect($$(single, 'h4 [part="title"]')).to.have.length(1);
      expect($$(single, 'h5.section-title')).to.have.length(2);
    });
  });

  describe('layout by container width', () => {
    const columns = (el: InitiativeTracker) => getComputedStyle($(el, '.initiatives')!).gridTemplateColumns.split(' ').length;

    it('one compact column in a 320px container; a grid of two columns at 1000px', async () => {
      const narrow = await show({ lang: 'en' }, { width: 320 });
      const wide = await show({ lang: 'en' }, { width: 1000 });
      expect(columns(narrow)).to.equal(1);
      expect(columns(wide)).to.equal(2);
      // Compact: tighter cards.
      const pad = (el: InitiativeTracker) => parseFloat(getComputedStyle(card(el, 'init-a')).paddingInlineStart);
      expect(pad(narrow)).to.be.lessThan(pad(wide));
      // Two cards side by side at 1000px.
      const [b, a] = [card(wide, 'init-b').getBoundingClientRect(), card(wide, 'init-a').getBoundingClientRect()];
      expect(b.top).to.equal(a.top);
      expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
    });

    it('in a narrow container the chips fold behind a "Filters" button; in a wide one they are always shown', async () => {
      const narrow = await show({ lang: 'en', state: 'OM' }, { width: 320 });
      const toggle = $<HTMLButtonElement>(narrow, '[part="filters-toggle"]')!;
      const filters = $(narrow, '#filters')!;
      expect(getComputedStyle(toggle).display).not.to.equal('none');
      expect(fold(toggle.textContent)).to.equal('Filters (1)');
      expect(toggle.getAttribute('aria-controls')).to.equal('filters');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(filters).display).to.equal('none');
      toggle.click();
      await settle(narrow);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(filters).display).to.equal('grid');
      const wide = await show({ lang: 'en' }, { width: 1000 });
      expect(getComputedStyle($(wide, '[part="filters-toggle"]')!).display).to.equal('none');
      expect(getComputedStyle($(wide, '#filters')!).display).to.equal('grid');
    });

    it('follows the container, not the viewport, when it is resized; three columns from 80rem', async () => {
      const parent = box(1000);
      const el = await show({ lang: 'en' }, { parent });
      expect(columns(el)).to.equal(2);
      parent.style.inlineSize = '320px';
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      expect(columns(el)).to.equal(1);
      parent.style.inlineSize = '1400px';
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      expect(columns(el)).to.equal(3);
    });

    for (const lang of ['ar', 'en']) {
      it(`a wrapped line of phase, track and lead neither ends nor starts with a separator (${lang})`, async () => {
        const el = await show({ lang, 'group-by': 'status' }, { width: 280 });
        let wrapped = 0;
        for (const list of $$(el, '[part="meta"]')) {
          const items = [...list.children] as HTMLElement[];
          const edge = list.getBoundingClientRect();
          // The separator comes before an item, never after one.
          for (const li of items) expect(getComputedStyle(li, '::after').content).to.be.oneOf(['none', 'normal']);
          items.forEach((li, i) => {
            if (i === 0 || li.getBoundingClientRect().top < items[i - 1]!.getBoundingClientRect().bottom) return;
            wrapped++;
            // The first item of a line starts at the list's edge: its separator lies before the edge, where the list clips.
            const r = li.getBoundingClientRect();
            expect(lang === 'ar' ? r.right : r.left).to.be.closeTo(lang === 'ar' ? edge.right : edge.left, 1);
            expect(getComputedStyle(li, '::before').content).not.to.equal('none');
          });
          expect(getComputedStyle(list).overflowX).to.equal('clip');
        }
        expect(wrapped, 'some line of phase, track and lead wraps at 280px').to.be.greaterThan(0);
      });
    }

    for (const lang of ['ar', 'en']) {
      it(`long and mixed-direction titles wrap inside a 320px container (${lang})`, async () => {
        const LONG = `${'مبادرة'.repeat(30)}${'X'.repeat(100)}`;
        const MIXED = 'مبادرة اختبارية Test-Ω 2030 مختلطة ABC-123 ثم عربي';
        const feed = clone();
        feed.initiatives[0]!['title'] = { ar: LONG, en: LONG };
        feed.initiatives[0]!['track'] = { ar: LONG, en: LONG };
        feed.initiatives[1]!['title'] = { ar: MIXED, en: MIXED };
        const el = await show({ lang, expanded: '', 'group-by': 'status' }, { feed, width: 320 });
        expect(el.clientWidth).to.equal(320);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        for (const c of $$(el, '[part="initiative"]')) expect(c.getBoundingClientRect().width).to.be.at.most(320);
        expect($$(el, 'bdi').some((b) => b.textContent === MIXED)).to.equal(true);
      });
    }
  });

  describe('long trackers', () => {
    /** A feed of 60 plainly synthetic initiatives. */
    const many = () => {
      const feed = clone() as { initiatives: unknown[] };
      feed.initiatives = Array.from({ length: 60 }, (_, i) => ({ id: `syn-${i}`, title: `Synthetic initiative ${i}`, status: 'proposed', summary: 'A synthetic summary.' }));
      return feed;
    };
    const shown = (el: Element, id: string) => card(el, id).querySelector('h3, h4, h2')!.checkVisibility({ contentVisibilityAuto: true });

    it('an initiative far from the viewport is laid out when it comes near: reveal() brings it to the top, rendered', async () => {
      // Cards of very different heights (details open, some with a long summary): the guessed size is wrong for most.
      const feed = many();
      feed.initiatives.forEach((it, i) => {
        if (i % 3 === 0) (it as { summary: string }).summary = 'A synthetic summary, much longer than the others. '.repeat(12);
      });
      const el = await show({ lang: 'en', expanded: '' }, { feed });
      // Which cards are near the viewport is decided when a frame is rendered.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(shown(el, 'syn-0')).to.equal(true);
      // Far below the viewport: its content is skipped for now.
      expect(shown(el, 'syn-40')).to.equal(false);
      try {
        expect(el.reveal('initiative-syn-40')).to.equal(true);
        await settle(el);
        // The scroll is over when the element stops laying every card out.
        const base = el.shadowRoot!.querySelector('.base')!;
        for (let i = 0; i < 100 && (i < 5 || base.classList.contains('revealing')); i++) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        // At the top of the view (its scroll margin), not short of it.
        expect(card(el, 'syn-40').getBoundingClientRect().top).to.be.within(0, 40);
        expect(shown(el, 'syn-40')).to.equal(true);
        expect(el.shadowRoot!.activeElement).to.equal(card(el, 'syn-40'));
      } finally {
        scrollTo(0, 0);
      }
    });

    it('printing lays every initiative out', async () => {
      const el = await show({ lang: 'en' }, { feed: many() });
      try {
        window.dispatchEvent(new Event('beforeprint'));
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(card(el, 'syn-59')).contentVisibility).to.equal('visible');
        expect(shown(el, 'syn-59')).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
    });
  });

  describe('print', () => {
    it('prints every initiative\'s details, without the controls and disclosure buttons', async () => {
      const el = await show({ lang: 'en' });
      expect(detailsOf(el, 'init-a').children).to.have.length(0);
      try {
        // As the browser does: the event, then the page laid out for paper (no later task in between).
        window.dispatchEvent(new Event('beforeprint'));
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(detailsOf(el, 'init-a')).display).to.equal('grid');
        expect(detailsOf(el, 'init-a').querySelector('[part="facts"]')).to.exist;
        expect(getComputedStyle($(el, '[part="controls"]')!).display).to.equal('none');
        expect(getComputedStyle(toggleOf(el, 'init-a')).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
      await settle(el);
      expect(getComputedStyle(detailsOf(el, 'init-a')).display).to.equal('none');
      expect(detailsOf(el, 'init-a').children).to.have.length(0);
    });
  });

  describe('refresh', () => {
    /** The rendered markup (read, not written), without lit's comment markers. */
    const markup = (el: Element) => [...el.shadowRoot!.children].map((c) => c.outerHTML.replace(/<!--[^]*?-->/gu, '')).join('');

    it('a refresh of the feed renders only the initiative that changed: the other cards\' nodes are not touched', async () => {
      const el = await show({ lang: 'en', 'group-by': 'status' });
      const others = $$(el, '[part="initiative"]').filter((a) => a.dataset['id'] !== 'init-b');
      const changes: MutationRecord[] = [];
      const watch = new MutationObserver((records) => changes.push(...records));
      for (const a of others) watch.observe(a, { subtree: true, childList: true, attributes: true, characterData: true });
      const before = card(el, 'init-b');
      // Which cards are rendered again (their templates made anew, even where that changes no node).
      const proto = InitiativeTracker.prototype as unknown as { renderInitiative: (this: InitiativeTracker, ...a: unknown[]) => unknown };
      const renderInitiative = proto.renderInitiative;
      const rendered: string[] = [];
      proto.renderInitiative = function (...a: unknown[]) {
        rendered.push((a[1] as { id: string }).id);
        return renderInitiative.apply(this, a);
      };
      const feed = clone();
      feed.initiatives[1]!['progress'] = 30;
      try {
        el.feed = feed;
        await settle(el);
        expect(rendered).to.deep.equal(['init-b']);
        // The same data again (a new object, as a background refresh brings it): nothing is rendered again.
        rendered.length = 0;
        el.feed = structuredClone(feed);
        await settle(el);
        expect(rendered).to.deep.equal([]);
      } finally {
        proto.renderInitiative = renderInitiative;
      }
      watch.disconnect();
      expect(changes, 'mutations in the unchanged cards').to.have.length(0);
      // The changed card shows the change, in the same element.
      expect(card(el, 'init-b')).to.equal(before);
      expect(card(el, 'init-b').querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('30');
    });

    it('after the list was replaced (no match, nothing in the feed, one initiative, another grouping), every card is whole again', async () => {
      const el = await show({ lang: 'en' });
      const expected = markup(el);
      expect(shownIds(el)).to.have.length(8);
      const steps: [string, () => void][] = [
        ['no initiative matches the filters', () => (el.setAttribute('state', 'KW'), el.setAttribute('status', 'approved'))],
        ['the filters cleared', () => (el.removeAttribute('state'), el.removeAttribute('status'))],
        ['a feed without initiatives', () => (el.feed = { ...clone(), initiatives: [], meetings: [] })],
        ['the feed again', () => (el.feed = clone())],
        ['one initiative', () => el.setAttribute('initiative', 'init-a')],
        ['all of them again', () => el.removeAttribute('initiative')],
        ['grouped by lead state', () => el.setAttribute('group-by', 'state')],
        ['grouped by track again', () => el.removeAttribute('group-by')],
        // The second track's block moves to the first place, then back.
        ['only the second track', () => el.setAttribute('track', 'synthetic-track-two')],
        ['every track again', () => el.removeAttribute('track')],
      ];
      for (const [what, step] of steps) {
        step();
        await settle(el);
        if (!what.endsWith('again') && !what.endsWith('cleared')) continue;
        expect(shownIds(el), what).to.have.length(8);
        expect(markup(el), what).to.equal(expected);
      }
      expect(el.shadowRoot!.textContent).to.contain('Synthetic');
    });

    it('"Updated …" follows the clock within a day: the card whose entry did not change is rendered again when it changes', async () => {
      const feed = clone();
      feed.initiatives[1]!['updated'] = '2030-05-31';
      const updatedText = (el: Element) => fold(card(el, 'init-b').querySelector('[part="updated"]')!.textContent);
      const el = await show({ lang: 'en' }, { feed, now: new Date('2030-06-01T11:00:00Z') });
      expect(updatedText(el)).to.equal('Updated yesterday');
      el.now = new Date('2030-06-01T13:00:00Z');
      await settle(el);
      expect(updatedText(el)).to.equal('Updated 2 days ago');
      const other = await show({ lang: 'en' }, { feed: structuredClone(feed), now: new Date('2030-06-01T13:00:00Z') });
      expect(markup(el)).to.equal(markup(other));
    });
  });

  describe('states of the element', () => {
    it('shows the loading skeleton, then the view', async () => {
      const { el, loaded } = mount<InitiativeTracker>('initiative-tracker', { src: fresh('/test/fixtures/initiative-tracker/initiatives.json') }, { parent: box(1000) });
      await el.updateComplete;
      expect($(el, '[part="skeleton"]')).to.exist;
      await timeoutAfter(loaded, 5000, 'load');
      await settle(el);
      expect($(el, '[part="skeleton"]')).to.not.exist;
      expect(shownIds(el)).to.have.length(8);
    });

    it('shows the base element\'s error for a feed that cannot be loaded', async () => {
      const { el, errored } = mount<InitiativeTracker>('initiative-tracker', { src: fresh('/test/fixtures/initiative-tracker/does-not-exist.json'), lang: 'en' }, { parent: box(1000) });
      await timeoutAfter(errored, 8000, 'error');
      await settle(el);
      expect($(el, '[part="error"]')).to.exist;
    });
  });

  describe('accessibility (axe)', () => {
    const variants: [string, Record<string, string>, number][] = [
      ['ar, RTL, wide, expanded', { lang: 'ar', expanded: '' }, 1000],
      ['en, LTR, wide, expanded', { lang: 'en', expanded: '' }, 1000],
      ['ar, RTL, narrow, expanded', { lang: 'ar', expanded: '' }, 320],
      ['en, LTR, narrow', { lang: 'en' }, 320],
      ['ar, by lead state, expanded', { lang: 'ar', 'group-by': 'state', expanded: '' }, 1000],
      ['en, by status, filtered', { lang: 'en', 'group-by': 'status', status: 'proposed,in-progress', state: 'OM' }, 1000],
      ['ar, nothing matches', { lang: 'ar', status: 'cancelled', state: 'AE' }, 1000],
      ['ar, dark, expanded', { lang: 'ar', theme: 'dark', expanded: '' }, 1000],
      ['en, dark, narrow, expanded', { lang: 'en', theme: 'dark', expanded: '' }, 320],
      ['ar, one initiative', { lang: 'ar', initiative: 'init-a' }, 1000],
      ['en, one initiative, dark, narrow', { lang: 'en', initiative: 'init-a', theme: 'dark' }, 320],
      ['ar widget, dir=ltr, expanded', { lang: 'ar', dir: 'ltr', expanded: '' }, 1000],
    ];
    for (const [name, attrs, width] of variants) {
      it(`is accessible: ${name}`, async () => {
        const el = await show(attrs, { width });
        await withEveryCardRendered(() => expect(el).to.be.accessible());
      });
    }

    it('is accessible with the narrow filters open, and with the demo feed in both languages', async () => {
      const narrow = await show({ lang: 'en', status: 'proposed' }, { width: 320 });
      $<HTMLButtonElement>(narrow, '[part="filters-toggle"]')!.click();
      await settle(narrow);
      await expect(narrow).to.be.accessible();
      for (const lang of ['ar', 'en']) {
        const { el, loaded } = mount<InitiativeTracker>('initiative-tracker', { src: fresh('/demo/feeds/gcc-egov.json'), lang, expanded: '' }, { parent: box(1000) });
        await timeoutAfter(loaded, 5000, 'load');
        await settle(el);
        expect(text(el)).to.contain(lang === 'ar' ? 'المبادرات' : 'Initiatives');
        await expect(el).to.be.accessible();
      }
    });
  });
});
