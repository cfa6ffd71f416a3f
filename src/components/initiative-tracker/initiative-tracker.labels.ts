/**
 * Localized labels for `<initiative-tracker>`: initiative statuses, milestone
 * states, and the words of "phase 3 of 4" in Arabic. Call the `msg` ones
 * during render (the element's locale is active), or inside `withLocale()`.
 */
import type { INITIATIVE_STATUSES } from '../../feed/schema.js';
import { msg } from '../../locale/msg.js';

export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type MilestoneState = 'done' | 'overdue' | 'due' | 'undated';

/** "Proposed", "Under study", "Approved", "In progress", "Completed", "On hold", "Cancelled". */
export function initiativeStatusLabel(s: InitiativeStatus): string {
  switch (s) {
    case 'proposed':
      return msg('Proposed', { id: 'initiative.status.proposed' });
    case 'under-study':
      return msg('Under study', { id: 'initiative.status.underStudy' });
    case 'approved':
      return msg('Approved', { id: 'initiative.status.approved' });
    case 'in-progress':
      return msg('In progress', { id: 'initiative.status.inProgress' });
    case 'completed':
      return msg('Completed', { id: 'initiative.status.completed' });
    case 'on-hold':
      return msg('On hold', { id: 'initiative.status.onHold' });
    case 'cancelled':
      return msg('Cancelled', { id: 'initiative.status.cancelled' });
  }
}

/** "Done", "Overdue", "Due", "No date set". */
export function milestoneStateLabel(s: MilestoneState): string {
  switch (s) {
    case 'done':
      return msg('Done', { id: 'initiative.milestone.done' });
    case 'overdue':
      return msg('Overdue', { id: 'initiative.milestone.overdue' });
    case 'due':
      return msg('Due', { id: 'initiative.milestone.due' });
    case 'undated':
      return msg('No date set', { id: 'initiative.milestone.undated' });
  }
}

const FEMININE_ORDINALS = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];

/**
 * Arabic feminine ordinal words for 1–10, agreeing with "المرحلة"
 * ("المرحلة الثالثة"); `undefined` beyond, where digits are used instead.
 */
export function arabicFeminineOrdinal(n: number): string | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 10 ? FEMININE_ORDINALS[n] : undefined;
}

/** The counted phases after "من" ("of"), 1–10: "مرحلة واحدة", "مرحلتين", then the cardinal that agrees with a feminine noun. */
const PHASE_TOTALS = ['', 'مرحلة واحدة', 'مرحلتين', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'];

/**
 * The total of "المرحلة الثالثة من أربع" in words, for 1–10; `undefined`
 * beyond, where digits are used instead.
 */
export function arabicPhaseTotal(n: number): string | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 10 ? PHASE_TOTALS[n] : undefined;
}
