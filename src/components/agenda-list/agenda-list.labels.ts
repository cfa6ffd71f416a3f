/**
 * Localized labels for the agenda enumerations (item kind and status) and the
 * plural-aware count lines. Call during render (the element's locale is
 * active), or inside `withLocale()`.
 */
import type { AGENDA_KINDS, AGENDA_STATUSES } from '../../feed/schema.js';
import { msg, str, type UiLocale } from '../../locale/msg.js';

export type AgendaKind = (typeof AGENDA_KINDS)[number];
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

/** "Report", "Presentation", "Discussion", "Decision", "Review", "Briefing". */
export function agendaKindLabel(k: AgendaKind): string {
  switch (k) {
    case 'report':
      return msg('Report', { id: 'agenda.kind.report' });
    case 'presentation':
      return msg('Presentation', { id: 'agenda.kind.presentation' });
    case 'discussion':
      return msg('Discussion', { id: 'agenda.kind.discussion' });
    case 'decision':
      return msg('For decision', { id: 'agenda.kind.decision' });
    case 'review':
      return msg('Review', { id: 'agenda.kind.review' });
    case 'briefing':
      return msg('Briefing', { id: 'agenda.kind.briefing' });
  }
}

/** "Pending", "Discussed", "Approved", "Adopted", "Noted", "Deferred". */
export function agendaStatusLabel(s: AgendaStatus): string {
  switch (s) {
    case 'pending':
      return msg('Pending', { id: 'agenda.status.pending' });
    case 'discussed':
      return msg('Discussed', { id: 'agenda.status.discussed' });
    case 'approved':
      return msg('Approved', { id: 'agenda.status.approved' });
    case 'adopted':
      return msg('Adopted', { id: 'agenda.status.adopted' });
    case 'noted':
      return msg('Noted', { id: 'agenda.status.noted' });
    case 'deferred':
      return msg('Deferred', { id: 'agenda.status.deferred' });
  }
}

const pluralRules = new Map<UiLocale, Intl.PluralRules>();

/** The CLDR plural category of `n` in `locale` (Arabic has zero, one, two, few, many, other). */
export function pluralOf(locale: UiLocale, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/**
 * "4 of 12 items" / "٤ من ١٢ بندًا": `shown` and `total` are already formatted
 * in the element's numerals; the noun agrees with `total` (`n`). Arabic says
 * "من بند واحد" and "من بندين" without a numeral, so those forms (and the
 * English "of one item") take only `shown`.
 */
export function countOfLabel(locale: UiLocale, shown: string, total: string, n: number): string {
  switch (pluralOf(locale, n)) {
    case 'one':
      return msg(str`${shown} of one item`, { id: 'agenda.countOf.single' });
    case 'two':
      return msg(str`${shown} of two items`, { id: 'agenda.countOf.dual' });
    case 'few':
      return msg(str`${shown} of ${total} items`, { id: 'agenda.countOf.few' });
    case 'many':
      return msg(str`${shown} of ${total} items`, { id: 'agenda.countOf.many' });
    default:
      return msg(str`${shown} of ${total} items`, { id: 'agenda.countOf.other' });
  }
}

/** "12 items" / "١٢ بندًا": `total` is already formatted; the noun agrees with `n` ("One item", "بندان"). */
export function countLabel(locale: UiLocale, total: string, n: number): string {
  switch (pluralOf(locale, n)) {
    case 'zero':
      return msg('No items', { id: 'agenda.count.none' });
    case 'one':
      return msg('One item', { id: 'agenda.count.single' });
    case 'two':
      return msg('Two items', { id: 'agenda.count.dual' });
    case 'few':
      return msg(str`${total} items`, { id: 'agenda.count.few' });
    case 'many':
      return msg(str`${total} items`, { id: 'agenda.count.many' });
    default:
      return msg(str`${total} items`, { id: 'agenda.count.other' });
  }
}
