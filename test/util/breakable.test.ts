import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { breakable } from '../../src/util/breakable.js';

const mount = (text: string) => {
  const div = document.createElement('div');
  render(html`${breakable(text)}`, div);
  return div;
};

describe('breakable', () => {
  it('leaves ordinary texts as they are (the same string)', () => {
    const t = `${'كلمة '.repeat(100)}a-long-but-ordinary-identifier`;
    expect(breakable(t)).to.equal(t);
    expect(breakable('x'.repeat(120))).to.equal('x'.repeat(120));
  });

  it('puts a <wbr> every 100 characters into a run of more than 120, and the text stays the same', () => {
    const t = `before ${'ب'.repeat(250)} after`;
    const div = mount(t);
    expect(div.querySelectorAll('wbr')).to.have.length(2);
    expect(div.textContent).to.equal(t);
  });

  it('never separates a letter from its marks, nor a surrogate pair', () => {
    const t = `x${'بَ'.repeat(150)}${'𝔸'.repeat(150)}`;
    const div = mount(t);
    expect(div.textContent).to.equal(t);
    expect(div.querySelectorAll('wbr').length).to.be.greaterThan(1);
    const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n as Text).data) expect((n as Text).data).to.match(/^[^\p{M}\uDC00-\uDFFF]/u);
    }
  });
});

describe('breakable in the widgets', () => {
  it('a title of 100,000 Arabic letters with no space gets break opportunities and stays within the card', async () => {
    await import('../../src/define/meeting-card.js');
    const box = document.createElement('div');
    box.style.inlineSize = '500px';
    document.body.append(box);
    const el = document.createElement('meeting-card') as HTMLElement & { feed: unknown; updateComplete: Promise<unknown> };
    el.feed = { version: '1.0', committee: { id: 'synthetic', name: 'Synthetic committee' }, meetings: [{ id: 'm', status: 'held', title: 'ب'.repeat(100_000) }] };
    box.append(el);
    await el.updateComplete;
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('.subtitle')!;
    expect(title.textContent!.replace(/\s/gu, '')).to.contain('ب'.repeat(1000));
    expect(title.querySelectorAll('wbr').length).to.equal(999);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().width).to.be.at.most(500);
    box.remove();
  });
});
