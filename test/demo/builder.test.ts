import { expect } from '@open-wc/testing';

/** Drives the embed builder (demo/builder.html) and pastes its snippet into a blank page. */
async function waitFor<T>(fn: () => T | undefined | null | false, what: string, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const titleOf = (el: Element | null | undefined) => el?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();

describe('embed builder', () => {
  it('the copied snippet renders the same widget in a blank page', async () => {
    const head = await fetch('/dist/cdn/majlis.js', { method: 'HEAD' });
    expect(head.ok, 'dist/cdn/majlis.js is missing: run npm run build first').to.equal(true);
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '1200px';
    frame.style.blockSize = '900px';
    frame.src = '/demo/builder.html';
    document.body.append(frame);
    const blank = document.createElement('iframe');
    blank.style.inlineSize = '800px';
    blank.style.blockSize = '900px';
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const doc = frame.contentDocument!;
      const item = doc.getElementById('item') as HTMLSelectElement;
      await waitFor(() => item.querySelector('option[value="egov-exec-22"]'), 'meetings from the feed');
      const set = (id: string, v: string) => {
        const el = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
        el.value = v;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      set('item', 'egov-exec-22');
      set('calendar', 'both');
      set('heading', '3');
      const en = doc.querySelector<HTMLInputElement>('input[name="lang"][value="en"]')!;
      en.checked = true;
      en.dispatchEvent(new Event('change', { bubbles: true }));
      set('script', new URL('/dist/cdn/majlis.js', location.href).href);

      const previewEl = doc.querySelector('#preview meeting-card')!;
      const previewTitle = await waitFor(() => titleOf(previewEl), 'preview title');
      expect(previewTitle).to.equal('22nd meeting');
      (doc.getElementById('copy') as HTMLButtonElement).click();
      await waitFor(() => doc.getElementById('copied')!.textContent, 'copied notice');
      const code = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
      expect(code).to.contain('<script type="module" src="');
      expect(code).to.contain('meeting="egov-exec-22"');

      blank.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${code}</body></html>`;
      document.body.append(blank);
      await new Promise((r) => blank.addEventListener('load', r, { once: true }));
      const pasted = blank.contentDocument!.querySelector('meeting-card')!;
      expect(await waitFor(() => titleOf(pasted), 'pasted widget title')).to.equal(previewTitle);
      for (const a of previewEl.getAttributeNames()) expect(pasted.getAttribute(a), a).to.equal(previewEl.getAttribute(a));
      const facts = (el: Element) => el.shadowRoot!.querySelector('[part="facts"]')!.textContent!.replace(/\s+/gu, ' ');
      expect(facts(pasted)).to.equal(facts(previewEl));
    } finally {
      frame.remove();
      blank.remove();
    }
  });
});
