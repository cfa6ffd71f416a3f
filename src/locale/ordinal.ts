const UNITS_M = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const TENS = ['', '', 'العشرون', 'الثلاثون', 'الأربعون', 'الخمسون', 'الستون', 'السبعون', 'الثمانون', 'التسعون'];

/**
 * Arabic masculine ordinal words, nominative, for 1–99 (as in "الاجتماع السادس
 * والعشرون"); `undefined` beyond, where digits are used instead.
 */
export function arabicOrdinal(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (n === 10) return 'العاشر';
  if (n < 10) return UNITS_M[n];
  const unit = n % 10;
  const ten = Math.floor(n / 10);
  // 11 and its compounds take the form "الحادي".
  const unitWord = unit === 1 ? 'الحادي' : UNITS_M[unit];
  if (ten === 1) return `${unitWord} عشر`;
  if (unit === 0) return TENS[ten];
  return `${unitWord} و${TENS[ten]}`;
}

/**
 * The genitive of {@link arabicOrdinal} (after a noun in construct, as in "جدول أعمال الاجتماع السادس
 * والعشرين"): the tens take -ين (العشرين, الثلاثين…); units and teens do not change.
 */
export function arabicOrdinalGenitive(n: number): string | undefined {
  return arabicOrdinal(n)?.replace(/ون$/u, 'ين');
}

const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
let enRules: Intl.PluralRules | undefined;

/** English ordinal with digits: 1st, 2nd, 3rd, 26th. */
export function englishOrdinal(n: number): string {
  enRules ??= new Intl.PluralRules('en', { type: 'ordinal' });
  return `${n}${EN_SUFFIX[enRules.select(n)] ?? 'th'}`;
}
