// <meeting-card> with the keyboard only: real key presses (Tab, Shift+Tab, Enter, Space, Escape), in Arabic (RTL) and English (LTR).
import { expect } from '@open-wc/testing';
import '../../src/define/meeting-card.js';
import type { MeetingCard } from '../../src/components/meeting-card/meeting-card.js';
import { $, fresh, settle, timeoutAfter } from '../helpers.js';
import { deepActive, expectOutlinesOnTab, expectReadingOrder, hasOutline, mountBetween, nameOf, press, tabbables, walk, withForcedColorRules } from './keys.js';

type Json = Record<string, unknown>;
let synthetic: Json & { meetings: Json[] };
before(async () => {
  synthetic = await (await fetch('/test/fixtures/synthetic.json')).json();
});

/** The fixture's m-5 with two documents and two linked sources (plainly synthetic). */
function feed(): Json {
  const f = structuredClone(synthetic);
  const m5 = f.meetings.find((m) => m['id'] === 'm-5')!;
  m5['documents'] = [
    { title: { ar: 'وثيقة اختبارية أولى', en: 'Synthetic document one' }, url: 'https://example.org/synthetic-1.pdf' },
    { title: { ar: 'وثيقة اختبارية ثانية', en: 'Synthetic document two' }, url: 'https://example.org/synthetic-2.pdf' },
  ];
  m5['sources'] = [
    { title: { ar: 'مصدر اختباري أول', en: 'Synthetic source one' }, url: 'https://example.org/source-1' },
    { title: { ar: 'مصدر اختباري ثان', en: 'Synthetic source two' }, url: 'https://example.org/source-2' },
  ];
  return f;
}

const NOW = new Date('2030-06-01T09:00:00Z');
const parts = (list: Element[]) => list.map((e) => e.getAttribute('part') ?? e.localName);

for (const lang of ['ar', 'en'] as const) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  describe(`<meeting-card> keyboard (${lang}, ${dir})`, () => {
    const show = (attrs: Record<string, string> = {}, f: unknown = feed()) =>
      mountBetween<MeetingCard>('meeting-card', { lang, meeting: 'm-5', ...attrs }, { feed: f, now: NOW });

    it('Tab visits every link and the calendar button in document and reading order; Shift+Tab goes back the same way', async () => {
      const { el, before, after } = await show();
      expect(el.direction).to.equal(dir);
      const expected = tabbables(el);
      expect(parts(expected)).to.deep.equal(['a', 'a', 'a', 'a', 'calendar-button']);
      const forwards = await walk(before, after);
      expect(forwards.map(nameOf)).to.deep.equal(expected.map(nameOf));
      expect(forwards).to.deep.equal(expected);
      for (let i = 1; i < forwards.length; i++) expectReadingOrder(forwards[i - 1]!, forwards[i]!, dir);
      const backwards = await walk(after, before, true);
      expect(backwards).to.deep.equal([...expected].reverse());
    });

    it('every stop of the walk shows a focus outline, also with the forced-colors rules', async () => {
      const { el, before } = await show();
      await expectOutlinesOnTab(el, before);
      expect(await withForcedColorRules(el, () => expectOutlinesOnTab(el, before, ' in forced colors')), 'the widget has forced-colors rules').to.be.greaterThan(0);
    });

    for (const key of ['Enter', 'Space']) {
      it(`${key} on "Add to calendar" generates the .ics download`, async () => {
        const { el } = await show();
        const button = $<HTMLButtonElement>(el, '[part="calendar-button"]')!;
        const fired = new Promise<CustomEvent>((r) => el.addEventListener('majlis-calendar', r, { once: true }));
        button.focus();
        await press(key);
        const ev = await timeoutAfter(fired, 3000, 'majlis-calendar');
        expect(ev.detail).to.deep.equal({ meeting: 'm-5', filename: 'm-5.ics' });
        expect(deepActive()).to.equal(button);
      });
    }

    it('a cancelled meeting offers no calendar button, so Tab skips straight past it', async () => {
      const f = feed() as { meetings: Json[] };
      f.meetings.find((m) => m['id'] === 'm-5')!['status'] = 'cancelled';
      const { el, before, after } = await show({}, f);
      expect(parts(await walk(before, after))).to.deep.equal(['a', 'a', 'a', 'a']);
      expect($(el, '[part="calendar-button"]')).to.equal(null);
    });

    it('the notice of left-out feed items is a disclosure that Enter and Space open and close', async () => {
      const f = feed() as { meetings: Json[] };
      f.meetings.push({ id: 'synthetic-broken', status: 'not-a-status' });
      const { el, before, after } = await show({}, f);
      const details = $<HTMLDetailsElement>(el, 'details[part="notice"]')!;
      const summary = details.querySelector('summary')!;
      const stops = await walk(before, after);
      expect(stops[0]).to.equal(summary);
      summary.focus();
      await press('Enter');
      expect(details.open).to.equal(true);
      await press('Space');
      expect(details.open).to.equal(false);
      await press('Enter');
      expect(details.open).to.equal(true);
      expect(hasOutline(summary)).to.equal(true);
    });

    // Escape is handled by the base element (MajlisElement.onKeydown) for every widget.
    it('Escape closes the open feed-problems disclosure and leaves focus on its summary', async () => {
      const f = feed() as { meetings: Json[] };
      f.meetings.push({ id: 'synthetic-broken', status: 'not-a-status' });
      const { el } = await show({}, f);
      const details = $<HTMLDetailsElement>(el, 'details[part="notice"]')!;
      const summary = details.querySelector('summary')!;
      summary.focus();
      await press('Enter');
      expect(details.open).to.equal(true);
      await press('Escape');
      expect(details.open).to.equal(false);
      expect(deepActive()).to.equal(summary);
    });

    it('after a failed load, Tab reaches "Technical details" then "Try again"; Enter on "Try again" loads the feed', async () => {
      const key = `kb-mc-${lang}-${Date.now()}`;
      const { el, outcome, before, after } = await mountBetween<MeetingCard>('meeting-card', {
        lang,
        meeting: 'm-5',
        retries: '0',
        src: fresh(`/__fault/fail-then/${key}/1/503/synthetic`),
      });
      expect(outcome).to.equal('error');
      expect(parts(await walk(before, after))).to.deep.equal(['summary', 'retry']);
      const details = $<HTMLDetailsElement>(el, '[part="error"] details')!;
      details.querySelector('summary')!.focus();
      await press('Space');
      expect(details.open).to.equal(true);
      const loaded = new Promise((r) => el.addEventListener('majlis-load', r, { once: true }));
      await press('Tab');
      expect(deepActive()).to.equal($(el, '[part="retry"]'));
      await press('Enter');
      await timeoutAfter(loaded, 5000, 'majlis-load after Try again');
      await settle(el);
      expect($(el, '[part="error"]')).to.equal(null);
      expect($(el, '[part="calendar-button"]')).to.not.equal(null);
    });
  });
}
