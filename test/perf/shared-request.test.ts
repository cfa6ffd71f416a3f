// Measured, not timed: twenty widgets on one page that name the same feed URL make exactly one request.
import { expect } from '@open-wc/testing';
import '../../src/all.js';
import type { MajlisElement } from '../../src/base/majlis-element.js';
import { mount, timeoutAfter } from '../helpers.js';

const TAGS = ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster'];
/** Requests the test server answered for a counted URL (test/server/faults.mjs). */
const served = async (key: string): Promise<number> => ((await (await fetch(`/__fault/count/${key}`)).json()) as { count: number }).count;

describe('performance: one request per feed URL', () => {
  it('20 widgets of all four kinds naming the same URL make one request (counted by the server)', async () => {
    const key = `perf-shared-${Date.now()}`;
    const url = `/__fault/counted/${key}/synthetic`;
    const page = document.createElement('main');
    document.body.append(page);
    const widgets = Array.from({ length: 20 }, (_, i) => mount<MajlisElement>(TAGS[i % TAGS.length]!, { src: url }, { parent: page }));
    await Promise.all(widgets.map((w) => timeoutAfter(w.loaded, 10000, 'majlis-load')));
    expect(await served(key)).to.equal(1);
    // The browser made one request for it too (resource timing sees requests the HTTP cache answers as well).
    const requests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url));
    expect(requests).to.have.length(1);
  });

  it('different URLs are different requests (the count can fail)', async () => {
    const key = `perf-separate-${Date.now()}`;
    const widgets = [1, 2, 3].map((i) => mount<MajlisElement>('meeting-card', { src: `/__fault/counted/${key}/synthetic?copy=${i}` }));
    await Promise.all(widgets.map((w) => timeoutAfter(w.loaded, 10000, 'majlis-load')));
    expect(await served(key)).to.equal(3);
  });
});
