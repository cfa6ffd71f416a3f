import type { LangText } from '../feed/schema.js';
import type { UiLocale } from './msg.js';

/** A text chosen for a locale; `lang` is set when it is not in that locale (fallback). */
export interface Picked {
  text: string;
  lang?: UiLocale;
}

const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;

/** The script a plain string is in: Arabic if it has Arabic letters, else English. */
export function guessLang(text: string): UiLocale {
  return ARABIC_LETTER.test(text) ? 'ar' : 'en';
}

/**
 * Picks a feed text for `locale`: the map's entry for it, else the other
 * language's (marked with its `lang`). A plain string is used as it is, marked
 * with its script's language when that differs from `locale`.
 */
export function pick(text: LangText | undefined, locale: UiLocale): Picked | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') {
    const lang = guessLang(text);
    return lang === locale ? { text } : { text, lang };
  }
  const own = text[locale];
  if (own) return { text: own };
  const other: UiLocale = locale === 'ar' ? 'en' : 'ar';
  const fb = text[other];
  return fb ? { text: fb, lang: other } : undefined;
}

/** Plain string for a feed text in `locale` (fallback included), or '' when absent. */
export function plain(text: LangText | undefined, locale: UiLocale): string {
  return pick(text, locale)?.text ?? '';
}
