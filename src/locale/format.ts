import type { UiLocale } from './msg.js';

export type Numerals = 'latn' | 'arab';
export type CalendarChoice = 'gregory' | 'islamic-umalqura' | 'both';

/** Everything a view needs to format for one element. Created once per (locale, numerals, calendar). */
export interface Formats {
  readonly locale: UiLocale;
  readonly numerals: Numerals;
  readonly calendar: CalendarChoice;
  /** A number in the element's numerals. */
  number(n: number): string;
  /** A percentage (0–100) in the element's numerals. */
  percent(n: number): string;
  /** Replaces ASCII digits in a label such as "1.2" with the element's numerals. */
  digits(label: string): string;
  /** A date (`YYYY-MM-DD`) or date-time (ISO with offset), in the element's calendar(s). */
  date(iso: string, opts?: { timeZone?: string; weekday?: boolean }): string;
  /** A time of day with the zone's name ("09:30 Arabian Standard Time"), or without it when `zone` is false. */
  time(iso: string, timeZone?: string, zone?: boolean): string;
  /** A time range on one day with the zone's name, e.g. "09:30–13:00 Arabian Standard Time". */
  timeRange(startIso: string, endIso: string, timeZone?: string): string;
  /** A list joined with the locale's "and". */
  list(items: string[]): string;
  /** Relative time from `now`, e.g. "3 months ago". */
  relative(iso: string, now: Date): string;
}

const cache = new Map<string, Formats>();
const intlCache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = intlCache.get(key) as T | undefined;
  if (!f) {
    f = make();
    intlCache.set(key, f);
  }
  return f;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const OFFSET = /(Z|[+-]\d{2}:\d{2})$/u;

/** Parses a feed date or date-time. Date-only values are anchored at UTC midnight. */
export function parseFeedDate(iso: string): { date: Date; dateOnly: boolean; offset?: string } | undefined {
  const m = DATE_ONLY.exec(iso);
  if (m) return { date: new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)), dateOnly: true };
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  const off = OFFSET.exec(iso)?.[1];
  return { date: d, dateOnly: false, offset: off === 'Z' ? 'UTC' : off };
}

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const ASCII_DIGIT = /[0-9]/gu;
/** Units of relative times, largest first, in seconds. */
const RELATIVE_UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
];

/** The cached formatters for one (locale, numerals, calendar). */
export function formats(locale: UiLocale, numerals: Numerals, calendar: CalendarChoice): Formats {
  const key = `${locale}|${numerals}|${calendar}`;
  let f = cache.get(key);
  if (f) return f;
  const tag = locale === 'ar' ? 'ar' : 'en-GB';
  // The same hour with and without a zone name: en-GB's "numeric" hour is "8:00" alone but "08:00" before a zone.
  const hour = locale === 'ar' ? 'numeric' : '2-digit';
  // Each formatter is built on its first use: building one is costly the first time (the browser loads its
  // locale data), and many views never use some of them (a roster shows no percentage).
  let nf: Intl.NumberFormat | undefined;
  let pf: Intl.NumberFormat | undefined;
  let lf: Intl.ListFormat | undefined;
  let rf: Intl.RelativeTimeFormat | undefined;
  const dtf = (cal: 'gregory' | 'islamic-umalqura', opts: Intl.DateTimeFormatOptions) =>
    cached(`d|${locale}|${numerals}|${cal}|${JSON.stringify(opts)}`, () => new Intl.DateTimeFormat(tag, { ...opts, calendar: cal, numberingSystem: numerals }));

  // Date formatters by calendar, zone and weekday, looked up without building an options object per date.
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const formatDate = (cal: 'gregory' | 'islamic-umalqura', d: Date, timeZone: string, weekday: boolean) => {
    const k = `${cal}|${timeZone}|${weekday}`;
    let f = dateFormats.get(k);
    if (!f) dateFormats.set(k, (f = dtf(cal, { timeZone, year: 'numeric', month: 'long', day: 'numeric', ...(weekday ? { weekday: 'long' } : {}) })));
    return f.format(d);
  };

  f = {
    locale,
    numerals,
    calendar,
    number: (n) => (nf ??= cached(`n|${key}`, () => new Intl.NumberFormat(tag, { numberingSystem: numerals }))).format(n),
    percent: (n) =>
      (pf ??= cached(`p|${key}`, () => new Intl.NumberFormat(tag, { numberingSystem: numerals, style: 'percent', maximumFractionDigits: 0 }))).format(n / 100),
    digits: (label) => (numerals === 'arab' ? label.replace(ASCII_DIGIT, (c) => ARABIC_DIGITS[+c]!) : label),
    date(iso, opts = {}) {
      const p = parseFeedDate(iso);
      if (!p) return iso;
      const tz = p.dateOnly ? 'UTC' : (opts.timeZone ?? p.offset ?? 'UTC');
      const weekday = opts.weekday ?? false;
      const greg = formatDate('gregory', p.date, tz, weekday);
      const hijri = () => formatDate('islamic-umalqura', p.date, tz, false);
      if (calendar === 'gregory') return greg;
      if (calendar === 'islamic-umalqura') return formatDate('islamic-umalqura', p.date, tz, weekday);
      return `${greg} (${hijri()})`;
    },
    time(iso, timeZone, zone = true) {
      const p = parseFeedDate(iso);
      if (!p || p.dateOnly) return '';
      const tz = timeZone ?? p.offset ?? 'UTC';
      return dtf('gregory', zone ? { timeZone: tz, hour, minute: '2-digit', timeZoneName: 'long' } : { timeZone: tz, hour, minute: '2-digit' }).format(p.date);
    },
    timeRange(startIso, endIso, timeZone) {
      const a = parseFeedDate(startIso);
      const b = parseFeedDate(endIso);
      if (!a || !b || a.dateOnly || b.dateOnly) return '';
      const tz = timeZone ?? a.offset ?? 'UTC';
      // The zone's long name once, after the range (formatRange would fall back to "GMT+3").
      const start = dtf('gregory', { timeZone: tz, hour, minute: '2-digit' }).format(a.date);
      const end = dtf('gregory', { timeZone: tz, hour, minute: '2-digit', timeZoneName: 'long' }).format(b.date);
      return `${start} – ${end}`;
    },
    list: (items) => (lf ??= cached(`l|${locale}`, () => new Intl.ListFormat(tag, { type: 'conjunction' }))).format(items),
    relative(iso, now) {
      const p = parseFeedDate(iso);
      if (!p) return iso;
      const diff = (p.date.getTime() - now.getTime()) / 1000;
      const abs = Math.abs(diff);
      // The largest unit that fits; days below a day too ("today", "tomorrow").
      const [unit, secs] = RELATIVE_UNITS.find(([u, s]) => abs >= s || u === 'day')!;
      rf ??= cached(`r|${key}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto', numberingSystem: numerals } as Intl.RelativeTimeFormatOptions));
      return rf.format(Math.round(diff / secs), unit);
    },
  };
  cache.set(key, f);
  return f;
}
