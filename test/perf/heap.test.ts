// Measured, not timed: 1,000 mount/unmount cycles leave no widget, observer or listener behind, and the
// JS heap after a forced garbage collection (DevTools protocol, test/server/perf-commands.mjs) grows by
// less than 1 MB.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { AgendaList, InitiativeTracker, MeetingCard, WorkingGroupRoster } from '../../src/all.js';
import { BENCH_MEETING, BENCH_NOW, syntheticFeed } from '../../bench/synthetic-feed.js';

interface Heap {
  usedSize: number;
  instances: Record<string, number>;
  listeners: { window: number; document: number };
}

const PROTOTYPES = {
  MeetingCard: MeetingCard.prototype,
  AgendaList: AgendaList.prototype,
  InitiativeTracker: InitiativeTracker.prototype,
  WorkingGroupRoster: WorkingGroupRoster.prototype,
  MutationObserver: MutationObserver.prototype,
  ResizeObserver: ResizeObserver.prototype,
  IntersectionObserver: IntersectionObserver.prototype,
};
(window as unknown as { __perfPrototypes: object }).__perfPrototypes = PROTOTYPES;
const heap = () => executeServerCommand<Heap, { prototypes: string[] }>('perf-heap', { prototypes: Object.keys(PROTOTYPES) });

const TAGS = ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster'] as const;
const feedText = JSON.stringify(syntheticFeed({ agendaItems: 40, members: 40, initiatives: 12 }));

/** One cycle: a widget of each kind in turn, with a feed object of its own, rendered, then removed. */
async function cycle(i: number, host: HTMLElement): Promise<void> {
  const el = document.createElement(TAGS[i % TAGS.length]!) as AgendaList;
  el.setAttribute('meeting', BENCH_MEETING);
  el.now = BENCH_NOW;
  el.feed = JSON.parse(feedText) as unknown;
  host.append(el);
  await el.updateComplete;
  el.remove();
}

describe('performance: nothing retained after unmounting', function () {
  this.timeout(120000);

  it('1,000 mount/unmount cycles leave no widgets, observers or listeners, and the heap grows < 1 MB', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    // Warm-up: caches that live for the page (formatters, compiled templates, styles) are filled first.
    for (let i = 0; i < 40; i++) await cycle(i, host);
    const before = await heap();
    for (let i = 0; i < 1000; i++) await cycle(i, host);
    const after = await heap();
    host.remove();
    const grew = after.usedSize - before.usedSize;
    console.log(`1,000 mount/unmount cycles: JS heap ${before.usedSize} -> ${after.usedSize} bytes after GC (${grew >= 0 ? '+' : ''}${grew})`);
    expect(after.instances, 'live widgets and observers').to.deep.equal(before.instances);
    for (const name of ['MeetingCard', 'AgendaList', 'InitiativeTracker', 'WorkingGroupRoster']) expect(after.instances[name], name).to.equal(0);
    expect(after.listeners, 'listeners on window and document').to.deep.equal(before.listeners);
    expect(grew, `heap grew by ${grew} bytes`).to.be.lessThan(1024 * 1024);
  });

  it('a widget kept in the page is counted (the measurement can fail)', async () => {
    let kept: AgendaList | undefined = document.createElement('agenda-list') as AgendaList;
    kept.feed = JSON.parse(feedText) as unknown;
    document.body.append(kept);
    await kept.updateComplete;
    const withOne = await heap();
    kept.remove();
    kept = undefined;
    const without = await heap();
    expect(withOne.instances['AgendaList']).to.equal(1);
    expect(without.instances['AgendaList']).to.equal(0);
  });
});
