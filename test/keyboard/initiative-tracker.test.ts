// <initiative-tracker> with the keyboard only: real key presses (Tab, Shift+Tab, Enter, Space, arrows, Escape), in Arabic (RTL) and English (LTR).
import { expect } from '@open-wc/testing';
import '../../src/define/initiative-tracker.js';
import type { InitiativeTracker } from '../../src/components/initiative-tracker/initiative-tracker.js';
import type { MajlisNavigateDetail } from '../../src/base/majlis-element.js';
import { $, $$, settle, timeoutAfter } from '../helpers.js';
import { deepActive, expectOutlinesOnTab, expectReadingOrder, hasOutline, mountBetween, nameOf, press, tabbables, walk, withForcedColorRules } from './keys.js';

let fixture: Record<string, unknown>;
before(async () => {
  fixture = await (await fetch('/test/fixtures/initiative-tracker/initiatives.json')).json();
});

const NOW = new Date('2030-06-01T09:00:00Z');
const parts = (list: Element[]) => list.map((e) => e.getAttribute('part') ?? e.localName);
const toggleOf = (el: Element, id: string) => $<HTMLButtonElement>(el, `[part="initiative"][data-id="${id}"] [part="details-toggle"]`)!;
const detailsOf = (el: Element, id: string) => $(el, `[part="initiative"][data-id="${id}"] [part="details"]`)!;

for (const lang of ['ar', 'en'] as const) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  describe(`<initiative-tracker> keyboard (${lang}, ${dir})`, () => {
    /** 600px: one column, chips shown (the "Filters" button exists only below 30rem). */
    const show = async (attrs: Record<string, string> = {}, width = 600) => {
      const w = await mountBetween<InitiativeTracker>('initiative-tracker', { lang, ...attrs }, { feed: structuredClone(fixture), now: NOW, width });
      expect(w.outcome).to.equal('load');
      return w;
    };

    it('Tab visits the menus, the chips and each initiative’s details button in document and reading order; Shift+Tab reverses it', async () => {
      const { el, before, after } = await show();
      expect(el.direction).to.equal(dir);
      const expected = tabbables(el);
      const chips = $$(el, '[part="chip"]').length;
      const toggles = $$(el, '[part="details-toggle"]').length;
      expect(chips).to.be.greaterThan(5);
      expect(toggles).to.be.greaterThan(3);
      expect(parts(expected)).to.deep.equal(['group-by', 'sort', ...Array<string>(chips).fill('chip'), ...Array<string>(toggles).fill('details-toggle')]);
      const forwards = await walk(before, after);
      expect(forwards.map(nameOf)).to.deep.equal(expected.map(nameOf));
      expect(forwards).to.deep.equal(expected);
      for (let i = 1; i < forwards.length; i++) expectReadingOrder(forwards[i - 1]!, forwards[i]!, dir);
      expect(await walk(after, before, true)).to.deep.equal([...expected].reverse());
    });

    it('every stop shows a focus outline, also with the forced-colors rules (details open, links included)', async () => {
      const { el, before } = await show({ expanded: '' });
      expect($$(el, '[part="meeting"]').length).to.be.greaterThan(0);
      await expectOutlinesOnTab(el, before);
      expect(await withForcedColorRules(el, () => expectOutlinesOnTab(el, before, ' in forced colors'))).to.be.greaterThan(0);
    });

    it('in forced colours the status bar and its legend keep one colour per status, so the key still reads', async () => {
      const { el } = await show();
      const swatches = $$(el, '.legend .swatch');
      expect(swatches.length).to.be.greaterThan(3);
      await withForcedColorRules(el, async () => {
        const colours = swatches.map((s) => getComputedStyle(s).backgroundColor);
        expect(new Set(colours).size, colours.join(' ')).to.equal(swatches.length);
        for (const s of [...swatches, ...$$(el, '.bar .seg')]) expect(getComputedStyle(s).forcedColorAdjust).to.equal('none');
      });
    });

    it('Space and Enter open and close an initiative’s details; opened, its links join the Tab order right after the button', async () => {
      const { el } = await show();
      const toggle = toggleOf(el, 'init-a');
      toggle.focus();
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await press('Space');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(detailsOf(el, 'init-a').hidden).to.equal(false);
      expect(deepActive()).to.equal(toggle);
      await press('Tab');
      const link = deepActive()!;
      expect(link.localName).to.equal('a');
      expect(detailsOf(el, 'init-a').contains(link)).to.equal(true);
      await press('Shift+Tab');
      await press('Enter');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(detailsOf(el, 'init-a').hidden).to.equal(true);
    });

    it('Enter on a meeting link in the details follows it (majlis-navigate)', async () => {
      const { el } = await show({ expanded: '' });
      const link = $<HTMLAnchorElement>(el, '[part="initiative"][data-id="init-a"] [part="meeting"]')!;
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
      expect(ev.detail.kind).to.equal('meeting');
      expect(link.getAttribute('href')).to.equal(`#${ev.detail.fragment}`);
    });

    it('the arrow keys change "Group by" and "Sort by"', async () => {
      const { el } = await show();
      const groupBy = $<HTMLSelectElement>(el, '[part="group-by"]')!;
      groupBy.focus();
      await press('ArrowDown');
      await settle(el);
      expect(el.groupBy).to.equal('status');
      expect(el.getAttribute('group-by')).to.equal('status');
      expect(deepActive()).to.equal(groupBy);
      await press('Tab');
      expect(deepActive()).to.equal($(el, '[part="sort"]'));
      await press('ArrowDown');
      await settle(el);
      expect(el.sort).to.equal('title');
    });

    it('Space and Enter press and release a chip; "Clear filters" by Enter returns focus to "Group by"', async () => {
      const { el } = await show();
      const chip = $<HTMLButtonElement>(el, '[part="chip"][data-filter="status"][data-value="proposed"]')!;
      chip.focus();
      await press('Space');
      await settle(el);
      expect(chip.getAttribute('aria-pressed')).to.equal('true');
      expect(el.getAttribute('status')).to.equal('proposed');
      await press('Enter');
      await settle(el);
      expect(chip.getAttribute('aria-pressed')).to.equal('false');
      expect(el.hasAttribute('status')).to.equal(false);
      await press('Enter');
      await settle(el);
      const clear = $<HTMLButtonElement>(el, '[part="clear"]')!;
      clear.focus();
      await press('Enter');
      await settle(el);
      expect(el.hasAttribute('status')).to.equal(false);
      expect(deepActive()).to.equal($(el, '[part="group-by"]'));
    });

    it('narrow (below 30rem): the chips are behind "Filters"; Enter shows them and puts them next in the Tab order', async () => {
      const { el, before, after } = await show({}, 380);
      const filters = $<HTMLButtonElement>(el, '[part="filters-toggle"]')!;
      const closed = parts(await walk(before, after));
      expect(closed.slice(0, 3)).to.deep.equal(['group-by', 'sort', 'filters-toggle']);
      expect(closed).to.not.include('chip');
      filters.focus();
      await press('Enter');
      await settle(el);
      expect(filters.getAttribute('aria-expanded')).to.equal('true');
      await press('Tab');
      expect(deepActive()!.getAttribute('part')).to.equal('chip');
      expect(hasOutline(deepActive()!)).to.equal(true);
      filters.focus();
      await press('Space');
      await settle(el);
      expect(filters.getAttribute('aria-expanded')).to.equal('false');
    });

    // Escape is handled by the base element (MajlisElement.onKeydown) for every widget.
    it('Escape closes open details and the open filters panel, keeping focus on the button', async () => {
      const { el } = await show({ expanded: '' }, 380);
      const toggle = toggleOf(el, 'init-a');
      toggle.focus();
      await press('Escape');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(toggle);
      const filters = $<HTMLButtonElement>(el, '[part="filters-toggle"]')!;
      filters.focus();
      await press('Enter');
      await settle(el);
      await press('Tab');
      await press('Escape');
      await settle(el);
      expect(filters.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(filters);
    });
  });
}
