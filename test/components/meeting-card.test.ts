import { expect } from '@open-wc/testing';
import '../../src/define/meeting-card.js';
import { MeetingCard } from '../../src/components/meeting-card/meeting-card.js';
import { defineElement } from '../../src/util/define.js';
import { $, $$, fresh, mount, settle, text, timeoutAfter } from '../helpers.js';

let synthetic: Record<string, unknown>;
before(async () => {
  synthetic = await (await fetch('/test/fixtures/synthetic.json')).json();
});
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim();
const clone = () => structuredClone(synthetic) as { meetings: Record<string, unknown>[] } & Record<string, unknown>;

async function show(attrs: Record<string, string>, opts: { feed?: unknown; now?: Date } = {}): Promise<MeetingCard> {
  const { el } = mount<MeetingCard>('meeting-card', attrs, {
    feed: opts.feed ?? clone(),
    beforeAppend: (e) => {
      if (opts.now) e.now = opts.now;
    },
  });
  await settle(el);
  return el;
}

describe('<meeting-card>', () => {
  it('by default shows the next scheduled meeting, else the latest held one', async () => {
    const before = await show({ lang: 'en' }, { now: new Date('2031-01-01T00:00:00Z') });
    expect($(before, '[part="title"]')!.textContent).to.equal('6th meeting');
    const after = await show({ lang: 'en' }, { now: new Date('2031-07-01T00:00:00Z') });
    expect($(after, '[part="title"]')!.textContent).to.equal('5th meeting');
  });

  it('says so when the meeting id is not in the feed', async () => {
    const el = await show({ lang: 'en', meeting: 'nope' });
    expect($(el, '[part="empty"]')!.textContent).to.contain('“nope”');
  });

  it('titles meetings with ordinals: Arabic words, English digits', async () => {
    const ar = await show({ meeting: 'm-5' });
    expect($(ar, '[part="title"]')!.textContent).to.equal('الاجتماع الخامس');
    const feed = clone();
    feed.meetings[0]!['number'] = 26;
    const ar26 = await show({ meeting: 'm-3' }, { feed });
    expect($(ar26, '[part="title"]')!.textContent).to.equal('الاجتماع السادس والعشرون');
    feed.meetings[0]!['number'] = 120;
    const ar120 = await show({ meeting: 'm-3' }, { feed });
    expect($(ar120, '[part="title"]')!.textContent).to.equal('الاجتماع ١٢٠');
    const en = await show({ meeting: 'm-3', lang: 'en' }, { feed });
    expect($(en, '[part="title"]')!.textContent).to.equal('120th meeting');
  });

  it('shows facts: date with weekday, host state and organization, venue, mode and status as text', async () => {
    const el = await show({ meeting: 'm-5', lang: 'en' });
    const facts = $(el, '[part="facts"]')!.textContent!.replace(/\s+/gu, ' ');
    expect(facts).to.contain('Tuesday, 5 March 2030');
    expect(facts).to.contain('State of Kuwait');
    expect(facts).to.contain('Test Authority');
    expect(facts).to.contain('Test Hall');
    expect($(el, '[part="status"]')!.textContent).to.contain('Held');
    expect($(el, '[part="mode"]')!.textContent).to.contain('In person');
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2030-03-05');
  });

  it("shows a date-time in the meeting's zone with the zone's name", async () => {
    const el = await show({ meeting: 'm-6', lang: 'en' });
    const facts = $(el, '[part="facts"]')!.textContent!.replace(/\s+/gu, ' ');
    expect(facts).to.contain('1 June 2031');
    expect(facts).to.contain('09:30 – 13:00 Arabian Standard Time');
  });

  it('a meeting over several days gives its start time on the first day and its end time on the last', async () => {
    const feed = clone();
    Object.assign(feed.meetings[2]!, { start: '2031-03-14T09:30:00+03:00', end: '2031-03-15T16:00:00+03:00' });
    const en = await show({ meeting: 'm-6', lang: 'en' }, { feed });
    const dates = (el: MeetingCard) => $$(el, '[part="facts"] dd time').map((t) => fold(t.textContent));
    const time = (el: MeetingCard) => fold($(el, '[part="facts"] dd .muted')!.textContent);
    expect(dates(en)).to.deep.equal(['Friday, 14 March 2031', '15 March 2031']);
    expect(time(en)).to.equal('Starts 09:30, ends 16:00 Arabian Standard Time');
    const ar = await show({ meeting: 'm-6' }, { feed });
    expect(dates(ar)[1]).to.equal('١٥ مارس ٢٠٣١');
    expect(time(ar)).to.match(/^يبدأ ٩:٣٠ ص، وينتهي ٤:٠٠ م \S/u);
  });

  it('over several days with one time: "Starts …" or "Ends …", never a bare time that reads as daily', async () => {
    const feed = clone();
    const m6 = feed.meetings[2]!;
    const time = (el: MeetingCard) => fold($(el, '[part="facts"] dd .muted')?.textContent);
    Object.assign(m6, { start: '2031-03-14T09:30:00+03:00', end: '2031-03-15' });
    expect(time(await show({ meeting: 'm-6', lang: 'en' }, { feed }))).to.equal('Starts 09:30 Arabian Standard Time');
    Object.assign(m6, { start: '2031-03-14', end: '2031-03-15T16:00:00+03:00' });
    expect(time(await show({ meeting: 'm-6', lang: 'en' }, { feed }))).to.equal('Ends 16:00 Arabian Standard Time');
    expect(time(await show({ meeting: 'm-6' }, { feed }))).to.match(/^ينتهي ٤:٠٠ م \S/u);
    // A date-only end on the start's day adds nothing: the start time alone.
    Object.assign(m6, { start: '2031-03-14T09:30:00+03:00', end: '2031-03-14' });
    const one = await show({ meeting: 'm-6', lang: 'en' }, { feed });
    expect(time(one)).to.equal('09:30 Arabian Standard Time');
    expect($$(one, '[part="facts"] dd time')).to.have.length(1);
  });

  it('decides "the same day" in the meeting\'s zone, not by the dates as written', async () => {
    const feed = clone();
    // 22:00 UTC on the 14th to 02:00 UTC on the 15th: 01:00 to 05:00 on the 15th in Riyadh.
    Object.assign(feed.meetings[2]!, { start: '2031-03-14T22:00:00Z', end: '2031-03-15T02:00:00Z', timeZone: 'Asia/Riyadh' });
    const el = await show({ meeting: 'm-6', lang: 'en' }, { feed });
    expect($$(el, '[part="facts"] dd time').map((t) => fold(t.textContent))).to.deep.equal(['Saturday, 15 March 2031']);
    expect(fold($(el, '[part="facts"] dd .muted')!.textContent)).to.equal('01:00 – 05:00 Arabian Standard Time');
  });

  it('says "date not announced" / "not recorded" when there is no date', async () => {
    const feed = clone();
    delete feed.meetings[2]!['start'];
    delete feed.meetings[2]!['end'];
    delete feed.meetings[0]!['start'];
    const scheduled = await show({ meeting: 'm-6', lang: 'en' }, { feed });
    expect(text(scheduled)).to.contain('Date not announced');
    expect($(scheduled, '[part="calendar-button"]')).to.not.exist;
    const held = await show({ meeting: 'm-3' }, { feed });
    expect(text(held)).to.contain('لم يُذكر التاريخ');
  });

  it('lists chair and speakers with roles, names in <bdi>, and marks fallen-back text with its lang', async () => {
    const el = await show({ meeting: 'm-5' });
    const people = $(el, '[part="participants"]')!;
    expect(people.textContent).to.contain('الرئيس');
    expect(people.querySelector('bdi')!.textContent).to.equal('شخص اختباري أ');
    const fallback = $(el, '[part="outcomes"] [lang="en"]')!;
    expect(fallback.textContent).to.equal('Only in English outcome');
    const title = $$(el, 'bdi').find((b) => b.textContent === 'Test Title')!;
    expect(title.getAttribute('lang')).to.equal('en');
  });

  it('documents and sources are safe links', async () => {
    const el = await show({ meeting: 'm-5' });
    const a = $<HTMLAnchorElement>(el, '[part="documents"] a')!;
    expect(a.href).to.equal('https://example.org/doc.pdf');
    expect(a.rel).to.equal('noopener noreferrer');
  });

  it('heading-level sets the top heading and its sections one below', async () => {
    const el = await show({ meeting: 'm-5', 'heading-level': '4' });
    expect($(el, 'h4 [part="title"]')).to.exist;
    expect($$(el, 'h5').length).to.be.greaterThan(1);
    expect($$(el, 'h2,h3').length).to.equal(0);
  });

  it('compact shows title, date, host, mode and status only', async () => {
    const el = await show({ meeting: 'm-5', variant: 'compact' });
    expect($(el, '[part="title"]')).to.exist;
    expect($(el, '[part="facts"]')).to.exist;
    expect($(el, '[part="participants"]')).to.not.exist;
    expect($(el, '[part="summary"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('its sections are not named regions: a page of cards does not fill the list of landmarks', async () => {
    const el = await show({ meeting: 'm-5', lang: 'en' });
    expect($$(el, 'section').length).to.be.greaterThan(2);
    expect($$(el, 'section[aria-labelledby], section[aria-label], [role="region"]')).to.have.length(0);
  });

  it('"Add to calendar" produces a valid .ics in the element\'s language', async () => {
    const el = await show({ meeting: 'm-6' });
    // Described by the card's title: several cards on a page each have an "Add to calendar".
    const button = $<HTMLButtonElement>(el, '[part="calendar-button"]')!;
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.equal('الاجتماع السادس');
    const got = new Promise<CustomEvent>((r) => el.addEventListener('majlis-calendar', r as EventListener, { once: true }));
    $<HTMLButtonElement>(el, '[part="calendar-button"]')!.click();
    const ev = await timeoutAfter(got, 2000, 'majlis-calendar');
    expect(ev.detail).to.deep.equal({ meeting: 'm-6', filename: 'm-6.ics' });
    const ctx = { feed: (el as unknown as { loaded: { feed: never } }).loaded.feed, locale: 'ar' as const, dir: 'rtl' as const, fmt: undefined as never, now: new Date('2031-01-01T00:00:00Z') };
    const meeting = ctx.feed['meetings'][2];
    const ics = el.icsFor(meeting, ctx);
    expect(ics).to.contain('DTSTART:20310601T063000Z');
    expect(ics).to.contain('DTEND:20310601T100000Z');
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).to.equal(true);
  });

  it('is accessible in both directions, full and in the dark theme', async () => {
    const variants: Record<string, string>[] = [{ lang: 'ar' }, { lang: 'en' }, { lang: 'ar', theme: 'dark' }, { lang: 'en', theme: 'dark' }];
    for (const attrs of variants) {
      const el = await show({ meeting: 'm-5', ...attrs });
      await expect(el).to.be.accessible();
    }
  });

  it('uses the host state colour as accent unless --majlis-accent is set', async () => {
    const el = await show({ meeting: 'm-5' });
    const card = $(el, '[part="card"]')!;
    expect(getComputedStyle(card).borderInlineStartColor).to.equal('rgb(0, 122, 61)');
    el.style.setProperty('--majlis-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle(card).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
  });

  it('renders the demo feed in Arabic and English with no console errors', async () => {
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      for (const lang of ['ar', 'en']) {
        for (const meeting of ['egov-exec-26', 'egov-exec-22']) {
          const { el, loaded } = mount<MeetingCard>('meeting-card', { src: fresh('/demo/feeds/gcc-egov.json'), lang, meeting });
          expect((await timeoutAfter(loaded, 5000, 'load')).detail.warnings).to.deep.equal([]);
          await settle(el);
          expect($(el, '[part="card"]')).to.exist;
          await expect(el).to.be.accessible();
        }
      }
      expect(errors).to.deep.equal([]);
    } finally {
      console.error = orig;
    }
  });
});

describe('<meeting-card> with large text', () => {
  for (const lang of ['ar', 'en']) {
    it(`a long mode badge wraps inside a 344px card with text at 200 % (${lang})`, async () => {
      document.documentElement.style.fontSize = '200%';
      try {
        const parent = document.createElement('div');
        parent.style.inlineSize = '344px';
        document.body.append(parent);
        const { el } = mount<MeetingCard>('meeting-card', { lang, meeting: 'm-6' }, { feed: clone(), parent });
        await settle(el);
        expect(fold($(el, '[part="mode"]')!.textContent)).to.equal(lang === 'en' ? 'In person and online' : 'حضوري وعن بُعد');
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        const card = $(el, '[part="card"]')!.getBoundingClientRect();
        for (const n of $$(el, '[part="mode"], [part="status"], .subtitle, [part="title"]')) {
          const r = n.getBoundingClientRect();
          expect(r.left, fold(n.textContent)).to.be.at.least(card.left - 0.5);
          expect(r.right, fold(n.textContent)).to.be.at.most(card.right + 0.5);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }
});

describe('<meeting-card> as a link target', () => {
  it('reveals and focuses its meeting for meeting-<id>, and nothing else', async () => {
    const el = await show({ meeting: 'm-5' });
    expect(el.reveal('meeting-m-3')).to.equal(false);
    expect(el.reveal('meeting-m-5')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="card"]'));
  });
});

describe('guarded definition', () => {
  it('defining again never throws; another class on the tag only warns', () => {
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (m: string) => warned.push(m);
    try {
      expect(() => MeetingCard.define()).not.to.throw();
      expect(warned).to.deep.equal([]);
      expect(() => defineElement('meeting-card', class extends HTMLElement {})).not.to.throw();
      expect(warned[0]).to.contain('<meeting-card> is already defined by another class');
      expect(customElements.get('meeting-card')).to.equal(MeetingCard);
    } finally {
      console.warn = warn;
    }
  });

  it('a prefixed name works beside the default one on the same page', async () => {
    MeetingCard.define('gcc-meeting-card');
    MeetingCard.define('gcc-meeting-card');
    const { el } = mount<MeetingCard>('gcc-meeting-card', { lang: 'en', meeting: 'm-5' }, { feed: clone() });
    await settle(el);
    expect(el).to.be.instanceOf(MeetingCard);
    expect($(el, '[part="title"]')!.textContent).to.equal('5th meeting');
  });
});
