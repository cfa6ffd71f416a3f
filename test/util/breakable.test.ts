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
