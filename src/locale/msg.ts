/**
 * Per-element localization on top of @lit/localize.
 *
 * Why not `configureLocalization()`: @lit/localize keeps ONE global locale and
 * its configure functions throw when called twice. A widget library cannot
 * own that global: the host page may configure @lit/localize for its own
 * components (then our call would throw, or theirs would), and two widgets on
 * one page may speak different languages.
 *
 * So we follow @lit/localize's reentrant idea (the locale is asked on every
 * `msg()` call) without installing anything globally: this module's `msg` has
 * @lit/localize's type (so `lit-localize extract` finds every call and its
 * stable id), and it looks the id up in the locale that the rendering element
 * set with {@link withLocale}. Sources are English; Arabic comes from
 * `xliff/ar.xlf`, built by lit-localize and split into one part per widget
 * (`src/generated/locales/ar/`, see scripts/split-catalog.mjs): each widget class names the parts it uses
 * (`MajlisElement.arabic`) and they are added with {@link addArabic} when the
 * first element of that class is created, so a page that loads one widget
 * does not download the others' translations.
 */
import type { msg as litMsg } from '@lit/localize';

export type UiLocale = 'ar' | 'en';

type StrResult = { strTag: true; strings: readonly string[]; values: readonly unknown[] };
type Localized = string | StrResult | { strings: TemplateStringsArray; values: number[] };
/** Arabic messages by id, from the parts added so far. */
const arabic: Record<string, Localized> = {};
const added = new WeakSet<object>();
const catalogs: Record<UiLocale, Record<string, Localized> | undefined> = { en: undefined, ar: arabic };

/** Adds a part of the Arabic catalogue (once; adding it again does nothing). */
export function addArabic(part: Readonly<Record<string, unknown>>): void {
  if (added.has(part)) return;
  added.add(part);
  Object.assign(arabic, part);
}

/** The locale set by {@link withLocale}; undefined outside it. */
let active: UiLocale | undefined;
/** The locale outside {@link withLocale}: English, except while a server renders an element (see {@link setServerLocale}). */
let ambient: UiLocale = 'en';

/** Runs `fn` with `locale` as the locale of every `msg()` call it makes (reentrant). */
export function withLocale<T>(locale: UiLocale, fn: () => T): T {
  const previous = active;
  active = locale;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/**
 * Server rendering only: the locale of the element whose template the server
 * is writing out. A server renders lazily: directives such as `repeat()` and
 * `guard()` call their template functions after `render()` has returned,
 * outside its {@link withLocale}, while the server writes that element's
 * shadow root, one element after another. (In a browser, the element's
 * update runs in {@link withLocale} from `render()` to the last directive.)
 */
export function setServerLocale(locale: UiLocale): void {
  ambient = locale;
}

function join(strings: readonly string[], values: readonly unknown[]): string {
  let out = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) out += String(values[i - 1]) + strings[i];
  return out;
}

const impl = (template: unknown, options?: { id?: string }): unknown => {
  const catalog = catalogs[active ?? ambient];
  const id = options?.id;
  const isStr = typeof template === 'object' && template !== null && 'strTag' in template;
  const found = catalog && id ? catalog[id] : undefined;
  if (found !== undefined) {
    if (typeof found === 'string') return found;
    if ('strTag' in found && isStr) {
      // Translations hold indices into the source values, so expressions may move.
      const src = template as StrResult;
      const ordered = (found.values as unknown as number[]).map((i) => src.values[i]);
      return join(found.strings, ordered);
    }
  }
  if (isStr) {
    const src = template as StrResult;
    return join(src.strings, src.values);
  }
  return template;
};

/** Localizes a string or `str` template by its stable id in the active locale. */
export const msg = impl as unknown as typeof litMsg;
export { str } from '@lit/localize';
