/**
 * iCalendar (RFC 5545) for one event: escaped TEXT values, lines folded at 75
 * octets (never inside a UTF-8 sequence), CRLF line ends, times in UTC or as
 * all-day dates.
 */
export interface IcsEvent {
  uid: string;
  title: string;
  /** `YYYY-MM-DD` (all day) or ISO date-time with offset. */
  start: string;
  end?: string;
  location?: string;
  description?: string;
  url?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r\n|\r|\n/gu, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (bytes + n > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');
function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/u;

function dateProp(name: string, iso: string, addDay = false): string {
  const m = DATE_ONLY.exec(iso);
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! + (addDay ? 1 : 0)));
    return `${name};VALUE=DATE:${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  }
  return `${name}:${utcStamp(new Date(iso))}`;
}

/** Builds a VCALENDAR with one VEVENT. `now` is the DTSTAMP. */
export function buildIcs(ev: IcsEvent, now: Date = new Date()): string {
  const allDay = DATE_ONLY.test(ev.start);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Majlis//majlis-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(ev.uid)}`,
    `DTSTAMP:${utcStamp(now)}`,
    dateProp('DTSTART', ev.start),
  ];
  // DTEND must have DTSTART's value type (RFC 5545 3.8.2.2): an all-day event ends on a date (exclusive);
  // a timed event with only an end date has no DTEND.
  if (allDay) lines.push(dateProp('DTEND', ev.end ? ev.end.slice(0, 10) : ev.start, true));
  else if (ev.end && !DATE_ONLY.test(ev.end)) lines.push(dateProp('DTEND', ev.end));
  lines.push(`SUMMARY:${escapeText(ev.title)}`);
  if (ev.location) lines.push(`LOCATION:${escapeText(ev.location)}`);
  if (ev.description) lines.push(`DESCRIPTION:${escapeText(ev.description)}`);
  if (ev.url) lines.push(`URL:${ev.url.replace(/[\r\n]/gu, '')}`);
  if (ev.status) lines.push(`STATUS:${ev.status}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
