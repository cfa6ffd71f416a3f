/**
 * Hostile feeds: a corpus of markup, script, URL, CSS and bidi tricks and
 * 100,000-character strings, injected into every text field and every URL
 * field of a valid synthetic feed that exercises all four widgets. Each widget
 * renders each feed in Arabic and English, from the `feed` property and from an
 * inline `<script type="application/json">` child parsed by the HTML parser.
 *
 * Nothing may execute (counters the payloads would call, plus a
 * MutationObserver for elements injected outside shadow roots), no link or
 * image in any shadow root may carry a disallowed scheme, external links carry
 * rel="noopener noreferrer", names are bidi-isolated, and long text wraps
 * inside a 360px container.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/meeting-card.js';
import '../../src/define/agenda-list.js';
import '../../src/define/initiative-tracker.js';
import '../../src/define/working-group-roster.js';
import type { MajlisElement } from '../../src/base/majlis-element.js';
import { isSafeUrl } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';

type Obj = Record<string, unknown>;

const NOW = new Date('2030-06-01T09:00:00Z');
const WIDGETS = [
  ['meeting-card', {}],
  ['agenda-list', {}],
  ['initiative-tracker', { expanded: '' }],
  ['working-group-roster', { expanded: '', 'show-former': '' }],
] as const;
const LANGS = ['ar', 'en'] as const;
const WIDTH = 360;

// ---------------------------------------------------------------------------
// The valid feed (plainly synthetic) and the injection
// ---------------------------------------------------------------------------

function baseFeed(): Obj {
  const t = (ar: string, en: string) => ({ ar, en });
  return {
    version: '1.0',
    committee: {
      id: 'synthetic-committee',
      name: t('لجنة اختبارية', 'Synthetic Committee'),
      parentBody: t('مجلس اختباري', 'Synthetic Council'),
      secretariat: { name: t('أمانة اختبارية', 'Synthetic Secretariat'), city: t('مدينة اختبارية', 'Test City') },
      url: 'https://example.org/committee',
    },
    states: [
      { id: 'BH', name: t('دولة اختبارية أ', 'Test State A'), accent: '#abc' },
      { id: 'OM', name: t('دولة اختبارية ب', 'Test State B'), accent: '#1b5e7a' },
      { id: 'QA', name: { en: 'Test State C' } },
    ],
    organizations: [
      { id: 'org-a', name: t('جهة اختبارية أ', 'Test Organization A'), state: 'BH', url: 'https://example.org/org-a' },
      { id: 'org-b', name: 'Test Organization B', state: 'OM', url: '/org-b' },
    ],
    people: [
      { id: 'p-a', name: t('شخص اختباري أ', 'Test Person A'), title: t('مدير اختباري', 'Test Director'), organization: 'org-a', state: 'BH' },
      { id: 'p-b', name: t('شخص اختباري ب', 'Test Person B'), title: 'Test Adviser', state: 'OM' },
      { id: 'p-c', name: { ar: 'شخص اختباري ج' }, organization: 'org-b' },
    ],
    meetings: [
      {
        id: 'm-next',
        number: 27,
        title: t('الاجتماع الاختباري', 'Synthetic Meeting'),
        body: t('لجنة اختبارية فرعية', 'Synthetic Sub-Committee'),
        start: '2030-06-10T09:00:00+03:00',
        end: '2030-06-10T13:00:00+03:00',
        timeZone: 'Asia/Bahrain',
        status: 'scheduled',
        mode: 'hybrid',
        host: { state: 'BH', organization: 'org-a' },
        venue: { name: t('قاعة اختبارية', 'Test Hall'), city: t('مدينة اختبارية', 'Test City') },
        participants: [
          { role: 'chair', person: 'p-a' },
          { role: 'speaker', name: t('متحدث اختباري', 'Test Speaker'), state: 'OM', note: t('ملاحظة اختبارية', 'Test note') },
          { role: 'presenter', organization: 'org-b' },
        ],
        summary: t('ملخص اختباري للاجتماع.', 'A synthetic summary of the meeting.'),
        outcomes: [t('نتيجة اختبارية أولى', 'First synthetic outcome'), 'Second synthetic outcome'],
        documents: [
          { title: t('وثيقة اختبارية', 'Test Document'), url: 'https://example.org/doc.pdf', type: 'pdf' },
          { title: 'Relative Test Document', url: '/docs/synthetic.pdf' },
        ],
        sources: [{ title: t('مصدر اختباري', 'Test Source'), publisher: t('ناشر اختباري', 'Test Publisher'), date: '2030-05-01', url: 'https://example.org/source' }],
        agenda: [
          {
            id: 'a1',
            order: '1',
            title: t('بند اختباري أول', 'First synthetic item'),
            kind: 'report',
            status: 'approved',
            presenter: { state: 'BH' },
            decision: t('قرار اختباري', 'Synthetic decision'),
            references: { initiatives: ['i-a'], workingGroups: ['g-a'] },
            items: [
              { id: 'a1-1', order: '1.1', title: t('بند فرعي اختباري', 'Synthetic sub-item'), presenter: { person: 'p-b' }, status: 'noted' },
              {
                id: 'a1-2',
                order: '1.2',
                title: 'Synthetic sub-item two',
                presenter: { organization: 'org-a', name: t('مقدم اختباري', 'Test Presenter') },
                items: [{ id: 'a1-2-1', title: t('بند متداخل اختباري', 'Nested synthetic item'), references: { initiatives: ['i-b'] } }],
              },
            ],
          },
          { id: 'a2', order: '2', title: t('بند اختباري ثان', 'Second synthetic item'), kind: 'decision', presenter: { state: 'OM', person: 'p-a' }, references: { workingGroups: ['g-b'] } },
        ],
      },
      {
        id: 'm-past',
        number: 26,
        title: 'Earlier Synthetic Meeting',
        start: '2030-01-10',
        status: 'held',
        host: { state: 'OM' },
        agenda: [{ id: 'b1', title: t('بند سابق', 'Earlier item'), references: { initiatives: ['i-a'] } }],
      },
    ],
    initiatives: [
      {
        id: 'i-a',
        title: t('مبادرة اختبارية أ', 'Synthetic Initiative A'),
        track: t('مسار اختباري', 'Synthetic Track'),
        summary: t('ملخص مبادرة اختبارية.', 'A synthetic initiative summary.'),
        phase: { current: 2, total: 4 },
        status: 'in-progress',
        progress: 40,
        leadStates: ['BH'],
        participatingStates: ['OM', 'QA'],
        workingGroup: 'g-a',
        milestones: [
          { title: t('مرحلة منجزة', 'Done milestone'), due: '2030-01-01', done: '2030-01-05' },
          { title: t('مرحلة متأخرة', 'Overdue milestone'), due: '2030-03-01' },
          { title: 'Future milestone', due: '2031-01-01' },
        ],
        updated: '2030-05-20',
      },
      { id: 'i-b', title: 'Synthetic Initiative B', track: { en: 'Second Synthetic Track' }, status: 'proposed', leadStates: ['OM'] },
    ],
    workingGroups: [
      {
        id: 'g-a',
        name: t('فريق عمل اختباري أ', 'Synthetic Working Group A'),
        kind: 'working-group',
        parent: t('لجنة اختبارية', 'Synthetic Committee'),
        mandate: t('مهام اختبارية.', 'A synthetic mandate.'),
        status: 'active',
        established: '2029-05-01',
        members: [
          { person: 'p-a', role: 'chair', since: '2029-05-01', email: 'test.person.a@example.org', url: 'https://example.org/p-a', image: '/test/fixtures/working-group-roster/photo.svg' },
          { person: 'p-b', role: 'vice-chair', url: 'mailto:test.person.b@example.org' },
          { organization: 'org-b', role: 'member', url: 'tel:+97300000000' },
          { name: t('ممثل اختباري', 'Test Delegate'), state: 'QA', role: 'member', url: '/delegate', image: 'https://example.org/delegate.png' },
          { name: 'Former Test Member', state: 'OM', role: 'member', since: '2029-01-01', until: '2029-12-31', url: 'https://example.org/former' },
        ],
      },
      { id: 'g-b', name: 'Synthetic Working Group B', status: 'transferred', transferredTo: 'g-a', members: [{ person: 'p-c', role: 'rapporteur' }] },
    ],
  };
}

/** A field that holds a human text: a name or title (shown isolated), or running text. */
interface Field {
  kind: 'name' | 'text';
  path: string;
  /** Position of the field in the feed (0, 1, 2…). */
  index: number;
}
const NAME_KEYS = new Set(['name', 'title', 'parentBody', 'body', 'publisher', 'track', 'parent']);
const TEXT_KEYS = new Set(['city', 'note', 'summary', 'decision', 'mandate', 'type']);
const URL_KEYS = new Set(['url', 'image']);

interface Injection {
  text?: (f: Field) => string;
  url?: (path: string) => string | undefined;
  email?: string;
}

/** A copy of `node` with every text (and language map entry) and every URL replaced. */
function inject(node: unknown, how: Injection, path = '$', counter = { n: 0 }): unknown {
  if (Array.isArray(node)) return node.map((x, i) => inject(x, how, `${path}[${i}]`, counter));
  if (node === null || typeof node !== 'object') return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node as Obj)) {
    const p = `${path}.${k}`;
    const kind = NAME_KEYS.has(k) ? 'name' : TEXT_KEYS.has(k) ? 'text' : k === 'outcomes' ? 'list' : undefined;
    const text = (x: unknown, at: string, fk: Field['kind']): unknown => {
      if (!how.text) return x;
      if (typeof x === 'string') return how.text({ kind: fk, path: at, index: counter.n++ });
      if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).map((l) => [l, how.text!({ kind: fk, path: `${at}.${l}`, index: counter.n++ })]));
      return x;
    };
    if (kind === 'list' && Array.isArray(v)) out[k] = v.map((x, i) => text(x, `${p}[${i}]`, 'text'));
    else if (kind === 'name' || kind === 'text') out[k] = text(v, p, kind);
    else if (URL_KEYS.has(k) && typeof v === 'string') out[k] = how.url?.(p) ?? v;
    else if (k === 'email' && how.email) out[k] = how.email;
    else out[k] = inject(v, how, p, counter);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------

const LONG = 100_000;
/** Text payloads. A function gets the field (bidi markers name the field's kind). */
const TEXT_CORPUS: [string, string | ((f: Field) => string)][] = [
  ['script tag', `<script>__pwned('script')</script>`],
  ['img onerror', `<img src=x onerror="__pwned('img')">`],
  ['attribute break-out', `"><img src=x onerror=__pwned('attr')><"`],
  ['single-quote handler', `' onmouseover='__pwned("handler")' x='`],
  ['event handler attributes', `<b onclick="__pwned('click')" onfocus=__pwned('focus') autofocus tabindex=0>x</b><input autofocus onfocus=__pwned('input')>`],
  ['svg onload', `<svg onload=__pwned('svg')><circle r=10 /></svg>`],
  ['svg script', `<svg><script>__pwned('svg-script')</script></svg>`],
  ['iframe srcdoc', `<iframe srcdoc="<script>parent.__pwned('iframe')</script>"></iframe>`],
  ['javascript link', `<a href="javascript:__pwned('link')">Synthetic link</a>`],
  ['mXSS', `<math><mtext><table><mglyph><style><img src=x onerror=__pwned('mxss')></style></mglyph></table></mtext></math>`],
  ['style injection', `<style>@import url(https://evil.example/x.css);*{background:url(https://evil.example/y)}</style>`],
  ['link and base', `<link rel=stylesheet href=https://evil.example/x.css><base href="https://evil.example/">`],
  ['comment and close tag', `<!--<script>__pwned('comment')</script>--></script><script>__pwned('close')</script>`],
  ['template syntax', `\${__pwned('template')} {{constructor.constructor('__pwned("ng")')()}} <%= __pwned('erb') %>`],
  ['template element', `<template><img src=x onerror=__pwned('template-el')></template><details open ontoggle=__pwned('toggle')>`],
  ['entities', `&lt;img src=x onerror=__pwned('entity')&gt; &#60;script&#62;__pwned('entity2')&#60;/script&#62; jav&#x09;ascript:__pwned()`],
  ['object and embed', `<object data="javascript:__pwned('object')"></object><embed src="javascript:__pwned('embed')">`],
  ['control characters', `\u0000<script>__pwned('nul')</script>\u0007\u001b[31m\u0008\u007f\u0085 Synthetic`],
  ['zero-width characters', `Test\u200BPerson\u200C\u200D\u2060\uFEFFA\u00AD Synthetic`],
  ['bidi override (Latin)', (f) => `\u202EBIDI-${f.kind.toUpperCase()} ${f.path} exe.gpj`],
  ['bidi override (Arabic)', (f) => `\u202Eاسم BIDI-${f.kind.toUpperCase()} \u200F${f.path}\u202D\u2067 نص`],
  ['combining marks', `Synthe${'\u0301\u0336'.repeat(300)}tic`],
  ['lone surrogates and non-characters', `Synthetic \uD800 \uDFFF \uFFFE \uFFFF \u{10FFFF}`],
];
const LONG_STRINGS = [
  'A'.repeat(LONG), // Latin letters without a space
  `${'كلمة '.repeat(LONG / 5 - 1)}كلمات`, // Arabic words
  `https://example.org/${'x/'.repeat((LONG - 20) / 2)}`, // URL-like text
  // An unbroken Arabic word is shorter: Chromium's line breaking of one joined Arabic run grows with the square of
  // its length (16,000 letters: about 0.7 s per occurrence; 100,000: minutes), whatever the widget does.
  'ب'.repeat(1000),
];
/**
 * One feed for the long strings: each text field gets one of them, in turn. Their layout is what takes time (Arabic
 * text most: about 0.35 s per 100,000 characters shown, against 0.05 s for Latin), so Arabic words get one field in
 * eight and Latin letters one in two, to keep this file within the test runner's time limit.
 */
const LONG_TURNS = [0, 2, 0, 1, 0, 2, 0, 3];
const longText = (f: Field) => LONG_STRINGS[LONG_TURNS[f.index % LONG_TURNS.length]!]!;

/** URL payloads, for every `url` and `image`. */
const URL_CORPUS: string[] = [
  `javascript:__pwned('js')`,
  `JavaScript:__pwned('js')`,
  `JAVASCRIPT:__pwned('js')`,
  ` javascript:__pwned('js')`,
  `\tjavascript:__pwned('js')`,
  `\njavascript:__pwned('js')`,
  `java\tscript:__pwned('js')`,
  `java\nscript:__pwned('js')`,
  `java\u0000script:__pwned('js')`,
  `\u0001javascript:__pwned('js')`,
  `jav&#x09;ascript:__pwned('js')`,
  `&#106;avascript:__pwned('js')`,
  `javascript&colon;__pwned('js')`,
  `javascript://example.org/%0A__pwned('js')`,
  `data:text/html,<script>__pwned('data')</script>`,
  `DATA:image/svg+xml,<svg onload=__pwned('data')>`,
  ` data:image/png;base64,AAAA`,
  `vbscript:msgbox(1)`,
  `VbScript:msgbox(1)`,
  `file:///etc/passwd`,
  `blob:https://example.org/x`,
  `https:javascript:__pwned('js')`,
  `//evil.example/x`,
  `/\\evil.example/x`,
  `\\\\evil.example\\x`,
  `https://example.org/"><img src=x onerror=__pwned('href')>`,
  `HTTPS://EXAMPLE.ORG/CAPS`,
  `mailto:test.person@example.org?subject=<script>__pwned()</script>`,
  `tel:+${'9'.repeat(4000)}`,
  `\u202Ehttps://example.org/`,
  `https://example.org/${'x'.repeat(4070)}`,
];

/** Accent colours: only hex is valid; everything else must be dropped with a warning, never applied. */
const ACCENT_CORPUS = [
  'red;background:url(https://evil.example/x)',
  'url(https://evil.example/x)',
  'expression(__pwned())',
  '#fff;background:url(https://evil.example/x)',
  '#fff}:host{background:url(https://evil.example/x)}',
  'red',
  'rgb(0 0 0)',
  'var(--x)',
  '#ffff',
  '#12345678',
  ' #fff',
  '#fff\n',
];

// ---------------------------------------------------------------------------
// Watching for execution and injected elements
// ---------------------------------------------------------------------------

const pwned: string[] = [];
const injected: string[] = [];
const violations: string[] = [];
const ours = new WeakSet<Node>();
const w = window as unknown as Record<string, unknown>;
const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };
let observer: MutationObserver;
const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective} ${e.blockedURI}`);
const DANGEROUS = 'script, img, iframe, svg, object, embed, link, style, base, meta, form, math, template, details, input, a[href]';

/** What the widgets logged (feed items left out, feeds rejected): recorded, not printed. */
const logged: { warn: string[]; error: string[] } = { warn: [], error: [] };
const consoleSaved = { warn: console.warn, error: console.error };

before(() => {
  console.warn = (...args: unknown[]) => void logged.warn.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void logged.error.push(args.map(String).join(' '));
  w['__pwned'] = (tag: unknown) => pwned.push(String(tag));
  window.alert = () => void pwned.push('alert');
  window.print = () => void pwned.push('print');
  window.confirm = () => (pwned.push('confirm'), false);
  window.prompt = () => (pwned.push('prompt'), null);
  document.addEventListener('securitypolicyviolation', onViolation);
  observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        for (const el of [n, ...n.querySelectorAll('*')]) {
          if (!ours.has(el) && el.matches(DANGEROUS)) injected.push(el.outerHTML.slice(0, 200));
        }
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
});
after(() => {
  observer.disconnect();
  document.removeEventListener('securitypolicyviolation', onViolation);
  Object.assign(window, saved);
  Object.assign(console, consoleSaved);
  delete w['__pwned'];
});

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

interface Rendered {
  el: MajlisElement;
  tag: string;
  lang: string;
  ok: boolean;
}
const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

function container(displayed = true): HTMLElement {
  const div = document.createElement('div');
  div.style.inlineSize = `${WIDTH}px`;
  div.hidden = !displayed;
  ours.add(div);
  document.body.append(div);
  containers.push(div);
  return div;
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

async function settled(el: MajlisElement): Promise<boolean> {
  const done = await Promise.race([
    new Promise<boolean>((r) => el.addEventListener('majlis-load', () => r(true), { once: true })),
    new Promise<boolean>((r) => el.addEventListener('majlis-error', () => r(false), { once: true })),
    new Promise<undefined>((r) => setTimeout(() => r(undefined), 20000)),
  ]);
  if (done === undefined) throw new Error(`<${el.localName}> neither loaded nor failed`);
  await el.updateComplete;
  return done;
}

/** The HTML a CMS would write: the feed inline, with every "<" escaped so that no "</script>" can end the element. */
const inlineHtml = (tag: string, attrs: Obj, json: string) =>
  `<${tag} ${Object.entries(attrs)
    .map(([k, v]) => (v === '' ? k : `${k}="${String(v)}"`))
    .join(' ')}><script type="application/json">${json}</script></${tag}>`;

/** Every widget in Arabic and English, each in its own 360px container (`displayed: false`: rendered, not laid out). */
async function renderAll(feed: unknown, mode: 'property' | 'inline', displayed = true): Promise<Rendered[]> {
  const out: { el: MajlisElement; tag: string; lang: string; done: Promise<boolean> }[] = [];
  const json = mode === 'inline' ? JSON.stringify(feed).replace(/</g, '\\u003c') : '';
  for (const [tag, attrs] of WIDGETS) {
    for (const lang of LANGS) {
      const box = container(displayed);
      let el: MajlisElement;
      if (mode === 'inline') {
        // Through the HTML parser, as a page would have it.
        const frag = document.createRange().createContextualFragment(inlineHtml(tag, { ...attrs, lang }, json));
        el = frag.firstElementChild as MajlisElement;
        for (const n of [el, ...el.querySelectorAll('*')]) ours.add(n);
        el.now = NOW;
        const done = settled(el);
        box.append(frag);
        out.push({ el, tag, lang, done });
      } else {
        el = document.createElement(tag) as MajlisElement;
        for (const [k, v] of Object.entries({ ...attrs, lang })) el.setAttribute(k, v);
        ours.add(el);
        el.now = NOW;
        el.feed = feed;
        const done = settled(el);
        box.append(el);
        out.push({ el, tag, lang, done });
      }
    }
  }
  const rendered: Rendered[] = [];
  for (const r of out) rendered.push({ el: r.el, tag: r.tag, lang: r.lang, ok: await r.done });
  // Let anything that would run later (image errors, focus, animations) run.
  await frame();
  await frame();
  await new Promise((r) => setTimeout(r, 20));
  return rendered;
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

/** Every shadow root under `el`, itself included. */
function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const e of root.querySelectorAll('*')) if (e.shadowRoot) visit(e.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return roots;
}

const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'srcset', 'background', 'ping', 'cite', 'longdesc'];
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const FORBIDDEN_ELEMENTS = 'script, iframe, frame, object, embed, link, base, meta, style, form, math, template, foreignObject, use';

/** The scheme a browser sees: leading/trailing C0 controls and spaces trimmed, tabs and newlines removed, lower-cased. */
function schemeOf(value: string): string | undefined {
  const v = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/gu, '').replace(/[\t\n\r]/gu, '');
  return /^([a-z][a-z0-9+.-]*):/iu.exec(v)?.[1]?.toLowerCase();
}

/** Problems with a URL attribute value: its scheme as written and as the browser resolves it. */
function urlProblem(el: Element, value: string): string | undefined {
  const blobOk = el.localName === 'a' && el.hasAttribute('download');
  const scheme = schemeOf(value);
  if (scheme !== undefined && !ALLOWED_PROTOCOLS.has(`${scheme}:`) && !(blobOk && scheme === 'blob')) return `scheme ${scheme}:`;
  let resolved: URL | undefined;
  try {
    resolved = new URL(value, document.baseURI);
  } catch {
    return undefined; // not navigable; its scheme as written was allowed
  }
  if (!ALLOWED_PROTOCOLS.has(resolved.protocol) && !(blobOk && resolved.protocol === 'blob:')) return `resolves to ${resolved.protocol}`;
  return undefined;
}

/** Everything that must hold in every rendered widget. */
function checkSafe(rendered: Rendered[], label: string): void {
  expect(pwned, `${label}: script executions`).to.deep.equal([]);
  expect(injected, `${label}: elements injected outside shadow roots`).to.deep.equal([]);
  expect(violations, `${label}: CSP violations`).to.deep.equal([]);
  for (const { el, tag, lang } of rendered) {
    const where = `${label}: <${tag} lang=${lang}>`;
    for (const root of shadowRoots(el)) {
      const forbidden = [...root.querySelectorAll(FORBIDDEN_ELEMENTS)].map((e) => e.outerHTML.slice(0, 120));
      expect(forbidden, `${where}: forbidden elements`).to.deep.equal([]);
      for (const e of root.querySelectorAll('*')) {
        const handlers = e.getAttributeNames().filter((n) => n.toLowerCase().startsWith('on'));
        expect(handlers, `${where}: event handler attributes on <${e.localName}>`).to.deep.equal([]);
        for (const attr of URL_ATTRS) {
          const value = e.getAttribute(attr);
          if (value === null) continue;
          expect(urlProblem(e, value), `${where}: <${e.localName} ${attr}="${value.slice(0, 80)}">`).to.equal(undefined);
        }
        if (e.localName === 'a' && e.hasAttribute('href')) {
          const href = e.getAttribute('href')!;
          let url: URL | undefined;
          try {
            url = new URL(href, document.baseURI);
          } catch {
            url = undefined;
          }
          const external = url && (url.protocol === 'https:' || url.protocol === 'http:') && (url.origin !== location.origin || schemeOf(href) !== undefined || /^\s*[/\\]{2}/u.test(href));
          if (external) {
            const rel = (e.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
            expect(rel, `${where}: rel of external link ${href.slice(0, 80)}`).to.include.members(['noopener', 'noreferrer']);
          }
        }
        // Styles are only the widgets' own custom properties (set through the CSSOM), never a feed's CSS.
        for (const prop of Array.from((e as HTMLElement).style ?? [])) {
          expect(prop, `${where}: style property on <${e.localName}>`).to.match(/^--_/u);
          expect((e as HTMLElement).style.getPropertyValue(prop), `${where}: ${prop} on <${e.localName}>`).not.to.match(/url\(|expression|evil|javascript|@import|[;{}]/iu);
        }
      }
    }
  }
}

/** Text nodes (in every shadow root) that contain `marker`. */
function textNodes(el: Element, marker: string): Text[] {
  const out: Text[] = [];
  for (const root of shadowRoots(el)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(marker)) out.push(n as Text);
  }
  return out;
}

/** True when the text node is bidi-isolated: a <bdi> or an element with `dir` between it and the widget's wrapper, or FSI/LRI/RLI … PDI around it. */
function isolated(node: Text): boolean {
  if (/[\u2066-\u2068][^\u2069]*\u202E/u.test(node.data)) return true;
  for (let e = node.parentElement; e && !e.matches('[part="base"]'); e = e.parentElement) {
    if (e.localName === 'bdi' || e.hasAttribute('dir')) return true;
  }
  return false;
}

/** True when visible text follows the node in its block (where an unclosed override would reorder it). */
function followedInBlock(node: Text): boolean {
  let block: Element | null = node.parentElement;
  while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  if (!block) return false;
  const range = document.createRange();
  range.setStartAfter(node);
  range.setEnd(block, block.childNodes.length);
  return range.toString().trim() !== '';
}

function checkWraps(rendered: Rendered[], label: string): void {
  for (const { el, tag, lang } of rendered) {
    expect(el.clientWidth, `${label}: <${tag} lang=${lang}> width`).to.be.within(WIDTH - 1, WIDTH + 1);
    expect(el.scrollWidth, `${label}: <${tag} lang=${lang}> scrollWidth`).to.be.at.most(el.clientWidth + 1);
  }
}

const reset = () => {
  pwned.length = 0;
  injected.length = 0;
  violations.length = 0;
  logged.warn.length = 0;
  logged.error.length = 0;
};

/** The literal payload (or its start) appears as text in at least one widget: it was rendered, as text. */
function shownAsText(rendered: Rendered[], payload: string): boolean {
  const plainText = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/gu, '');
  const needle = plainText(payload).trim().slice(0, 60);
  return rendered.some(({ el }) => shadowRoots(el).some((r) => plainText(r.textContent ?? '').includes(needle)));
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('hostile feeds: the valid base feed', () => {
  it('is valid with no warnings and renders all four widgets in both languages, safely', async function () {
    this.timeout(30000);
    const r = validateFeed(baseFeed());
    expect(r.ok && r.warnings, JSON.stringify(r)).to.deep.equal([]);
    reset();
    const rendered = await renderAll(baseFeed(), 'property');
    expect(rendered.map((x) => x.ok)).to.deep.equal(Array(8).fill(true));
    for (const { el } of rendered) expect(el.shadowRoot!.querySelector('[part="error"], [part="empty"]')).to.equal(null);
    checkSafe(rendered, 'base feed');
    checkWraps(rendered, 'base feed');
    // The checks see what they check: links with rel, an accent applied through the CSSOM.
    const links = rendered.flatMap(({ el }) => [...el.shadowRoot!.querySelectorAll('a[href^="https:"]')]);
    expect(links.length).to.be.greaterThan(3);
    const dots = rendered.flatMap(({ el }) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.state-dot')]);
    expect(dots.some((d) => d.style.getPropertyValue('--_dot') === '#abc')).to.equal(true);
  });
});

for (const mode of ['property', 'inline'] as const) {
  describe(`hostile text in every text field (${mode === 'inline' ? 'inline JSON child, through the HTML parser' : 'feed property'})`, () => {
    for (const [label, payload] of TEXT_CORPUS) {
      it(label, async function () {
        this.timeout(120000);
        const feed = inject(baseFeed(), { text: typeof payload === 'string' ? () => payload : payload });
        const r = validateFeed(feed);
        expect(r.ok && r.warnings, 'the feed stays valid').to.deep.equal([]);
        reset();
        const rendered = await renderAll(feed, mode);
        expect(
          rendered.filter((x) => !x.ok).map((x) => x.tag),
          'every widget loads',
        ).to.deep.equal([]);
        checkSafe(rendered, label);
        checkWraps(rendered, label);
        expect(logged.error, 'console errors').to.deep.equal([]);
        if (typeof payload === 'string') expect(shownAsText(rendered, payload), 'the payload is shown, as text').to.equal(true);
        if (label.startsWith('bidi')) {
          let names = 0;
          for (const { el, tag, lang } of rendered) {
            for (const n of textNodes(el, 'BIDI-NAME')) {
              names++;
              expect(isolated(n), `<${tag} lang=${lang}>: name not isolated: ${n.data.slice(0, 80)} in <${n.parentElement?.localName}>`).to.equal(true);
            }
            for (const n of textNodes(el, 'BIDI-TEXT')) {
              expect(isolated(n) || !followedInBlock(n), `<${tag} lang=${lang}>: an override in ${n.data.slice(0, 80)} reorders the text after it`).to.equal(true);
            }
          }
          expect(names, 'names with overrides were rendered').to.be.greaterThan(20);
        }
      });
    }
  });
}

describe('100,000-character strings in every text field', () => {
  const feed = () => inject(baseFeed(), { text: longText, email: `${'a'.repeat(5000)}@example.org` });

  it('feed property: every widget in both languages wraps them inside 360px', async function () {
    this.timeout(110000);
    const r = validateFeed(feed());
    expect(r.ok && r.warnings, 'the feed stays valid').to.deep.equal([]);
    reset();
    const rendered = await renderAll(feed(), 'property');
    expect(rendered.every((x) => x.ok), 'every widget loads').to.equal(true);
    checkSafe(rendered, 'long strings');
    checkWraps(rendered, 'long strings');
    for (const s of LONG_STRINGS) expect(shownAsText(rendered, s), `shown: ${s.slice(0, 20)}…`).to.equal(true);
  });

  it('inline JSON child (a 7 MB script element, through the HTML parser): every widget loads them (rendered, not laid out again)', async function () {
    this.timeout(60000);
    reset();
    const rendered = await renderAll(feed(), 'inline', false);
    expect(rendered.every((x) => x.ok), 'every widget loads').to.equal(true);
    checkSafe(rendered, 'long strings (inline)');
    for (const s of LONG_STRINGS) expect(shownAsText(rendered, s), `shown: ${s.slice(0, 20)}…`).to.equal(true);
  });
});

describe('hostile URLs in every url and image field', () => {
  for (const url of URL_CORPUS) {
    for (const committeeToo of [false, true]) {
      it(`${JSON.stringify(url.length > 60 ? `${url.slice(0, 40)}…(${url.length})` : url)}${committeeToo ? ', committee url too' : ''}`, async function () {
        this.timeout(60000);
        const feed = inject(baseFeed(), { url: (p) => (p === '$.committee.url' && !committeeToo ? undefined : url) });
        const r = validateFeed(feed);
        const safe = isSafeUrl(url);
        if (safe) expect(r.ok && r.warnings, 'an allowed URL keeps the feed valid').to.deep.equal([]);
        else if (committeeToo) expect(r.ok, 'a disallowed committee URL makes the feed invalid').to.equal(false);
        else {
          expect(r.ok).to.equal(true);
          const paths = r.ok ? r.warnings.map((x) => x.path) : [];
          expect(paths, 'every disallowed URL is named').to.include.members(['$.organizations[0].url', '$.meetings[0].documents[0].url', '$.workingGroups[0].members[0].image']);
        }
        reset();
        // The committee's URL is shown by no widget: with an allowed URL the second variant renders as the first.
        const modes = !committeeToo ? (['property', 'inline'] as const) : safe ? ([] as const) : (['property'] as const);
        for (const mode of modes) {
          const rendered = await renderAll(feed, mode);
          expect(rendered.every((x) => x.ok === (safe || !committeeToo)), `${mode}: loads or fails as validated`).to.equal(true);
          checkSafe(rendered, `${mode} ${url.slice(0, 40)}`);
          checkWraps(rendered, `${mode} ${url.slice(0, 40)}`);
          if (!safe) {
            for (const { el } of rendered) {
              for (const root of shadowRoots(el)) {
                const carrying = [...root.querySelectorAll('[href], [src]')].filter((e) => (e.getAttribute('href') ?? e.getAttribute('src')) === url);
                expect(carrying.length, 'a disallowed URL never reaches the DOM').to.equal(0);
              }
            }
          }
          for (const c of containers.splice(0)) c.remove();
        }
      });
    }
  }
});

describe('CSS injection in state accents', () => {
  it('drops every state whose accent is not a hex colour, with a warning, and never applies it', async function () {
    this.timeout(60000);
    const feed = baseFeed();
    const states = ACCENT_CORPUS.map((accent, i) => ({ id: (['AE', 'SA', 'KW', 'GS'] as const)[i % 4], name: `Test State ${i}`, accent }));
    feed['states'] = [...(feed['states'] as Obj[]), ...states];
    const r = validateFeed(feed);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const accentPaths = ACCENT_CORPUS.map((_, i) => `$.states[${i + 3}].accent`);
    expect(r.warnings.map((x) => x.path)).to.deep.equal(accentPaths);
    expect(r.warnings.map((x) => x.dropped)).to.deep.equal(accentPaths.map((p) => p.replace(/\.accent$/u, '')));
    expect(r.feed.states!.map((s) => s.accent)).to.deep.equal(['#abc', '#1b5e7a', undefined]);

    reset();
    for (const mode of ['property', 'inline'] as const) {
      const rendered = await renderAll(feed, mode);
      expect(rendered.every((x) => x.ok)).to.equal(true);
      checkSafe(rendered, `accents (${mode})`);
      for (const { el, tag, lang } of rendered) {
        for (const root of shadowRoots(el)) {
          for (const e of root.querySelectorAll<HTMLElement>('*')) {
            for (const prop of Array.from(e.style)) {
              const value = e.style.getPropertyValue(prop);
              if (prop === '--_dot' || prop === '--_state-accent') expect(value, `<${tag} lang=${lang}> ${prop}`).to.match(/^#[0-9a-f]{3}([0-9a-f]{3})?$/iu);
            }
            const bg = getComputedStyle(e).backgroundImage;
            expect(bg, `<${tag} lang=${lang}> background of <${e.localName}>`).not.to.contain('evil');
          }
        }
        // The notice names the problems for the page's developers.
        expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent ?? '').to.contain('$.states[3].accent');
      }
      for (const c of containers.splice(0)) c.remove();
    }
    const about = logged.warn.filter((line) => line.includes('$.states[3].accent'));
    expect(about.length, 'one warning per widget and mode').to.equal(16);
    for (const line of about) for (const p of accentPaths) expect(line).to.contain(p);
  });
});

describe('"</script>" inside an inline feed', () => {
  const feedWith = (name: string) => {
    const feed = baseFeed();
    (feed['committee'] as Obj)['name'] = name;
    (feed['meetings'] as Obj[])[0]!['title'] = name;
    return feed;
  };

  it('escaped the way a CMS writes JSON into HTML: the text comes through intact', async function () {
    this.timeout(30000);
    const name = 'Synthetic </script><script>__pwned("close")</script> Committee <!--';
    reset();
    const rendered = await renderAll(feedWith(name), 'inline');
    expect(rendered.every((x) => x.ok)).to.equal(true);
    checkSafe(rendered, 'escaped </script>');
    const card = rendered.find((x) => x.tag === 'meeting-card')!.el;
    expect(card.shadowRoot!.textContent).to.contain(name);
  });

  it('not escaped by the page author: the feed fails to parse with a clear error and nothing runs', async function () {
    this.timeout(30000);
    const json = JSON.stringify(feedWith('Synthetic </script> Committee'));
    reset();
    const box = container();
    const frag = document.createRange().createContextualFragment(`<meeting-card lang="en"><script type="application/json">${json}</script></meeting-card>`);
    const el = frag.querySelector('meeting-card') as MajlisElement;
    for (const n of [el, ...el.querySelectorAll('*')]) ours.add(n);
    const failed = new Promise<CustomEvent>((r) => el.addEventListener('majlis-error', (e) => r(e as CustomEvent), { once: true }));
    box.append(frag);
    const ev = await failed;
    await el.updateComplete;
    await frame();
    expect(ev.detail.kind).to.equal('parse');
    expect(ev.detail.message).to.match(/^Feed is not valid JSON/u);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('not in a readable format');
    // The JSON ended at the author's "</script>"; the rest of it is plain text of the page, not markup.
    expect(el.querySelector('script')!.textContent).to.equal(json.slice(0, json.indexOf('</script>')));
    expect(box.textContent).to.contain('Committee');
    expect(logged.error.some((e) => e.includes('Feed is not valid JSON'))).to.equal(true);
    expect(pwned).to.deep.equal([]);
    expect(injected).to.deep.equal([]);
  });
});
