import { expect } from '@open-wc/testing';
import { formats, parseFeedDate } from '../../src/locale/format.js';
import { arabicOrdinal, englishOrdinal } from '../../src/locale/ordinal.js';
import { guessLang, pick, plain } from '../../src/locale/text.js';

const ASCII_DIGIT = /[0-9]/u;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/u;
/** Arabic-Indic digits to ASCII, to read numbers out of formatted text. */
const toLatn = (s: string) => s.replace(/[\u0660-\u0669]/gu, (c) => String(c.charCodeAt(0) - 0x660));

describe('arabicOrdinal', () => {
  const table: [number, string][] = [
    [1, 'الأول'],
    [2, 'الثاني'],
    [3, 'الثالث'],
    [9, 'التاسع'],
    [10, 'العاشر'],
    [11, 'الحادي عشر'],
    [12, 'الثاني عشر'],
    [13, 'الثالث عشر'],
    [19, 'التاسع عشر'],
    [20, 'العشرون'],
    [21, 'الحادي والعشرون'],
    [22, 'الثاني والعشرون'],
    [26, 'السادس والعشرون'],
    [30, 'الثلاثون'],
    [31, 'الحادي والثلاثون'],
    [45, 'الخامس والأربعون'],
    [58, 'الثامن والخمسون'],
    [67, 'السابع والستون'],
    [70, 'السبعون'],
    [83, 'الثالث والثمانون'],
    [99, 'التاسع والتسعون'],
  ];
  for (const [n, word] of table) {
    it(`${n} → ${word}`, () => {
      expect(arabicOrdinal(n)).to.equal(word);
    });
  }

  for (const n of [0, 100, 101, 1.5, -1, -26, NaN, Infinity, 26.0000001]) {
    it(`${n} → undefined`, () => {
      expect(arabicOrdinal(n)).to.equal(undefined);
    });
  }

  it('gives 99 distinct, complete words for 1–99', () => {
    const words = new Set<string>();
    for (let n = 1; n <= 99; n++) {
      const w = arabicOrdinal(n);
      expect(w, String(n)).to.be.a('string').and.match(/^ال/u);
      expect(w, String(n)).not.to.match(/undefined|\s{2}|^\s|\s$|[0-9]/u);
      words.add(w!);
    }
    expect(words.size).to.equal(99);
  });
});

describe('englishOrdinal', () => {
  const table: [number, string][] = [
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [10, '10th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [26, '26th'],
    [101, '101st'],
    [102, '102nd'],
    [111, '111th'],
    [112, '112th'],
    [113, '113th'],
    [1001, '1001st'],
  ];
  for (const [n, word] of table) {
    it(`${n} → ${word}`, () => {
      expect(englishOrdinal(n)).to.equal(word);
    });
  }
});

describe('parseFeedDate', () => {
  it('anchors a date-only value at UTC midnight', () => {
    const p = parseFeedDate('2024-06-06')!;
    expect(p.dateOnly).to.equal(true);
    expect(p.date.toISOString()).to.equal('2024-06-06T00:00:00.000Z');
    expect(p.offset).to.equal(undefined);
  });
  it('keeps the offset of a date-time', () => {
    const p = parseFeedDate('2031-06-01T09:30:00+03:00')!;
    expect(p.dateOnly).to.equal(false);
    expect(p.date.toISOString()).to.equal('2031-06-01T06:30:00.000Z');
    expect(p.offset).to.equal('+03:00');
    expect(parseFeedDate('2031-06-01T09:30:00Z')!.offset).to.equal('UTC');
    expect(parseFeedDate('2031-06-01T09:30:00-04:30')!.date.toISOString()).to.equal('2031-06-01T14:00:00.000Z');
  });
  it('returns undefined for text that is not a date', () => {
    expect(parseFeedDate('not a date')).to.equal(undefined);
    expect(parseFeedDate('')).to.equal(undefined);
  });
});

describe('formats', () => {
  it('is cached per (locale, numerals, calendar)', () => {
    const a = formats('ar', 'arab', 'gregory');
    expect(formats('ar', 'arab', 'gregory')).to.equal(a);
    expect(formats('ar', 'latn', 'gregory')).not.to.equal(a);
    expect(formats('en', 'arab', 'gregory')).not.to.equal(a);
    expect(formats('ar', 'arab', 'both')).not.to.equal(a);
    expect(formats('ar', 'latn', 'gregory')).to.equal(formats('ar', 'latn', 'gregory'));
    expect([a.locale, a.numerals, a.calendar]).to.deep.equal(['ar', 'arab', 'gregory']);
    const b = formats('en', 'latn', 'islamic-umalqura');
    expect([b.locale, b.numerals, b.calendar]).to.deep.equal(['en', 'latn', 'islamic-umalqura']);
  });

  describe('numbers and digits', () => {
    it('arab numerals give Arabic-Indic digits', () => {
      const f = formats('ar', 'arab', 'gregory');
      expect(f.number(26)).to.equal('٢٦');
      expect(f.number(1234567)).to.match(ARABIC_INDIC_DIGIT).and.not.match(ASCII_DIGIT);
      expect(toLatn(f.number(1234567)).replace(/\D/gu, '')).to.equal('1234567');
      expect(f.percent(50)).to.contain('٥٠').and.not.match(ASCII_DIGIT);
    });
    it('latn numerals give Latin digits, in Arabic too', () => {
      const f = formats('ar', 'latn', 'gregory');
      expect(f.number(26)).to.equal('26');
      expect(f.number(1234567)).not.to.match(ARABIC_INDIC_DIGIT);
      expect(f.percent(50)).to.contain('50').and.not.match(ARABIC_INDIC_DIGIT);
      expect(formats('en', 'latn', 'gregory').number(26)).to.equal('26');
    });
    it('the numerals follow the argument, not the locale', () => {
      expect(formats('en', 'arab', 'gregory').number(26)).to.equal('٢٦');
    });
    it('percent takes 0–100 and rounds to whole percent', () => {
      expect(formats('en', 'latn', 'gregory').percent(37.6)).to.equal('38%');
      expect(formats('en', 'latn', 'gregory').percent(100)).to.equal('100%');
      expect(formats('en', 'latn', 'gregory').percent(0)).to.equal('0%');
    });
    it('digits() maps every ASCII digit of a label', () => {
      expect(formats('ar', 'arab', 'gregory').digits('1.2')).to.equal('١.٢');
      expect(formats('ar', 'arab', 'gregory').digits('0123456789')).to.equal('٠١٢٣٤٥٦٧٨٩');
      expect(formats('ar', 'arab', 'gregory').digits('10.3.9 (b)')).to.equal('١٠.٣.٩ (b)');
      expect(formats('ar', 'latn', 'gregory').digits('1.2')).to.equal('1.2');
      expect(formats('en', 'latn', 'gregory').digits('١.٢')).to.equal('١.٢');
    });
  });

  describe('dates', () => {
    it('gregory in Arabic with arab numerals', () => {
      const s = formats('ar', 'arab', 'gregory').date('2024-06-06');
      expect(s).to.contain('يونيو').and.contain('٢٠٢٤').and.contain('٦');
      expect(s).not.to.match(ASCII_DIGIT);
      expect(s).not.to.contain('١٤٤٥');
    });

    it('islamic-umalqura: 2024-06-06 is 29 Dhu al-Qadah 1445, in arab numerals', () => {
      const s = formats('ar', 'arab', 'islamic-umalqura').date('2024-06-06');
      expect(s).to.contain('ذو القعدة');
      expect(s).to.contain('١٤٤٥');
      expect(s).to.contain('٢٩');
      expect(s).not.to.match(ASCII_DIGIT);
      expect(s).not.to.contain('يونيو');
      expect(s).not.to.contain('٢٠٢٤');
    });

    it('islamic-umalqura: the next day is 1 Dhu al-Hijjah 1445', () => {
      const s = formats('ar', 'arab', 'islamic-umalqura').date('2024-06-07');
      expect(s).to.contain('ذو الحجة').and.contain('١٤٤٥').and.contain('١');
      expect(s).not.to.contain('القعدة');
    });

    it('islamic-umalqura with latn numerals', () => {
      const s = formats('ar', 'latn', 'islamic-umalqura').date('2024-06-06');
      expect(s).to.contain('ذو القعدة').and.contain('1445').and.contain('29');
      expect(s).not.to.match(ARABIC_INDIC_DIGIT);
    });

    it('both: the Gregorian date with the Hijri one', () => {
      const s = formats('ar', 'arab', 'both').date('2024-06-06');
      expect(s).to.contain('يونيو').and.contain('٢٠٢٤');
      expect(s).to.contain('ذو القعدة').and.contain('١٤٤٥');
      expect(s.indexOf('٢٠٢٤')).to.be.below(s.indexOf('١٤٤٥'));
      const en = formats('en', 'latn', 'both').date('2024-06-06');
      expect(en).to.contain('June').and.contain('2024').and.contain('1445');
    });

    it('weekday is added when asked', () => {
      expect(formats('en', 'latn', 'gregory').date('2024-06-06', { weekday: true })).to.contain('Thursday');
      expect(formats('en', 'latn', 'gregory').date('2024-06-06')).not.to.contain('Thursday');
      expect(formats('ar', 'latn', 'gregory').date('2024-06-06', { weekday: true })).to.contain('الخميس');
    });

    const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Riyadh', 'Asia/Tokyo', 'Pacific/Chatham'];
    it('a date-only value is the same day in every time zone', () => {
      for (const cal of ['gregory', 'islamic-umalqura', 'both'] as const) {
        const f = formats('en', 'latn', cal);
        const plainDate = f.date('2024-06-06');
        for (const timeZone of zones) expect(f.date('2024-06-06', { timeZone }), `${cal} ${timeZone}`).to.equal(plainDate);
        if (cal !== 'islamic-umalqura') expect(plainDate).to.match(/\b6 June 2024\b/u);
        if (cal !== 'gregory') expect(plainDate).to.match(/\b29 Dhu.l-Qi.dah 1445\b/u);
      }
      // The day after a month end stays put too.
      expect(formats('en', 'latn', 'gregory').date('2024-12-31', { timeZone: 'Pacific/Kiritimati' })).to.match(/\b31 December 2024\b/u);
      expect(formats('en', 'latn', 'gregory').date('2025-01-01', { timeZone: 'Pacific/Pago_Pago' })).to.match(/\b1 January 2025\b/u);
    });

    it(`a date-only value does not depend on the browser's own zone (${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
      // Run the suite with e.g. TZ=Pacific/Kiritimati and TZ=America/Los_Angeles to exercise this for real.
      expect(formats('en', 'latn', 'gregory').date('2024-06-06')).to.match(/\b6 June 2024\b/u);
      expect(formats('en', 'latn', 'gregory').date('2024-01-01')).to.match(/\b1 January 2024\b/u);
    });

    it('a date-time value is shown in the given zone, else in its own offset', () => {
      const f = formats('en', 'latn', 'gregory');
      const late = '2024-06-06T23:30:00+03:00';
      expect(f.date(late)).to.match(/\b6 June 2024\b/u);
      expect(f.date(late, { timeZone: 'Asia/Riyadh' })).to.match(/\b6 June 2024\b/u);
      expect(f.date(late, { timeZone: 'Asia/Tokyo' })).to.match(/\b7 June 2024\b/u);
      expect(f.date('2024-06-06T00:30:00Z', { timeZone: 'America/Los_Angeles' })).to.match(/\b5 June 2024\b/u);
      expect(f.date('2024-06-06T00:30:00Z')).to.match(/\b6 June 2024\b/u);
    });

    it('returns the input when it is not a date', () => {
      expect(formats('en', 'latn', 'gregory').date('someday')).to.equal('someday');
    });
  });

  describe('time', () => {
    it('shows 9:30 and the zone name in Asia/Riyadh', () => {
      const en = formats('en', 'latn', 'gregory').time('2031-06-01T09:30:00+03:00', 'Asia/Riyadh');
      expect(en).to.contain('9:30');
      expect(en).to.match(/Arabian Standard Time/u);
      const ar = formats('ar', 'latn', 'gregory').time('2031-06-01T09:30:00+03:00', 'Asia/Riyadh');
      expect(ar).to.contain('9:30');
      expect(ar.replace(/[\d:\s]/gu, '').length, 'a zone name follows the time').to.be.greaterThan(3);
      expect(ar).to.match(/[\u0600-\u06ff]{3}/u);
    });

    it('converts to the zone it is given', () => {
      const f = formats('en', 'latn', 'gregory');
      expect(f.time('2031-06-01T09:30:00+03:00', 'UTC')).to.contain('06:30');
      expect(f.time('2031-06-01T09:30:00+03:00', 'Asia/Dubai')).to.contain('10:30');
      expect(f.time('2031-06-01T09:30:00+03:00', 'Asia/Kolkata')).to.contain('12:00');
    });

    it('without a zone uses the offset written in the value', () => {
      const f = formats('en', 'latn', 'gregory');
      expect(f.time('2031-06-01T09:30:00+03:00')).to.contain('09:30').and.contain('GMT+03:00');
      expect(f.time('2031-06-01T09:30:00+05:30')).to.contain('09:30');
      expect(f.time('2031-06-01T09:30:00Z')).to.contain('09:30');
    });

    it('arab numerals in the time', () => {
      const s = formats('ar', 'arab', 'gregory').time('2031-06-01T09:30:00+03:00', 'Asia/Riyadh');
      expect(s).to.contain('٩:٣٠');
      expect(s).not.to.match(ASCII_DIGIT);
    });

    it('writes the hour alike with and without the zone, alone and in a range (English: 08:00, not 8:00)', () => {
      const f = formats('en', 'latn', 'gregory');
      expect(f.time('2031-06-01T08:00:00+03:00', 'Asia/Riyadh')).to.equal('08:00 Arabian Standard Time');
      expect(f.time('2031-06-01T08:00:00+03:00', 'Asia/Riyadh', false)).to.equal('08:00');
      expect(f.timeRange('2031-06-01T08:00:00+03:00', '2031-06-01T09:30:00+03:00', 'Asia/Riyadh')).to.equal('08:00 – 09:30 Arabian Standard Time');
      const ar = formats('ar', 'arab', 'gregory');
      expect(ar.time('2031-06-01T08:00:00+03:00', 'Asia/Riyadh', false)).to.equal('٨:٠٠ ص');
      expect(ar.timeRange('2031-06-01T08:00:00+03:00', '2031-06-01T09:30:00+03:00', 'Asia/Riyadh')).to.match(/^٨:٠٠ ص – ٩:٣٠ ص /u);
    });

    it('is empty for a date-only value or a non-date', () => {
      expect(formats('en', 'latn', 'gregory').time('2031-06-01', 'Asia/Riyadh')).to.equal('');
      expect(formats('en', 'latn', 'gregory').time('soon')).to.equal('');
    });
  });

  describe('list and relative', () => {
    it('joins with the locale’s “and”', () => {
      expect(formats('en', 'latn', 'gregory').list(['Test A', 'Test B', 'Test C'])).to.equal('Test A, Test B and Test C');
      const ar = formats('ar', 'arab', 'gregory').list(['أ', 'ب', 'ج']);
      expect(ar).to.contain('أ').and.contain('ب').and.contain('ج').and.contain('و');
    });
    it('relative time from now', () => {
      const now = new Date(Date.UTC(2024, 5, 1));
      const f = formats('en', 'latn', 'gregory');
      expect(f.relative('2024-03-01', now)).to.equal('3 months ago');
      expect(f.relative('2024-06-02', now)).to.equal('tomorrow');
      expect(f.relative('2024-06-01', now)).to.equal('today');
      expect(f.relative('2026-06-01', now)).to.equal('in 2 years');
      expect(f.relative('2024-06-15', now)).to.equal('in 2 weeks');
      expect(formats('ar', 'arab', 'gregory').relative('2024-03-01', now)).to.contain('٣');
      expect(f.relative('whenever', now)).to.equal('whenever');
    });
  });
});

describe('guessLang', () => {
  for (const [text, lang] of [
    ['Synthetic Committee', 'en'],
    ['لجنة اختبارية', 'ar'],
    ['GCC لجنة', 'ar'],
    ['ﻻ', 'ar'],
    ['2024', 'en'],
    ['', 'en'],
    ['Ünïcödé', 'en'],
  ] as const) {
    it(`${JSON.stringify(text)} → ${lang}`, () => {
      expect(guessLang(text)).to.equal(lang);
    });
  }
});

describe('pick', () => {
  it('returns the own language without lang', () => {
    expect(pick({ ar: 'نص', en: 'Text' }, 'ar')).to.deep.equal({ text: 'نص' });
    expect(pick({ ar: 'نص', en: 'Text' }, 'en')).to.deep.equal({ text: 'Text' });
  });
  it('falls back to the other language and says so with lang', () => {
    expect(pick({ en: 'Text' }, 'ar')).to.deep.equal({ text: 'Text', lang: 'en' });
    expect(pick({ ar: 'نص' }, 'en')).to.deep.equal({ text: 'نص', lang: 'ar' });
  });
  it('plain strings get lang only when their script differs from the locale', () => {
    expect(pick('نص عربي', 'ar')).to.deep.equal({ text: 'نص عربي' });
    expect(pick('نص عربي', 'ar')).not.to.have.property('lang');
    expect(pick('English text', 'ar')).to.deep.equal({ text: 'English text', lang: 'en' });
    expect(pick('English text', 'en')).to.deep.equal({ text: 'English text' });
    expect(pick('English text', 'en')).not.to.have.property('lang');
    expect(pick('نص عربي', 'en')).to.deep.equal({ text: 'نص عربي', lang: 'ar' });
  });
  it('undefined when there is nothing to show', () => {
    expect(pick(undefined, 'ar')).to.equal(undefined);
    expect(pick({}, 'en')).to.equal(undefined);
  });
  it('plain() gives the text or an empty string', () => {
    expect(plain({ en: 'Text' }, 'ar')).to.equal('Text');
    expect(plain(undefined, 'ar')).to.equal('');
  });
});
