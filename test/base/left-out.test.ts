import { expect } from '@open-wc/testing';
import '../../src/define/meeting-card.js';
import '../../src/define/agenda-list.js';
import '../../src/define/initiative-tracker.js';
import '../../src/define/working-group-roster.js';
import type { MajlisElement } from '../../src/base/majlis-element.js';
import { $, mount, settle, syntheticFeed, text, timeoutAfter } from '../helpers.js';

// A widget asked for one entry by id, where the feed has that entry but it was left out because of its problems:
// the widget says so, in the editor's language, instead of saying that the feed lacks it.

/** The synthetic feed with one valid and one broken entry in each list a widget can be asked for by id. */
function feed(): Record<string, unknown> {
  return {
    ...syntheticFeed(),
    meetings: [
      { id: 'm1', number: 1, status: 'held', start: '2030-01-10', host: { state: 'BH' } },
      // An optional field of the wrong type: the meeting is left out, with a warning.
      { id: 'm-broken', number: 'two', status: 'held', start: '2030-02-10', host: { state: 'OM' } },
    ],
    initiatives: [
      { id: 'i1', title: { ar: 'مبادرة تجريبية', en: 'Synthetic initiative' }, status: 'approved' },
      { id: 'i-broken', title: { ar: 'مبادرة تجريبية معطوبة', en: 'Broken synthetic initiative' }, status: 'finished?' },
    ],
    workingGroups: [
      { id: 'g1', name: { ar: 'فريق تجريبي', en: 'Synthetic group' } },
      { id: 'g-broken', name: { ar: 'فريق تجريبي معطوب', en: 'Broken synthetic group' }, members: 'everyone' },
    ],
  };
}

const CASES = [
  { tag: 'meeting-card', attr: 'meeting', broken: 'm-broken', en: 'Meeting “m-broken” could not be shown', ar: 'تعذّر عرض الاجتماع «m-broken»' },
  { tag: 'agenda-list', attr: 'meeting', broken: 'm-broken', en: 'Meeting “m-broken” could not be shown', ar: 'تعذّر عرض الاجتماع «m-broken»' },
  { tag: 'initiative-tracker', attr: 'initiative', broken: 'i-broken', en: 'Initiative “i-broken” could not be shown', ar: 'تعذّر عرض المبادرة «i-broken»' },
  { tag: 'working-group-roster', attr: 'group', broken: 'g-broken', en: 'Working group “g-broken” could not be shown', ar: 'تعذّر عرض فريق العمل «g-broken»' },
] as const;

describe('an entry asked for by id that was left out for its problems', () => {
  it('the validator names the id of each entry it left out', async () => {
    const { loaded } = mount<MajlisElement>('meeting-card', { lang: 'en' }, { feed: feed() });
    const ev = await timeoutAfter(loaded, 5000, 'majlis-load');
    const left = ev.detail.warnings.map((w) => [w.dropped, w.droppedId]);
    expect(left).to.have.deep.members([
      ['$.meetings[1]', 'm-broken'],
      ['$.initiatives[1]', 'i-broken'],
      ['$.workingGroups[1]', 'g-broken'],
    ]);
  });

  for (const c of CASES) {
    it(`<${c.tag} ${c.attr}>: says the entry was left out (en and ar), and still that an unknown id is not in the feed`, async () => {
      for (const lang of ['en', 'ar'] as const) {
        const { el } = mount<MajlisElement>(c.tag, { lang, [c.attr]: c.broken }, { feed: feed() });
        await settle(el);
        const empty = $(el, '[part="empty"]');
        expect(empty, `${c.tag} ${lang}`).to.exist;
        expect(empty!.textContent).to.contain(c[lang]);
        // The problems are listed in the widget, with the entry left out and its id.
        expect($(el, '.issues')!.textContent).to.contain(c.broken);
        await expect(el).to.be.accessible();
        el.remove();
      }
      const { el } = mount<MajlisElement>(c.tag, { lang: 'en', [c.attr]: 'no-such-id' }, { feed: feed() });
      await settle(el);
      expect(text(el)).to.contain('“no-such-id” is not in this feed');
      expect(text(el)).to.not.contain('could not be shown:');
      el.remove();
    });
  }

  it('the notice says what was left out in plain words (en and ar): how many of each kind, with their ids', async () => {
    const f = feed();
    const [m1, broken] = f['meetings'] as Record<string, unknown>[];
    m1!['documents'] = [{ title: 'Synthetic minutes', url: 'javascript:alert(1)' }];
    // A bad document inside the meeting that is left out goes with it: it is not counted again.
    broken!['documents'] = [{ title: 'Synthetic minutes', url: 'javascript:alert(2)' }];
    m1!['agenda'] = [
      { id: 'a-1', title: 'Synthetic item', status: 'maybe' },
      { id: 'a-2', title: 'Synthetic item 2', references: { initiatives: ['no-such-initiative'] } },
    ];
    const expected = {
      en: ['Meetings left out: 1 (m-broken)', 'Documents left out: 1', 'Agenda items left out: 1 (a-1)', 'Initiatives left out: 1 (i-broken)', 'Links to missing entries left out: 1'],
      ar: ['لم يُعرض من الاجتماعات: ١ (m-broken)', 'لم يُعرض من الوثائق: ١', 'لم يُعرض من بنود جدول الأعمال: ١ (a-1)', 'لم يُعرض من المبادرات: ١ (i-broken)'],
    };
    for (const lang of ['en', 'ar'] as const) {
      const { el } = mount<MajlisElement>('meeting-card', { lang, meeting: 'm1' }, { feed: f });
      await settle(el);
      const lines = [...el.shadowRoot!.querySelectorAll('[part="left-out"] li')].map((li) => li.textContent!.replace(/\s+/gu, ' ').trim());
      for (const line of expected[lang]) expect(lines, lang).to.include(line);
      // The paths and expected shapes are behind their own disclosure, for the feed's developers.
      expect($(el, '.technical .issues')!.textContent).to.contain('$.meetings[0].documents[0].url');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
});
