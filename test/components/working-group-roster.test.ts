import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/working-group-roster.js';
import { WorkingGroupRoster } from '../../src/components/working-group-roster/working-group-roster.js';
import { dayOf, parseGroupBy, parseStates, rosterModel, tenseOf } from '../../src/components/working-group-roster/working-group-roster.model.js';
import type { MajlisNavigateDetail } from '../../src/base/majlis-element.js';
import type { Feed } from '../../src/feed/schema.js';
import { $, $$, fresh, mount, settle, text, timeoutAfter, withEveryCardRendered } from '../helpers.js';

type Json = Record<string, unknown>;
type FixtureGroup = Json & { id: string; name: Json; members?: Json[] };
type Fixture = Json & { workingGroups: FixtureGroup[]; people: Json[] };

/** The fixture's clock: A, B… are current; D's term ended 2029-12-31; F's begins 2030-09-01. */
const NOW = new Date('2030-06-01T09:00:00Z');

let fixture: Fixture;
before(async () => {
  fixture = await (await fetch('/test/fixtures/working-group-roster/roster.json')).json();
});
const clone = () => structuredClone(fixture);
afterEach(() => {
  // A test that followed a link leaves a hash; the next widgets would reveal it on load.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

/** A container of a given width (px), in the page. */
function box(width: number, attrs: Record<string, string> = {}): HTMLElement {
  const div = document.createElement('div');
  div.style.inlineSize = `${width}px`;
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  document.body.append(div);
  return div;
}

async function show(attrs: Record<string, string> = {}, opts: { feed?: unknown; now?: Date; width?: number; parent?: HTMLElement } = {}): Promise<WorkingGroupRoster> {
  const { el } = mount<WorkingGroupRoster>('working-group-roster', attrs, {
    feed: opts.feed ?? clone(),
    parent: opts.parent ?? box(opts.width ?? 1000),
    beforeAppend: (e) => {
      e.now = opts.now ?? NOW;
    },
  });
  await settle(el);
  return el;
}

const group = (el: Element, id: string) => $(el, `#group-${id}`)!;
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim();
/** Names of the members in the layout a group shows (one: the element's width picks it), in order (current members, then former). */
const memberNames = (el: Element, id: string) => [...group(el, id).querySelectorAll('.layout-list .name, .layout-table tbody .name')].map((n) => fold(n.textContent));
/** Names in a group's list layout (a narrow element renders it), in order. */
const listNames = (el: Element, id: string) => [...group(el, id).querySelectorAll('.layout-list .name')].map((n) => fold(n.textContent));
/** Names in a group's current-members table, in order. */
const tableNames = (el: Element, id: string) =>
  [...group(el, id).querySelectorAll('.members > .layout-table tbody th[scope="row"] .name')].map((n) => fold(n.textContent));
/** The row-group headers (state or role blocks) of a group's current-members table. */
const blocks = (el: Element, id: string) =>
  [...group(el, id).querySelectorAll('.members > .layout-table th[scope="rowgroup"]')].map((n) => fold(n.textContent));
const visibleGroups = (el: Element) => $$(el, 'article.group').map((a) => a.id);
/** A group's facts as "label value" lines. */
const facts = (el: Element, id?: string) =>
  [...(id ? group(el, id) : el.shadowRoot!).querySelectorAll('[part="facts"] dt')].map((dt) => `${fold(dt.textContent)} ${fold(dt.nextElementSibling!.textContent)}`);

describe('<working-group-roster>', () => {
  describe('languages and directions', () => {
    it('renders in Arabic, right to left, with Arabic-Indic digits and every name in <bdi>', async () => {
      const el = await show({ group: 'wg-alpha' });
      const base = $(el, '[part="base"]')!;
      expect(base.lang).to.equal('ar');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(facts(el)).to.deep.equal([
        'النوع فريق عمل',
        'الجهة التابع لها لجنة اختبارية',
        'تاريخ الإنشاء ١ مايو ٢٠٢٩',
        'الرئيس شخص اختباري أ (الإمارات العربية المتحدة)',
        'نائب الرئيس شخص اختباري ب (مملكة البحرين)',
        'المهام مهام اختبارية: تنسيق الخدمات الرقمية المشتركة.',
      ]);
      expect(fold($(el, '[part="status"]')!.textContent)).to.equal('قائم');
      expect($(el, '[part="group-name"] bdi')!.textContent).to.equal('فريق العمل الاختباري ألف');
      for (const n of $$(el, '.name')) expect(n.querySelector('bdi'), fold(n.textContent)).to.exist;
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2029-05-01');
    });

    it('renders in English, left to right, inside an RTL page', async () => {
      const el = await show({ group: 'wg-alpha', lang: 'en' });
      const base = $(el, '[part="base"]')!;
      expect(base.dir).to.equal('ltr');
      expect(getComputedStyle(base).direction).to.equal('ltr');
      expect(facts(el)).to.deep.equal([
        'Type Working group',
        'Parent body Synthetic Committee',
        'Established 1 May 2029',
        'Chair Test Person A (United Arab Emirates)',
        'Vice-chair Test Person B (Kingdom of Bahrain)',
        'Mandate Synthetic mandate: coordinate shared digital services.',
      ]);
      expect(fold($(el, '[part="status"]')!.textContent)).to.equal('Active');
    });

    it('an Arabic widget in a left-to-right container is laid out left to right, and back', async () => {
      const parent = box(1000, { dir: 'ltr' });
      const el = await show({ group: 'wg-alpha' }, { parent });
      expect($(el, '[part="base"]')!.lang).to.equal('ar');
      expect($(el, '[part="base"]')!.dir).to.equal('ltr');
      expect(text(el)).to.contain('لا يوجد ممثل مُدرج');
      parent.setAttribute('dir', 'rtl');
      await new Promise((r) => setTimeout(r, 0));
      await settle(el);
      expect(getComputedStyle($(el, '[part="base"]')!).direction).to.equal('rtl');
    });

    it('mirrors the disclosure chevron in RTL but not in LTR; the chip checkmark is never mirrored', async () => {
      const ar = await show({ state: 'OM' });
      const en = await show({ state: 'OM', lang: 'en' });
      expect(getComputedStyle($(ar, '.toggle .chevron')!).scale).to.equal('-1 1');
      expect(getComputedStyle($(en, '.toggle .chevron')!).scale).to.equal('none');
      expect(getComputedStyle($(ar, '.chip .check')!).scale).to.equal('none');
    });

    it('numerals="latn" gives Latin digits in Arabic', async () => {
      const el = await show({ group: 'wg-alpha', numerals: 'latn' });
      expect(facts(el)).to.include('تاريخ الإنشاء 1 مايو 2029');
    });
  });

  describe('a group', () => {
    it('shows kind, status as text, established date, and the chair and vice-chair derived from the roles', async () => {
      const el = await show({ lang: 'en' });
      const status = (id: string) => fold(group(el, id).querySelector('[part="status"]')?.textContent);
      expect(status('wg-alpha')).to.equal('Active');
      expect(status('wg-beta')).to.equal('Transferred');
      expect(status('wg-delta')).to.equal('Dissolved');
      expect(facts(el, 'wg-beta')).to.deep.equal(['Type Committee', 'Established 15 January 2028']);
      expect(facts(el, 'wg-gamma')).to.include('Type Team');
      // Delta's only chair left in 2029: no chair now, and no member to say "not listed" about.
      expect(facts(el, 'wg-delta')).to.deep.equal(['Type Working group', 'Established 1 February 2027']);
    });

    it('says "Chair: not listed" for a group with current members but no chair', async () => {
      const feed = clone();
      const alpha = feed.workingGroups[0]!;
      alpha.members = alpha.members!.filter((m) => m['role'] !== 'chair');
      const el = await show({ group: 'wg-alpha', lang: 'en' }, { feed });
      expect(facts(el)).to.include('Chair Not listed');
      expect(facts(el).some((f) => f.startsWith('Vice-chair'))).to.equal(true);
    });

    it('a member whose term has not begun is listed "from <date>" and is not the chair yet', async () => {
      const feed = clone();
      feed.workingGroups[0]!.members!.find((m) => m['person'] === 'p-f')!['role'] = 'vice-chair';
      const el = await show({ group: 'wg-alpha', lang: 'en' }, { feed });
      const row = [...group(el, 'wg-alpha').querySelectorAll('.layout-table tbody tr')].find((r) => r.textContent!.includes('Test Person F'))!;
      expect(fold(row.textContent)).to.contain('From 1 September 2030');
      expect(facts(el)).to.include('Vice-chair Test Person B (Kingdom of Bahrain)');
      expect(facts(el).join(' ')).not.to.contain('Test Person F');
    });

    it('a group without members shows its facts and "No members listed", and no vacancy rows', async () => {
      for (const groupBy of ['state', 'role', 'none']) {
        const el = await show({ group: 'wg-gamma', 'group-by': groupBy });
        expect(fold($(el, '[part="no-members"]')!.textContent)).to.equal('لم يُدرج أعضاء.');
        expect($(el, '[part="facts"]')).to.exist;
        expect($$(el, '[part="vacancy"]')).to.have.length(0);
        expect($(el, 'table')).to.not.exist;
      }
    });

    it('contacts are links: mailto for e-mail, external web links with rel="noopener noreferrer"', async () => {
      const el = await show({ group: 'wg-alpha', lang: 'en' });
      const links = $$<HTMLAnchorElement>(el, '.layout-table [part="contact"]');
      const mail = links.find((a) => a.protocol === 'mailto:')!;
      expect(mail.getAttribute('href')).to.equal('mailto:test.person.a@example.org');
      expect(mail.querySelector('bdi')!.textContent).to.equal('test.person.a@example.org');
      const web = links.find((a) => a.href === 'https://example.org/test-person-b')!;
      expect(web.rel).to.equal('noopener noreferrer');
      // The member's name, in the link's hidden text, isolated with <bdi>: no invisible isolate characters for braille.
      expect(fold(web.textContent)).to.equal('Website: Test Person B');
      expect(web.querySelector('.visually-hidden bdi')!.textContent).to.equal('Test Person B');
    });

    for (const width of [320, 900]) {
      it(`contact links are targets at least 24px tall, also wrapped one under another (${width}px)`, async () => {
        const el = await show({ group: 'wg-alpha', lang: 'en' }, { width });
        const links = $$(el, '[part="contact"]').filter((a) => a.getClientRects().length);
        expect(links.length).to.be.greaterThan(1);
        for (const a of links) expect(a.getBoundingClientRect().height, fold(a.textContent)).to.be.at.least(24);
      });
    }

    it('a photo has the name as alt text, fixed dimensions and lazy loading, in a fixed box', async () => {
      const el = await show({ group: 'wg-alpha', lang: 'en' });
      const img = $<HTMLImageElement>(el, '.layout-table [part="photo"] img')!;
      // The name is written beside the photo: the photo has an empty alt, so the name is not read twice.
      expect(img.alt).to.equal('');
      expect(img.closest('.who')!.textContent).to.contain('Test Person A');
      expect(img.getAttribute('width')).to.equal('48');
      expect(img.getAttribute('height')).to.equal('48');
      expect(img.loading).to.equal('lazy');
      const photo = img.parentElement!.getBoundingClientRect();
      expect(photo.width).to.equal(48);
      expect(photo.height).to.equal(48);
      // Members without a photo get no placeholder box.
      expect($$(el, '.layout-table [part="photo"]')).to.have.length(1);
    });
  });

  describe('grouping', () => {
    it('group-by state (default): the committee\'s states in order, then members without a state; vacancies say so', async () => {
      const el = await show({ group: 'wg-alpha', lang: 'en' });
      expect(el.getAttribute('group-by')).to.equal('state');
      expect(blocks(el, 'wg-alpha')).to.deep.equal([
        'United Arab Emirates',
        'Kingdom of Bahrain',
        'Kingdom of Saudi Arabia',
        'Sultanate of Oman',
        'State of Qatar',
        'State of Kuwait',
        'GCC General Secretariat',
        'Other members',
      ]);
      // Within a state, by role: Oman's rapporteur before Oman's member.
      expect(tableNames(el, 'wg-alpha')).to.deep.equal([
        'Test Person A',
        'Test Person B',
        'Test Delegate',
        'Test Person C',
        'Test Digital Agency',
        'Test Person F',
        'Test Person E',
        'Synthetic Cooperation Organization',
      ]);
      const vacancies = $$(el, '.layout-table [part="vacancy"]');
      expect(vacancies).to.have.length(1);
      expect(fold(vacancies[0]!.closest('tbody')!.textContent)).to.equal('State of Kuwait No representative listed');
      // The list layout (a narrow element) says the same under the state's heading.
      const narrow = await show({ group: 'wg-alpha', lang: 'en' }, { width: 360 });
      const listVacancy = $(narrow, '.layout-list [part="vacancy"]')!;
      expect(fold(listVacancy.closest('.section')!.textContent)).to.equal('State of Kuwait No representative listed');
      // No State column: the blocks are the states.
      expect($$(el, '.members > .layout-table thead th').map((t) => fold(t.textContent))).to.deep.equal(['Member', 'Role', 'Term', 'Contact']);
    });

    it('a feed\'s own state order is the order of the blocks', async () => {
      const feed = clone();
      feed['states'] = [{ id: 'GS' }, { id: 'KW' }];
      const el = await show({ group: 'wg-alpha', lang: 'en' }, { feed });
      expect(blocks(el, 'wg-alpha').slice(0, 3)).to.deep.equal(['GCC General Secretariat', 'State of Kuwait', 'United Arab Emirates']);
    });

    it('vacancies in Arabic: "لا يوجد ممثل مُدرج", for every state without a current member', async () => {
      const feed = clone();
      // Only the chair (AE) remains: the other six have no representative.
      feed.workingGroups[0]!.members = [feed.workingGroups[0]!.members![0]!];
      const el = await show({ group: 'wg-alpha' }, { feed });
      const vacancies = $$(el, '.layout-table [part="vacancy"]');
      expect(vacancies).to.have.length(6);
      for (const v of vacancies) expect(fold(v.textContent)).to.equal('لا يوجد ممثل مُدرج');
      const narrow = await show({ group: 'wg-alpha' }, { feed, width: 360 });
      expect($$(narrow, '.layout-list [part="vacancy"]')).to.have.length(6);
    });

    it('group-by role: chair, vice-chair, rapporteur, members, observers; a State column instead of a Role column', async () => {
      const el = await show({ group: 'wg-alpha', 'group-by': 'role', lang: 'en' });
      expect(blocks(el, 'wg-alpha')).to.deep.equal(['Chair', 'Vice-chair', 'Rapporteur', 'Members', 'Observers']);
      expect(tableNames(el, 'wg-alpha')).to.deep.equal([
        'Test Person A',
        'Test Person B',
        'Test Person C',
        'Test Delegate',
        'Test Digital Agency',
        'Test Person F',
        'Test Person E',
        'Synthetic Cooperation Organization',
      ]);
      expect($$(el, '.members > .layout-table thead th').map((t) => fold(t.textContent))).to.deep.equal(['Member', 'State', 'Term', 'Contact']);
      expect($$(el, '[part="vacancy"]')).to.have.length(0);
    });

    it('group-by none: one list in the feed\'s order, with Role and State columns', async () => {
      const el = await show({ group: 'wg-alpha', 'group-by': 'none', lang: 'en' });
      expect(blocks(el, 'wg-alpha')).to.deep.equal([]);
      expect(tableNames(el, 'wg-alpha')).to.deep.equal([
        'Test Person A',
        'Test Person B',
        'Test Digital Agency',
        'Test Person C',
        'Test Delegate',
        'Test Person E',
        'Synthetic Cooperation Organization',
        'Test Person F',
      ]);
      expect($$(el, '.members > .layout-table thead th').map((t) => fold(t.textContent))).to.deep.equal(['Member', 'Role', 'State', 'Term', 'Contact']);
      const narrow = await show({ group: 'wg-alpha', 'group-by': 'none', lang: 'en' }, { width: 360 });
      expect(listNames(narrow, 'wg-alpha')).to.deep.equal(tableNames(el, 'wg-alpha'));
    });

    it('an unknown group-by value falls back to state', async () => {
      const el = await show({ group: 'wg-alpha', 'group-by': 'colour', lang: 'en' });
      expect(blocks(el, 'wg-alpha')[0]).to.equal('United Arab Emirates');
    });
  });

  describe('former members', () => {
    it('are hidden by default, and listed apart with show-former', async () => {
      const hidden = await show({ group: 'wg-alpha', lang: 'en' });
      expect(text(hidden)).not.to.contain('Test Person D');
      expect($(hidden, '[part="former"]')).to.not.exist;
      expect(fold($(hidden, '.members-title')!.textContent)).to.equal('Members (8)');

      const shown = await show({ group: 'wg-alpha', lang: 'en', 'show-former': '' });
      expect(tableNames(shown, 'wg-alpha')).not.to.include('Test Person D');
      const former = $(shown, '[part="former"]')!;
      expect(fold(former.querySelector('.section-title')!.textContent)).to.equal('Former members (1)');
      const row = fold(former.querySelector('.layout-table tbody tr')!.textContent);
      expect(row).to.contain('Test Person D');
      expect(row).to.contain('State of Qatar');
      expect(row).to.contain('1 May 2029 – 31 December 2029');
      expect(former.querySelector('caption')!.textContent).to.equal('Former members of Synthetic Working Group Alpha');
      expect(former.querySelector('caption bdi')!.textContent).to.equal('Synthetic Working Group Alpha');
      // Columns follow the data: no former member has a contact.
      expect([...former.querySelectorAll('.layout-table thead th')].map((t) => fold(t.textContent))).to.deep.equal(['Member', 'Role', 'State', 'Term']);
    });

    it('the until day itself still counts as current', async () => {
      const onLastDay = await show({ group: 'wg-alpha', lang: 'en' }, { now: new Date('2029-12-31T20:00:00Z') });
      expect(tableNames(onLastDay, 'wg-alpha')).to.include('Test Person D');
    });

    it('a group whose members all left says so, and shows them with show-former', async () => {
      const el = await show({ group: 'wg-beta' });
      expect(fold($(el, '[part="no-members"]')!.textContent)).to.equal('لم يُدرج أعضاء حاليون.');
      expect($$(el, '[part="vacancy"]')).to.have.length(0);
      el.showFormer = true;
      await settle(el);
      expect(memberNames(el, 'wg-beta')).to.deep.equal(['شخص اختباري ج', 'شخص اختباري ز']);
      expect(fold($(el, '[part="former"] .section-title')!.textContent)).to.equal('الأعضاء السابقون (٢)');
    });
  });

  describe('transferred groups', () => {
    it('link to the receiving group; a click reveals it here and fires majlis-navigate', async () => {
      const el = await show({});
      const link = group(el, 'wg-beta').querySelector<HTMLAnchorElement>('[part="transfer"] a')!;
      // A committee (لجنة) is feminine in Arabic: the status and the transfer agree with it; a working group does not.
      expect(fold(group(el, 'wg-beta').querySelector('[part="transfer"]')!.textContent)).to.equal('نُقلت مهامها إلى الفريق الاختباري جيم');
      expect(fold(group(el, 'wg-beta').querySelector('[part="status"]')!.textContent)).to.equal('نُقلت مهامها');
      expect(fold(group(el, 'wg-delta').querySelector('[part="status"]')!.textContent)).to.equal('منحلّ');
      expect(link.getAttribute('href')).to.equal('#group-wg-gamma');
      const events: MajlisNavigateDetail[] = [];
      el.addEventListener('majlis-navigate', (e) => events.push(e.detail));
      let prevented: boolean | undefined;
      const spy = (e: Event) => {
        prevented = e.defaultPrevented;
        e.preventDefault();
      };
      document.addEventListener('click', spy);
      try {
        link.click();
      } finally {
        document.removeEventListener('click', spy);
      }
      expect(events).to.deep.equal([{ kind: 'working-group', id: 'wg-gamma', fragment: 'group-wg-gamma' }]);
      expect(prevented).to.equal(true);
      await settle(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('group-wg-gamma');
    });

    it('when no widget on the page shows the receiving group, the link is left to the browser', async () => {
      const el = await show({ group: 'wg-beta' });
      const events: MajlisNavigateDetail[] = [];
      el.addEventListener('majlis-navigate', (e) => events.push(e.detail));
      let prevented: boolean | undefined;
      const spy = (e: Event) => {
        prevented = e.defaultPrevented;
        e.preventDefault();
      };
      document.addEventListener('click', spy);
      try {
        $<HTMLAnchorElement>(el, '[part="transfer"] a')!.click();
      } finally {
        document.removeEventListener('click', spy);
      }
      expect(events).to.have.length(1);
      expect(prevented).to.equal(false);
    });

    it('another roster on the page reveals the receiving group; a host app may cancel the event to route itself', async () => {
      const single = await show({ group: 'wg-beta' });
      const all = await show({});
      const link = $<HTMLAnchorElement>(single, '[part="transfer"] a')!;
      link.click();
      await settle(all);
      expect(all.shadowRoot!.activeElement?.id).to.equal('group-wg-gamma');
      expect(location.hash).to.equal('#group-wg-gamma');
      history.replaceState(null, '', location.pathname + location.search);

      (all.shadowRoot!.activeElement as HTMLElement).blur();
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('majlis-navigate', cancel);
      let prevented: boolean | undefined;
      const spy = (e: Event) => {
        prevented = e.defaultPrevented;
        e.preventDefault();
      };
      document.addEventListener('click', spy);
      try {
        link.click();
      } finally {
        document.removeEventListener('majlis-navigate', cancel);
        document.removeEventListener('click', spy);
      }
      expect(prevented).to.equal(true);
      await settle(all);
      expect(all.shadowRoot!.activeElement).to.equal(null);
      expect(location.hash).to.equal('');
    });
  });

  describe('disclosure and reveal', () => {
    it('in the list of all groups, members are behind a disclosure button, closed at first (open with expanded)', async () => {
      const el = await show({ lang: 'en' });
      const toggle = group(el, 'wg-alpha').querySelector<HTMLButtonElement>('[part="members-toggle"]')!;
      const body = group(el, 'wg-alpha').querySelector<HTMLElement>('[part="members"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(body.id);
      // "Members (9)" is described by the group's name: among a page's buttons it says whose members they are.
      expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).to.equal('Synthetic Working Group Alpha');
      expect(body.hidden).to.equal(true);
      // A closed group's members are not rendered until it is opened.
      expect(body.children.length).to.equal(0);
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(body.hidden).to.equal(false);
      expect(memberNames(el, 'wg-alpha')).to.include('Test Person A');
      toggle.click();
      await settle(el);
      expect(body.hidden).to.equal(true);
      expect(body.children.length).to.equal(0);
      const open = await show({ lang: 'en', expanded: '' });
      expect(group(open, 'wg-alpha').querySelector<HTMLElement>('[part="members"]')!.hidden).to.equal(false);
      expect(memberNames(open, 'wg-alpha')).to.include('Test Person A');
    });

    it('printing renders the members of closed groups too (the print styles show them), and afterwards only the open ones', async () => {
      const el = await show({ lang: 'en' }, { width: 1000 });
      const rows = () => memberNames(el, 'wg-alpha').length;
      const body = group(el, 'wg-alpha').querySelector<HTMLElement>('[part="members"]')!;
      expect(rows()).to.equal(0);
      expect(getComputedStyle(group(el, 'wg-alpha')).contentVisibility).to.equal('auto');
      try {
        // As the browser does: the event, then the page laid out for paper (no later task in between).
        window.dispatchEvent(new Event('beforeprint'));
        await emulateMedia({ media: 'print' });
        expect(rows()).to.be.greaterThan(0);
        expect(getComputedStyle(body).display).to.equal('grid');
        // On screen a group far from the viewport is laid out when it comes near; on paper every one is.
        expect(getComputedStyle(group(el, 'wg-alpha')).contentVisibility).to.equal('visible');
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
      await settle(el);
      expect(getComputedStyle(body).display).to.equal('none');
      expect(rows()).to.equal(0);
    });

    it('reveal(group-<id>) opens, scrolls to and focuses the group, clearing a search that hides it', async () => {
      const el = await show({ query: 'جيم' });
      expect(visibleGroups(el)).to.deep.equal(['group-wg-gamma']);
      expect(el.reveal('group-wg-alpha')).to.equal(true);
      await settle(el);
      expect(el.hasAttribute('query')).to.equal(false);
      const alpha = group(el, 'wg-alpha');
      expect(el.shadowRoot!.activeElement).to.equal(alpha);
      expect(alpha.querySelector('[part="members-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
      expect(alpha.querySelector<HTMLElement>('[part="members"]')!.hidden).to.equal(false);
      expect(el.reveal('group-nope')).to.equal(false);
      expect(el.reveal('initiative-wg-delta')).to.equal(false);
      const single = await show({ group: 'wg-alpha' });
      expect(single.reveal('group-wg-beta')).to.equal(false);
      expect(single.reveal('group-wg-alpha')).to.equal(true);
    });

    it('a page opened at #group-<id> reveals that group once the feed is loaded', async () => {
      history.replaceState(null, '', '#group-wg-delta');
      const el = await show({});
      await settle(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('group-wg-delta');
    });
  });

  describe('search', () => {
    const search = async (query: string, attrs: Record<string, string> = {}) => {
      const el = await show({ query, ...attrs });
      return el;
    };

    it('ignores tashkeel in the query and in the feed', async () => {
      // "مستشار المستوى الأعلى" (Test Person B's title) by a fully vowelled query.
      const inQuery = await search('مُسْتَشَارُ');
      expect(memberNames(inQuery, 'wg-alpha')).to.deep.equal(['شخص اختباري ب']);
      const inFeed = await search('ممثل اختباري');
      expect(memberNames(inFeed, 'wg-alpha')).to.deep.equal(['مُمَثِّلٌ اختباريّ']);
    });

    it('treats أ/إ/آ/ا, ة/ه and ى/ي alike', async () => {
      // "مدير إدارة اختبارية" (Test Person A's title) by "ادارة" and "اداره".
      expect(memberNames(await search('ادارة'), 'wg-alpha')).to.deep.equal(['شخص اختباري أ']);
      expect(memberNames(await search('اداره'), 'wg-alpha')).to.deep.equal(['شخص اختباري أ']);
      // "هيئة الحكومة الإلكترونية الاختبارية" (Test Person B's organization) by "هيئه الحكومه الالكترونيه".
      expect(memberNames(await search('هيئه الحكومه الالكترونيه'), 'wg-alpha')).to.deep.equal(['شخص اختباري ب']);
      // "مستشار المستوى الأعلى" by "المستوي الاعلي".
      expect(memberNames(await search('المستوي الاعلي'), 'wg-alpha')).to.deep.equal(['شخص اختباري ب']);
    });

    it('matches the English side of a language map while showing Arabic, and state and role names', async () => {
      expect(memberNames(await search('test delegate'), 'wg-alpha')).to.deep.equal(['مُمَثِّلٌ اختباريّ']);
      // Kuwait's only member (in Beta) has left: nothing to show unless former members are shown.
      expect(visibleGroups(await search('الكويت'))).to.deep.equal([]);
      expect(memberNames(await search('الكويت', { 'show-former': '' }), 'wg-beta')).to.deep.equal(['شخص اختباري ز']);
      expect(memberNames(await search('سلطنة عمان'), 'wg-alpha')).to.deep.equal(['شخص اختباري ج', 'الجهة الرقمية الاختبارية']);
      expect(memberNames(await search('observer'), 'wg-alpha')).to.deep.equal(['منظمة تعاون اختبارية']);
    });

    it('a group that matches by its own name shows all its members; others are hidden; the count is announced', async () => {
      const el = await search('Alpha', { lang: 'en' });
      expect(visibleGroups(el)).to.deep.equal(['group-wg-alpha']);
      expect(memberNames(el, 'wg-alpha')).to.have.length(8);
      expect($(el, '[part="announcer"]')!.getAttribute('role')).to.equal('status');
      expect(fold($(el, '[part="count"]')!.textContent)).to.equal('Groups shown: 1 of 4. Members shown: 8 of 8.');
      // The search opened the group.
      expect(group(el, 'wg-alpha').querySelector<HTMLElement>('[part="members"]')!.hidden).to.equal(false);
      // A search narrowed to members: no false vacancies.
      const narrowed = await search('Adviser', { lang: 'en' });
      expect(blocks(narrowed, 'wg-alpha')).to.deep.equal(['Kingdom of Bahrain']);
      expect($$(narrowed, '[part="vacancy"]')).to.have.length(0);
      expect(fold(group(narrowed, 'wg-alpha').querySelector('.members-title')!.textContent)).to.equal('Members (1 of 8)');
    });

    it('terms may come from the group and the member together', async () => {
      const el = await search('Alpha rapporteur', { lang: 'en' });
      expect(visibleGroups(el)).to.deep.equal(['group-wg-alpha']);
      expect(memberNames(el, 'wg-alpha')).to.deep.equal(['Test Person C']);
    });

    it('the search box sets the query attribute; nothing found says so and offers to clear', async () => {
      const el = await show({ lang: 'en' });
      const input = $<HTMLInputElement>(el, '[part="search"]')!;
      expect(input.labels![0]!.textContent).to.equal('Search members and groups');
      input.value = 'zzz-nothing';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(el);
      expect(el.getAttribute('query')).to.equal('zzz-nothing');
      expect(visibleGroups(el)).to.deep.equal([]);
      expect(fold($(el, '[part="no-results"] p')!.textContent)).to.equal('No working group or member matches the search.');
      $<HTMLButtonElement>(el, '[part="no-results"] [part="clear"]')!.click();
      await settle(el);
      expect(el.hasAttribute('query')).to.equal(false);
      expect(visibleGroups(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="search"]'));
    });

    it('former members are searched too when shown', async () => {
      const hidden = await search('expert', { lang: 'en' });
      expect(visibleGroups(hidden)).to.deep.equal([]);
      const shown = await search('expert', { lang: 'en', 'show-former': '' });
      expect(visibleGroups(shown)).to.deep.equal(['group-wg-alpha']);
      expect(fold(group(shown, 'wg-alpha').querySelector('[part="no-members"]')!.textContent)).to.equal('No current member matches the search or filter.');
      expect(memberNames(shown, 'wg-alpha')).to.deep.equal(['Test Person D']);
    });
  });

  describe('state filter', () => {
    it('the state attribute (comma-separated) keeps those states, in the committee\'s order, vacancies included', async () => {
      const el = await show({ state: 'kw, OM', lang: 'en' });
      // No group is hidden by a state filter: the vacancy is the answer.
      expect(visibleGroups(el)).to.have.length(4);
      expect(blocks(el, 'wg-alpha')).to.deep.equal(['Sultanate of Oman', 'State of Kuwait']);
      expect(tableNames(el, 'wg-alpha')).to.deep.equal(['Test Person C', 'Test Digital Agency']);
      expect($$(el, '#group-wg-alpha .layout-table [part="vacancy"]')).to.have.length(1);
      const pressed = $$(el, '[part="chip"][aria-pressed="true"]').map((c) => c.dataset['state']);
      expect(pressed).to.deep.equal(['OM', 'KW']);
      expect(fold($(el, '[part="count"]')!.textContent)).to.equal('Groups shown: 4 of 4. Members shown: 2 of 8.');
    });

    it('chips are toggle buttons that set the state attribute', async () => {
      const el = await show({ lang: 'en' });
      const chip = (id: string) => $<HTMLButtonElement>(el, `[part="chip"][data-state="${id}"]`)!;
      expect($$(el, '[part="chip"]').map((c) => c.dataset['state'])).to.deep.equal(['AE', 'BH', 'SA', 'OM', 'QA', 'KW', 'GS']);
      expect($(el, '.chips')!.getAttribute('role')).to.equal('group');
      chip('BH').click();
      await settle(el);
      chip('GS').click();
      await settle(el);
      expect(el.getAttribute('state')).to.equal('BH,GS');
      expect(chip('BH').getAttribute('aria-pressed')).to.equal('true');
      expect(tableNames(el, 'wg-alpha')).to.deep.equal(['Test Person B', 'Test Person E']);
      chip('BH').click();
      await settle(el);
      expect(el.getAttribute('state')).to.equal('GS');
      chip('GS').click();
      await settle(el);
      expect(el.hasAttribute('state')).to.equal(false);
      expect(chip('GS').getAttribute('aria-pressed')).to.equal('false');
    });

    it('with group-by role, the filter keeps the members of those states', async () => {
      const el = await show({ group: 'wg-alpha', 'group-by': 'role', state: 'OM', lang: 'en' });
      expect(blocks(el, 'wg-alpha')).to.deep.equal(['Rapporteur', 'Members']);
      expect(fold($(el, '[part="count"]')!.textContent)).to.equal('Members shown: 2 of 8.');
      const none = await show({ group: 'wg-alpha', 'group-by': 'role', state: 'KW', lang: 'en' });
      expect(fold($(none, '[part="no-members"]')!.textContent)).to.equal('No current member matches the search or filter.');
    });

    it('unknown codes are ignored', () => {
      expect(parseStates('om, xx,KW ,om')).to.deep.equal(['KW', 'OM']);
      expect(parseStates('')).to.deep.equal([]);
      expect(parseGroupBy('role')).to.equal('role');
      expect(parseGroupBy(undefined)).to.equal('state');
    });
  });

  describe('layout by container width', () => {
    /** The layouts a group has in its markup, and how each is displayed. */
    const layouts = (el: WorkingGroupRoster) =>
      Object.fromEntries(['table', 'list'].flatMap((l) => [...group(el, 'wg-alpha').querySelectorAll(`.members > .layout-${l}`)].map((e) => [l, getComputedStyle(e).display])));
    /** Until the resize observer has told the element (it runs after layout, in the next frame) and it has rendered. */
    const resized = async (el: WorkingGroupRoster) => {
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await settle(el);
    };

    it('a table with column and row headers and a caption at 1000px; a list at 360px; only the one shown is rendered', async () => {
      const wide = await show({ group: 'wg-alpha', lang: 'en' }, { width: 1000 });
      expect(layouts(wide)).to.deep.equal({ table: 'block' });
      const table = $<HTMLTableElement>(wide, '[part="table"]')!;
      expect(table.caption!.textContent).to.equal('Members of Synthetic Working Group Alpha');
      expect(table.caption!.querySelector('bdi')!.textContent).to.equal('Synthetic Working Group Alpha');
      expect($$(wide, '.members > .layout-table thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(8);

      const narrow = await show({ group: 'wg-alpha', lang: 'en' }, { width: 360 });
      expect(layouts(narrow)).to.deep.equal({ list: 'grid' });
      const items = $$(narrow, '.layout-list ul.member-list > li');
      expect(items).to.have.length(8);
      // Labelled rows: each fact of a member has its label.
      const first = fold(items[0]!.querySelector('dl')!.textContent);
      expect(first).to.equal('Role Chair Term Since 1 May 2029 Contact test.person.a@example.org');
      // The same members in the same order.
      expect(listNames(narrow, 'wg-alpha')).to.deep.equal(tableNames(wide, 'wg-alpha'));
      // Also the former members.
      const former = await show({ group: 'wg-alpha', lang: 'en', 'show-former': '' }, { width: 360 });
      expect($$(former, '[part="former"] .layout-list')).to.have.length(1);
      expect($$(former, '.layout-table')).to.have.length(0);
    });

    it('the first render already has the layout of the width, before any frame (nothing shifts on first paint)', async () => {
      for (const [width, layout] of [
        [1000, 'table'],
        [639, 'list'],
        [640, 'table'],
      ] as const) {
        const { el } = mount<WorkingGroupRoster>('working-group-roster', { group: 'wg-alpha' }, { feed: clone(), parent: box(width) });
        await el.updateComplete;
        expect([...el.shadowRoot!.querySelectorAll('.layout-table, .layout-list')].map((e) => e.className), `${width}px`).to.deep.equal([`layout-${layout}`]);
      }
    });

    it('follows the container, not the viewport, when it is resized, both ways; the search box keeps its text and focus', async () => {
      const parent = box(1000);
      const el = await show({ lang: 'en' }, { parent });
      el.query = 'alpha';
      await settle(el);
      const input = $<HTMLInputElement>(el, '[part="search"]')!;
      input.focus();
      const article = group(el, 'wg-alpha');
      expect(layouts(el)).to.deep.equal({ table: 'block' });
      parent.style.inlineSize = '360px';
      await resized(el);
      expect(layouts(el)).to.deep.equal({ list: 'grid' });
      expect(listNames(el, 'wg-alpha')).to.have.length(8);
      // The group is the same element, updated in place; the search box is untouched.
      expect(group(el, 'wg-alpha')).to.equal(article);
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(input.value).to.equal('alpha');
      parent.style.inlineSize = '700px';
      await resized(el);
      expect(layouts(el)).to.deep.equal({ table: 'block' });
    });

    it('a roster that is not laid out (in a hidden container) renders both layouts, the styles showing one; once shown, just its own', async () => {
      const parent = box(360);
      parent.hidden = true;
      const el = await show({ group: 'wg-alpha' }, { parent });
      expect($(el, '.roster')!.classList.contains('both-layouts')).to.equal(true);
      expect(Object.keys(layouts(el)).sort()).to.deep.equal(['list', 'table']);
      parent.hidden = false;
      expect(layouts(el)).to.deep.equal({ table: 'none', list: 'grid' });
      await resized(el);
      expect($(el, '.roster')!.classList.contains('both-layouts')).to.equal(false);
      expect(layouts(el)).to.deep.equal({ list: 'grid' });
    });

    it('for printing it has both layouts (the paper\'s width picks one), and after printing the one of its width again', async () => {
      const el = await show({ group: 'wg-alpha' }, { width: 1000 });
      expect(Object.keys(layouts(el))).to.deep.equal(['table']);
      // Rendered within the event: the browser lays the page out for paper right after it.
      window.dispatchEvent(new Event('beforeprint'));
      expect($(el, '.roster')!.classList.contains('both-layouts')).to.equal(true);
      expect(Object.keys(layouts(el)).sort()).to.deep.equal(['list', 'table']);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(Object.keys(layouts(el))).to.deep.equal(['table']);
    });
  });

  describe('refresh', () => {
    it('a refresh of the feed renders only the group that changed: the other groups\' nodes are not touched', async () => {
      const el = await show({ lang: 'en', expanded: '' });
      const changes: MutationRecord[] = [];
      const watch = new MutationObserver((records) => changes.push(...records));
      for (const id of ['wg-beta', 'wg-gamma', 'wg-delta']) watch.observe(group(el, id), { subtree: true, childList: true, attributes: true, characterData: true });
      const alphaRows = [...group(el, 'wg-alpha').querySelectorAll('tbody tr')];
      // Which groups are rendered again (their templates made anew, even where that changes no node).
      const proto = WorkingGroupRoster.prototype as unknown as { renderGroup: (this: WorkingGroupRoster, ...a: unknown[]) => unknown };
      const renderGroup = proto.renderGroup;
      const rendered: string[] = [];
      proto.renderGroup = function (...a: unknown[]) {
        rendered.push((a[1] as { entry: { id: string } }).entry.id);
        return renderGroup.apply(this, a);
      };
      const feed = clone();
      const c = feed.workingGroups[0]!.members!.find((m) => m['person'] === 'p-c')!;
      c['role'] = 'observer';
      try {
        el.feed = feed;
        await settle(el);
        expect(rendered).to.deep.equal(['wg-alpha']);
        // The same data again (a new object, as a background refresh brings it): nothing is rendered again.
        rendered.length = 0;
        el.feed = structuredClone(feed);
        await settle(el);
        expect(rendered).to.deep.equal([]);
      } finally {
        proto.renderGroup = renderGroup;
      }
      watch.disconnect();
      expect(changes, 'mutations in the unchanged groups').to.have.length(0);
      // The changed group shows the change, in the same rows (Oman's two members trade places).
      const row = [...group(el, 'wg-alpha').querySelectorAll('tbody tr')].find((r) => r.textContent!.includes('Test Person C'))!;
      expect(fold(row.textContent)).to.contain('Observer');
      expect([...group(el, 'wg-alpha').querySelectorAll('tbody tr')]).to.deep.equal(alphaRows);
    });
  });

  describe('hostile names', () => {
    const LONG = `${'لجنة'.repeat(30)}${'X'.repeat(100)}`;
    const MIXED = 'شخص اختباري Test-Ω 2030 مختلط ABC-123 ثم عربي';
    function hostileFeed(): Fixture {
      const feed = clone();
      const alpha = feed.workingGroups[0]!;
      alpha.name = { ar: LONG, en: LONG };
      alpha['mandate'] = { ar: LONG, en: LONG };
      alpha.members!.push(
        { name: { ar: LONG, en: LONG }, state: 'KW', role: 'chair', email: `${'a'.repeat(60)}@example.org`, url: `https://example.org/${'p'.repeat(200)}` },
        { name: { ar: MIXED, en: MIXED }, state: 'KW', role: 'member', since: '2029-01-01' },
      );
      return feed;
    }

    for (const width of [360, 1000]) {
      for (const lang of ['ar', 'en']) {
        it(`${LONG.length}-character and mixed-direction names wrap inside a ${width}px container (${lang})`, async () => {
          const el = await show({ group: 'wg-alpha', lang, 'show-former': '' }, { feed: hostileFeed(), width });
          expect(el.clientWidth).to.equal(width);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          for (const t of $$(el, 'table')) {
            if (getComputedStyle(t.parentElement!).display !== 'none') expect(t.getBoundingClientRect().width).to.be.at.most(width);
          }
          const mixed = $$(el, 'bdi').filter((b) => b.textContent === MIXED);
          expect(mixed.length).to.be.greaterThan(0);
          expect($$(el, 'bdi').some((b) => b.textContent === LONG)).to.equal(true);
        });
      }
    }
  });

  describe('states of the element', () => {
    it('says when the group is not in the feed, or the feed has no groups', async () => {
      const missing = await show({ group: 'nope', lang: 'en' });
      expect(fold($(missing, '[part="empty"]')!.textContent)).to.equal('Working group “nope” is not in this feed.');
      const feed = clone();
      delete (feed as Json)['workingGroups'];
      const none = await show({}, { feed });
      expect(fold($(none, '[part="empty"]')!.textContent)).to.equal('لا توجد فرق عمل لعرضها بعد.');
    });

    it('heading-level sets the top heading; groups and their parts go one level down each', async () => {
      const el = await show({ 'heading-level': '3', expanded: '' }, { width: 360 });
      expect(fold($(el, 'h3')!.textContent)).to.equal('فرق العمل واللجان');
      expect($$(el, 'h4 [part="group-name"]')).to.have.length(4);
      expect($$(el, 'h5 [part="members-toggle"]').length).to.be.greaterThan(0);
      expect($$(el, '.layout-list h6').length).to.be.greaterThan(0);
      expect($$(el, 'h1, h2')).to.have.length(0);
    });

    it('the roster model is built once per feed; dates compare as whole UTC days', async () => {
      const feed = clone() as unknown as Feed;
      expect(rosterModel(feed)).to.equal(rosterModel(feed));
      expect(dayOf(new Date('2030-06-01T23:59:00Z'))).to.equal('2030-06-01');
      expect(tenseOf({ until: '2030-05-31' }, '2030-06-01')).to.equal('former');
      expect(tenseOf({ until: '2030-06-01' }, '2030-06-01')).to.equal('current');
      expect(tenseOf({ since: '2030-06-02' }, '2030-06-01')).to.equal('upcoming');
    });

    it('loads the demo feed: five groups, each with "No members listed" and no vacancy rows', async () => {
      const errors: unknown[] = [];
      const orig = console.error;
      console.error = (...a: unknown[]) => errors.push(a);
      try {
        for (const lang of ['ar', 'en']) {
          const { el, loaded } = mount<WorkingGroupRoster>('working-group-roster', { src: fresh('/demo/feeds/gcc-egov.json'), lang });
          expect((await timeoutAfter(loaded, 5000, 'load')).detail.warnings).to.deep.equal([]);
          await settle(el);
          expect(visibleGroups(el)).to.have.length(5);
          expect($$(el, '[part="no-members"]')).to.have.length(5);
          expect($$(el, '[part="vacancy"]')).to.have.length(0);
          expect($(el, '#group-wg-national-certs [part="facts"]')!.textContent).to.contain(lang === 'ar' ? 'لجنة' : 'Committee');
          await expect(el).to.be.accessible();
        }
        expect(errors).to.deep.equal([]);
      } finally {
        console.error = orig;
      }
    });
  });

  describe('accessibility (axe)', () => {
    const variants: [string, Record<string, string>, number][] = [
      ['ar, RTL, table', { lang: 'ar', expanded: '', 'show-former': '' }, 1000],
      ['ar, RTL, list', { lang: 'ar', expanded: '', 'show-former': '' }, 360],
      ['en, LTR, table', { lang: 'en', expanded: '', 'show-former': '' }, 1000],
      ['en, LTR, list', { lang: 'en', expanded: '', 'show-former': '' }, 360],
      ['ar, dark, filtered', { lang: 'ar', theme: 'dark', state: 'OM,KW', query: 'اختباري' }, 1000],
      ['en, dark, list', { lang: 'en', theme: 'dark', expanded: '' }, 360],
      ['ar, one group by role', { lang: 'ar', group: 'wg-alpha', 'group-by': 'role' }, 1000],
      ['en, one group, no grouping', { lang: 'en', group: 'wg-alpha', 'group-by': 'none' }, 360],
    ];
    for (const [name, attrs, width] of variants) {
      it(`is accessible: ${name}`, async () => {
        const el = await show(attrs, { width });
        await withEveryCardRendered(() => expect(el).to.be.accessible());
      });
    }
  });
});

describe('guarded definition of <working-group-roster>', () => {
  it('defining again never throws', () => {
    expect(() => WorkingGroupRoster.define()).not.to.throw();
    expect(customElements.get('working-group-roster')).to.equal(WorkingGroupRoster);
  });
});
