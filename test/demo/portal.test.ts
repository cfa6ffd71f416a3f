import { expect } from '@open-wc/testing';

/** The demo portal (demo/index.html) in a frame of a given width: every widget renders, nothing scrolls sideways. */
async function openPortal(width: number, lang: 'ar' | 'en'): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = '800px';
  frame.src = `/demo/index.html?lang=${lang}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const doc = frame.contentDocument!;
  const tags = ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster'];
  const end = Date.now() + 10000;
  for (;;) {
    const widgets = tags.flatMap((t) => [...doc.querySelectorAll(t)]);
    const ready = widgets.length > 0 && widgets.every((w) => w.shadowRoot?.querySelector('[part="base"]') && !w.shadowRoot.querySelector('[part="skeleton"]'));
    if (ready) break;
    if (Date.now() > end) throw new Error('widgets did not render');
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 200));
  return { frame, doc };
}

describe('demo portal', () => {
  for (const lang of ['ar', 'en'] as const) {
    for (const width of [320, 768, 1280]) {
      it(`${lang} at ${width}px: all four widgets render without errors and nothing scrolls sideways`, async () => {
        const { frame, doc } = await openPortal(width, lang);
        try {
          expect(doc.documentElement.lang).to.equal(lang);
          for (const tag of ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster']) {
            const els = [...doc.querySelectorAll(tag)];
            expect(els.length, tag).to.be.greaterThan(0);
            for (const el of els) expect(el.shadowRoot!.querySelector('[part="error"]'), `${tag} error`).to.equal(null);
          }
          const root = doc.documentElement;
          expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
        } finally {
          frame.remove();
        }
      });
    }
  }

  it('the language switch flips the whole page live', async () => {
    const { frame, doc } = await openPortal(1000, 'ar');
    try {
      const card = doc.querySelector('meeting-card[meeting="egov-exec-26"]')!;
      const title = () => card.shadowRoot!.querySelector('[part="title"]')!.textContent;
      expect(title()).to.equal('الاجتماع السادس والعشرون');
      (doc.getElementById('lang-switch') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 100));
      expect(doc.documentElement.dir).to.equal('ltr');
      expect(title()).to.equal('26th meeting');
      // Elements with their own lang keep it.
      const own = doc.querySelector('meeting-card[lang="ar"]')!;
      expect(own.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('الاجتماع السادس والعشرون');
    } finally {
      frame.remove();
    }
  });

  it("an agenda item's initiative link lands on the tracker entry", async () => {
    const { frame, doc } = await openPortal(1000, 'en');
    try {
      const agenda = doc.querySelector('agenda-list[meeting="egov-exec-22"]')!;
      const link = [...agenda.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="#initiative-"]')][0]!;
      const fragment = decodeURIComponent(link.getAttribute('href')!.slice(1));
      link.click();
      await new Promise((r) => setTimeout(r, 300));
      const tracker = doc.querySelector('initiative-tracker')!;
      const target = tracker.shadowRoot!.getElementById(fragment)!;
      expect(target, fragment).to.exist;
      expect(tracker.shadowRoot!.activeElement === target || target.contains(tracker.shadowRoot!.activeElement)).to.equal(true);
      expect(frame.contentWindow!.location.hash).to.equal(`#${fragment}`);
    } finally {
      frame.remove();
    }
  });
});
