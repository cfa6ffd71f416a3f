import { expect } from '@open-wc/testing';
import '../../src/define/meeting-card.js';
import '../../src/define/agenda-list.js';
import '../../src/define/initiative-tracker.js';
import '../../src/define/working-group-roster.js';
import type { MeetingCard } from '../../src/components/meeting-card/meeting-card.js';
import { MISSING_AFTER_MS, type MajlisElement } from '../../src/base/majlis-element.js';
import { $, fresh, mount, settle, syntheticFeed, text, timeoutAfter } from '../helpers.js';

const FIXTURE = '/test/fixtures/synthetic.json';
const count = async (key: string): Promise<number> => ((await (await fetch(`/__fault/count/${key}`)).json()) as { count: number }).count;

describe('feed loading (real dev server)', () => {
  it('loads a src feed and emits majlis-load with the validated feed', async () => {
    const { el, loaded } = mount<MeetingCard>('meeting-card', { src: fresh(FIXTURE), meeting: 'm-5' });
    const ev = await timeoutAfter(loaded, 5000, 'majlis-load');
    expect(ev.detail.feed.committee.id).to.equal('synthetic-committee');
    expect(ev.detail.warnings).to.deep.equal([]);
    expect(ev.bubbles && ev.composed).to.equal(true);
    await settle(el);
    expect(text(el)).to.contain('الاجتماع الخامس');
  });

  for (const status of [404, 500, 503]) {
    it(`HTTP ${status}: typed error event and a plain-words message (ar) with a retry button`, async () => {
      const { el, errored } = mount<MeetingCard>('meeting-card', { src: fresh(`/__fault/status/${status}`), retries: '0' });
      const ev = await timeoutAfter(errored, 5000, 'majlis-error');
      expect(ev.detail.kind).to.equal('http');
      expect(ev.detail.status).to.equal(status);
      expect(ev.detail.message).to.contain(String(status));
      expect(ev.detail.stale).to.equal(false);
      await settle(el);
      const box = $(el, '[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('تعذّر تحميل المعلومات');
      expect(box.textContent).to.contain(new Intl.NumberFormat('ar', { numberingSystem: 'arab', useGrouping: false }).format(status));
      // Trying again can help a server error, not a missing file.
      expect(!!$(el, '[part="retry"]')).to.equal(status >= 500);
      expect($(el, '[part="error"] details code')!.textContent).to.contain(`HTTP ${status}`);
      await expect(el).to.be.accessible();
    });
  }

  it('invalid JSON, an HTML page and a wrong content type are clear errors', async () => {
    for (const [path, kind] of [
      ['/__fault/invalid-json', 'parse'],
      ['/__fault/html', 'content-type'],
      ['/__fault/type/text/css/synthetic', 'content-type'],
    ] as const) {
      const { el, errored } = mount<MeetingCard>('meeting-card', { src: fresh(path), lang: 'en' });
      const ev = await timeoutAfter(errored, 5000, 'majlis-error');
      expect(ev.detail.kind, path).to.equal(kind);
      await settle(el);
      expect(text(el)).to.contain('not in a readable format');
      expect($(el, '[part="retry"]')).to.not.exist;
    }
  });

  it('an invalid root names the path and expected shape, for developers and editors', async () => {
    const { el, errored } = mount<MeetingCard>('meeting-card', { lang: 'en' }, { feed: { version: '1.0', meetings: [] } });
    const ev = await timeoutAfter(errored, 5000, 'majlis-error');
    expect(ev.detail.kind).to.equal('invalid');
    expect(ev.detail.issues!.map((i) => i.path)).to.include('$.committee');
    expect(ev.detail.message).to.contain('$.committee');
    await settle(el);
    expect(text(el)).to.contain('not in the expected format');
    expect($(el, '[part="error"] details code')!.textContent).to.equal('$.committee');
  });

  it('an unknown major version is its own clear error', async () => {
    const { el, errored } = mount<MeetingCard>('meeting-card', {}, { feed: { version: '2.0', committee: { id: 'x', name: 'x' } } });
    const ev = await errored;
    expect(ev.detail.kind).to.equal('version');
    await settle(el);
    expect(text(el)).to.contain('صيغة أحدث');
  });

  it('a request that hangs past `timeout` becomes a timeout error', async () => {
    const { el, errored } = mount<MeetingCard>('meeting-card', { src: fresh('/__fault/hang'), timeout: '300', lang: 'en', retries: '0' });
    const ev = await timeoutAfter(errored, 5000, 'majlis-error');
    expect(ev.detail.kind).to.equal('timeout');
    await settle(el);
    expect(text(el)).to.contain('took too long');
  });

  it('transient failures are retried with backoff, then the feed loads', async () => {
    const key = `transient-${Date.now()}`;
    const { el, loaded } = mount<MeetingCard>('meeting-card', { src: `/__fault/fail-then/${key}/2/503/synthetic`, meeting: 'm-5' });
    let errors = 0;
    el.addEventListener('majlis-error', () => errors++);
    await timeoutAfter(loaded, 8000, 'majlis-load after retries');
    expect(await count(key)).to.equal(3);
    expect(errors).to.equal(0);
  });

  it('503 with Retry-After waits as the server asks; a 404 is not retried', async () => {
    const key = `retry-after-${Date.now()}`;
    const { loaded } = mount<MeetingCard>('meeting-card', { src: `/__fault/fail-then/${key}/1/503/synthetic?retry-after=1` });
    await new Promise((r) => setTimeout(r, 500));
    expect(await count(key), 'no retry before Retry-After').to.equal(1);
    await timeoutAfter(loaded, 5000, 'majlis-load after Retry-After');
    expect(await count(key)).to.equal(2);
    const key404 = `no-retry-${Date.now()}`;
    const { errored } = mount<MeetingCard>('meeting-card', { src: `/__fault/fail-then/${key404}/5/404/synthetic` });
    expect((await timeoutAfter(errored, 5000, 'majlis-error')).detail.status).to.equal(404);
    expect(await count(key404)).to.equal(1);
  });

  it('retries give up after `retries` attempts with the last error', async () => {
    const key = `give-up-${Date.now()}`;
    const { errored } = mount<MeetingCard>('meeting-card', { src: `/__fault/fail-then/${key}/9/500/synthetic`, retries: '1' });
    expect((await timeoutAfter(errored, 8000, 'majlis-error')).detail.status).to.equal(500);
    expect(await count(key)).to.equal(2);
  });

  it('follows a redirect', async () => {
    const { loaded } = mount<MeetingCard>('meeting-card', { src: fresh('/__fault/redirect/synthetic') });
    expect((await timeoutAfter(loaded, 5000, 'majlis-load')).detail.feed.committee.id).to.equal('synthetic-committee');
  });

  it('a cross-origin feed without CORS is a network error that says so', async () => {
    // 127.0.0.1 is another origin than localhost for this page, and the dev server sends no CORS headers.
    const url = new URL(fresh('/test/fixtures/synthetic.json'), location.href);
    url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const { el, errored } = mount<MeetingCard>('meeting-card', { src: url.href, retries: '0', lang: 'en' });
    const ev = await timeoutAfter(errored, 5000, 'majlis-error');
    expect(ev.detail.kind).to.equal('network');
    expect(ev.detail.message).to.contain('CORS');
    await settle(el);
    expect(text(el)).to.contain('Check the connection');
  });

  it('a body over max-bytes is refused', async () => {
    const { errored } = mount<MeetingCard>('meeting-card', { src: fresh('/__fault/big/20000'), 'max-bytes': '1000', retries: '0' });
    expect((await timeoutAfter(errored, 5000, 'majlis-error')).detail.kind).to.equal('too-large');
  });

  it('shows a skeleton that reserves space while a slow feed loads, then the content', async () => {
    const { el, loaded } = mount<MeetingCard>('meeting-card', { src: fresh('/__fault/slow/600/synthetic') });
    await el.updateComplete;
    const sk = $(el, '[part="skeleton"]')!;
    expect(sk).to.exist;
    expect(sk.getAttribute('aria-busy')).to.equal('true');
    expect(sk.getBoundingClientRect().height).to.be.greaterThan(100);
    await timeoutAfter(loaded, 5000, 'majlis-load');
    await settle(el);
    expect($(el, '[part="skeleton"]')).to.not.exist;
    expect($(el, '[part="card"]')).to.exist;
  });

  it('widgets that name the same URL share one request', async () => {
    const key = `shared-${Date.now()}`;
    const url = `/__fault/counted/${key}/synthetic`;
    const mounted = Array.from({ length: 6 }, () => mount<MeetingCard>('meeting-card', { src: url }));
    await Promise.all(mounted.map((m) => timeoutAfter(m.loaded, 5000, 'majlis-load')));
    expect(await count(key)).to.equal(1);
    // A widget added later reuses the parsed feed too.
    const late = mount<MeetingCard>('meeting-card', { src: url });
    await timeoutAfter(late.loaded, 5000, 'majlis-load');
    expect(await count(key)).to.equal(1);
  });

  it('nothing updates after the element disconnects (the request is aborted)', async () => {
    const { el } = mount<MeetingCard>('meeting-card', { src: fresh('/__fault/slow/400/synthetic') });
    let events = 0;
    el.addEventListener('majlis-load', () => events++);
    el.addEventListener('majlis-error', () => events++);
    await el.updateComplete;
    el.remove();
    await new Promise((r) => setTimeout(r, 700));
    expect(events).to.equal(0);
    expect($(el, '[part="card"]')).to.not.exist;
  });

  it('a failed refresh keeps the last good data and marks it as earlier information', async () => {
    const key = `flaky-${Date.now()}`;
    const { el, loaded } = mount<MeetingCard>('meeting-card', { src: `/__fault/flaky/${key}/synthetic`, refresh: '0.3', meeting: 'm-5', lang: 'en' });
    await timeoutAfter(loaded, 5000, 'majlis-load');
    const stale = await timeoutAfter(new Promise<CustomEvent>((r) => el.addEventListener('majlis-error', r as EventListener, { once: true })), 5000, 'refresh error');
    expect(stale.detail.stale).to.equal(true);
    await settle(el);
    expect(text(el)).to.contain('5th meeting');
    expect(text(el)).to.contain('Showing earlier information');
    expect($(el, '[part="error"]')).to.not.exist;
  });

  it('a refresh that brings the same body is not validated or rendered again; a changed body is', async () => {
    const key = `revised-${Date.now()}`;
    const { el } = mount<MeetingCard>('meeting-card', { src: `/__fault/revised/${key}/synthetic`, refresh: '0.2', meeting: 'm-5', lang: 'en' });
    const view = el as unknown as { renderView(...a: unknown[]): unknown };
    const render = view.renderView.bind(el);
    let renders = 0;
    view.renderView = (...a: unknown[]) => (renders++, render(...a));
    const loads: { feed: unknown; rendersBefore: number }[] = [];
    el.addEventListener('majlis-load', (e) => loads.push({ feed: (e as CustomEvent).detail.feed, rendersBefore: renders }));
    await timeoutAfter(
      (async () => {
        while (loads.length < 4) await new Promise((r) => setTimeout(r, 50));
      })(),
      8000,
      'four loads',
    );
    el.remove();
    const [a, b, c, d] = loads;
    // Requests 1 and 2 bring the same body, 3 and 4 another one.
    expect(b!.feed).to.equal(a!.feed);
    expect(c!.feed).to.not.equal(b!.feed);
    expect((c!.feed as { committee: { name: string } }).committee.name).to.equal('Synthetic committee (revision 1)');
    expect(d!.feed).to.equal(c!.feed);
    // The same body renders nothing; the changed one renders again.
    expect(c!.rendersBefore).to.equal(b!.rendersBefore);
    expect(d!.rendersBefore).to.be.greaterThan(c!.rendersBefore);
    expect(await count(key)).to.be.at.least(4);
  });

  it('partly invalid feeds render the valid parts with a warning naming the path', async () => {
    const feed = syntheticFeed();
    (feed['meetings'] as Record<string, unknown>[])[1]!['start'] = '10/02/2030';
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (...a: unknown[]) => warned.push(a.join(' '));
    try {
      const { el, loaded } = mount<MeetingCard>('meeting-card', { lang: 'en' }, { feed });
      const ev = await loaded;
      expect(ev.detail.warnings[0]!.path).to.equal('$.meetings[1].start');
      expect(ev.detail.warnings[0]!.dropped).to.equal('$.meetings[1]');
      await settle(el);
      expect(text(el)).to.contain('1st meeting');
      expect(text(el)).to.contain('Some entries could not be shown');
      expect(warned.join('\n')).to.contain('$.meetings[1].start');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('sources in order: src, then the inline JSON child, then the feed property', async () => {
    const inline = JSON.stringify({ ...syntheticFeed(), committee: { id: 'inline', name: 'Inline' } });
    const a = mount<MeetingCard>('meeting-card', { src: fresh(FIXTURE) }, { inline, feed: syntheticFeed() });
    expect((await a.loaded).detail.feed.committee.id).to.equal('synthetic-committee');
    const b = mount<MeetingCard>('meeting-card', {}, { inline, feed: syntheticFeed() });
    expect((await b.loaded).detail.feed.committee.id).to.equal('inline');
    const c = mount<MeetingCard>('meeting-card', {}, { feed: syntheticFeed() });
    expect((await c.loaded).detail.feed.committee.id).to.equal('synthetic');
  });

  it('an inline feed cut short by a "</script>" in a text is a parse error; written as \\u003c it loads unchanged', async () => {
    const feed = { ...syntheticFeed(), committee: { id: 'inline', name: 'Synthetic </script> committee' } };
    const parse = (json: string) => {
      const host = document.createElement('div');
      document.body.append(host);
      host.append(document.createRange().createContextualFragment(`<meeting-card lang="en"><script type="application/json">${json}</script></meeting-card>`));
      const el = host.querySelector('meeting-card')!;
      const errored = new Promise<CustomEvent<{ kind: string }>>((r) => el.addEventListener('majlis-error', (e) => r(e as CustomEvent<{ kind: string }>), { once: true }));
      const loaded = new Promise<CustomEvent<{ feed: { committee: { name: unknown } } }>>((r) => el.addEventListener('majlis-load', (e) => r(e as CustomEvent<{ feed: { committee: { name: unknown } } }>), { once: true }));
      return { host, el, errored, loaded };
    };
    const raw = parse(JSON.stringify(feed));
    expect((await timeoutAfter(raw.errored, 5000, 'majlis-error')).detail.kind).to.equal('parse');
    await settle(raw.el as MeetingCard);
    expect(text(raw.el)).to.contain('not in a readable format');
    const escaped = parse(JSON.stringify(feed).replaceAll('<', '\\u003c'));
    expect((await timeoutAfter(escaped.loaded, 5000, 'majlis-load')).detail.feed.committee.name).to.equal('Synthetic </script> committee');
    raw.host.remove();
    escaped.host.remove();
  });

  it('a feed property set right after insertion loads without an error first', async () => {
    const el = document.createElement('meeting-card');
    let errors = 0;
    el.addEventListener('majlis-error', () => errors++);
    const loaded = new Promise((r) => el.addEventListener('majlis-load', r, { once: true }));
    document.body.append(el);
    el.feed = JSON.stringify(syntheticFeed());
    await loaded;
    await settle(el);
    expect(errors).to.equal(0);
    expect($(el, '[part="card"]')).to.exist;
    el.remove();
  });

  it('a widget with no source says so, once a script setting its feed had time to do so', async () => {
    const { el, errored } = mount<MeetingCard>('meeting-card', { lang: 'en' });
    const start = performance.now();
    expect((await timeoutAfter(errored, MISSING_AFTER_MS + 3000, 'majlis-error')).detail.kind).to.equal('missing');
    expect(performance.now() - start).to.be.at.least(MISSING_AFTER_MS - 50);
    await settle(el);
    expect(text(el)).to.contain('No information source');
  });

  it('a widget removed before a source came is not reported as missing', async () => {
    const { el } = mount<MeetingCard>('meeting-card', { lang: 'en' });
    let errors = 0;
    el.addEventListener('majlis-error', () => errors++);
    await new Promise((r) => setTimeout(r, 100));
    el.remove();
    await new Promise((r) => setTimeout(r, MISSING_AFTER_MS + 300));
    expect(errors).to.equal(0);
  });

  it('a feed property set a while after insertion (a script fetching it first): loading until then, never "missing"', async () => {
    const { el } = mount<MeetingCard>('meeting-card', { lang: 'en' });
    let errors = 0;
    el.addEventListener('majlis-error', () => errors++);
    await new Promise((r) => setTimeout(r, MISSING_AFTER_MS / 2));
    await settle(el);
    expect($(el, '[part="skeleton"]'), 'still loading').to.exist;
    expect(text(el)).to.not.contain('No information source');
    const loaded = new Promise((r) => el.addEventListener('majlis-load', r, { once: true }));
    el.feed = syntheticFeed();
    await timeoutAfter(loaded, 3000, 'majlis-load');
    // Past the time a missing source would have been reported: the feed came, so nothing is.
    await new Promise((r) => setTimeout(r, MISSING_AFTER_MS / 2 + 200));
    await settle(el);
    expect(errors).to.equal(0);
    expect($(el, '[part="card"]')).to.exist;
  });

  it('an inline JSON child added later is picked up', async () => {
    const { el, errored } = mount<MeetingCard>('meeting-card', { lang: 'en' });
    await errored;
    const loaded = new Promise((r) => el.addEventListener('majlis-load', r, { once: true }));
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = JSON.stringify(syntheticFeed());
    el.append(s);
    await timeoutAfter(loaded, 3000, 'majlis-load');
    await settle(el);
    expect(text(el)).to.contain('2nd meeting');
  });

  it('"Try again" that fails again says so in the box (read out again) and keeps the focus on the button', async () => {
    const { el, errored } = mount<MeetingCard>('meeting-card', { src: fresh('/__fault/status/500'), retries: '0', lang: 'en' });
    await timeoutAfter(errored, 5000, 'majlis-error');
    await settle(el);
    const box = () => $(el, '[part="error"]')!;
    const button = () => $<HTMLButtonElement>(el, '[part="retry"]')!;
    expect(box().getAttribute('aria-busy')).to.equal('false');
    for (const tries of [1, 2]) {
      button().focus();
      const again = new Promise<CustomEvent>((r) => el.addEventListener('majlis-error', r as EventListener, { once: true }));
      button().click();
      await el.updateComplete;
      // While the request runs, the box is busy and the button says so.
      expect(box().getAttribute('aria-busy')).to.equal('true');
      expect(button().textContent!.trim()).to.equal('Trying again…');
      expect((await timeoutAfter(again, 5000, 'another error')).detail.status).to.equal(500);
      await settle(el);
      expect(box().getAttribute('aria-busy')).to.equal('false');
      expect(box().textContent).to.contain(`Still not available after trying again (tries: ${tries}).`);
      expect(button().textContent!.trim()).to.equal('Try again');
      expect(el.shadowRoot!.activeElement).to.equal(button());
    }
  });

  it('"Try again" that succeeds moves the focus from the vanished button to the content\'s heading', async () => {
    const key = `retry-focus-${Date.now()}`;
    const { el, errored } = mount<MeetingCard>('meeting-card', { src: `/__fault/fail-then/${key}/1/500/synthetic`, retries: '0', lang: 'en' });
    await timeoutAfter(errored, 5000, 'majlis-error');
    await settle(el);
    const loaded = new Promise<CustomEvent>((r) => el.addEventListener('majlis-load', r as EventListener, { once: true }));
    $<HTMLButtonElement>(el, '[part="retry"]')!.focus();
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await timeoutAfter(loaded, 5000, 'majlis-load');
    await settle(el);
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.localName).to.match(/^h[1-6]$/u);
    expect(focused!.textContent).to.contain('meeting');
  });

  it('the error box names what the widget shows, as a page may hold several widgets', async () => {
    const subjects = { 'meeting-card': 'Meeting', 'agenda-list': 'Agenda', 'initiative-tracker': 'Initiatives', 'working-group-roster': 'Working groups and committees' };
    for (const [tag, subject] of Object.entries(subjects)) {
      const { el, errored } = mount<MajlisElement>(tag, { src: fresh('/__fault/status/404'), lang: 'en' });
      await timeoutAfter(errored, 5000, 'majlis-error');
      await settle(el);
      expect($(el, '[part="error"] .subject')!.textContent!.trim(), tag).to.equal(subject);
      el.remove();
    }
  });
});
