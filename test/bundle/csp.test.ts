import { expect } from '@open-wc/testing';

/** The built bundle under a strict Content-Security-Policy with Trusted Types (see test/server/faults.mjs). */
describe('strict CSP and Trusted Types', () => {
  it('every widget in dist/cdn/majlis.js renders with 0 violations and 0 errors', async () => {
    const tags = ['meeting-card', 'working-group-roster', 'agenda-list', 'initiative-tracker'];
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '900px';
    frame.style.blockSize = '1200px';
    frame.src = `/__csp/page?tags=${tags.join(',')}`;
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow as Window & { __violations: string[]; __errors: string[] };
      const doc = frame.contentDocument!;
      await win.customElements.whenDefined('meeting-card');
      const defined = tags.filter((t) => win.customElements.get(t));
      expect(defined).to.include('meeting-card');
      for (const tag of defined) {
        for (const el of doc.querySelectorAll(tag)) {
          let rendered = false;
          for (let i = 0; i < 100 && !rendered; i++) {
            rendered = !!el.shadowRoot?.querySelector('[part="base"]') && !el.shadowRoot.querySelector('[part="skeleton"]');
            if (!rendered) await new Promise((r) => setTimeout(r, 50));
          }
          expect(rendered, `${tag} rendered`).to.equal(true);
          expect(el.shadowRoot!.querySelector('[part="error"]'), `${tag} shows no error`).to.equal(null);
        }
      }
      // Trusted Types are enforced in this page: a raw string into innerHTML is refused.
      expect(() => {
        // eslint-disable-next-line no-restricted-syntax -- deliberately tries the sink that Trusted Types must block
        doc.body.innerHTML = '<b>x</b>';
      }).to.throw();
      expect(win.__violations.filter((v) => !v.startsWith('require-trusted-types-for'))).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a hostile feed (markup, handlers, script URLs, CSS in an accent, bidi overrides) in dist/cdn/majlis.js: nothing runs, nothing is refused, no bad link', async () => {
    const tags = ['meeting-card', 'working-group-roster', 'agenda-list', 'initiative-tracker'];
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '900px';
    frame.style.blockSize = '1200px';
    frame.src = `/__csp/page?tags=${tags.join(',')}&feed=${encodeURIComponent('/test/fixtures/hostile.json')}`;
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow as Window & { __violations: string[]; __errors: string[]; __pwned?: unknown };
      const doc = frame.contentDocument!;
      await win.customElements.whenDefined('initiative-tracker');
      const els = tags.flatMap((t) => [...doc.querySelectorAll(t)]);
      expect(els).to.have.length(8);
      for (const el of els) {
        let rendered = false;
        for (let i = 0; i < 100 && !rendered; i++) {
          rendered = !!el.shadowRoot?.querySelector('[part="base"]') && !el.shadowRoot.querySelector('[part="skeleton"]');
          if (!rendered) await new Promise((r) => setTimeout(r, 50));
        }
        expect(rendered, `${el.localName} rendered`).to.equal(true);
        const root = el.shadowRoot!;
        // The feed's markup is text: no element it names exists, and its words are on screen.
        expect(root.querySelectorAll('script, img[onerror], svg[onload], iframe, style:not([data-lit])').length, `${el.localName}: injected elements`).to.equal(0);
        expect(/Synthetic|اختباري/u.test(root.textContent ?? ''), `${el.localName}: the feed's words are shown`).to.equal(true);
        expect((root.textContent ?? '').includes('<script>'), `${el.localName}: markup shown as text`).to.equal(true);
        for (const a of root.querySelectorAll('a[href]')) {
          expect(new URL(a.getAttribute('href')!, doc.baseURI).protocol, `${el.localName} link`).to.match(/^(https?|mailto|tel):$/u);
        }
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(win.__pwned, 'a script of the feed ran').to.equal(undefined);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
