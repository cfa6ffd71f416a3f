import { expect } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import '../../src/define/meeting-card.js';
import type { MeetingCard } from '../../src/components/meeting-card/meeting-card.js';
import { $, mount, settle, syntheticFeed, text } from '../helpers.js';

const card = (attrs: Record<string, string> = {}, parent?: HTMLElement) =>
  mount<MeetingCard>('meeting-card', { meeting: 'm1', ...attrs }, { feed: syntheticFeed(), parent });

const base = (el: MeetingCard) => $(el, '[part="base"]')!;

describe('language and direction', () => {
  it('follows <html lang="ar" dir="rtl"> by default: Arabic, RTL, Arabic-Indic digits', async () => {
    expect(document.documentElement.lang).to.equal('ar');
    const { el } = card();
    await settle(el);
    expect(base(el).lang).to.equal('ar');
    expect(base(el).dir).to.equal('rtl');
    expect(getComputedStyle(base(el)).direction).to.equal('rtl');
    expect(text(el)).to.contain('الاجتماع الأول');
    expect(text(el)).to.match(/[٠-٩]{4}/u);
    await expect(el).to.be.accessible();
  });

  it('its own lang="en" makes it English and LTR inside an RTL page', async () => {
    const { el } = card({ lang: 'en' });
    await settle(el);
    expect(base(el).dir).to.equal('ltr');
    expect(getComputedStyle(base(el)).direction).to.equal('ltr');
    expect(text(el)).to.contain('1st meeting');
    expect(text(el)).to.contain('2030');
    await expect(el).to.be.accessible();
  });

  it('takes lang from the nearest ancestor and re-renders live when it changes', async () => {
    const wrap = document.createElement('section');
    wrap.lang = 'en';
    const { el } = card({}, wrap);
    await settle(el);
    expect(text(el)).to.contain('1st meeting');
    wrap.lang = 'ar';
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(text(el)).to.contain('الاجتماع الأول');
    expect(base(el).dir).to.equal('rtl');
    wrap.setAttribute('dir', 'ltr');
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(base(el).dir).to.equal('ltr');
    expect(base(el).lang).to.equal('ar');
  });

  it('changing its own lang re-renders without reload', async () => {
    const { el } = card({ lang: 'ar' });
    await settle(el);
    el.lang = 'en-GB';
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(text(el)).to.contain('1st meeting');
    expect(base(el).dir).to.equal('ltr');
  });

  it('two widgets side by side in different languages are both right', async () => {
    const row = document.createElement('div');
    const a = card({ lang: 'ar' }, row);
    const b = card({ lang: 'en' }, row);
    await settle(a.el);
    await settle(b.el);
    expect(text(a.el)).to.contain('الاجتماع الأول');
    expect(text(a.el)).to.contain('عُقد');
    expect(text(b.el)).to.contain('1st meeting');
    expect(text(b.el)).to.contain('Held');
    expect(text(b.el)).not.to.match(/[\u0600-\u06ff]/u);
  });

  it('numerals and calendar attributes are explicit', async () => {
    const { el } = card({ lang: 'ar', numerals: 'latn', calendar: 'both' });
    await settle(el);
    const date = $(el, 'time')!.textContent!;
    expect(date).to.contain('2030');
    expect(date).to.match(/هـ/u);
    el.numerals = 'arab';
    await settle(el);
    expect($(el, 'time')!.textContent).to.contain('٢٠٣٠');
  });

  it('a host page that configures @lit/localize itself keeps working, and so do the widgets', async () => {
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({ templates: { 'host.hello': 'Bonjour' } }),
    });
    await setLocale('fr');
    expect(hostMsg('Hello', { id: 'host.hello' })).to.equal('Bonjour');
    const a = card({ lang: 'ar' });
    const b = card({ lang: 'en' });
    await settle(a.el);
    await settle(b.el);
    expect(text(a.el)).to.contain('الاجتماع الأول');
    expect(text(b.el)).to.contain('1st meeting');
    expect(hostMsg('Hello', { id: 'host.hello' })).to.equal('Bonjour');
  });
});
