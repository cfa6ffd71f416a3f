import { expect } from '@open-wc/testing';
import type { MajlisElement } from '../../src/base/majlis-element.js';

/**
 * A page server-rendered on Node at request time (test/server/ssr.mjs), loaded whole into an iframe, whose
 * script defines the widgets without Lit's hydration support (test/ssr/plain-client.ts): the widget must
 * replace the server's content with one fresh render, not add a second copy next to it.
 * (Its own test file: the widgets' modules run in the iframe, apart from hydrate.test.ts.)
 */

const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim();

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('a server-rendered page without Lit’s hydration support', () => {
  it('gets one fresh render in place of the server content, which then works', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/__ssr/working-group-roster?lang=ar';
    const framed = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    try {
      await framed;
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const problems: string[] = [];
      for (const level of ['error', 'warn'] as const) {
        const orig = win.console[level].bind(win.console);
        win.console[level] = (...args: unknown[]) => {
          const text = args.map(String).join(' ');
          // Lit's development build says so once per page.
          if (!/Lit is in dev mode/u.test(text)) problems.push(`${level}: ${text}`);
          orig(...args);
        };
      }
      win.addEventListener('error', (e) => problems.push(`error event: ${e.message}`));
      const el = doc.querySelector('working-group-roster') as MajlisElement & { query?: string };
      const heading = el.shadowRoot!.querySelector('h2')!;
      expect(fold(heading.textContent)).to.not.equal('');
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/test/ssr/plain-client.ts';
      const ran = new Promise((r) => script.addEventListener('load', r, { once: true }));
      doc.head.append(script);
      await ran;
      await win.customElements.whenDefined('working-group-roster');
      await until(() => !el.hasAttribute('data-majlis-ssr'), 'the fresh render');
      await el.updateComplete;
      expect(problems, problems.join('\n')).to.deep.equal([]);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part="base"]').length).to.equal(1);
      expect(root.querySelector('h2')).to.not.equal(heading);
      expect(fold(root.querySelector('h2')!.textContent)).to.equal(fold(heading.textContent));
      // It works: the search box filters.
      const input = root.querySelector<HTMLInputElement>('[part="search"]')!;
      input.value = 'zzqx';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => el.query === 'zzqx', 'the search to apply');
      await el.updateComplete;
      expect(root.querySelector('[part="no-results"]')).to.not.equal(null);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
