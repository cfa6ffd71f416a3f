import { expect } from '@open-wc/testing';

/** The built CMS bundle (npm run build runs before the browser tests in npm test). */
describe('dist/cdn/majlis.js', () => {
  it('defines meeting-card on a plain page and renders the demo feed in Arabic and English with no errors', async () => {
    const head = await fetch('/dist/cdn/majlis.js', { method: 'HEAD' });
    expect(head.ok, 'dist/cdn/majlis.js is missing: run npm run build first').to.equal(true);
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '900px';
    frame.style.blockSize = '1200px';
    frame.srcdoc = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>
      <meeting-card id="ar" src="/demo/feeds/gcc-egov.json" meeting="egov-exec-26"></meeting-card>
      <meeting-card id="en" lang="en" src="/demo/feeds/gcc-egov.json" meeting="egov-exec-22"></meeting-card>
      <script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));
        const ce = console.error; console.error = (...a) => { __errors.push(a.join(' ')); ce(...a); };</script>
      <script type="module" src="/dist/cdn/majlis.js"></script></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow as Window & { __errors: string[] };
      const doc = frame.contentDocument!;
      await win.customElements.whenDefined('meeting-card');
      const ready = async (id: string) => {
        for (let i = 0; i < 100; i++) {
          const t = doc.getElementById(id)?.shadowRoot?.querySelector('[part="title"]')?.textContent;
          if (t) return t;
          await new Promise((r) => setTimeout(r, 50));
        }
        return '';
      };
      expect(await ready('ar')).to.equal('الاجتماع السادس والعشرون');
      expect(await ready('en')).to.equal('22nd meeting');
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
