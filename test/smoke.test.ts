import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/meeting-card.js';
import type { MeetingCard } from '../src/components/meeting-card/meeting-card.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<MeetingCard>(html`<meeting-card src="/test/fixtures/synthetic.json" meeting="m-5"></meeting-card>`);
    await new Promise((r) => el.addEventListener('majlis-load', r, { once: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('الاجتماع الخامس');
  });
});
