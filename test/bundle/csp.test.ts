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
});
