// Measured, not timed: a page whose widgets load from a slow feed does not shift (cumulative layout shift 0,
// as Chromium's PerformanceObserver 'layout-shift' entries report it) when it reserves the space the content
// takes (--majlis-reserve, as a page gives an image its width and height): the skeletons fill that space.
// Without it, a widget can only guess how tall its content will be (the skeleton is 10rem); the shift such a
// page gets is measured too, and reported (not a pass/fail figure: it depends on the feed).
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import type { MajlisElement } from '../../src/base/majlis-element.js';
import { mount, timeoutAfter } from '../helpers.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node | null }[];
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Observes layout shifts from now on; `stop()` answers their sum and where they happened. */
function observeShifts() {
  const entries: LayoutShift[] = [];
  const po = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[])));
  po.observe({ type: 'layout-shift' });
  return {
    stop() {
      entries.push(...(po.takeRecords() as LayoutShift[]));
      po.disconnect();
      const counted = entries.filter((e) => !e.hadRecentInput);
      return {
        score: counted.reduce((s, e) => s + e.value, 0),
        where: counted.flatMap((e) => e.sources.map((s) => (s.node instanceof Element ? s.node.localName : String(s.node?.nodeName)))),
      };
    },
  };
}

/** A portal page: a heading, the four widgets one under another (the same slow feed), a footer paragraph. */
async function portal(url: string, reserve: Record<string, number> = {}) {
  const page = document.createElement('main');
  page.style.inlineSize = '900px';
  const h = document.createElement('h1');
  h.textContent = 'Synthetic portal page';
  page.append(h);
  document.body.append(page);
  const widgets = ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster'].map((tag) =>
    mount<MajlisElement>(tag, { src: url, ...(tag === 'meeting-card' || tag === 'agenda-list' ? { meeting: 'egov-exec-22' } : {}) }, {
      parent: page,
      beforeAppend: (el) => reserve[tag] && el.style.setProperty('--majlis-reserve', `${reserve[tag]}px`),
    }),
  );
  const footer = document.createElement('p');
  footer.textContent = 'Synthetic footer text that must not move.';
  page.append(footer);
  return { page, widgets, footer };
}

describe('performance: no layout shift while loading', () => {
  /** How tall each widget is once loaded (from a fast feed), as a page author would measure it. */
  async function loadedHeights(): Promise<Record<string, number>> {
    const { page, widgets } = await portal(`/demo/feeds/gcc-egov.json?perf=${Date.now()}`);
    await Promise.all(widgets.map((w) => timeoutAfter(w.loaded, 10000, 'majlis-load')));
    for (const w of widgets) await w.el.updateComplete;
    await frame();
    const heights = Object.fromEntries(widgets.map((w) => [w.el.localName, Math.ceil(w.el.getBoundingClientRect().height)]));
    page.remove();
    return heights;
  }

  async function loadSlowly(reserve?: Record<string, number>): Promise<{ score: number; where: string[] }> {
    const shifts = observeShifts();
    const { page, widgets } = await portal(`/__fault/slow/700/demo?perf=${Date.now()}`, reserve);
    // The skeletons are painted first…
    await frame();
    await frame();
    expect(widgets.every((w) => w.el.shadowRoot?.querySelector('[part="skeleton"]'))).to.equal(true);
    // …then the content replaces them.
    await Promise.all(widgets.map((w) => timeoutAfter(w.loaded, 10000, 'majlis-load')));
    for (const w of widgets) await w.el.updateComplete;
    await frame();
    await frame();
    const result = shifts.stop();
    page.remove();
    return result;
  }

  it('widgets loading from a slow feed shift nothing on a page that reserves their height', async () => {
    const reserve = await loadedHeights();
    // Real content, not empty states: every widget is taller than its 10rem placeholder.
    expect(Object.values(reserve).every((h) => h > 160), JSON.stringify(reserve)).to.equal(true);
    const { score, where } = await loadSlowly(reserve);
    expect(score, `layout shift ${score} (${where.join(', ')})`).to.equal(0);
  });

  it('without a reservation the content moves what follows (measured and reported, not a target)', async () => {
    const { score, where } = await loadSlowly();
    console.log(`layout shift without --majlis-reserve: ${score.toFixed(3)} (${[...new Set(where)].join(', ')})`);
    expect(score).to.be.greaterThan(0);
  });

  it('the observer does see a shift (the measurement can fail)', async () => {
    const shifts = observeShifts();
    const { page } = await portal(`/__fault/slow/100/synthetic?perf=${Date.now()}`);
    await frame();
    await frame();
    // Content inserted above what is painted moves it: a real shift.
    const banner = document.createElement('div');
    banner.style.blockSize = '200px';
    page.prepend(banner);
    await frame();
    await frame();
    expect(shifts.stop().score).to.be.greaterThan(0);
  });
});
