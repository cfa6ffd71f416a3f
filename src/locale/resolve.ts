import { isServer } from 'lit';
import type { UiLocale } from './msg.js';

export type Direction = 'ltr' | 'rtl';

/** The parent in the composed tree: the parent element, or the host of a shadow root. None on a server, which renders elements without a tree. */
function composedParent(el: Element): Element | null {
  if (isServer) return null;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The element's language: its own `lang`, else the nearest ancestor's (across shadow roots), else `<html>`'s. */
export function resolveLang(el: Element): string {
  for (let n: Element | null = el; n; n = composedParent(n)) {
    const lang = n.getAttribute('lang');
    if (lang) return lang;
  }
  return '';
}

/** Majlis speaks Arabic and English: any `ar*` tag is Arabic, any other non-empty tag English; none at all is Arabic (Arabic-first). */
export function uiLocaleOf(lang: string): UiLocale {
  if (!lang) return 'ar';
  return lang.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

const RTL_LANGS = /^(ar|fa|he|iw|ur|ps|sd|ug|yi|ckb|dv)(-|$)/iu;

/**
 * The element's direction: walking up from the element, the first `dir`
 * (ltr/rtl) or `lang` found decides — a `dir` directly, a `lang` by its
 * script. So `<html lang="ar" dir="rtl">` with `<meeting-card lang="en">` is
 * LTR, and `<div dir="ltr">` inside an Arabic page is LTR.
 */
export function resolveDir(el: Element): Direction {
  for (let n: Element | null = el; n; n = composedParent(n)) {
    const dir = n.getAttribute('dir')?.toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
    const lang = n.getAttribute('lang');
    if (lang) return RTL_LANGS.test(lang) ? 'rtl' : 'ltr';
  }
  return 'rtl';
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `fn` whenever a `lang` or `dir` attribute changes anywhere in the
 * document (one shared observer for every widget). Returns the unsubscribe.
 */
export function observeLangDir(fn: Listener): () => void {
  listeners.add(fn);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const l of [...listeners]) l();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  return () => {
    listeners.delete(fn);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
}
