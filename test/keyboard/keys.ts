// Shared helpers of the keyboard walkthroughs: real key presses (sendKeys), focus followed into shadow roots.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MajlisElement } from '../../src/base/majlis-element.js';
import { mount, settle, timeoutAfter } from '../helpers.js';

/** The focused element, followed into (nested) shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The controls of the widget that a reader can reach with Tab, in document order (only those rendered: not hidden, not in a closed disclosure). */
export function tabbables(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(TABBABLE)].filter((e) => {
    if (e.tabIndex < 0) return false;
    if (e.localName === 'summary' && e.parentElement?.querySelector(':scope > summary') !== e) return false;
    return e.checkVisibility({ visibilityProperty: true });
  });
}

/** A short, readable name of a control for failure messages: its part (or tag) and its text. */
export function nameOf(e: Element | null): string {
  if (!e) return '(nothing)';
  const kind = e.getAttribute('part') ?? e.localName;
  const words = (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/gu, ' ').trim().slice(0, 40);
  return words ? `${kind} “${words}”` : kind;
}

export interface Walkable<T extends MajlisElement> {
  el: T;
  /** Whether the first load succeeded or failed. */
  outcome: 'load' | 'error';
  /** A button before the widget (where a walk forwards starts). */
  before: HTMLButtonElement;
  /** A button after the widget (where a walk forwards ends). */
  after: HTMLButtonElement;
}

/** Mounts `<tag>` between two plain buttons, in a box of `width` px, and waits for its first `majlis-load` or `majlis-error`. */
export async function mountBetween<T extends MajlisElement>(
  tag: string,
  attrs: Record<string, string>,
  opts: { feed?: unknown; now?: Date; width?: number } = {},
): Promise<Walkable<T>> {
  const box = document.createElement('div');
  box.style.inlineSize = `${opts.width ?? 600}px`;
  const before = document.createElement('button');
  before.textContent = 'Synthetic control before';
  box.append(before);
  document.body.append(box);
  const { el, loaded, errored } = mount<T>(tag, attrs, {
    feed: opts.feed,
    parent: box,
    beforeAppend: (e) => {
      if (opts.now) e.now = opts.now;
    },
  });
  const after = document.createElement('button');
  after.textContent = 'Synthetic control after';
  box.append(after);
  const outcome = await timeoutAfter(
    Promise.race([loaded.then(() => 'load' as const), errored.then(() => 'error' as const)]),
    10000,
    `<${tag}> to load`,
  );
  await settle(el);
  return { el, outcome, before, after };
}

/** Presses one key, or a combination such as `Shift+Tab` (modifiers held down around the key), in the browser. */
export async function press(combo: string): Promise<void> {
  const keys = combo.split('+');
  const key = keys.pop()!;
  for (const m of keys) await sendKeys({ down: m });
  try {
    await sendKeys({ press: key });
  } finally {
    for (const m of keys.reverse()) await sendKeys({ up: m });
  }
}

/** Types `text` key by key into the focused control. */
export async function typeText(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/**
 * Walks from `from` with Tab (or Shift+Tab) until `to` has focus, checking at
 * each stop that the focused control shows an outline. Returns the controls
 * focused inside the widget, in order.
 */
export async function walk(from: HTMLElement, to: HTMLElement, backwards = false, max = 200): Promise<Element[]> {
  from.focus();
  const seen: Element[] = [];
  for (let i = 0; i < max; i++) {
    await press(backwards ? 'Shift+Tab' : 'Tab');
    const a = deepActive();
    if (a === to) return seen;
    expect(a, `focus left the page after ${seen.map(nameOf).join(' → ')}`).to.not.equal(null);
    seen.push(a!);
  }
  throw new Error(`Tab never reached ${nameOf(to)} after ${max} presses`);
}

/** True when `e` has an outline a reader can see (a style other than none, a width above 0). */
export function hasOutline(e: Element): boolean {
  const cs = getComputedStyle(e);
  return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
}

/** Tabs from `before` through every control of `el`, checking that each is focused in turn and shows an outline. */
export async function expectOutlinesOnTab(el: Element, before: HTMLElement, note = ''): Promise<void> {
  before.focus();
  for (const e of tabbables(el)) {
    await press('Tab');
    expect(deepActive()).to.equal(e);
    expect(hasOutline(e), `${nameOf(e)} has no outline${note}`).to.equal(true);
  }
}

/**
 * Checks that `next` comes after `prev` in the reading order of the layout:
 * further down the page, or on the same line further along the inline
 * direction (leftwards in RTL, rightwards in LTR).
 */
export function expectReadingOrder(prev: Element, next: Element, dir: 'rtl' | 'ltr'): void {
  const a = prev.getBoundingClientRect();
  const b = next.getBoundingClientRect();
  const sameLine = b.top < a.bottom - 1 && a.top < b.bottom - 1;
  const msg = `${nameOf(next)} (${Math.round(b.left)},${Math.round(b.top)}) should follow ${nameOf(prev)} (${Math.round(a.left)},${Math.round(a.top)}) in ${dir} reading order`;
  if (sameLine) {
    if (dir === 'rtl') expect(b.right <= a.left + 1, msg).to.equal(true);
    else expect(b.left >= a.right - 1, msg).to.equal(true);
  } else {
    expect(b.top > a.top, msg).to.equal(true);
  }
}

/** True when the browser itself renders in forced-colors mode (e.g. Chromium started with `--force-high-contrast`). */
export const forcedColorsActive = (): boolean => matchMedia('(forced-colors: active)').matches;

/**
 * Runs `fn` with the widget's `@media (forced-colors: active)` rules in force;
 * returns how many such rules the widget has. WTR's
 * `emulateMedia({ forcedColors })` reaches only Playwright browsers, and this
 * suite runs Chromium through Puppeteer, whose media emulation refuses
 * `forced-colors`. So, unless the browser is already in forced-colors mode,
 * the rules' media is switched to `all` while `fn` runs: the computed styles
 * then show what the widget's stylesheet gives a reader in forced-colors mode
 * (the browser itself only replaces colours there, never an outline's style or
 * width).
 */
export async function withForcedColorRules(el: Element, fn: () => Promise<void>): Promise<number> {
  const root = el.shadowRoot!;
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!).filter(Boolean)];
  const rules: CSSMediaRule[] = [];
  const visit = (list: CSSRuleList) => {
    for (const r of list) {
      if (!(r instanceof CSSMediaRule)) continue;
      if (/forced-colors\s*:\s*active/u.test(r.media.mediaText)) rules.push(r);
      visit(r.cssRules);
    }
  };
  for (const s of sheets) visit(s.cssRules);
  const real = forcedColorsActive();
  const saved = real ? [] : rules.map((rule) => ({ rule, media: rule.media.mediaText }));
  for (const { rule } of saved) rule.media.mediaText = 'all';
  try {
    await fn();
  } finally {
    for (const { rule, media } of saved) rule.media.mediaText = media;
  }
  return rules.length;
}
