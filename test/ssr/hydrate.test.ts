// Lit's hydration support must run before LitElement is evaluated: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { MajlisElement } from '../../src/base/majlis-element.js';

/**
 * Pages server-rendered on Node at request time by test/server/ssr.mjs (@lit-labs/ssr). Their body is
 * parsed with setHTMLUnsafe(), which attaches the declarative shadow roots as the page's parser does;
 * the widgets (defined here, after Lit's hydration support, as a page's entry module does) then take that
 * DOM over when it is put in the document. A page without the hydration support: no-hydration-support.test.ts.
 */

const TAGS = ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster'] as const;
type Tag = (typeof TAGS)[number];

interface Page {
  /** The server's markup, parsed but not yet in the document: the widget has not started. */
  container: HTMLElement;
  el: MajlisElement;
  /** Console errors and warnings, uncaught errors and unhandled rejections while the page is open. */
  problems: string[];
  close(): void;
}

const open_: Page[] = [];
afterEach(() => {
  for (const p of open_.splice(0)) p.close();
});

before(async () => {
  await import('../../src/all.js');
});

async function open(tag: Tag, query: string): Promise<Page> {
  const res = await fetch(`/__ssr/${tag}?${query}`);
  expect(res.status).to.equal(200);
  const html = await res.text();
  const page = /<html lang="([^"]*)" dir="([^"]*)">[\s\S]*<body>([\s\S]*)<\/body>/u.exec(html)!;
  const container = document.createElement('div');
  container.lang = page[1]!;
  container.dir = page[2]!;
  container.setHTMLUnsafe(page[3]!);
  const problems: string[] = [];
  const orig = { error: console.error, warn: console.warn };
  for (const level of ['error', 'warn'] as const) {
    console[level] = (...args: unknown[]) => {
      problems.push(`${level}: ${args.map(String).join(' ')}`);
      orig[level].apply(console, args);
    };
  }
  const onError = (e: ErrorEvent) => problems.push(`error event: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  const el = container.querySelector(tag) as MajlisElement;
  const p: Page = {
    container,
    el,
    problems,
    close() {
      Object.assign(console, orig);
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
      container.remove();
    },
  };
  open_.push(p);
  return p;
}

/** Puts the parsed page in the document and waits until the widget has taken the server's content over. */
async function start(p: Page, takenOver = true): Promise<void> {
  expect(p.el.hasUpdated, 'not started before it is in the document').to.equal(false);
  document.body.append(p.container);
  if (takenOver) await until(() => !p.el.hasAttribute('data-majlis-ssr'), 'the server stamp to be removed');
  await settle(p.el);
}

async function settle(el: MajlisElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim();
const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;

/** Element nodes of the shadow root, and a record of every node removed from it from now on. */
function watch(el: Element): { nodes: Element[]; removed: Node[]; stop: () => void } {
  const root = el.shadowRoot!;
  const removed: Node[] = [];
  const mo = new MutationObserver((records) => {
    for (const r of records) removed.push(...r.removedNodes);
  });
  mo.observe(root, { childList: true, subtree: true });
  return {
    nodes: [...root.querySelectorAll('*')],
    removed,
    stop: () => {
      for (const r of mo.takeRecords()) removed.push(...r.removedNodes);
      mo.disconnect();
    },
  };
}

/** Uses the widget once hydrated: something only a live event listener can do. */
async function interact(tag: Tag, el: MajlisElement): Promise<void> {
  const root = el.shadowRoot!;
  if (tag === 'meeting-card') {
    const got = new Promise<CustomEvent>((r) => el.addEventListener('majlis-calendar', (e) => r(e as CustomEvent), { once: true }));
    root.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
    expect((await got).detail.filename).to.match(/\.ics$/u);
  } else if (tag === 'initiative-tracker') {
    const chip = root.querySelector<HTMLButtonElement>('[part="chip"]')!;
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    chip.click();
    await settle(el);
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
  } else {
    const input = root.querySelector<HTMLInputElement>('[part="search"]')!;
    const count = root.querySelector('[part="count"]')!;
    const before = fold(count.textContent);
    input.value = 'zzqx';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => (el as MajlisElement & { query?: string }).query === 'zzqx', 'the search to apply');
    await settle(el);
    expect(fold(count.textContent)).to.not.equal(before);
  }
}

describe('server-rendered widgets in the browser', () => {
  for (const tag of TAGS) {
    for (const lang of ['ar', 'en'] as const) {
      it(`<${tag} lang="${lang}"> hydrates the server's DOM as it is, then works`, async () => {
        // The card of a meeting with a date (synthetic test data) has the "Add to calendar" button.
        const p = await open(tag, `lang=${lang}&page-lang=${lang}${tag === 'meeting-card' ? '&feed=synthetic&meeting=m-6' : ''}`);
        const root = p.el.shadowRoot!;
        expect(root, 'declarative shadow root').to.not.equal(null);
        const b = base(p.el);
        expect(b.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        const heading = root.querySelector('h1, h2, h3')!;
        const headingText = fold(heading.textContent);
        expect(headingText).to.not.equal('');
        const serverText = fold(b.textContent);
        const serverTags = [...b.querySelectorAll('*')].map((e) => e.localName);
        const stamp = p.el.getAttribute('data-majlis-ssr')!;
        expect(stamp).to.match(/^\S+ (rtl|ltr) \S+Z \S+$/u);
        const seen = watch(p.el);

        await start(p);
        seen.stop();

        expect(p.problems, p.problems.join('\n')).to.deep.equal([]);
        expect(p.el.shadowRoot).to.equal(root);
        expect(root.querySelector('h1, h2, h3')).to.equal(heading);
        expect(fold(heading.textContent)).to.equal(headingText);
        const after = [...root.querySelectorAll('*')];
        expect(after.length).to.equal(seen.nodes.length);
        expect(after.every((n, i) => n === seen.nodes[i]), 'the same element nodes').to.equal(true);
        expect(seen.removed.length, 'nodes removed from the shadow root').to.equal(0);

        // The browser renders the same from the same data, clock and language (Intl in Chromium as on Node).
        const fresh = document.createElement(tag) as MajlisElement;
        for (const a of p.el.attributes) fresh.setAttribute(a.name, a.value);
        fresh.now = new Date(stamp.split(' ')[2]!);
        fresh.feed = p.el.querySelector('script[type="application/json"]')!.getAttribute('data-majlis-feed');
        document.body.append(fresh);
        await settle(fresh);
        expect(fold(base(fresh).textContent)).to.equal(serverText);
        expect([...base(fresh).querySelectorAll('*')].map((e) => e.localName)).to.deep.equal(serverTags);
        fresh.remove();

        await interact(tag, p.el);
        expect(p.problems, p.problems.join('\n')).to.deep.equal([]);
      });
    }
  }

  it('an element without lang hydrates in the language it was rendered in, then follows the page', async () => {
    const p = await open('meeting-card', 'lang=none&page-lang=en');
    const heading = p.el.shadowRoot!.querySelector('[part="title"]')!;
    expect(fold(heading.textContent)).to.equal('الاجتماع السادس والعشرون');
    const seen = watch(p.el);
    await start(p);
    seen.stop();
    expect(p.problems, p.problems.join('\n')).to.deep.equal([]);
    expect(p.el.uiLocale).to.equal('en');
    expect(p.el.shadowRoot!.querySelector('[part="title"]')).to.equal(heading);
    expect(fold(heading.textContent)).to.equal('26th meeting');
    expect(base(p.el).getAttribute('dir')).to.equal('ltr');
  });

  it("hydrates with the server's clock, then shows what is current in the browser", async () => {
    // Rendered "in 2032": the synthetic feed's meeting of 2031 is past, so the card shows the latest held one.
    const p = await open('meeting-card', 'lang=en&feed=synthetic&now=2032-01-01T00:00:00Z');
    const title = p.el.shadowRoot!.querySelector('[part="title"]')!;
    const serverTitle = fold(title.textContent);
    const fresh = document.createElement('meeting-card') as MajlisElement;
    const seen = watch(p.el);
    await start(p);
    seen.stop();
    expect(p.problems, p.problems.join('\n')).to.deep.equal([]);
    fresh.setAttribute('lang', 'en');
    fresh.feed = p.el.querySelector('script[type="application/json"]')!.getAttribute('data-majlis-feed');
    document.body.append(fresh);
    await settle(fresh);
    const current = fold(fresh.shadowRoot!.querySelector('[part="title"]')!.textContent);
    expect(current, 'the test needs another meeting to be current now').to.not.equal(serverTitle);
    expect(p.el.shadowRoot!.querySelector('[part="title"]')).to.equal(title);
    expect(fold(title.textContent)).to.equal(current);
  });

  it('with src and the inline feed: hydrates from the inline feed, then fetches src, and the same data changes nothing', async () => {
    const key = `ssr-src-${Date.now()}`;
    const p = await open('meeting-card', `lang=en&feed=synthetic&src=/__fault/counted/${key}/synthetic`);
    expect(p.el.shadowRoot!.querySelector('[part="title"]')).to.not.equal(null);
    const loads: unknown[] = [];
    p.el.addEventListener('majlis-load', (e) => loads.push(e));
    const seen = watch(p.el);
    await start(p);
    await until(() => loads.length === 2, 'the src feed to load after the hydrating one');
    await settle(p.el);
    seen.stop();
    expect(p.problems, p.problems.join('\n')).to.deep.equal([]);
    expect(await (await fetch(`/__fault/count/${key}`)).json()).to.deep.equal({ count: 1 });
    expect(seen.removed.length).to.equal(0);
    expect([...p.el.shadowRoot!.querySelectorAll('*')]).to.deep.equal(seen.nodes);
  });

  it('with src only: the server content stays while the feed is fetched, then one fresh render replaces it', async () => {
    const p = await open('meeting-card', 'lang=ar&feed=synthetic&inline=0&src=/__fault/slow/800/synthetic');
    const heading = p.el.shadowRoot!.querySelector('h2')!;
    expect(heading).to.not.equal(null);
    const loaded = new Promise((r) => p.el.addEventListener('majlis-load', r, { once: true }));
    await start(p, false);
    // The response is still on its way: what the server rendered is shown, no loading placeholder.
    expect(p.el.shadowRoot!.querySelector('h2')).to.equal(heading);
    expect(p.el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
    await loaded;
    await settle(p.el);
    expect(p.problems, p.problems.join('\n')).to.deep.equal([]);
    expect(p.el.hasAttribute('data-majlis-ssr')).to.equal(false);
    expect(p.el.shadowRoot!.querySelectorAll('[part="base"]').length).to.equal(1);
    expect(fold(p.el.shadowRoot!.querySelector('h2')!.textContent)).to.equal(fold(heading.textContent));
    await interact('meeting-card', p.el);
  });

  it('rendered without a feed: hydrates the loading placeholder, then loads src', async () => {
    const p = await open('meeting-card', `lang=en&feed=none&src=/__fault/slow/300/synthetic`);
    const skeleton = p.el.shadowRoot!.querySelector('[part="skeleton"]');
    expect(skeleton).to.not.equal(null);
    expect(p.el.getAttribute('data-majlis-ssr')).to.match(/ -$/u);
    const loaded = new Promise((r) => p.el.addEventListener('majlis-load', r, { once: true }));
    const seen = watch(p.el);
    await start(p);
    // Hydrated: the placeholder is the server's own node until the feed is there.
    expect(p.el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(skeleton);
    expect(seen.removed.length).to.equal(0);
    await loaded;
    await settle(p.el);
    seen.stop();
    expect(p.problems, p.problems.join('\n')).to.deep.equal([]);
    expect(p.el.shadowRoot!.querySelector('[part="skeleton"]')).to.equal(null);
    expect(fold(p.el.shadowRoot!.querySelector('[part="title"]')!.textContent)).to.equal('6th meeting');
  });

  it('when the inline feed differs from the server\'s data, says so and renders afresh from it', async () => {
    const p = await open('meeting-card', 'lang=en&feed=synthetic');
    const script = p.el.querySelector('script[type="application/json"]')!;
    const changed = JSON.parse(script.getAttribute('data-majlis-feed')!);
    changed.committee.name.en = 'Synthetic committee, renamed after rendering';
    script.setAttribute('data-majlis-feed', JSON.stringify(changed));
    await start(p);
    expect(p.problems).to.have.length(1);
    expect(p.problems[0]).to.match(/^warn: \[meeting-card\] The feed differs from the one it was rendered with on the server/u);
    expect(p.el.shadowRoot!.querySelectorAll('[part="base"]').length).to.equal(1);
    expect(fold(p.el.shadowRoot!.querySelector('.subtitle')!.textContent)).to.equal('Synthetic committee, renamed after rendering');
  });

  it('without the inline feed, the server content stays until the page gives the feed, then is replaced', async () => {
    const p = await open('meeting-card', 'lang=en&inline=0');
    const title = fold(p.el.shadowRoot!.querySelector('[part="title"]')!.textContent);
    await start(p, false);
    // No feed in the browser: what the server rendered is still shown, and the page is told (MISSING_AFTER_MS,
    // 3 s, after the page's load: a script may still set the feed).
    for (let t = 0; t < 60 && !p.problems.some((m) => /No feed/u.test(m)); t++) await new Promise((r) => setTimeout(r, 100));
    expect(fold(p.el.shadowRoot!.querySelector('[part="title"]')?.textContent)).to.equal(title);
    expect(p.problems.some((m) => /No feed/u.test(m))).to.equal(true);
    const feed = await (await fetch('/demo/feeds/gcc-egov.json')).json();
    p.el.feed = feed;
    await settle(p.el);
    expect(p.el.hasAttribute('data-majlis-ssr')).to.equal(false);
    expect(p.el.shadowRoot!.querySelectorAll('[part="base"]').length).to.equal(1);
    expect(p.el.shadowRoot!.querySelectorAll('style').length, 'server styles removed; adopted instead').to.equal(0);
    expect(fold(p.el.shadowRoot!.querySelector('[part="title"]')!.textContent)).to.equal(title);
  });
});
