// <agenda-list> with the keyboard only: real key presses (Tab, Shift+Tab, Enter, Space, Escape, typing), in Arabic (RTL) and English (LTR).
import { expect } from '@open-wc/testing';
import '../../src/define/agenda-list.js';
import type { AgendaList } from '../../src/components/agenda-list/agenda-list.js';
import type { MajlisNavigateDetail } from '../../src/base/majlis-element.js';
import { $, $$, settle, timeoutAfter } from '../helpers.js';
import { deepActive, expectOutlinesOnTab, expectReadingOrder, hasOutline, mountBetween, nameOf, press, tabbables, typeText, walk, withForcedColorRules } from './keys.js';

type Json = Record<string, unknown>;
let fixture: Json;
before(async () => {
  fixture = await (await fetch('/test/fixtures/agenda-list/agenda.json')).json();
});

/** After the fixture's held meetings, before the scheduled m-2. */
const NOW = new Date('2030-06-01T09:00:00Z');
const parts = (list: Element[]) => list.map((e) => e.getAttribute('part') ?? e.localName);
const toggleOf = (el: Element, id: string) => $<HTMLButtonElement>(el, `#agenda-m-1-${id} > .entry [part="toggle"]`)!;
const subList = (el: Element, id: string) => $(el, `#sub-agenda-m-1-${id}`)!;

for (const lang of ['ar', 'en'] as const) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  describe(`<agenda-list> keyboard (${lang}, ${dir})`, () => {
    const show = async (attrs: Record<string, string> = {}, width = 600) => {
      const w = await mountBetween<AgendaList>('agenda-list', { lang, meeting: 'm-1', ...attrs }, { feed: structuredClone(fixture), now: NOW, width });
      expect(w.outcome).to.equal('load');
      return w;
    };

    it('Tab visits search, chips, expand/collapse, item toggles and links in document and reading order; Shift+Tab reverses it', async () => {
      const { el, before, after } = await show();
      expect(el.direction).to.equal(dir);
      const expected = tabbables(el);
      const chips = $$(el, '[part="chip"]').length;
      expect(chips).to.be.greaterThan(5);
      expect(parts(expected)).to.deep.equal([
        'search',
        ...Array<string>(chips).fill('chip'),
        'expand-all',
        'collapse-all',
        // a-2's sub-items, a-2-1's two initiatives, a-2-2's sub-items, a-3's working group.
        'toggle',
        'reference',
        'reference',
        'toggle',
        'reference',
      ]);
      const forwards = await walk(before, after);
      expect(forwards.map(nameOf)).to.deep.equal(expected.map(nameOf));
      expect(forwards).to.deep.equal(expected);
      for (let i = 1; i < forwards.length; i++) expectReadingOrder(forwards[i - 1]!, forwards[i]!, dir);
      expect(await walk(after, before, true)).to.deep.equal([...expected].reverse());
    });

    it('closed sub-lists take their controls out of the Tab order', async () => {
      const { el, before, after } = await show({ collapsed: '' });
      const stops = parts(await walk(before, after));
      // a-2 closed: its sub-items' links and a-2-2's toggle are skipped.
      expect(stops.slice(-2)).to.deep.equal(['toggle', 'reference']);
      expect(stops.filter((p) => p === 'toggle')).to.have.length(1);
      expect(subList(el, 'a-2').hidden).to.equal(true);
    });

    it('every stop shows a focus outline, also with the forced-colors rules', async () => {
      const { el, before } = await show();
      await expectOutlinesOnTab(el, before);
      expect(await withForcedColorRules(el, () => expectOutlinesOnTab(el, before, ' in forced colors'))).to.be.greaterThan(0);
    });

    it('Enter and Space toggle an item’s sub-list; focus stays on the toggle', async () => {
      const { el } = await show();
      const toggle = toggleOf(el, 'a-2');
      toggle.focus();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await press('Enter');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(subList(el, 'a-2').hidden).to.equal(true);
      expect(deepActive()).to.equal(toggle);
      await press('Space');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(subList(el, 'a-2').hidden).to.equal(false);
      expect(deepActive()).to.equal(toggle);
    });

    it('"Collapse all" and "Expand all" work with Enter and Space', async () => {
      const { el } = await show();
      $<HTMLButtonElement>(el, '[part="collapse-all"]')!.focus();
      await press('Enter');
      await settle(el);
      expect($$(el, '[part="toggle"]').map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false']);
      await press('Shift+Tab');
      expect(deepActive()).to.equal($(el, '[part="expand-all"]'));
      await press('Space');
      await settle(el);
      expect($$(el, '[part="toggle"]').map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true']);
    });

    it('Space and Enter press and release a filter chip (aria-pressed and the attribute follow)', async () => {
      const { el } = await show();
      const chip = $<HTMLButtonElement>(el, '[part="chip"][data-filter="status"][data-value="approved"]')!;
      chip.focus();
      await press('Space');
      await settle(el);
      expect(chip.getAttribute('aria-pressed')).to.equal('true');
      expect(el.getAttribute('status')).to.equal('approved');
      expect(deepActive()).to.equal(chip);
      await press('Enter');
      await settle(el);
      expect(chip.getAttribute('aria-pressed')).to.equal('false');
      expect(el.hasAttribute('status')).to.equal(false);
    });

    it('typing in the search box filters; Escape empties the box and the filter goes with it', async () => {
      const { el } = await show();
      const search = $<HTMLInputElement>(el, '[part="search"]')!;
      const total = $(el, '[part="count"]')!.textContent;
      search.focus();
      await press('Tab');
      await press('Shift+Tab');
      expect(deepActive()).to.equal(search);
      await typeText('zzzz-synthetic-nothing');
      await settle(el);
      expect(el.getAttribute('query')).to.equal('zzzz-synthetic-nothing');
      expect($(el, '[part="no-results"]')).to.not.equal(null);
      await press('Escape');
      await settle(el);
      expect(search.value).to.equal('');
      expect(el.hasAttribute('query')).to.equal(false);
      expect($(el, '[part="count"]')!.textContent).to.equal(total);
      expect(deepActive()).to.equal(search);
    });

    it('with no match, Tab reaches "Clear search and filters"; Enter clears and returns focus to the search box', async () => {
      const { el, before, after } = await show({ query: 'zzzz-synthetic-nothing' });
      const stops = await walk(before, after);
      expect(parts(stops).at(-1)).to.equal('clear');
      (stops.at(-1) as HTMLElement).focus();
      await press('Enter');
      await settle(el);
      expect(el.hasAttribute('query')).to.equal(false);
      expect(deepActive()).to.equal($(el, '[part="search"]'));
    });

    it('Enter on a link to an initiative follows it (majlis-navigate)', async () => {
      const { el } = await show();
      const link = $<HTMLAnchorElement>(el, '[part="reference"][href="#initiative-ini-1"]')!;
      const navigated = new Promise<CustomEvent<MajlisNavigateDetail>>((r) =>
        el.addEventListener(
          'majlis-navigate',
          (e) => {
            e.preventDefault();
            r(e);
          },
          { once: true },
        ),
      );
      link.focus();
      await press('Enter');
      const ev = await timeoutAfter(navigated, 3000, 'majlis-navigate');
      expect(ev.detail).to.deep.include({ kind: 'initiative', id: 'ini-1', fragment: 'initiative-ini-1' });
    });

    it('a long (windowed) agenda: Tab reaches the scroll box, which shows focus', async () => {
      const { el, before } = await show({ 'virtualize-threshold': '3' });
      const scroller = $(el, '[part="scroller"]')!;
      before.focus();
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await press('Tab');
        reached = deepActive() === scroller;
      }
      expect(reached, 'the scroll box is in the Tab order').to.equal(true);
      expect(hasOutline(scroller)).to.equal(true);
    });

    // Escape is handled by the base element (MajlisElement.onKeydown) for every widget.
    it('Escape on an open item’s toggle closes its sub-list and keeps focus on the toggle', async () => {
      const { el } = await show();
      const toggle = toggleOf(el, 'a-2');
      toggle.focus();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await press('Escape');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(toggle);
    });
  });
}

