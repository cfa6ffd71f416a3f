/**
 * The vanilla baselines' only tools: `document.createElement`, attributes,
 * text nodes and `append`, plus a shadow root with the widget's own styles.
 * No templates, no diffing, no framework: the floor a library can approach.
 */
import type { CSSResult } from 'lit';
import { baseStyles } from '../../src/base/base.styles.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed, LangText } from '../../src/feed/schema.js';
import { formats, type Formats } from '../../src/locale/format.js';
import { withLocale, type UiLocale } from '../../src/locale/msg.js';

export type Child = Node | string | null | undefined | false | readonly Child[];
/** Attributes; a name starting with `--` is a CSS custom property (set through the CSSOM, like the widgets do). */
export type Attrs = Record<string, string | number | undefined>;

function add(el: Node, c: Child): void {
  if (c === null || c === undefined || c === false) return;
  if (typeof c === 'string') el.appendChild(document.createTextNode(c));
  else if (Array.isArray(c)) for (const x of c as readonly Child[]) add(el, x);
  else el.appendChild(c as Node);
}

/** An element with attributes and children. */
export function h(tag: string, attrs: Attrs | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (attrs) {
    for (const k in attrs) {
      const v = attrs[k];
      if (v === undefined) continue;
      if (k.startsWith('--')) el.style.setProperty(k, String(v));
      else el.setAttribute(k, String(v));
    }
  }
  for (const c of children) add(el, c);
  return el;
}

const svgCache = new Map<string, SVGElement>();
/** An inline SVG icon (parsed once, then cloned). */
export function icon(cls: string, size: number, path: string): SVGElement {
  const key = `${cls}|${size}|${path}`;
  let svg = svgCache.get(key);
  if (!svg) {
    const ns = 'http://www.w3.org/2000/svg';
    svg = document.createElementNS(ns, 'svg');
    const a: Record<string, string> = { class: cls, 'aria-hidden': 'true', viewBox: '0 0 16 16', width: String(size), height: String(size), fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
    for (const k in a) svg.setAttribute(k, a[k]!);
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', path);
    svg.append(p);
    svgCache.set(key, svg);
  }
  return svg.cloneNode(true) as SVGElement;
}

export const chevron = () => icon('chevron', 16, 'M6 3.5 10.5 8 6 12.5');

/** An SVG icon from shapes (`[tag, attributes]`), with the widgets' icon attributes; built once, then cloned. */
export function shapes(key: string, attrs: Record<string, string>, parts: readonly (readonly [string, Record<string, string>])[]): SVGElement {
  let svg = svgCache.get(key);
  if (!svg) {
    const ns = 'http://www.w3.org/2000/svg';
    svg = document.createElementNS(ns, 'svg');
    for (const k in attrs) svg.setAttribute(k, attrs[k]!);
    for (const [tag, a] of parts) {
      const el = document.createElementNS(ns, tag);
      for (const k in a) el.setAttribute(k, a[k]!);
      svg.append(el);
    }
    svgCache.set(key, svg);
  }
  return svg.cloneNode(true) as SVGElement;
}

/** A feed text in `locale` (the synthetic feed has both languages everywhere, so no fallback marking is needed). */
export function textOf(t: LangText | undefined, locale: UiLocale): string {
  if (t === undefined) return '';
  return typeof t === 'string' ? t : (t[locale] ?? t[locale === 'ar' ? 'en' : 'ar'] ?? '');
}

/** A name from the feed in `<bdi>`. */
export const bdi = (t: LangText | undefined, locale: UiLocale) => h('bdi', null, textOf(t, locale));

/** The heading element of a level (1–6). */
export const heading = (level: number, cls: string, ...children: Child[]) => h(`h${Math.min(6, Math.max(1, level))}`, { class: cls }, ...children);

/** What a baseline view gets. */
export interface BaselineContext {
  feed: Feed;
  locale: UiLocale;
  fmt: Formats;
  now: Date;
}

/**
 * A custom element that validates its feed with the library's validator (the
 * same contract), then builds its shadow DOM by hand in one pass.
 */
export abstract class VanillaWidget extends HTMLElement {
  protected abstract styles(): CSSResult[];
  protected abstract view(ctx: BaselineContext): Node;

  now?: Date;
  private data?: unknown;
  readonly updateComplete: Promise<boolean> = Promise.resolve(true);

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [baseStyles, ...this.styles()].map((s) => s.styleSheet!);
  }

  set feed(value: unknown) {
    this.data = value;
    if (this.isConnected) this.renderNow();
  }

  get feed(): unknown {
    return this.data;
  }

  connectedCallback(): void {
    this.renderNow();
  }

  private renderNow(): void {
    const result = validateFeed(this.data);
    if (!result.ok) throw new Error('the benchmark feed is invalid');
    const locale: UiLocale = document.documentElement.lang.startsWith('ar') ? 'ar' : 'en';
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    const ctx: BaselineContext = { feed: result.feed, locale, fmt: formats(locale, locale === 'ar' ? 'arab' : 'latn', 'gregory'), now: this.now ?? new Date() };
    const base = withLocale(locale, () => h('div', { part: 'base', class: 'base', lang: locale, dir }, this.view(ctx)));
    this.shadowRoot!.replaceChildren(base);
  }
}
