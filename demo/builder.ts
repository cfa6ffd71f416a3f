import '../src/all.js';
import { arabicOrdinal, englishOrdinal } from '../src/locale/ordinal.js';
import { plain } from '../src/locale/text.js';
import { validateFeed } from '../src/feed/validate.js';
import type { Feed } from '../src/feed/schema.js';
import { setupLanguageSwitch } from './page-lang.js';

/** The builder's state → one element's attributes; the preview and the snippet both come from it. */
type Widget = 'meeting-card' | 'agenda-list' | 'initiative-tracker' | 'working-group-roster';
const ITEM_ATTR: Record<Widget, string> = {
  'meeting-card': 'meeting',
  'agenda-list': 'meeting',
  'initiative-tracker': 'initiative',
  'working-group-roster': 'group',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('form');
const feedInput = $<HTMLInputElement>('feed');
const scriptInput = $<HTMLInputElement>('script');
const itemSelect = $<HTMLSelectElement>('item');
const preview = $<HTMLDivElement>('preview');
const snippet = $<HTMLTextAreaElement>('snippet');
const copied = $<HTMLParagraphElement>('copied');

feedInput.value = new URL('./feeds/gcc-egov.json', location.href).href;
/** The package version, filled in by the demo build (vite `define`); "latest" elsewhere. */
declare const __MAJLIS_VERSION__: string | undefined;
const version = typeof __MAJLIS_VERSION__ === 'string' ? __MAJLIS_VERSION__ : 'latest';
scriptInput.value = `https://unpkg.com/majlis-widgets@${version}/dist/cdn/majlis.js`;

let feed: Feed | undefined;
const uiLang = () => (document.documentElement.lang === 'en' ? 'en' : 'ar');

function value(name: string): string {
  const el = form.elements.namedItem(name);
  if (el instanceof RadioNodeList) return el.value;
  return (el as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
}

/** Attributes of the element, in snippet order; empty values are left out. */
function attributes(): [string, string][] {
  const widget = value('widget') as Widget;
  const list: [string, string][] = [
    ['src', value('feed')],
    [ITEM_ATTR[widget], value('item')],
    ['lang', value('lang')],
    ['calendar', value('calendar') === 'gregory' ? '' : value('calendar')],
    ['numerals', value('numerals')],
    ['theme', value('theme')],
    ['heading-level', value('heading') === '2' ? '' : value('heading')],
  ];
  return list.filter(([, v]) => v !== '');
}

const escapeAttr = (v: string) => v.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function snippetText(): string {
  const widget = value('widget');
  const attrs = attributes().map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  const accent = value('accent');
  const style = accent ? ` style="--majlis-accent: ${escapeAttr(accent)}"` : '';
  return `<script type="module" src="${escapeAttr(value('script'))}"></script>\n<${widget}${attrs}${style}></${widget}>`;
}

function renderPreview(): void {
  const widget = value('widget');
  const el = document.createElement(widget);
  for (const [k, v] of attributes()) el.setAttribute(k, v);
  const accent = value('accent');
  if (accent) el.style.setProperty('--majlis-accent', accent);
  preview.replaceChildren(el);
  snippet.value = snippetText();
  copied.textContent = '';
}

const ITEM_LABEL: Record<Widget, { ar: string; en: string }> = {
  'meeting-card': { ar: 'الاجتماع', en: 'Meeting' },
  'agenda-list': { ar: 'الاجتماع', en: 'Meeting' },
  'initiative-tracker': { ar: 'المبادرة', en: 'Initiative' },
  'working-group-roster': { ar: 'فريق العمل', en: 'Working group' },
};

function fillItems(): void {
  const widget = value('widget') as Widget;
  const lang = uiLang();
  $<HTMLLabelElement>('item-label').textContent = ITEM_LABEL[widget][lang];
  const keep = itemSelect.value;
  const options: [string, string][] = [];
  if (widget === 'meeting-card' || widget === 'agenda-list') {
    options.push(['', lang === 'ar' ? 'الاجتماع القادم أو الأخير' : 'Next or latest meeting']);
    for (const m of feed?.meetings ?? []) {
      const n = m.number;
      const label = n === undefined ? m.id : lang === 'ar' ? `الاجتماع ${arabicOrdinal(n) ?? n}` : `${englishOrdinal(n)} meeting`;
      options.push([m.id, label]);
    }
  } else if (widget === 'initiative-tracker') {
    options.push(['', lang === 'ar' ? 'كل المبادرات' : 'All initiatives']);
    for (const i of feed?.initiatives ?? []) options.push([i.id, plain(i.title, lang)]);
  } else {
    options.push(['', lang === 'ar' ? 'كل الفرق' : 'All groups']);
    for (const g of feed?.workingGroups ?? []) options.push([g.id, plain(g.name, lang)]);
  }
  itemSelect.replaceChildren(
    ...options.map(([v, label]) => {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = label;
      return o;
    }),
  );
  if (options.some(([v]) => v === keep)) itemSelect.value = keep;
}

async function loadFeed(): Promise<void> {
  try {
    const res = await fetch(feedInput.value);
    const result = validateFeed(await res.json());
    feed = result.ok ? result.feed : undefined;
  } catch {
    feed = undefined;
  }
  fillItems();
  renderPreview();
}

form.addEventListener('change', (e) => {
  if (e.target === feedInput) void loadFeed();
  else {
    if ((e.target as HTMLElement).id === 'widget') fillItems();
    renderPreview();
  }
});
form.addEventListener('submit', (e) => e.preventDefault());
$<HTMLButtonElement>('copy').addEventListener('click', async () => {
  const ar = uiLang() === 'ar';
  try {
    await navigator.clipboard.writeText(snippet.value);
  } catch {
    snippet.select();
    document.execCommand('copy');
  }
  copied.textContent = ar ? 'نُسخت الشيفرة. الصقها في صفحتك.' : 'Snippet copied. Paste it into your page.';
});

setupLanguageSwitch({ ar: 'منشئ الشيفرة — Majlis', en: 'Embed builder — Majlis' }, () => fillItems());
void loadFeed();
