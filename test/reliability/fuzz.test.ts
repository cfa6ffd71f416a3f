/**
 * Property-based tests (fast-check) of the validator and the four widgets, in
 * Chromium. The number of runs is kept small so that `npm test` stays bounded;
 * `npm run fuzz` (scripts/fuzz.mjs) runs the validator properties at scale.
 *
 * The seed is printed at the start; a failure prints fast-check's report with
 * the seed and the path of the shrunk counterexample. To replay it, set REPLAY.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/meeting-card.js';
import '../../src/define/agenda-list.js';
import '../../src/define/initiative-tracker.js';
import '../../src/define/working-group-roster.js';
import type { MajlisElement } from '../../src/base/majlis-element.js';
import { MAX_AGENDA_DEPTH } from '../../src/feed/schema.js';
import { validateFeed, type ValidationResult } from '../../src/feed/validate.js';
import { deepAgendaFeed, feedShapedJunk, hugeAgendaFeed, hugeListsFeed, mutatedFeed, inPlaceProblem, newSeed, resultProblem, validFeed, type JsonObject } from './feed-arbitraries.js';

/** To replay a failure, put its seed (and path) here, e.g. `{ seed: 123, path: '4:1' }`. */
const REPLAY = undefined as { seed: number; path?: string } | undefined;
const SEED = REPLAY?.seed ?? newSeed();
console.log(`fuzz.test.ts: fast-check seed ${SEED}`);
const params = <T,>(numRuns: number): fc.Parameters<T> => ({ seed: SEED, numRuns, verbose: true, ...(REPLAY?.path ? { path: REPLAY.path } : {}) });

const TAGS = ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster'] as const;
const NOW = new Date('2030-06-01T09:00:00Z');

// ---------------------------------------------------------------------------
// Uncaught errors and console errors
// ---------------------------------------------------------------------------

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason)}`);
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

/** Runs `fn` with console.error recorded and console.warn (feed items left out) silenced. */
async function recordingErrors<T>(fn: () => Promise<T>): Promise<{ result: T; errors: string[] }> {
  const errors: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.warn = () => undefined;
  try {
    return { result: await fn(), errors };
  } finally {
    Object.assign(console, { error, warn });
  }
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

const boxes: HTMLElement[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.remove();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

/** Mounts `tag` with the feed property in a 600px box; resolves when it has loaded or failed (or rejects after `ms`). */
async function render(tag: string, feed: unknown, lang: string, attrs: Record<string, string> = {}, ms = 20000): Promise<{ el: MajlisElement; loaded: boolean }> {
  const box = document.createElement('div');
  box.style.inlineSize = '600px';
  boxes.push(box);
  document.body.append(box);
  const el = document.createElement(tag) as MajlisElement;
  for (const [k, v] of Object.entries({ ...attrs, lang })) el.setAttribute(k, v);
  el.now = NOW;
  el.feed = feed;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outcome = Promise.race([
    new Promise<boolean>((r) => el.addEventListener('majlis-load', () => r(true), { once: true })),
    new Promise<boolean>((r) => el.addEventListener('majlis-error', () => r(false), { once: true })),
    new Promise<never>((_r, reject) => (timer = setTimeout(() => reject(new Error(`<${tag}> neither loaded nor failed within ${ms} ms`)), ms))),
  ]);
  box.append(el);
  const loaded = await outcome;
  clearTimeout(timer);
  // A rendering error rejects updateComplete: it fails the property here.
  await el.updateComplete;
  await frame();
  return { el, loaded };
}

function clear(): void {
  for (const b of boxes.splice(0)) b.remove();
}

// ---------------------------------------------------------------------------
// (a) Arbitrary input: the validator never throws and always answers in shape
// ---------------------------------------------------------------------------

function checkResult(input: unknown): ValidationResult {
  let r: ValidationResult;
  try {
    r = validateFeed(input);
  } catch (e) {
    throw new Error(`validateFeed threw: ${String(e)}`);
  }
  const problem = resultProblem(r);
  if (problem) throw new Error(problem);
  const inPlace = inPlaceProblem(input, validateFeed);
  if (inPlace) throw new Error(inPlace);
  if (r.ok) {
    // What the validator lets through is itself a valid feed.
    const again = validateFeed(JSON.parse(JSON.stringify(r.feed)));
    if (!again.ok || again.warnings.length) throw new Error(`the validated feed does not validate again: ${JSON.stringify(again)}`);
  }
  return r;
}

describe(`fuzz (a): arbitrary JSON → validateFeed (seed ${SEED})`, () => {
  it('never throws on any JSON value; returns a feed with warnings, or errors, each with a $ path and what was expected', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => void checkResult(x)),
      params(1000),
    );
  });

  it('never throws on objects shaped like a feed with random junk in them', () => {
    let accepted = 0;
    fc.assert(
      fc.property(feedShapedJunk(), (x) => {
        if (checkResult(x).ok) accepted++;
      }),
      params(400),
    );
    // The junk is close enough to a feed that some of it is accepted (with items left out).
    expect(accepted).to.be.greaterThan(0);
  });

  it('answers with errors, not an exception, for values JSON cannot even hold', () => {
    const cyclic: Record<string, unknown> = { version: '1.0', committee: { id: 'c', name: 'Synthetic Committee' } };
    cyclic['meetings'] = [cyclic];
    for (const x of [cyclic, { version: '1.0', committee: { id: 'c', name: 'Synthetic Committee', url: Symbol('x') } }, new Date(0), () => 1, 10n]) {
      checkResult(x);
    }
  });
});

// ---------------------------------------------------------------------------
// (b) Generated valid feeds: accepted cleanly, and every widget renders them
// ---------------------------------------------------------------------------

describe(`fuzz (b): generated valid feeds (seed ${SEED})`, () => {
  it('validate with no warning', () => {
    fc.assert(
      fc.property(validFeed(), (feed) => {
        const r = checkResult(feed);
        if (!r.ok || r.warnings.length) throw new Error(`a valid feed was not accepted cleanly: ${JSON.stringify(r.ok ? r.warnings : r.errors)}`);
      }),
      params(300),
    );
  });

  it('render in every widget without an error state, a console error or an uncaught error', async function () {
    this.timeout(45000);
    uncaught.length = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(validFeed(), fc.constantFrom('ar', 'en'), async (feed, lang) => {
        runs++;
        const { result, errors } = await recordingErrors(async () => {
          const out: string[] = [];
          for (const tag of TAGS) {
            const { el, loaded } = await render(tag, feed, lang, tag === 'working-group-roster' || tag === 'initiative-tracker' ? { expanded: '' } : {});
            if (!loaded) out.push(`<${tag}> did not load`);
            if (el.shadowRoot!.querySelector('[part="error"]')) out.push(`<${tag}> shows an error`);
            if (!el.shadowRoot!.querySelector('[part="base"]')?.childElementCount) out.push(`<${tag}> rendered nothing`);
          }
          clear();
          return out;
        });
        expect([...result, ...errors, ...uncaught], JSON.stringify(feed).slice(0, 2000)).to.deep.equal([]);
      }),
      params(50),
    );
    expect(runs).to.be.at.least(50);
  });
});

// ---------------------------------------------------------------------------
// (c) Mutated feeds and extremes: no uncaught error, no frozen tab
// ---------------------------------------------------------------------------

describe(`fuzz (c): mutated valid feeds and extremes (seed ${SEED})`, () => {
  it('mutated feeds: the validator answers in shape and every widget settles (loaded or an error state), with no uncaught error', async function () {
    this.timeout(45000);
    uncaught.length = 0;
    await fc.assert(
      fc.asyncProperty(mutatedFeed(), fc.constantFrom('ar', 'en'), async (feed, lang) => {
        checkResult(feed);
        await recordingErrors(async () => {
          for (const tag of TAGS) {
            const { el, loaded } = await render(tag, feed, lang);
            // Loaded, or an invalid feed shown as such: never a half-rendered widget.
            if (!loaded) expect(el.shadowRoot!.querySelector('[part="error"]'), `<${tag}>`).not.to.equal(null);
          }
          clear();
        });
        expect(uncaught, JSON.stringify(feed).slice(0, 2000)).to.deep.equal([]);
      }),
      params(50),
    );
  });

  it('validator: 10,000 agenda items, 10,000 of everything, 2,000-deep nesting and 20,000-deep junk return a result', () => {
    const huge = checkResult(hugeAgendaFeed(10_000));
    expect(huge.ok && huge.feed.meetings![0]!.agenda!.length).to.equal(10_000);
    const lists = checkResult(hugeListsFeed(10_000));
    expect(lists.ok && lists.warnings).to.deep.equal([]);

    const atLimit = checkResult(deepAgendaFeed(MAX_AGENDA_DEPTH));
    expect(atLimit.ok && atLimit.warnings).to.deep.equal([]);
    // Paths name the input's positions, also when other items are left out; warnings come in the document's order.
    const over = deepAgendaFeed(MAX_AGENDA_DEPTH + 1);
    (over['meetings'] as JsonObject[]).unshift({ id: 'no-status' });
    const overResult = checkResult(over);
    expect(overResult.ok && overResult.warnings.map((x) => x.path)).to.deep.equal(['$.meetings[0].status', `$.meetings[1].agenda[0]${'.items[0]'.repeat(MAX_AGENDA_DEPTH)}`]);

    const deep = checkResult(deepAgendaFeed(2000));
    if (!deep.ok) throw new Error(JSON.stringify(deep.errors));
    expect(deep.warnings).to.have.length(1);
    const [w] = deep.warnings;
    expect(w!.expected).to.equal(`agenda items nested at most ${MAX_AGENDA_DEPTH} deep`);
    expect(w!.path).to.equal(`$.meetings[0].agenda[0]${'.items[0]'.repeat(MAX_AGENDA_DEPTH)}`);
    expect(w!.dropped).to.equal(w!.path);
    // The items up to the limit are kept.
    let depth = 0;
    for (let items = deep.feed.meetings![0]!.agenda; items?.length; items = items[0]!.items) depth++;
    expect(depth).to.equal(MAX_AGENDA_DEPTH);

    let junk: unknown = 1;
    for (let i = 0; i < 20_000; i++) junk = [junk];
    const messy = checkResult({ ...deepAgendaFeed(3), 'x-junk': junk, initiatives: [{ id: 'bad' }] });
    expect(messy.ok && messy.warnings.map((x) => x.dropped)).to.deep.equal(['$.initiatives[0]', '$.initiatives[0]']);
  });

  it('agenda-list renders 10,000 items (virtualized), and search over them returns', async function () {
    this.timeout(45000);
    uncaught.length = 0;
    const { el, loaded } = await render('agenda-list', hugeAgendaFeed(10_000), 'en');
    expect(loaded).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="scroller"]')).not.to.equal(null);
    // Only the rows near the visible part of the scroll box are rendered.
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part="item"]'); i++) await frame();
    expect(el.shadowRoot!.querySelectorAll('[part="item"]').length).to.be.within(1, 500);
    // Item 1234 by its title, item 1233 by its order label "1234" (10,000 items and 2,000 sub-items in all).
    el.setAttribute('query', 'Synthetic item 1234');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal('2 of 12,000 items');
    expect(uncaught).to.deep.equal([]);
  });

  it('every widget renders a feed of 300 meetings, initiatives and members', async function () {
    this.timeout(45000);
    uncaught.length = 0;
    const feed = hugeListsFeed(300);
    for (const tag of TAGS) {
      const { el, loaded } = await render(tag, feed, 'ar');
      expect(loaded, tag).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="error"]'), tag).to.equal(null);
      clear();
    }
    expect(uncaught).to.deep.equal([]);
  });

  it(`2,000-deep agenda nesting: every widget renders the ${MAX_AGENDA_DEPTH} levels kept, with the warning shown`, async function () {
    this.timeout(45000);
    uncaught.length = 0;
    const feed: JsonObject = deepAgendaFeed(2000);
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
    try {
      for (const tag of TAGS) {
        const { el, loaded } = await render(tag, feed, 'en');
        expect(loaded, tag).to.equal(true);
        expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent ?? '', tag).to.contain(`agenda items nested at most ${MAX_AGENDA_DEPTH} deep`);
        // As many items as levels kept (more than the virtualize threshold: one flat, virtualized list).
        if (tag === 'agenda-list') expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal(`${MAX_AGENDA_DEPTH} items`);
        clear();
      }
    } finally {
      console.warn = warn;
    }
    expect(warned.filter((x) => x.includes('nested at most'))).to.have.length(TAGS.length);
    expect(uncaught).to.deep.equal([]);
  });
});
