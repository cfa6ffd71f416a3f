import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../../src/define/agenda-list.js';
import '../../src/define/working-group-roster.js';
import { AgendaList } from '../../src/components/agenda-list/agenda-list.js';
import { countLabel, countOfLabel } from '../../src/components/agenda-list/agenda-list.labels.js';
import { agendaModel, parseKinds, parseStates, parseStatuses } from '../../src/components/agenda-list/agenda-list.model.js';
import { arabicOrdinalGenitive } from '../../src/locale/ordinal.js';
import { MajlisElement, type MajlisNavigateDetail } from '../../src/base/majlis-element.js';
import type { Feed } from '../../src/feed/schema.js';
import { withLocale } from '../../src/locale/msg.js';
import type { WorkingGroupRoster } from '../../src/components/working-group-roster/working-group-roster.js';
import { $, $$, fresh, mount, settle, text, timeoutAfter } from '../helpers.js';

type Json = Record<string, unknown>;
type FixtureItem = Json & { id: string; title: Json; items?: FixtureItem[] };
type Fixture = Json & { meetings: (Json & { id: string; agenda?: FixtureItem[] })[] };

/** After the fixture's held meetings, before the scheduled m-2. */
const NOW = new Date('2030-06-01T09:00:00Z');


let fixture: Fixture;
before(async () => {
  fixture = await (await fetch('/test/fixtures/agenda-list/agenda.json')).json();
});
const clone = () => structuredClone(fixture);
afterEach(async () => {
  // A test that followed a link leaves a hash; the next widgets would reveal it on load.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  await emulateMedia({ media: 'screen' });
});

/** A container of a given width (px), in the page. */
function box(width: number, attrs: Record<string, string> = {}): HTMLElement {
  const div = document.createElement('div');
  div.style.inlineSize = `${width}px`;
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  document.body.append(div);
  return div;
}

async function show(attrs: Record<string, string> = {}, opts: { feed?: unknown; now?: Date; width?: number; parent?: HTMLElement } = {}): Promise<AgendaList> {
  const { el } = mount<AgendaList>('agenda-list', { meeting: 'm-1', ...attrs }, {
    feed: opts.feed ?? clone(),
    parent: opts.parent ?? box(opts.width ?? 900),
    beforeAppend: (e) => {
      e.now = opts.now ?? NOW;
    },
  });
  await settle(el);
  return el;
}

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim();
const item = (el: Element, id: string, meeting = 'm-1') => $(el, `#agenda-${meeting}-${id}`);
/** Ids of the items in the page, in document order (hidden sub-lists included). */
const itemIds = (el: Element) => $$(el, '[part="item"]').map((li) => li.id.replace(/^agenda-m-1-/u, ''));
/** Ids of the items a reader can see (not inside a closed sub-list). */
const visibleIds = (el: Element) =>
  $$(el, '[part="item"]')
    .filter((li) => !li.closest('[hidden]'))
    .map((li) => li.id.replace(/^agenda-m-1-/u, ''));
const title = (el: Element, id: string) => fold(item(el, id)!.querySelector(':scope > .entry [part="item-title"]')!.textContent);
/** An item's facts as "label value" lines. */
const factsOf = (el: Element, id: string) =>
  [...item(el, id)!.querySelectorAll(':scope > .entry [part="facts"] dt')].map((dt) => `${fold(dt.textContent)} ${fold(dt.nextElementSibling!.textContent)}`);
const count = (el: Element) => fold($(el, '[part="count"]')!.textContent);
const toggleOf = (el: Element, id: string) => item(el, id)!.querySelector<HTMLButtonElement>(':scope > .entry [part="toggle"]')!;
const chip = (el: Element, filter: string, value: string) => $<HTMLButtonElement>(el, `[part="chip"][data-filter="${filter}"][data-value="${value}"]`)!;
const chips = (el: Element, filter: string) => $$(el, `[part="chip"][data-filter="${filter}"]`).map((c) => c.dataset['value']);

// ---------------------------------------------------------------------------
// A 10,000-item synthetic agenda: 100 top-level items, each with 99 sub-items.
// ---------------------------------------------------------------------------

const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const arabicDigits = (n: number) => String(n).replace(/[0-9]/gu, (d) => AR_DIGITS[+d]!);

/** Deterministic: item k (0…n-1) in document order is "Synthetic item k" / "بند اصطناعي k". */
function bigFeed(n: number, perGroup = 100): Json {
  const agenda: FixtureItem[] = [];
  let k = 0;
  const make = (order: string): FixtureItem => {
    const it = { id: `s-${k}`, order, title: { ar: `بند اصطناعي ${arabicDigits(k)}`, en: `Synthetic item ${k}` }, kind: k % 2 ? 'review' : 'discussion' };
    k++;
    return it;
  };
  for (let i = 1; k < n; i++) {
    const top = make(String(i));
    const items: FixtureItem[] = [];
    for (let j = 1; j < perGroup && k < n; j++) items.push(make(`${i}.${j}`));
    if (items.length) top.items = items;
    agenda.push(top);
  }
  return {
    version: '1.0',
    committee: { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } },
    meetings: [{ id: 'big', number: 3, status: 'held', start: '2030-01-10', agenda }],
  };
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const rows = (el: Element) => $$(el, '.vlist > [role="listitem"]');
const rowTitles = (el: Element) => rows(el).map((r) => fold(r.querySelector('[part="item-title"]')!.textContent));

/** Waits (frame by frame, at most `frames`) until `check` holds; fails with `what` otherwise. */
async function until(check: () => boolean, what: string, frames = 120): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (check()) return;
    await nextFrame();
  }
  throw new Error(`never happened: ${what}`);
}

describe('<agenda-list>', () => {
  describe('languages, directions and numbering', () => {
    it('renders in Arabic, right to left, with Arabic-Indic order labels and every title in <bdi>', async () => {
      const el = await show();
      const base = $(el, '[part="base"]')!;
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(fold($(el, '[part="title"]')!.textContent)).to.equal('جدول أعمال الاجتماع السادس والعشرين');
      expect(fold($(el, '[part="subtitle"]')!.textContent)).to.equal('لجنة اختبارية تنفيذية — ١٠ يناير ٢٠٣٠');
      expect($$(el, '[part="order"]').map((o) => o.textContent)).to.deep.equal(['١', '٢', '٢.١', '٢.٢', '٢.٢.١', '٣', '٤', '٥', '٦']);
      expect(item(el, 'a-1')!.querySelector('[part="item-title"] bdi')!.textContent).to.equal('افتتاح الاجتماع الاختباري');
      expect(getComputedStyle(item(el, 'a-1')!).direction).to.equal('rtl');
    });

    it('renders in English, left to right, inside an RTL page, with Latin order labels', async () => {
      const el = await show({ lang: 'en' });
      expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('ltr');
      expect(fold($(el, '[part="title"]')!.textContent)).to.equal('Agenda of the 26th meeting');
      expect($$(el, '[part="order"]').map((o) => o.textContent)).to.deep.equal(['1', '2', '2.1', '2.2', '2.2.1', '3', '4', '5', '6']);
      expect(title(el, 'a-3')).to.equal('Approval of the synthetic budget');
    });

    it('numerals="latn" gives Latin digits in Arabic, numerals="arab" Arabic-Indic digits in English', async () => {
      const ar = await show({ numerals: 'latn' });
      expect($$(ar, '[part="order"]').map((o) => o.textContent)).to.include('2.2.1');
      expect(count(ar)).to.equal('9 بنود');
      const en = await show({ lang: 'en', numerals: 'arab' });
      expect($$(en, '[part="order"]').map((o) => o.textContent)).to.include('٢.٢.١');
      expect(count(en)).to.equal('٩ items');
    });

    it('mirrors the disclosure chevron in RTL (closed), never when open, never in LTR; the chip checkmark is never mirrored', async () => {
      const arClosed = await show({ collapsed: '' });
      expect(getComputedStyle(toggleOf(arClosed, 'a-2').querySelector('.chevron')!).scale).to.equal('-1 1');
      toggleOf(arClosed, 'a-2').click();
      await settle(arClosed);
      expect(getComputedStyle(toggleOf(arClosed, 'a-2').querySelector('.chevron')!).scale).to.equal('none');
      const en = await show({ lang: 'en', collapsed: '' });
      expect(getComputedStyle(toggleOf(en, 'a-2').querySelector('.chevron')!).scale).to.equal('none');
      const pressed = await show({ status: 'noted' });
      expect(getComputedStyle($(pressed, '[aria-pressed="true"] .check')!).scale).to.equal('none');
    });

    it('an item only in English is shown in Arabic, marked lang="en"', async () => {
      const el = await show();
      expect(item(el, 'a-6')!.querySelector('[part="item-title"] bdi')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('the heading', () => {
    it('names the meeting with the Arabic ordinal in the genitive, English ordinals with digits', async () => {
      expect(arabicOrdinalGenitive(26)).to.equal('السادس والعشرين');
      expect(arabicOrdinalGenitive(20)).to.equal('العشرين');
      expect(arabicOrdinalGenitive(90)).to.equal('التسعين');
      expect(arabicOrdinalGenitive(11)).to.equal('الحادي عشر');
      expect(arabicOrdinalGenitive(3)).to.equal('الثالث');
      const el = await show({ meeting: 'm-3' });
      expect(fold($(el, '[part="title"]')!.textContent)).to.equal('جدول أعمال الاجتماع الحادي عشر');
      const feed = clone();
      feed.meetings[0]!['number'] = 120;
      const ar120 = await show({}, { feed });
      expect(fold($(ar120, '[part="title"]')!.textContent)).to.equal('جدول أعمال الاجتماع ١٢٠');
      const en120 = await show({ lang: 'en' }, { feed });
      expect(fold($(en120, '[part="title"]')!.textContent)).to.equal('Agenda of the 120th meeting');
      delete feed.meetings[0]!['number'];
      const none = await show({}, { feed });
      expect(fold($(none, '[part="title"]')!.textContent)).to.equal('جدول أعمال الاجتماع');
    });

    it('heading-level sets the heading', async () => {
      const el = await show({ 'heading-level': '4' });
      expect($(el, 'h4 [part="title"]')).to.exist;
      expect($$(el, 'h1,h2,h3,h5,h6')).to.have.length(0);
    });
  });

  describe('which meeting', () => {
    it('by default shows the meeting <meeting-card> picks: the next scheduled one (here without agenda), else the latest held one', async () => {
      const before = await show({ meeting: '' }, { now: new Date('2031-01-01T00:00:00Z') });
      expect(fold($(before, '[part="empty"]')!.textContent)).to.equal('لم يُنشر جدول أعمال لهذا الاجتماع.');
      const after = await show({ meeting: '' }, { now: new Date('2031-06-01T00:00:00Z') });
      expect(fold($(after, '[part="title"]')!.textContent)).to.equal('جدول أعمال الاجتماع السادس والعشرين');
    });

    it('says when the meeting is not in the feed, or the feed has no meetings', async () => {
      const missing = await show({ meeting: 'nope', lang: 'en' });
      expect(fold($(missing, '[part="empty"]')!.textContent)).to.equal('Meeting “nope” is not in this feed.');
      const none = await show({ meeting: '', lang: 'en' }, { feed: { version: '1.0', committee: { id: 'x', name: 'Synthetic Committee' } } });
      expect(fold($(none, '[part="empty"]')!.textContent)).to.equal('No meetings to show yet.');
    });

    it('an invalid feed shows the base error', async () => {
      const el = await show({}, { feed: { version: '1.0' } });
      expect($(el, '[part="error"]')).to.exist;
    });
  });

  describe('items', () => {
    it('nests sub-items in ordered lists, with stable ids, keeping the feed order and a label from the position when the feed has none', async () => {
      const el = await show({ lang: 'en' });
      expect(itemIds(el)).to.deep.equal(['a-1', 'a-2', 'a-2-1', 'a-2-2', 'a-2-2-1', 'a-3', 'a-4', 'a-5', 'a-6']);
      const top = $(el, 'ol[part="list"]')!;
      expect([...top.children].map((c) => c.id)).to.deep.equal(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6'].map((id) => `agenda-m-1-${id}`));
      const deep = item(el, 'a-2-2-1')!;
      expect(deep.parentElement!.tagName).to.equal('OL');
      expect(deep.parentElement!.closest('li')!.id).to.equal('agenda-m-1-a-2-2');
      expect(deep.parentElement!.closest('li')!.parentElement!.closest('li')!.id).to.equal('agenda-m-1-a-2');
      expect(item(el, 'a-4')!.querySelector('[part="order"]')!.textContent).to.equal('4');
    });

    it('shows kind and status as text; an item without a status has no status badge', async () => {
      const el = await show({ lang: 'en' });
      expect(fold(item(el, 'a-3')!.querySelector('[part="kind"]')!.textContent)).to.equal('Type: For decision');
      expect(fold(item(el, 'a-3')!.querySelector(':scope > .entry [part="status"]')!.textContent)).to.equal('✓Status: Adopted');
      expect(fold(item(el, 'a-2-2-1')!.querySelector('[part="status"]')!.textContent)).to.contain('Deferred');
      expect(item(el, 'a-2-2')!.querySelector(':scope > .entry [part="status"]')).to.equal(null);
      expect(item(el, 'a-4')!.querySelector(':scope > .entry .tags')).to.equal(null);
      const ar = await show();
      expect(fold(item(ar, 'a-3')!.querySelector(':scope > .entry [part="status"]')!.textContent)).to.equal('✓الحالة: اعتُمد');
      expect(fold(item(ar, 'a-1')!.querySelector(':scope > .entry [part="status"]')!.textContent)).to.contain('أُحيط علمًا');
    });

    it('shows the presenter: a state with its accent, a person with title, organization and state, an organization named like its state once', async () => {
      const el = await show({ lang: 'en' });
      const facts = (id: string) => factsOf(el, id).join(' | ');
      expect(facts('a-1')).to.equal('Presenter Kingdom of Bahrain');
      const dot = item(el, 'a-1')!.querySelector<HTMLElement>('.state-dot')!;
      expect(getComputedStyle(dot).backgroundColor).to.equal('rgb(206, 17, 38)');
      expect(dot.getAttribute('aria-hidden')).to.equal('true');
      expect(facts('a-2-1')).to.contain('Presenter Test Person A, Test Title — Test Authority A — State of Kuwait');
      expect(facts('a-2-2-1')).to.equal('Presenter Test Authority A — State of Kuwait');
      expect(facts('a-5')).to.equal('Presenter GCC General Secretariat');
      expect(item(el, 'a-2-1')!.querySelectorAll('[part="facts"] bdi').length).to.be.greaterThan(2);
    });

    it('shows the decision text', async () => {
      const el = await show();
      expect(fold(item(el, 'a-3')!.querySelector('[part="decision"]')!.textContent)).to.equal('اعتُمدت الميزانية الاختبارية كما عُرضت.');
    });

    it('renders hostile feed text as text', async () => {
      const feed = clone();
      feed.meetings[0]!.agenda![0]!.title = { en: '<img src=x onerror="window.__pwned=1">Synthetic' };
      const el = await show({ lang: 'en' }, { feed });
      expect(title(el, 'a-1')).to.equal('<img src=x onerror="window.__pwned=1">Synthetic');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('references', () => {
    /** A stand-in for an initiative tracker: reveals `initiative-ini-1` only. */
    class FakeTracker extends MajlisElement {
      revealed: string[] = [];
      protected override renderView(): unknown {
        return nothing;
      }
      protected override isEmpty(): boolean {
        return false;
      }
      override reveal(fragment: string): boolean {
        this.revealed.push(fragment);
        return fragment === 'initiative-ini-1';
      }
    }
    if (!customElements.get('test-fake-tracker')) customElements.define('test-fake-tracker', FakeTracker);

    /** Clicks `a` and tells whether the click's default action was prevented. */
    const click = (a: HTMLAnchorElement): boolean => {
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
    };

    it('initiatives and working groups are links to their stable fragments', async () => {
      const el = await show({ lang: 'en' });
      const links = [...item(el, 'a-2-1')!.querySelectorAll<HTMLAnchorElement>('[part="reference"]')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#initiative-ini-1', '#initiative-ini-2']);
      expect(links.map((a) => fold(a.textContent))).to.deep.equal(['First synthetic initiative', 'Second synthetic initiative']);
      expect(item(el, 'a-3')!.querySelector('[part="reference"]')!.getAttribute('href')).to.equal('#group-wg-1');
      expect(factsOf(el, 'a-3')).to.include('Working groups Synthetic Group Alpha');
    });

    it('a click fires majlis-navigate (bubbling, composed, typed); without a widget that shows the entry, the link is left to the browser', async () => {
      const el = await show();
      const seen: { detail: MajlisNavigateDetail; bubbles: boolean; composed: boolean; cancelable: boolean }[] = [];
      const listener = (e: Event) => {
        const { detail, bubbles, composed, cancelable } = e as CustomEvent<MajlisNavigateDetail>;
        seen.push({ detail, bubbles, composed, cancelable });
      };
      document.addEventListener('majlis-navigate', listener);
      try {
        expect(click(item(el, 'a-2-1')!.querySelector<HTMLAnchorElement>('[part="reference"]')!)).to.equal(false);
      } finally {
        document.removeEventListener('majlis-navigate', listener);
      }
      expect(seen).to.deep.equal([{ detail: { kind: 'initiative', id: 'ini-1', fragment: 'initiative-ini-1' }, bubbles: true, composed: true, cancelable: true }]);
    });

    it('with a widget on the page that shows the initiative, it is revealed there and the link does not navigate', async () => {
      const el = await show();
      const { el: tracker } = mount<FakeTracker>('test-fake-tracker', {}, { feed: clone() });
      await settle(tracker);
      expect(click(item(el, 'a-2-1')!.querySelector<HTMLAnchorElement>('[part="reference"]')!)).to.equal(true);
      expect(tracker.revealed).to.deep.equal(['initiative-ini-1']);
      expect(location.hash).to.equal('#initiative-ini-1');
      // ini-2 is not shown by the tracker: the plain link is followed.
      expect(click(item(el, 'a-2-1')!.querySelectorAll<HTMLAnchorElement>('[part="reference"]')[1]!)).to.equal(false);
    });

    it('a host app may cancel majlis-navigate to route itself: no widget reveals, the click does not navigate', async () => {
      const el = await show();
      const { el: tracker } = mount<FakeTracker>('test-fake-tracker', {}, { feed: clone() });
      await settle(tracker);
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('majlis-navigate', cancel);
      try {
        expect(click(item(el, 'a-2-1')!.querySelector<HTMLAnchorElement>('[part="reference"]')!)).to.equal(true);
      } finally {
        document.removeEventListener('majlis-navigate', cancel);
      }
      expect(tracker.revealed).to.deep.equal([]);
      expect(location.hash).to.equal('');
    });

    it('a working-group link reveals the group in a <working-group-roster> on the page', async () => {
      const el = await show();
      const { el: roster } = mount<WorkingGroupRoster>('working-group-roster', {}, { feed: clone() });
      await settle(roster);
      const events: MajlisNavigateDetail[] = [];
      el.addEventListener('majlis-navigate', (e) => events.push(e.detail));
      expect(click(item(el, 'a-3')!.querySelector<HTMLAnchorElement>('[part="reference"]')!)).to.equal(true);
      expect(events).to.deep.equal([{ kind: 'working-group', id: 'wg-1', fragment: 'group-wg-1' }]);
      await settle(roster);
      expect(roster.shadowRoot!.activeElement?.id).to.equal('group-wg-1');
    });
  });

  describe('disclosure', () => {
    it('sub-items are behind a disclosure button, open at first; collapsed starts closed', async () => {
      const el = await show({ lang: 'en' });
      const toggle = toggleOf(el, 'a-2');
      const sub = item(el, 'a-2')!.querySelector<HTMLElement>(':scope > ol')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getAttribute('aria-controls')).to.equal(sub.id);
      expect(toggle.getAttribute('aria-describedby')).to.equal('t-agenda-m-1-a-2');
      expect(fold(toggle.textContent)).to.equal('Sub-items (2)');
      expect(sub.hidden).to.equal(false);
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(sub.hidden).to.equal(true);
      expect(visibleIds(el)).to.deep.equal(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6']);
      const closed = await show({ collapsed: '' });
      expect(toggleOf(closed, 'a-2').getAttribute('aria-expanded')).to.equal('false');
      expect(visibleIds(closed)).to.deep.equal(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6']);
    });

    it('is operated with the keyboard: Tab reaches the button, Enter and Space toggle it', async () => {
      const el = await show({ collapsed: '' });
      const toggle = toggleOf(el, 'a-2');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      // The next Tab stop after the button is the nested item's first link (its initiatives).
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('#initiative-ini-1');
      toggle.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('#group-wg-1');
    });

    it('expand all and collapse all', async () => {
      const el = await show({ collapsed: '' });
      $<HTMLButtonElement>(el, '[part="expand-all"]')!.click();
      await settle(el);
      expect(visibleIds(el)).to.deep.equal(['a-1', 'a-2', 'a-2-1', 'a-2-2', 'a-2-2-1', 'a-3', 'a-4', 'a-5', 'a-6']);
      expect($$(el, '[part="toggle"]').map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true']);
      $<HTMLButtonElement>(el, '[part="collapse-all"]')!.click();
      await settle(el);
      expect(visibleIds(el)).to.deep.equal(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6']);
      expect($$(el, '[part="toggle"]').map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false']);
    });

    it('an agenda without sub-items has no expand/collapse buttons', async () => {
      const el = await show({ meeting: 'm-3' });
      expect($(el, '[part="expand-all"]')).to.equal(null);
      expect($(el, '[part="toggle"]')).to.equal(null);
    });
  });

  describe('filters', () => {
    it('parses the attributes: known values only, in a fixed order; state codes in any case', () => {
      expect(parseStatuses('adopted, nope,approved,adopted')).to.deep.equal(['approved', 'adopted']);
      expect(parseKinds('review,report')).to.deep.equal(['report', 'review']);
      expect(parseStates('om,BH,XX')).to.deep.equal(['BH', 'OM']);
      expect(parseStatuses(undefined)).to.deep.equal([]);
    });

    it('status keeps the items with that status; parents of a match stay as context, and the count names matches only', async () => {
      const el = await show({ lang: 'en', status: 'approved' });
      expect(visibleIds(el)).to.deep.equal(['a-2', 'a-2-1']);
      expect(item(el, 'a-2')!.classList.contains('context')).to.equal(true);
      expect(fold(item(el, 'a-2')!.querySelector(':scope > .entry .context-note')!.textContent)).to.equal('Contains matching sub-items');
      expect(item(el, 'a-2-1')!.classList.contains('context')).to.equal(false);
      expect(count(el)).to.equal('1 of 9 items');
      expect(fold(toggleOf(el, 'a-2').textContent)).to.equal('Sub-items (1 of 2)');
    });

    it('several values of one filter are alternatives; items without a status fail only the status filter', async () => {
      const el = await show({ lang: 'en', status: 'approved,adopted,deferred' });
      expect(visibleIds(el)).to.deep.equal(['a-2', 'a-2-1', 'a-2-2', 'a-2-2-1', 'a-3']);
      expect(count(el)).to.equal('3 of 9 items');
      const kind = await show({ lang: 'en', kind: 'report' });
      // a-2-2 has no status, but passes a kind filter.
      expect(visibleIds(kind)).to.deep.equal(['a-2', 'a-2-1', 'a-2-2']);
      expect(count(kind)).to.equal('3 of 9 items');
    });

    it('filters combine: every filter must pass', async () => {
      const el = await show({ lang: 'en', kind: 'report,review', status: 'deferred' });
      expect(visibleIds(el)).to.deep.equal(['a-2', 'a-2-2', 'a-2-2-1']);
      expect(count(el)).to.equal('1 of 9 items');
      const withState = await show({ lang: 'en', kind: 'report,decision', state: 'KW,OM' });
      expect(visibleIds(withState)).to.deep.equal(['a-2', 'a-2-1', 'a-3']);
      const withQuery = await show({ lang: 'en', kind: 'report,decision', state: 'KW,OM', query: 'budget' });
      expect(visibleIds(withQuery)).to.deep.equal(['a-3']);
      expect(count(withQuery)).to.equal('1 of 9 items');
      // Nothing nested is shown: nothing to expand or collapse.
      expect($(withQuery, '[part="expand-all"]')).to.equal(null);
      expect($(withState, '[part="expand-all"]')).to.exist;
    });

    it('state keeps items presented by that state, also through the person or organization', async () => {
      const el = await show({ lang: 'en', state: 'KW' });
      expect(visibleIds(el)).to.deep.equal(['a-2', 'a-2-1', 'a-2-2', 'a-2-2-1']);
      expect(count(el)).to.equal('2 of 9 items');
      const gs = await show({ lang: 'en', state: 'gs' });
      expect(visibleIds(gs)).to.deep.equal(['a-5']);
    });

    it('chips offer the values present in the agenda and reflect the attributes', async () => {
      const el = await show({ lang: 'en', status: 'noted' });
      expect(chips(el, 'status')).to.deep.equal(['pending', 'discussed', 'approved', 'adopted', 'noted', 'deferred']);
      expect(chips(el, 'kind')).to.deep.equal(['report', 'presentation', 'discussion', 'decision', 'review', 'briefing']);
      expect(chips(el, 'state')).to.deep.equal(['BH', 'OM', 'KW', 'GS']);
      expect(chip(el, 'status', 'noted').getAttribute('aria-pressed')).to.equal('true');
      expect(chip(el, 'status', 'adopted').getAttribute('aria-pressed')).to.equal('false');
      expect(chip(el, 'status', 'noted').closest('[role="group"]')!.getAttribute('aria-labelledby')).to.equal('chips-status');
      const small = await show({ lang: 'en', meeting: 'm-3', kind: 'report' });
      expect(chips(small, 'status')).to.deep.equal([]);
      // A value selected by the attribute is offered even when no item has it, so that it can be unselected.
      expect(chips(small, 'kind')).to.deep.equal(['report']);
      expect(chip(small, 'kind', 'report').getAttribute('aria-pressed')).to.equal('true');
    });

    it('chips are toggle buttons, operated by click and keyboard, that set the attributes', async () => {
      const el = await show({ lang: 'en' });
      chip(el, 'status', 'adopted').click();
      await settle(el);
      expect(el.getAttribute('status')).to.equal('adopted');
      chip(el, 'status', 'approved').focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.getAttribute('status')).to.equal('approved,adopted');
      expect(chip(el, 'status', 'approved').getAttribute('aria-pressed')).to.equal('true');
      chip(el, 'state', 'OM').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.getAttribute('state')).to.equal('OM');
      expect(visibleIds(el)).to.deep.equal(['a-3']);
      chip(el, 'status', 'adopted').click();
      chip(el, 'status', 'approved').click();
      chip(el, 'state', 'OM').click();
      await settle(el);
      expect(el.hasAttribute('status')).to.equal(false);
      expect(el.hasAttribute('state')).to.equal(false);
      expect(count(el)).to.equal('9 items');
    });

    it('a live region announces the count, with Arabic number agreement', async () => {
      const el = await show({ status: 'approved,adopted,deferred' });
      const live = $(el, '[part="announcer"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(count(el)).to.equal('٣ من ٩ بنود');
      // The count there at first is not news: it is in the region from the start.
      expect(fold(live.textContent)).to.equal('٣ من ٩ بنود');
      el.status = undefined;
      await settle(el);
      expect(count(el)).to.equal('٩ بنود');
      await until(() => fold(live.textContent) === '٩ بنود', 'the new count in the live region');
      expect($(el, '[part="announcer"]')).to.equal(live);
    });

    it('while a search is typed, the live region waits until typing pauses, and then reads the count once', async () => {
      const el = await show({ lang: 'en' });
      const live = $(el, '[part="announcer"]')!;
      const heard: string[] = [];
      new MutationObserver(() => heard.push(fold(live.textContent))).observe(live, { childList: true, characterData: true, subtree: true });
      const input = $<HTMLInputElement>(el, '[part="search"]')!;
      for (const q of ['b', 'bu', 'bud', 'budg']) {
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settle(el);
        await new Promise((r) => setTimeout(r, 100));
      }
      // The visible count follows every key; the live region has not spoken yet.
      expect(count(el)).to.match(/ of 9 items$/u);
      expect(heard).to.deep.equal([]);
      await until(() => heard.length > 0, 'the live region to speak');
      await new Promise((r) => setTimeout(r, 700));
      expect(heard.filter((h, i) => h !== heard[i - 1])).to.deep.equal([count(el)]);
    });

    it('count wording follows the Arabic plural categories', () => {
      const ar = (shown: number, total: number) => withLocale('ar', () => countOfLabel('ar', arabicDigits(shown), arabicDigits(total), total));
      expect(ar(4, 12)).to.equal('٤ من ١٢ بندًا');
      expect(ar(4, 9)).to.equal('٤ من ٩ بنود');
      expect(ar(1, 1)).to.equal('١ من بند واحد');
      expect(ar(1, 2)).to.equal('١ من بندين');
      expect(ar(7, 100)).to.equal('٧ من ١٠٠ بند');
      expect(ar(7, 103)).to.equal('٧ من ١٠٣ بنود');
      expect(withLocale('ar', () => countLabel('ar', '١', 1))).to.equal('بند واحد');
      expect(withLocale('ar', () => countLabel('ar', '٢', 2))).to.equal('بندان');
      expect(withLocale('ar', () => countLabel('ar', '١١', 11))).to.equal('١١ بندًا');
      expect(withLocale('en', () => countOfLabel('en', '4', '12', 12))).to.equal('4 of 12 items');
      expect(withLocale('en', () => countOfLabel('en', '1', '1', 1))).to.equal('1 of one item');
      expect(withLocale('en', () => countLabel('en', '1', 1))).to.equal('One item');
    });

    it('a filter that matches nothing says so and offers to clear it; clearing focuses the search box', async () => {
      const el = await show({ lang: 'en', status: 'pending', kind: 'report', query: 'x' });
      expect($(el, '[part="list"]')).to.equal(null);
      expect(fold($(el, '[part="no-results"] p')!.textContent)).to.equal('No agenda item matches the search and filters.');
      expect(count(el)).to.equal('0 of 9 items');
      $<HTMLButtonElement>(el, '[part="no-results"] [part="clear"]')!.click();
      await settle(el);
      for (const a of ['status', 'kind', 'state', 'query']) expect(el.hasAttribute(a)).to.equal(false);
      expect(visibleIds(el)).to.have.length(9);
      expect(el.shadowRoot!.activeElement?.id).to.equal('search');
    });

    it('filtered parents open to show their matches; the reader may close them; clearing the filter restores the start state', async () => {
      const el = await show({ lang: 'en', collapsed: '', status: 'deferred' });
      expect(visibleIds(el)).to.deep.equal(['a-2', 'a-2-2', 'a-2-2-1']);
      toggleOf(el, 'a-2').click();
      await settle(el);
      expect(visibleIds(el)).to.deep.equal(['a-2']);
      el.status = undefined;
      await settle(el);
      expect(visibleIds(el)).to.deep.equal(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6']);
    });
  });

  describe('search', () => {
    const found = async (query: string, attrs: Record<string, string> = {}) => visibleIds(await show({ query, ...attrs }));

    it('ignores tashkeel and tatweel, in the query and in the feed', async () => {
      // The feed writes "الميزانِيَّة الاختباريّـة".
      expect(await found('الميزانية الاختبارية')).to.deep.equal(['a-3']);
      expect(await found('المِيزَانِيَّةُ')).to.deep.equal(['a-3']);
      expect(await found('الميـــزانية')).to.deep.equal(['a-3']);
      expect(await found('يُستجد')).to.deep.equal(['a-4']);
      expect(await found('يستجد')).to.deep.equal(['a-4']);
    });

    it('treats أ/إ/آ/ا, ى/ي and ة/ه alike', async () => {
      expect(await found('الاداره')).to.deep.equal(['a-5']);
      expect(await found('مبني الإدارة')).to.deep.equal(['a-5']);
      expect(await found('افتتاح الإجتماع')).to.deep.equal(['a-1']);
      expect(await found('آفتتاح')).to.deep.equal(['a-1']);
      expect(await found('البوابه')).to.deep.equal(['a-2', 'a-2-2']);
    });

    it('matches both languages of a language map, labels in both languages, presenters, links and order labels in either numerals', async () => {
      expect(await found('budget')).to.deep.equal(['a-3']);
      expect(await found('Only in English')).to.deep.equal(['a-6']);
      expect(await found('deferred')).to.deep.equal(['a-2', 'a-2-2', 'a-2-2-1']);
      expect(await found('أُرجئ')).to.deep.equal(['a-2', 'a-2-2', 'a-2-2-1']);
      expect(await found('Test Person A')).to.deep.equal(['a-2', 'a-2-1']);
      expect(await found('سلطنة عمان')).to.deep.equal(['a-3']);
      expect(await found('Synthetic Group Alpha')).to.deep.equal(['a-3']);
      expect(await found('٢.٢.١')).to.deep.equal(['a-2', 'a-2-2', 'a-2-2-1']);
      expect(await found('2.2.1', { lang: 'en' })).to.deep.equal(['a-2', 'a-2-2', 'a-2-2-1']);
    });

    it('the search box sets the query attribute, and an empty box removes it', async () => {
      const el = await show({ lang: 'en' });
      const input = $<HTMLInputElement>(el, '[part="search"]')!;
      expect(input.labels![0]!.textContent!.trim()).to.equal('Search the agenda');
      input.focus();
      await sendKeys({ type: 'budget' });
      await settle(el);
      expect(el.getAttribute('query')).to.equal('budget');
      expect(visibleIds(el)).to.deep.equal(['a-3']);
      expect(count(el)).to.equal('1 of 9 items');
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await settle(el);
      expect(el.hasAttribute('query')).to.equal(false);
    });
  });

  describe('reveal', () => {
    it('reveal(agenda-<meeting>-<item>) opens its parents, scrolls to and focuses it, clearing filters that hide it', async () => {
      const el = await show({ collapsed: '', status: 'noted' });
      expect(visibleIds(el)).to.deep.equal(['a-1']);
      expect(el.reveal('agenda-m-1-a-2-2-1')).to.equal(true);
      await settle(el);
      expect(el.hasAttribute('status')).to.equal(false);
      expect(el.shadowRoot!.activeElement?.id).to.equal('agenda-m-1-a-2-2-1');
      expect(visibleIds(el)).to.deep.equal(['a-1', 'a-2', 'a-2-1', 'a-2-2', 'a-2-2-1', 'a-3', 'a-4', 'a-5', 'a-6']);
      expect(el.reveal('agenda-m-1-nope')).to.equal(false);
      expect(el.reveal('agenda-m-3-b-1')).to.equal(false);
      expect(el.reveal('initiative-ini-1')).to.equal(false);
    });

    it('keeps filters that do not hide the item', async () => {
      const el = await show({ collapsed: '', status: 'deferred' });
      expect(el.reveal('agenda-m-1-a-2-2-1')).to.equal(true);
      await settle(el);
      expect(el.getAttribute('status')).to.equal('deferred');
      expect(el.shadowRoot!.activeElement?.id).to.equal('agenda-m-1-a-2-2-1');
    });

    it('a page opened at #agenda-<meeting>-<item> reveals that item once the feed is loaded', async () => {
      history.replaceState(null, '', '#agenda-m-1-a-2-2-1');
      const el = await show({ collapsed: '' });
      await settle(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('agenda-m-1-a-2-2-1');
    });
  });

  describe('virtualized long agendas', () => {
    it('the model of 10,000 items is built once per meeting', () => {
      const feed = bigFeed(10_000) as unknown as Feed;
      const a = agendaModel(feed, feed.meetings![0]!);
      expect(a.all).to.have.length(10_000);
      expect(a.roots).to.have.length(100);
      expect(agendaModel(feed, feed.meetings![0]!)).to.equal(a);
      expect(a.all[9999]!.item.title).to.deep.equal({ ar: 'بند اصطناعي ٩٩٩٩', en: 'Synthetic item 9999' });
    });

    it('10,000 items render as one flattened list with list semantics, only a window of rows in the DOM', async () => {
      const el = await show({ meeting: 'big', lang: 'en' }, { feed: bigFeed(10_000) });
      expect($(el, 'ol')).to.equal(null);
      const list = $(el, '.vlist')!;
      expect(list.getAttribute('role')).to.equal('list');
      await until(() => rows(el).length > 0, 'rows rendered');
      expect(rows(el).length).to.be.lessThan(200);
      const [first, second] = rows(el);
      expect([first!.getAttribute('aria-level'), first!.getAttribute('aria-posinset'), first!.getAttribute('aria-setsize')]).to.deep.equal(['1', '1', '100']);
      expect([second!.getAttribute('aria-level'), second!.getAttribute('aria-posinset'), second!.getAttribute('aria-setsize')]).to.deep.equal(['2', '1', '99']);
      expect(first!.id).to.equal('agenda-big-s-0');
      expect(count(el)).to.equal('10,000 items');
      expect(getComputedStyle($(el, '.scroller')!).overflowY).to.equal('auto');
    });

    for (const [lang, last] of [
      ['en', 'Synthetic item 9999'],
      ['ar', 'بند اصطناعي ٩٩٩٩'],
    ] as const) {
      it(`scrolls to the end, where item 9,999 is rendered with its level and position (${lang})`, async () => {
        const el = await show({ meeting: 'big', lang }, { feed: bigFeed(10_000) });
        const scroller = $(el, '.scroller')!;
        await until(() => rows(el).length > 0, 'rows rendered');
        await until(() => {
          scroller.scrollTop = scroller.scrollHeight;
          return rowTitles(el).includes(last);
        }, 'the last item after scrolling to the end');
        const row = $(el, '#agenda-big-s-9999')!;
        expect([row.getAttribute('aria-level'), row.getAttribute('aria-posinset'), row.getAttribute('aria-setsize')]).to.deep.equal(['2', '99', '99']);
        expect(row.closest('.vlist')).to.equal($(el, '.vlist'));
        expect(rows(el).length).to.be.lessThan(200);
        // The row is within the scroll box, not clipped away (also right to left).
        const box = scroller.getBoundingClientRect();
        const r = row.getBoundingClientRect();
        expect(r.left).to.be.at.least(box.left - 1);
        expect(r.right).to.be.at.most(box.right + 1);
        expect(r.top).to.be.lessThan(box.bottom);
      });
    }

    it('wherever the box is scrolled, the rendered rows cover its visible part, in order, with no gap', async () => {
      const el = await show({ meeting: 'big', lang: 'en' }, { feed: bigFeed(10_000) });
      const scroller = $(el, '.scroller')!;
      await until(() => rows(el).length > 0, 'rows rendered');
      for (const at of [0.5, 0.1, 0.9, 0.3]) {
        scroller.scrollTop = at * (scroller.scrollHeight - scroller.clientHeight);
        // What the browser does after a scroll. Chromium under load sometimes delivers no 'scroll' at all for a
        // programmatic jump (seen: none to any listener within 120 frames, scrollTop set); a reader's scrolling always does.
        scroller.dispatchEvent(new Event('scroll'));
        const box = scroller.getBoundingClientRect();
        await until(() => {
          const r = rows(el);
          return r.length > 0 && r[0]!.getBoundingClientRect().top <= box.top + 1 && r.at(-1)!.getBoundingClientRect().bottom >= box.bottom - 1;
        }, `rows covering the box scrolled to ${at}`);
        const keys = rows(el).map((r) => Number(r.id.replace('agenda-big-s-', '')));
        expect(keys).to.deep.equal([...keys].sort((a, b) => a - b));
        expect(keys.at(-1)! - keys[0]! + 1).to.equal(keys.length);
        const tops = rows(el).map((r) => r.getBoundingClientRect());
        for (let i = 1; i < tops.length; i++) expect(Math.abs(tops[i]!.top - tops[i - 1]!.bottom)).to.be.below(1.5);
        expect(rows(el).length).to.be.lessThan(200);
      }
    });

    it('search still finds item 9,999, in English and in Arabic with Arabic-Indic digits', async () => {
      const el = await show({ meeting: 'big', lang: 'en', query: 'Synthetic item 9999' }, { feed: bigFeed(10_000) });
      await until(() => rows(el).length === 2, 'two rows: the match and its parent');
      expect(rowTitles(el)).to.deep.equal(['Synthetic item 9900', 'Synthetic item 9999']);
      expect(count(el)).to.equal('1 of 10,000 items');
      expect(rows(el)[1]!.getAttribute('aria-setsize')).to.equal('1');
      const ar = await show({ meeting: 'big', query: 'بند اصطناعى ٩٩٩٩' }, { feed: bigFeed(10_000) });
      // Rows are rendered only while the list is in the window's viewport (the first list is above).
      ar.scrollIntoView();
      await until(() => rows(ar).length === 2, `two rows in Arabic, got ${rowTitles(ar).slice(0, 4).join(' | ')} (${count(ar)})`);
      expect(rowTitles(ar)[1]).to.equal('بند اصطناعي ٩٩٩٩');
      expect(count(ar)).to.equal('١ من ١٠٬٠٠٠ بند');
    });

    it('disclosure works on rows: closing an item removes its sub-items from the list', async () => {
      const el = await show({ meeting: 'big', lang: 'en' }, { feed: bigFeed(300) });
      await until(() => rows(el).length > 0, 'rows rendered');
      const toggle = rows(el)[0]!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.hasAttribute('aria-controls')).to.equal(false);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await until(() => rowTitles(el)[1] === 'Synthetic item 100', 'the next top-level item after the closed one');
      expect(el.shadowRoot!.activeElement).to.equal(rows(el)[0]!.querySelector('[part="toggle"]'));
      expect(rows(el)[1]!.getAttribute('aria-posinset')).to.equal('2');
      $<HTMLButtonElement>(el, '[part="collapse-all"]')!.click();
      await settle(el);
      await until(() => rowTitles(el).join() === 'Synthetic item 0,Synthetic item 100,Synthetic item 200', 'three closed top-level rows');
    });

    it('reveal() scrolls the box to an item far down and focuses it', async () => {
      const el = await show({ meeting: 'big', lang: 'en', collapsed: '' }, { feed: bigFeed(10_000) });
      await until(() => rows(el).length > 0, 'rows rendered');
      expect(el.reveal('agenda-big-s-7654')).to.equal(true);
      await until(() => el.shadowRoot!.activeElement?.id === 'agenda-big-s-7654', 'item 7654 focused', 300);
      const row = $(el, '#agenda-big-s-7654')!;
      const box = $(el, '.scroller')!.getBoundingClientRect();
      const r = row.getBoundingClientRect();
      expect(r.bottom).to.be.greaterThan(box.top);
      expect(r.top).to.be.lessThan(box.bottom);
      expect(rows(el).length).to.be.lessThan(200);
    });

    it('virtualize-threshold sets where the virtualized path starts', async () => {
      const small = await show({ 'virtualize-threshold': '3', lang: 'en' });
      await until(() => rows(small).length > 0, 'rows rendered');
      expect($(small, 'ol')).to.equal(null);
      expect(rows(small).map((r) => r.getAttribute('aria-level'))).to.deep.equal(['1', '1', '2', '2', '3', '1', '1', '1', '1']);
      expect(rows(small).map((r) => r.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '1', '2', '1', '3', '4', '5', '6']);
      const big = await show({ meeting: 'big', 'virtualize-threshold': '400' }, { feed: bigFeed(300) });
      expect($(big, '.vlist')).to.equal(null);
      expect($$(big, 'ol[part="list"] > li')).to.have.length(3);
      expect(new AgendaList().virtualizeThreshold).to.equal(200);
      // Removing the attribute restores the default, not 0.
      small.removeAttribute('virtualize-threshold');
      await settle(small);
      expect($(small, '.vlist')).to.equal(null);
      expect($(small, 'ol[part="list"]')).to.exist;
    });

    it('printing renders every item, expanded, without virtualization; afterwards the list is virtualized again', async () => {
      const el = await show({ meeting: 'big', lang: 'en', collapsed: '' }, { feed: bigFeed(300) });
      await until(() => rows(el).length > 0, 'rows rendered');
      window.dispatchEvent(new Event('beforeprint'));
      // Rendered synchronously: the browser lays the page out for print right after the event.
      expect($(el, '.vlist')).to.equal(null);
      expect($$(el, '[part="item"]')).to.have.length(300);
      expect($$(el, 'ol[hidden]')).to.have.length(0);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect($(el, '.vlist')).to.exist;
    });
  });

  describe('print styles', () => {
    it('hide the filter controls and show collapsed sub-items', async () => {
      const el = await show({ collapsed: '' });
      await emulateMedia({ media: 'print' });
      expect($(el, '[part="filters"]')!.checkVisibility()).to.equal(false);
      expect($(el, '[part="expand-all"]')!.checkVisibility()).to.equal(false);
      expect(toggleOf(el, 'a-2').checkVisibility()).to.equal(false);
      expect($(el, '[part="title"]')!.checkVisibility()).to.equal(true);
      const sub = item(el, 'a-2')!.querySelector<HTMLElement>(':scope > ol')!;
      expect(sub.hidden).to.equal(true);
      expect(sub.checkVisibility()).to.equal(true);
      expect(item(el, 'a-2-2-1')!.checkVisibility()).to.equal(true);
      await emulateMedia({ media: 'screen' });
      expect(sub.checkVisibility()).to.equal(false);
      expect(toggleOf(el, 'a-2').checkVisibility()).to.equal(true);
    });
  });

  describe('layout', () => {
    it('fits a 360px container without overflowing it', async () => {
      const el = await show({ lang: 'en' }, { width: 360 });
      const agenda = $(el, '[part="agenda"]')!;
      expect(agenda.scrollWidth).to.be.at.most(agenda.clientWidth + 1);
      expect(getComputedStyle(item(el, 'a-3')!.querySelector('[part="facts"]')!).gridTemplateColumns.split(' ')).to.have.length(1);
    });

    for (const lang of ['ar', 'en']) {
      it(`items nested five deep stay inside a 344px container with text at 200 % (${lang})`, async () => {
        // A phone (360px) whose reader doubled the text size: the widget's rem-based layout sees a 10.75rem container.
        const nest = (depth: number, order: string): FixtureItem => ({
          id: `deep-${order.replaceAll('.', '-')}`,
          order,
          title: { ar: `بند اصطناعي ${order} بعنوان طويل يلتف على أسطر عدة`, en: `Synthetic item ${order} with a long title that wraps` },
          kind: 'presentation',
          status: 'discussed',
          ...(depth < 5 ? { items: [nest(depth + 1, `${order}.1`)] } : {}),
        });
        const feed = {
          version: '1.0',
          committee: { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } },
          meetings: [{ id: 'm-1', status: 'held', agenda: [nest(1, '1')] }],
        };
        document.documentElement.style.fontSize = '200%';
        try {
          const el = await show({ lang }, { feed, width: 344 });
          const titles = $$(el, '[part="item-title"]');
          expect(titles).to.have.length(5);
          const edge = el.getBoundingClientRect();
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          for (const part of ['item-title', 'kind', 'status', 'order']) {
            for (const n of $$(el, `[part="${part}"]`)) {
              const r = n.getBoundingClientRect();
              expect(r.left, `${part} ${fold(n.textContent)}`).to.be.at.least(edge.left - 0.5);
              expect(r.right, `${part} ${fold(n.textContent)}`).to.be.at.most(edge.right + 0.5);
            }
          }
          // The deepest title still has room for a few words a line.
          expect(titles[4]!.getBoundingClientRect().width).to.be.greaterThan(150);
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });
    }
  });

  describe('accessibility (axe)', () => {
    it('in both directions, light and dark', async () => {
      for (const attrs of [{}, { lang: 'en' }, { theme: 'dark' }, { lang: 'en', theme: 'dark' }] as Record<string, string>[]) {
        const el = await show(attrs);
        await expect(el).to.be.accessible();
      }
    });

    it('filtered, collapsed, expanded and with no results', async () => {
      for (const attrs of [{ status: 'approved', kind: 'report' }, { collapsed: '' }, { lang: 'en', query: 'budget', state: 'OM' }, { query: 'لا شيء يطابق هذا' }] as Record<string, string>[]) {
        const el = await show(attrs);
        await expect(el).to.be.accessible();
      }
      const expanded = await show({ collapsed: '', lang: 'en' });
      $<HTMLButtonElement>(expanded, '[part="expand-all"]')!.click();
      await settle(expanded);
      await expect(expanded).to.be.accessible();
    });

    it('virtualized, in both directions, also filtered', async () => {
      for (const attrs of [{}, { lang: 'en' }, { lang: 'en', query: '99' }] as Record<string, string>[]) {
        const el = await show({ meeting: 'big', ...attrs }, { feed: bigFeed(1000) });
        el.scrollIntoView();
        await until(() => rows(el).length > 0, 'rows rendered');
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('the demo feed', () => {
    it('renders both meetings in Arabic and English, with no console errors and no warnings', async () => {
      const errors: unknown[] = [];
      const orig = console.error;
      console.error = (...a: unknown[]) => errors.push(a);
      try {
        for (const lang of ['ar', 'en']) {
          for (const meeting of ['egov-exec-26', 'egov-exec-22']) {
            const { el, loaded } = mount<AgendaList>('agenda-list', { src: fresh('/demo/feeds/gcc-egov.json'), lang, meeting });
            expect((await timeoutAfter(loaded, 5000, 'load')).detail.warnings).to.deep.equal([]);
            await settle(el);
            expect($$(el, '[part="item"]').length).to.be.greaterThan(7);
            await expect(el).to.be.accessible();
          }
        }
        expect(errors).to.deep.equal([]);
      } finally {
        console.error = orig;
      }
    });

    it('renders nothing for a missing status, and items without a status pass other filters', async () => {
      const { el, loaded } = mount<AgendaList>('agenda-list', { src: fresh('/demo/feeds/gcc-egov.json'), lang: 'en', meeting: 'egov-exec-22', kind: 'presentation' });
      await timeoutAfter(loaded, 5000, 'load');
      await settle(el);
      const only = $$(el, '[part="item"]');
      expect(only.map((li) => li.id)).to.deep.equal(['agenda-egov-exec-22-egov-exec-22-strategy-measurement-model']);
      expect(only[0]!.querySelector('[part="status"]')).to.equal(null);
      expect(text(el)).to.not.contain('Pending');
    });
  });
});

describe('guarded definition of <agenda-list>', () => {
  it('defining again never throws; a prefixed name works beside the default one', async () => {
    expect(() => AgendaList.define()).not.to.throw();
    AgendaList.define('gcc-agenda-list');
    const { el } = mount<AgendaList>('gcc-agenda-list', { lang: 'en', meeting: 'm-3' }, { feed: clone() });
    await settle(el);
    expect(el).to.be.instanceOf(AgendaList);
    expect(fold($(el, '[part="title"]')!.textContent)).to.equal('Agenda of the 11th meeting');
  });
});
