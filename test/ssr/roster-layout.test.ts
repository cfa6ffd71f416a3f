// Lit's hydration support must run before LitElement is evaluated: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { WorkingGroupRoster } from '../../src/components/working-group-roster/working-group-roster.js';

/**
 * The layouts of <working-group-roster> when a server rendered it (test/server/ssr.mjs, with the roster
 * fixture: groups with members; `expanded`, as a closed group's members are rendered when it is opened).
 * The server cannot know the element's width, so it renders both layouts
 * and the styles' container query shows one, before any script runs. Hydrating keeps that markup as it
 * is; then the element keeps only the layout its width needs.
 */

before(async () => {
  await import('../../src/define/working-group-roster.js');
});

const NOW = '2030-06-01T09:00:00Z';
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The server's page for the roster fixture, parsed into a container of `width` px (not yet in the document). */
async function serverPage(width: number, lang: 'ar' | 'en'): Promise<{ html: string; container: HTMLElement; el: WorkingGroupRoster }> {
  const res = await fetch(`/__ssr/working-group-roster?lang=${lang}&page-lang=${lang}&feed=working-group-roster/roster&now=${NOW}&expanded=1`);
  expect(res.status).to.equal(200);
  const html = await res.text();
  const container = document.createElement('div');
  container.style.inlineSize = `${width}px`;
  container.setHTMLUnsafe(/<body>([\s\S]*)<\/body>/u.exec(html)![1]!);
  return { html, container, el: container.querySelector('working-group-roster') as WorkingGroupRoster };
}

/** For each group with members: the layouts in its markup and how each is displayed. */
const layouts = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.members')].map((m) =>
    Object.fromEntries([...m.querySelectorAll(':scope > .layout-table, :scope > .layout-list')].map((l) => [l.classList[0], getComputedStyle(l).display])),
  );

describe('server-rendered <working-group-roster>: the layouts of the members', () => {
  const opened: HTMLElement[] = [];
  afterEach(() => {
    for (const c of opened.splice(0)) c.remove();
  });

  for (const [width, shown, hidden] of [
    [1000, 'layout-table', 'layout-list'],
    [360, 'layout-list', 'layout-table'],
  ] as const) {
    for (const lang of ['ar', 'en'] as const) {
      it(`${width}px (${lang}): the server's markup has both, the styles show the ${shown.slice(7)} before any script; hydration keeps them; then only the ${shown.slice(7)} is left`, async () => {
        const { html, container, el } = await serverPage(width, lang);
        // Rendered by the server: both layouts, marked for the styles to choose.
        expect(html).to.match(/class="roster both-layouts"/u);
        expect(html).to.contain('class="layout-table"');
        expect(html).to.contain('class="layout-list"');
        const problems: string[] = [];
        const orig = { error: console.error, warn: console.warn };
        console.error = (...a: unknown[]) => problems.push(a.map(String).join(' '));
        console.warn = (...a: unknown[]) => problems.push(a.map(String).join(' '));
        const onError = (e: ErrorEvent) => problems.push(e.message);
        addEventListener('error', onError);
        try {
          // The page's clock is the server's: what is current stays the same after hydration.
          el.now = new Date(NOW);
          document.body.append(container);
          opened.push(container);
          // In the page, before the element's first update: what a page without scripts shows.
          const before = layouts(el);
          expect(before.length).to.be.greaterThan(0);
          for (const l of before) expect(l).to.deep.equal({ [shown]: shown === 'layout-table' ? 'block' : 'grid', [hidden]: 'none' });
          const shownNodes = [...el.shadowRoot!.querySelectorAll(`.${shown}`)];
          // Mutations in order: the shadow root's, and the host's stamp, removed once hydrated.
          const records: MutationRecord[] = [];
          const mo = new MutationObserver((r) => records.push(...r));
          mo.observe(el.shadowRoot!, { childList: true, subtree: true });
          mo.observe(el, { attributes: true, attributeFilter: ['data-majlis-ssr'] });
          await until(() => !el.hasAttribute('data-majlis-ssr'), 'hydration');
          await el.updateComplete;
          await frame();
          await frame();
          await el.updateComplete;
          records.push(...mo.takeRecords());
          mo.disconnect();
          const hydrated = records.findIndex((r) => r.type === 'attributes');
          expect(hydrated).to.be.greaterThan(-1);
          // Hydration: the server's nodes, none removed.
          const label = (n: Node) => (n instanceof Element ? `${n.localName}.${n.className}` : n.nodeName);
          expect(records.slice(0, hydrated).flatMap((r) => [...r.removedNodes].map(label)), 'nodes removed while hydrating').to.deep.equal([]);
          // Then the element knows its width: the layout it does not show is removed, the shown one stays as it is.
          expect(el.shadowRoot!.querySelector('.roster')!.classList.contains('both-layouts')).to.equal(false);
          for (const l of layouts(el)) expect(l).to.deep.equal({ [shown]: shown === 'layout-table' ? 'block' : 'grid' });
          expect([...el.shadowRoot!.querySelectorAll(`.${shown}`)]).to.deep.equal(shownNodes);
          const removed = records.slice(hydrated).flatMap((r) => [...r.removedNodes].filter((n) => n instanceof Element).map(label));
          expect(removed).to.deep.equal(shownNodes.map(() => `div.${hidden}`));
          expect(problems, problems.join('\n')).to.deep.equal([]);
        } finally {
          Object.assign(console, orig);
          removeEventListener('error', onError);
        }
      });
    }
  }
});
