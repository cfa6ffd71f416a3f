import type { LangText } from '../feed/schema.js';
import { withLocale } from '../locale/msg.js';

// Tashkeel (harakat, tanween, shadda, sukun, dagger alif), Quranic marks, and tatweel.
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/gu;
const ALEF = /[أإآٱا]/gu;

/**
 * Folds Arabic and Latin text for searching: removes tashkeel and tatweel,
 * treats أ/إ/آ/ٱ/ا alike, ى/ي alike, ة/ه alike, ؤ→و, ئ→ي, maps Arabic-Indic
 * digits to ASCII, lower-cases, strips Latin accents and folds whitespace.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(MARKS, '')
    .replace(ALEF, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي')
    .replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** All languages of a feed text, folded and joined, to search in both at once. */
export function searchableText(...texts: (LangText | undefined)[]): string {
  const parts: string[] = [];
  for (const t of texts) {
    if (t === undefined) continue;
    if (typeof t === 'string') parts.push(t);
    else {
      if (t.ar) parts.push(t.ar);
      if (t.en) parts.push(t.en);
    }
  }
  return foldForSearch(parts.join(' \u0000 '));
}

/**
 * A compiled query: every whitespace-separated term must occur in the
 * haystack (already folded with {@link foldForSearch} / {@link searchableText}).
 * An empty query matches everything. Build once per query, not per item.
 */
export function compileQuery(query: string): (folded: string) => boolean {
  const terms = foldForSearch(query).split(' ').filter(Boolean);
  if (terms.length === 0) return () => true;
  // A one-letter term matches only at the start of a word ("b" should not find every "Bahrain").
  return (folded) => terms.every((t) => (t.length > 1 ? folded.includes(t) : folded.startsWith(t) || folded.includes(` ${t}`)));
}

/**
 * A cache of UI labels (a kind, a status, a role) in Arabic and English together, folded: a search in either
 * language finds the entry. `label` gives the label in the current locale; `key` names it in this cache.
 */
export function bilingualLabels(): (key: string, label: () => string) => string {
  const cache = new Map<string, string>();
  return (key, label) => {
    let s = cache.get(key);
    if (s === undefined) {
      s = foldForSearch(`${withLocale('ar', label)} ${withLocale('en', label)}`);
      cache.set(key, s);
    }
    return s;
  };
}
