import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProps } from '../../src/util/css-props.js';

describe('cssProps', () => {
  it('sets, changes and removes custom properties through the CSSOM as the values change', () => {
    const host = document.createElement('div');
    const draw = (props: Record<string, string | undefined>) => render(html`<span ${cssProps(props)}></span>`, host);
    const style = () => host.querySelector('span')!.style;
    draw({ '--_a': '1px', '--_b': 'red' });
    expect([style().getPropertyValue('--_a'), style().getPropertyValue('--_b')]).to.deep.equal(['1px', 'red']);
    // No style attribute is written as text (a strict CSP forbids inline style attributes, not the CSSOM).
    draw({ '--_a': '2px', '--_b': undefined, '--_c': 'blue' });
    expect([style().getPropertyValue('--_a'), style().getPropertyValue('--_b'), style().getPropertyValue('--_c')]).to.deep.equal(['2px', '', 'blue']);
    draw({});
    expect(style().length).to.equal(0);
    draw({ '--_b': 'green' });
    expect(style().getPropertyValue('--_b')).to.equal('green');
  });

  it('only goes in an element position', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span>${cssProps({ '--_a': '1px' })}</span>`, host)).to.throw(/element position/u);
  });
});
