// Writes schema/feed.schema.json from the runtime schema (src/feed/schema.ts).
// `--check` fails when the committed file differs from what the schema gives.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { EMAIL_REGEX } from 'valibot';
import {
  AgendaItemSchema,
  DateOrDateTimeSchema,
  DateSchema,
  FEED_MAJOR_VERSION,
  FeedSchema,
  MAX_LIST_ITEMS,
  IdSchema,
  LangTextSchema,
  StateIdSchema,
  UrlSchema,
} from '../src/feed/schema.ts';

const out = 'schema/feed.schema.json';
const schema = toJsonSchema(FeedSchema, {
  target: 'draft-07',
  errorMode: 'ignore',
  definitions: {
    AgendaItem: AgendaItemSchema,
    LangText: LangTextSchema,
    Id: IdSchema,
    StateId: StateIdSchema,
    Date: DateSchema,
    DateOrDateTime: DateOrDateTimeSchema,
    Url: UrlSchema,
  },
}) as Record<string, unknown>;
// The runtime schema's custom checks (valibot `check`) have no JSON Schema form: state them here.
const defs = schema['$defs'] as Record<string, Record<string, unknown>>;
const langMap = (defs['LangText']!['anyOf'] as Record<string, unknown>[])[1]!;
langMap['minProperties'] = 1;
langMap['anyOf'] = [
  { properties: { ar: { type: 'string' } }, required: ['ar'] },
  { properties: { en: { type: 'string' } }, required: ['en'] },
];
// Texts are trimmed at runtime and must not be blank.
const blankless = (node: unknown): void => {
  if (Array.isArray(node)) node.forEach(blankless);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o['type'] === 'string' && o['minLength'] === 1) o['pattern'] = '\\S';
    Object.values(o).forEach(blankless);
  }
};
blankless(defs['LangText']);
langMap['description'] = 'A language map: "ar" and/or "en".';
defs['LangText']!['description'] = 'A human text: a string, or {"ar": "…", "en": "…"}.';
defs['Url']!['maxLength'] = 4096;
defs['Url']!['pattern'] =
  '^(?![^\\u0000-\\u001f\\u007f]*[\\u0000-\\u001f\\u007f])(?=[\\s\\S]*\\S)(?:(?!\\s*[a-zA-Z][a-zA-Z0-9+.-]*:)(?!\\s*\\\\)|\\s*(?:[hH][tT][tT][pP][sS]?|[mM][aA][iI][lL][tT][oO]|[tT][eE][lL]):)';
defs['Url']!['description'] = 'An https, http, mailto or tel URL, or a relative one.';
// Dates are days that exist (realDay in the runtime schema): 31, 30 or 28 days a month, 29 February in leap years
// only. The runtime reads years 0000-0099 through Date.UTC as 19xx and rejects them, so the pattern does too.
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const DAY = `(?!00)(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
defs['Date']!['pattern'] = `^${DAY}$`;
defs['Date']!['description'] = 'An ISO 8601 date ("2024-06-06") of a day that exists.';
defs['DateOrDateTime']!['pattern'] = `^${DAY}(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d))?$`;
defs['DateOrDateTime']!['description'] = 'An ISO 8601 date ("2024-06-06") or date-time with offset ("2024-06-06T09:00:00+03:00").';
// The runtime reads only feeds of its major version (validateFeed answers "version" for others).
const props = schema['properties'] as Record<string, Record<string, unknown>>;
props['version']!['pattern'] = `^0*${FEED_MAJOR_VERSION}\\.\\d+(\\.\\d+)?$`;
props['version']!['description'] = `The feed format's version: ${FEED_MAJOR_VERSION}.x.`;
// E-mail addresses: the runtime's check is valibot's email regex, narrower than the "email" format (kept for tools).
const emails = (node: unknown): void => {
  if (Array.isArray(node)) node.forEach(emails);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o['format'] === 'email') o['pattern'] = EMAIL_REGEX.source;
    Object.values(o).forEach(emails);
  }
};
emails(schema);
// Lists hold at most MAX_LIST_ITEMS items (the runtime leaves the rest out, with a warning).
const lists = (node: unknown): void => {
  if (Array.isArray(node)) node.forEach(lists);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o['type'] === 'array') o['maxItems'] = MAX_LIST_ITEMS;
    Object.values(o).forEach(lists);
  }
};
lists(schema);
schema['$id'] = 'https://unpkg.com/majlis-widgets/schema/feed.schema.json';
schema['title'] = 'Majlis committee feed';
schema['description'] =
  'A GCC committee: meetings and their agendas, initiatives, working groups and members. Texts are strings or {"ar","en"} maps. URLs must be https, http, mailto, tel or relative. Generated from src/feed/schema.ts; do not edit.';
const text = JSON.stringify(schema, null, 2) + '\n';
if (process.argv.includes('--check')) {
  let old = '';
  try {
    old = readFileSync(out, 'utf8');
  } catch {
    /* missing */
  }
  if (old !== text) {
    console.error(`${out} is out of date: run npm run schema and commit it.`);
    process.exit(1);
  }
  console.log(`${out} is up to date.`);
} else {
  mkdirSync('schema', { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
