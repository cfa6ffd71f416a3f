import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine, type IcsEvent } from '../../src/util/ics.js';

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;
const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Physical lines (the text must end with CRLF; the empty string after it is left out). */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  return ics.slice(0, -2).split('\r\n');
}
/** Logical lines: RFC 5545 §3.1 unfolding (remove CRLF followed by one space or tab). */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/gu, '')
    .slice(0, -2)
    .split('\r\n');
}
function prop(ics: string, name: string): string[] {
  return unfold(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}
const one = (ics: string, name: string): string => {
  const found = prop(ics, name);
  expect(found, name).to.have.length(1);
  return found[0]!;
};
const ev = (extra: Partial<IcsEvent> = {}): IcsEvent => ({ uid: 'm-1@synthetic-committee.majlis', title: 'Synthetic meeting', start: '2024-06-06', ...extra });

/** Checks the RFC 5545 line rules on a whole calendar. */
function expectWellFormed(ics: string): void {
  expect(ics.replace(/\r\n/gu, ''), 'no CR or LF outside CRLF pairs').not.to.match(/[\r\n]/u);
  const lines = physicalLines(ics);
  lines.forEach((line, i) => {
    expect(octets(line), `line ${i} is at most 75 octets: ${JSON.stringify(line)}`).to.be.at.most(75);
    expect(LONE_SURROGATE.test(line), `line ${i} splits no character`).to.equal(false);
    if (i > 0 && line.startsWith(' ')) expect(line.length, 'a continuation carries content').to.be.greaterThan(1);
  });
  expect(lines[0]).to.equal('BEGIN:VCALENDAR');
  for (const l of unfold(ics)) expect(l, 'every logical line is NAME[;params]:value').to.match(/^[A-Z][A-Z-]*[;:]/u);
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every newline form', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('escapes the backslash first, so escapes are not doubled', () => {
    expect(escapeText(';')).to.equal('\\;');
    expect(escapeText(',')).to.equal('\\,');
    expect(escapeText('\n')).to.equal('\\n');
    expect(escapeText('\\')).to.equal('\\\\');
    expect(escapeText('\\;')).to.equal('\\\\\\;');
    expect(escapeText('\\n')).to.equal('\\\\n');
  });
  it('leaves colons, quotes and Arabic text alone', () => {
    expect(escapeText('الاجتماع: "الأول"')).to.equal('الاجتماع: "الأول"');
    expect(escapeText('')).to.equal('');
  });
  it('escapes every occurrence, not just the first', () => {
    expect(escapeText(',,;;\n\n')).to.equal('\\,\\,\\;\\;\\n\\n');
  });
});

describe('foldLine', () => {
  it('leaves a line of up to 75 octets unchanged', () => {
    expect(foldLine('')).to.equal('');
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).to.equal(75);
    expect(foldLine(line)).to.equal(line);
  });
  it('folds a 76-octet line into 75 octets, CRLF, space and the rest', () => {
    const line = `SUMMARY:${'x'.repeat(68)}`;
    expect(foldLine(line)).to.equal(`${line.slice(0, 75)}\r\n ${line.slice(75)}`);
  });
  it('continuation lines are at most 75 octets including the leading space', () => {
    const line = 'D'.repeat(1000);
    const parts = foldLine(line).split('\r\n');
    expect(parts[0]).to.have.length(75);
    for (const p of parts.slice(1, -1)) {
      expect(p.startsWith(' ')).to.equal(true);
      expect(octets(p)).to.equal(75);
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).to.equal(line);
  });

  const alphabets: [string, string][] = [
    ['ASCII', 'abcdefghij'],
    ['Arabic (2 octets)', 'اجتماعلجنة'],
    ['Arabic with diacritics', 'الاجتماعُ السادسُ والعشرونَ'],
    ['3-octet characters', '€﷼‏—'],
    ['4-octet emoji and flags', '🇸🇦🇰🇼🇶🇦📅'],
    ['mixed', 'aب€🇸c'],
  ];
  for (const [label, chars] of alphabets) {
    it(`${label}: every prefix length folds to ≤ 75-octet lines and unfolds exactly`, () => {
      const cps = [...chars];
      for (let len = 1; len <= 200; len++) {
        let body = '';
        for (let i = 0; i < len; i++) body += cps[i % cps.length];
        for (const prefix of ['SUMMARY:', 'X:', 'DESCRIPTION:']) {
          const line = prefix + body;
          const folded = foldLine(line);
          const parts = folded.split('\r\n');
          parts.forEach((p, i) => {
            expect(octets(p), `${label} len ${len} part ${i}`).to.be.at.most(75);
            expect(LONE_SURROGATE.test(p), `${label} len ${len} part ${i} has a split surrogate pair`).to.equal(false);
            if (i > 0) expect(p.startsWith(' ') && p.length > 1, `${label} len ${len} part ${i} is a continuation`).to.equal(true);
          });
          expect(folded.replace(/\r\n /gu, ''), `${label} len ${len}`).to.equal(line);
          // Folding only happens when needed, and uses the room it has.
          if (octets(line) <= 75) expect(parts).to.have.length(1);
          else expect(octets(parts[0]!) + octets([...line.slice(parts[0]!.length)][0]!), 'first line is filled').to.be.greaterThan(75);
        }
      }
    });
  }
});

describe('buildIcs', () => {
  it('uses CRLF only, keeps lines within 75 octets and pairs BEGIN/END', () => {
    const ics = buildIcs(
      ev({ location: 'Test Hall, Test City', description: 'Line one\nLine two', url: 'https://example.org/m-1', status: 'CONFIRMED' }),
      NOW,
    );
    expectWellFormed(ics);
    const stack: string[] = [];
    const begins: string[] = [];
    for (const l of unfold(ics)) {
      if (l.startsWith('BEGIN:')) {
        stack.push(l.slice(6));
        begins.push(l.slice(6));
      } else if (l.startsWith('END:')) expect(stack.pop(), l).to.equal(l.slice(4));
    }
    expect(stack).to.deep.equal([]);
    expect(begins).to.deep.equal(['VCALENDAR', 'VEVENT']);
    expect(unfold(ics).at(-1)).to.equal('END:VCALENDAR');
    expect(one(ics, 'VERSION')).to.equal('VERSION:2.0');
    expect(one(ics, 'PRODID')).to.match(/^PRODID:.+/u);
    expect(one(ics, 'STATUS')).to.equal('STATUS:CONFIRMED');
    expect(one(ics, 'URL')).to.equal('URL:https://example.org/m-1');
  });

  it('has UID and DTSTAMP (from `now`, in UTC) inside the VEVENT', () => {
    const ics = buildIcs(ev({ uid: 'm-7@synthetic;x,y' }), NOW);
    const lines = unfold(ics);
    const inEvent = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT'));
    expect(inEvent).to.include('UID:m-7@synthetic\\;x\\,y');
    expect(inEvent).to.include('DTSTAMP:20250102T030405Z');
  });

  it('DTSTAMP defaults to the current time', () => {
    const before = Date.now();
    const stamp = one(buildIcs(ev()), 'DTSTAMP');
    const m = /^DTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/u.exec(stamp);
    expect(m, stamp).to.not.equal(null);
    const t = Date.UTC(+m![1]!, +m![2]! - 1, +m![3]!, +m![4]!, +m![5]!, +m![6]!);
    expect(Math.abs(t - before)).to.be.below(5000);
  });

  it('escapes SUMMARY, LOCATION and DESCRIPTION', () => {
    const ics = buildIcs(ev({ title: 'A; B, C\\D', location: 'Hall 1, City', description: 'x\r\ny\nz' }), NOW);
    expect(one(ics, 'SUMMARY')).to.equal('SUMMARY:A\\; B\\, C\\\\D');
    expect(one(ics, 'LOCATION')).to.equal('LOCATION:Hall 1\\, City');
    expect(one(ics, 'DESCRIPTION')).to.equal('DESCRIPTION:x\\ny\\nz');
  });

  it('newlines in values cannot inject properties', () => {
    const ics = buildIcs(
      ev({ title: 'x\r\nATTENDEE:mailto:a@example.org', description: 'y\nORGANIZER:mailto:b@example.org', url: 'https://example.org/\r\nATTACH:https://evil.example' }),
      NOW,
    );
    expectWellFormed(ics);
    const names = unfold(ics).map((l) => /^[A-Z-]+/u.exec(l)![0]);
    expect(names).not.to.include('ATTENDEE');
    expect(names).not.to.include('ORGANIZER');
    expect(names).not.to.include('ATTACH');
  });

  it('folds a long Arabic summary within 75 octets and unfolds it exactly', () => {
    const title = 'الاجتماع السادس والعشرون للجنة الاختبارية المصطنعة، بشأن التحول الرقمي; والخدمات الحكومية، 🇸🇦 '.repeat(3);
    const ics = buildIcs(ev({ title, description: title, location: title }), NOW);
    expectWellFormed(ics);
    expect(physicalLines(ics).length).to.be.greaterThan(unfold(ics).length + 6);
    expect(one(ics, 'SUMMARY')).to.equal(`SUMMARY:${escapeText(title)}`);
    expect(one(ics, 'DESCRIPTION')).to.equal(`DESCRIPTION:${escapeText(title)}`);
    expect(one(ics, 'LOCATION')).to.equal(`LOCATION:${escapeText(title)}`);
    // The octets of the folded text, with the folds taken out, decode to the same string.
    const bytes = encoder.encode(ics.replace(/\r\n /gu, ''));
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).to.equal(ics.replace(/\r\n /gu, ''));
  });

  const allDay: [string, string, string][] = [
    ['2024-06-06', '20240606', '20240607'],
    ['2024-12-31', '20241231', '20250101'],
    ['2024-01-31', '20240131', '20240201'],
    ['2024-02-28', '20240228', '20240229'],
    ['2024-02-29', '20240229', '20240301'],
    ['2023-02-28', '20230228', '20230301'],
    ['2024-04-30', '20240430', '20240501'],
    ['1999-12-31', '19991231', '20000101'],
  ];
  for (const [start, dtstart, dtend] of allDay) {
    it(`a date-only start ${start} is an all-day event ending the next day (${dtend})`, () => {
      const ics = buildIcs(ev({ start }), NOW);
      expect(one(ics, 'DTSTART')).to.equal(`DTSTART;VALUE=DATE:${dtstart}`);
      expect(one(ics, 'DTEND')).to.equal(`DTEND;VALUE=DATE:${dtend}`);
    });
  }

  it('a date-only end is inclusive in the feed and exclusive in DTEND', () => {
    const ics = buildIcs(ev({ start: '2024-12-30', end: '2024-12-31' }), NOW);
    expect(one(ics, 'DTSTART')).to.equal('DTSTART;VALUE=DATE:20241230');
    expect(one(ics, 'DTEND')).to.equal('DTEND;VALUE=DATE:20250101');
  });

  const timed: [string, string][] = [
    ['2031-06-01T09:30:00+03:00', '20310601T063000Z'],
    ['2024-01-01T01:00:00+03:00', '20231231T220000Z'],
    ['2024-03-01T02:15+04:00', '20240229T221500Z'],
    ['2024-12-31T23:30:00-05:00', '20250101T043000Z'],
    ['2024-06-06T09:00:00Z', '20240606T090000Z'],
    ['2024-06-06T09:00:00.999+00:00', '20240606T090000Z'],
    ['2024-06-06T12:00:00+05:45', '20240606T061500Z'],
  ];
  for (const [start, utc] of timed) {
    it(`a date-time ${start} becomes DTSTART:${utc}`, () => {
      const ics = buildIcs(ev({ start }), NOW);
      expect(one(ics, 'DTSTART')).to.equal(`DTSTART:${utc}`);
      expect(prop(ics, 'DTEND'), 'no end given: no DTEND for a timed event').to.deep.equal([]);
    });
  }

  it('a timed event with an end converts both to UTC', () => {
    const ics = buildIcs(ev({ start: '2031-06-01T09:30:00+03:00', end: '2031-06-01T12:00:00+03:00' }), NOW);
    expect(one(ics, 'DTSTART')).to.equal('DTSTART:20310601T063000Z');
    expect(one(ics, 'DTEND')).to.equal('DTEND:20310601T090000Z');
  });

  it('leaves out optional properties that are not given', () => {
    const names = unfold(buildIcs(ev(), NOW)).map((l) => /^[A-Z-]+/u.exec(l)![0]);
    for (const n of ['LOCATION', 'DESCRIPTION', 'URL', 'STATUS']) expect(names).not.to.include(n);
    expect(names.filter((n) => n === 'SUMMARY')).to.have.length(1);
  });

  // RFC 5545 §3.8.2.2: DTEND, when present, has DTSTART's value type (the feed allows mixing a date-time
  // start with a date-only end and the other way round).
  it('DTEND, when present, has the same value type as DTSTART', () => {
    for (const [start, end] of [
      ['2024-06-06T09:00:00+03:00', '2024-06-07'],
      ['2024-06-06', '2024-06-07T12:00:00+03:00'],
    ] as const) {
      const ics = buildIcs(ev({ start, end }), NOW);
      const dateStart = one(ics, 'DTSTART').startsWith('DTSTART;VALUE=DATE:');
      const ends = ics.split('\r\n').filter((l) => l.startsWith('DTEND'));
      expect(ends.length, `${start} / ${end}`).to.be.at.most(1);
      for (const l of ends) expect(l.startsWith('DTEND;VALUE=DATE:'), `${start} / ${end}`).to.equal(dateStart);
    }
    // An all-day start with a timed end still ends on the (exclusive) next day of the end's date.
    expect(buildIcs(ev({ start: '2024-06-06', end: '2024-06-07T12:00:00+03:00' }), NOW)).to.contain('DTEND;VALUE=DATE:20240608');
  });
});
