// <working-group-roster> with the keyboard only: real key presses (Tab, Shift+Tab, Enter, Space, Escape, typing), in Arabic (RTL) and English (LTR).
import { expect } from '@open-wc/testing';
import '../../src/define/working-group-roster.js';
import type { WorkingGroupRoster } from '../../src/components/working-group-roster/working-group-roster.js';
import type { MajlisNavigateDetail } from '../../src/base/majlis-element.js';
import { $, $$, settle, timeoutAfter } from '../helpers.js';
import { deepActive, expectOutlinesOnTab, expectReadingOrder, mountBetween, nameOf, press, tabbables, typeText, walk, withForcedColorRules } from './keys.js';

let fixture: Record<string, unknown>;
before(async () => {
  fixture = await (await fetch('/test/fixtures/working-group-roster/roster.json')).json();
});

const NOW = new Date('2030-06-01T09:00:00Z');
const parts = (list: Element[]) => list.map((e) => e.getAttribute('part') ?? e.localName);
const toggleOf = (el: Element, id: string) => $<HTMLButtonElement>(el, `#group-${id} [part="members-toggle"]`)!;
const membersOf = (el: Element, id: string) => $(el, `#members-${id}`)!;

for (const lang of ['ar', 'en'] as const) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  describe(`<working-group-roster> keyboard (${lang}, ${dir})`, () => {
    /** 600px: below 40rem, members are a list; from 40rem, a table. */
    const show = async (attrs: Record<string, string> = {}, width = 600) => {
      const w = await mountBetween<WorkingGroupRoster>('working-group-roster', { lang, ...attrs }, { feed: structuredClone(fixture), now: NOW, width });
      expect(w.outcome).to.equal('load');
      return w;
    };

    it('Tab visits search, state chips, the members button and the transfer link in document and reading order; Shift+Tab reverses it', async () => {
      const { el, before, after } = await show();
      expect(el.direction).to.equal(dir);
      const expected = tabbables(el);
      const chips = $$(el, '[part="chip"]').length;
      expect(chips).to.be.greaterThan(3);
      // wg-alpha's members button; wg-beta's "tasks transferred to" link (its members are all former: no button).
      expect(parts(expected)).to.deep.equal(['search', ...Array<string>(chips).fill('chip'), 'members-toggle', 'a']);
      expect(expected.at(-1)!.getAttribute('href')).to.equal('#group-wg-gamma');
      const forwards = await walk(before, after);
      expect(forwards.map(nameOf)).to.deep.equal(expected.map(nameOf));
      expect(forwards).to.deep.equal(expected);
      for (let i = 1; i < forwards.length; i++) expectReadingOrder(forwards[i - 1]!, forwards[i]!, dir);
      expect(await walk(after, before, true)).to.deep.equal([...expected].reverse());
    });

    for (const [layout, width] of [
      ['list', 600],
      ['table', 900],
    ] as const) {
      it(`members open (${layout} layout): the contact links follow the members button in row order, each with a focus outline, also with the forced-colors rules`, async () => {
        const { el, before, after } = await show({ expanded: '' }, width);
        const expected = tabbables(el);
        const contacts = expected.filter((e) => e.getAttribute('part') === 'contact');
        expect(contacts.map((a) => a.getAttribute('href'))).to.deep.equal([
          'mailto:test.person.a@example.org',
          'https://example.org/test-person-b',
          'mailto:contact@example.org',
          'https://example.org/observer',
        ]);
        expect(contacts.every((a) => a.closest(layout === 'table' ? '.layout-table' : '.layout-list'))).to.equal(true);
        const forwards = await walk(before, after);
        expect(forwards).to.deep.equal(expected);
        for (let i = 1; i < forwards.length; i++) expectReadingOrder(forwards[i - 1]!, forwards[i]!, dir);
        await expectOutlinesOnTab(el, before);
        expect(await withForcedColorRules(el, () => expectOutlinesOnTab(el, before, ' in forced colors'))).to.be.greaterThan(0);
      });
    }

    it('Enter and Space open and close a group’s members; opened, its contact links come next in the Tab order', async () => {
      const { el } = await show();
      const toggle = toggleOf(el, 'wg-alpha');
      toggle.focus();
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await press('Enter');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(membersOf(el, 'wg-alpha').hidden).to.equal(false);
      expect(deepActive()).to.equal(toggle);
      await press('Tab');
      expect(deepActive()!.getAttribute('part')).to.equal('contact');
      await press('Shift+Tab');
      await press('Space');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(membersOf(el, 'wg-alpha').hidden).to.equal(true);
    });

    it('Space and Enter press and release a state chip (aria-pressed and the attribute follow)', async () => {
      const { el } = await show();
      const chip = $<HTMLButtonElement>(el, '[part="chip"][data-state="SA"]')!;
      chip.focus();
      await press('Space');
      await settle(el);
      expect(chip.getAttribute('aria-pressed')).to.equal('true');
      expect(el.getAttribute('state')).to.equal('SA');
      expect(deepActive()).to.equal(chip);
      await press('Enter');
      await settle(el);
      expect(chip.getAttribute('aria-pressed')).to.equal('false');
      expect(el.hasAttribute('state')).to.equal(false);
    });

    it('typing in the search box filters; Escape empties the box and the filter goes with it', async () => {
      const { el } = await show();
      const search = $<HTMLInputElement>(el, '[part="search"]')!;
      search.focus();
      await typeText('zzzz-synthetic-nothing');
      await settle(el);
      expect(el.query).to.equal('zzzz-synthetic-nothing');
      expect($(el, '[part="no-results"]')).to.not.equal(null);
      await press('Escape');
      await settle(el);
      expect(search.value).to.equal('');
      // An empty search is no search: the attribute goes, as in agenda-list.
      expect(el.hasAttribute('query')).to.equal(false);
      expect($(el, '[part="no-results"]')).to.equal(null);
      expect($(el, '[part="count"]')!.textContent!.trim()).to.equal('');
      expect(deepActive()).to.equal(search);
    });

    it('with no match, Tab reaches "Clear search and filter"; Enter clears and returns focus to the search box', async () => {
      const { el, before, after } = await show({ query: 'zzzz-synthetic-nothing' });
      const stops = await walk(before, after);
      expect(parts(stops).at(-1)).to.equal('clear');
      (stops.at(-1) as HTMLElement).focus();
      await press('Enter');
      await settle(el);
      expect(el.hasAttribute('query')).to.equal(false);
      expect(deepActive()).to.equal($(el, '[part="search"]'));
    });

    it('Enter on "Tasks transferred to" follows the link (majlis-navigate)', async () => {
      const { el } = await show();
      const link = $<HTMLAnchorElement>(el, '#group-wg-beta [part="transfer"] a')!;
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
      expect(ev.detail).to.deep.include({ kind: 'working-group', id: 'wg-gamma', fragment: 'group-wg-gamma' });
    });

    // Escape is handled by the base element (MajlisElement.onKeydown) for every widget.
    it('Escape with the focus inside the open members closes them and gives the focus back to the button', async () => {
      const { el } = await show({ expanded: '' });
      const toggle = toggleOf(el, 'wg-alpha');
      const region = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      const inside = tabbables(el).find((t) => region.contains(t))!;
      expect(inside, 'a control inside the members').to.exist;
      inside.focus();
      expect(deepActive() === inside, `focus inside the members (${nameOf(inside)})`).to.equal(true);
      await press('Escape');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive() === toggle, `focus on the toggle, not ${nameOf(deepActive())}`).to.equal(true);
    });

    it('Escape on an open members button closes the members and keeps focus on the button', async () => {
      const { el } = await show({ expanded: '' });
      const toggle = toggleOf(el, 'wg-alpha');
      toggle.focus();
      await press('Escape');
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(toggle);
    });
  });
}
