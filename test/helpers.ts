import type { MajlisElement, MajlisErrorDetail, MajlisLoadDetail } from '../src/base/majlis-element.js';

export interface Mounted<T extends MajlisElement> {
  el: T;
  /** Resolves on the next `majlis-load`. */
  loaded: Promise<CustomEvent<MajlisLoadDetail>>;
  /** Resolves on the next `majlis-error`. */
  errored: Promise<CustomEvent<MajlisErrorDetail>>;
}

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
});

/** Creates `<tag>` with attributes, listens for its events, then puts it in the page (inside `parent` if given). */
export function mount<T extends MajlisElement>(
  tag: string,
  attrs: Record<string, string> = {},
  opts: { feed?: unknown; inline?: string; parent?: HTMLElement; beforeAppend?: (el: T) => void } = {},
): Mounted<T> {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (opts.inline !== undefined) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = opts.inline;
    el.append(s);
  }
  const loaded = new Promise<CustomEvent<MajlisLoadDetail>>((r) => el.addEventListener('majlis-load', r, { once: true }));
  const errored = new Promise<CustomEvent<MajlisErrorDetail>>((r) => el.addEventListener('majlis-error', r, { once: true }));
  if (opts.feed !== undefined) el.feed = opts.feed;
  opts.beforeAppend?.(el);
  let parent = opts.parent;
  if (!parent) {
    parent = document.createElement('div');
    document.body.append(parent);
  }
  if (!parent.isConnected) document.body.append(parent);
  containers.push(parent);
  parent.append(el);
  return { el, loaded, errored };
}

/** Waits for the element to settle after an event. */
export async function settle(el: MajlisElement): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** Visible text of the element's shadow root, whitespace folded. */
export function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

export const $ = <E extends Element = HTMLElement>(el: Element, sel: string): E | null => el.shadowRoot!.querySelector<E>(sel);
export const $$ = <E extends Element = HTMLElement>(el: Element, sel: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(sel)];

export const timeoutAfter = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<T>((_r, rej) => setTimeout(() => rej(new Error(`timed out waiting for ${what}`)), ms))]);

let n = 0;
/** A URL no other test has used (the feed cache is per URL). */
export const fresh = (url: string): string => `${url}${url.includes('?') ? '&' : '?'}t=${Date.now()}-${n++}`;

/** A small valid feed (plainly synthetic). */
export function syntheticFeed(): Record<string, unknown> {
  return {
    version: '1.0',
    committee: { id: 'synthetic', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } },
    meetings: [
      { id: 'm1', number: 1, status: 'held', start: '2030-01-10', host: { state: 'BH' } },
      { id: 'm2', number: 2, status: 'held', start: '2030-02-10', host: { state: 'OM' } },
    ],
  };
}

/**
 * Runs `check` (an axe run) with every initiative and working group laid out. The widgets leave cards far
 * from the viewport to be laid out when they come near (`content-visibility: auto`), and axe reads the
 * page's background for the text of such a card (dequelabs/axe-core#2768, open): a contrast it cannot
 * see. The override goes through the widgets' parts, as a page's own style could.
 */
export async function withEveryCardRendered<T>(check: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = 'initiative-tracker::part(initiative), working-group-roster::part(group) { content-visibility: visible; }';
  document.head.append(style);
  try {
    return await check();
  } finally {
    style.remove();
  }
}
