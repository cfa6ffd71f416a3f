// Writes schema/feed.schema.json from the feed contract (src/feed/schema.ts).
// `--check` fails when the committed file differs from what the contract gives.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import {
  AgendaItemShape,
  DateOrDateTimeShape,
  DateShape,
  EMAIL_RE,
  FEED_MAJOR_VERSION,
  FeedContract,
  IdShape,
  LangTextShape,
  MAX_LIST_ITEMS,
  StateIdShape,
  UrlShape,
  type Shape,
} from '../src/feed/schema.ts';

type Json = Record<string, unknown>;

// Dates are days that exist (realDay in the contract): 31, 30 or 28 days a month, 29 February in leap years
// only. The runtime refuses years 0000-0099 (Date.UTC would read them as 19xx), so the pattern does too.
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const DAY = `(?!00)(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
const nonBlank = { type: 'string', minLength: 1, pattern: '\\S' };

/** The shared parts, by name: what the contract checks in code is stated here as patterns. */
const DEFS = new Map<Shape, [string, Json]>([
  [AgendaItemShape, ['AgendaItem', {}]],
  [
    LangTextShape,
    [
      'LangText',
      {
        anyOf: [
          nonBlank,
          {
            type: 'object',
            properties: { ar: nonBlank, en: nonBlank },
            required: [],
            minProperties: 1,
            anyOf: [
              { properties: { ar: { type: 'string' } }, required: ['ar'] },
              { properties: { en: { type: 'string' } }, required: ['en'] },
            ],
            description: 'A language map: "ar" and/or "en".',
          },
        ],
        description: 'A human text: a string, or {"ar": "…", "en": "…"}.',
      },
    ],
  ],
  [IdShape, ['Id', {}]],
  [StateIdShape, ['StateId', {}]],
  [DateShape, ['Date', { type: 'string', pattern: `^${DAY}$`, description: 'An ISO 8601 date ("2024-06-06") of a day that exists.' }]],
  [
    DateOrDateTimeShape,
    [
      'DateOrDateTime',
      {
        type: 'string',
        pattern: `^${DAY}(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d))?$`,
        description: 'An ISO 8601 date ("2024-06-06") or date-time with offset ("2024-06-06T09:00:00+03:00").',
      },
    ],
  ],
  [
    UrlShape,
    [
      'Url',
      {
        type: 'string',
        maxLength: 4096,
        pattern:
          '^(?![^\\u0000-\\u001f\\u007f]*[\\u0000-\\u001f\\u007f])(?=[\\s\\S]*\\S)(?:(?!\\s*[a-zA-Z][a-zA-Z0-9+.-]*:)(?!\\s*\\\\)|\\s*(?:[hH][tT][tT][pP][sS]?|[mM][aA][iI][lL][tT][oO]|[tT][eE][lL]):)',
        description: 'An https, http, mailto or tel URL, or a relative one.',
      },
    ],
  ],
]);

/** A shape as JSON Schema; a shared part as a reference to its definition. */
function toJson(s: Shape, inline = false): Json {
  const def = DEFS.get(s);
  if (def && !inline) return { $ref: `#/$defs/${def[0]}` };
  // A reference is an id (that it names an existing entry is checked at runtime only).
  if (s.t === 'str' && s.to) return toJson(IdShape);
  switch (s.t) {
    case 'agenda':
      return { $ref: '#/$defs/AgendaItem' };
    case 'text':
      return def![1];
    case 'str':
      if (s.re === EMAIL_RE) return { type: 'string', format: 'email', pattern: s.re.source };
      // Time zones (checked against the IANA database at runtime) and free strings: a string.
      return s.re ? { type: 'string', pattern: s.re.source } : { type: 'string' };
    case 'num':
      return { type: s.int ? 'integer' : 'number', ...(s.min !== undefined && { minimum: s.min }), ...(s.max !== undefined && { maximum: s.max }) };
    case 'one':
      return { enum: [...s.of], type: 'string' };
    case 'list':
      return { type: 'array', items: toJson(s.of), maxItems: MAX_LIST_ITEMS };
    case 'obj':
      return { type: 'object', properties: Object.fromEntries(Object.entries(s.f).map(([k, f]) => [k, toJson(f)])), required: [...s.req] };
  }
}

const out = 'schema/feed.schema.json';
const schema: Json = { ...toJson(FeedContract, true), $schema: 'http://json-schema.org/draft-07/schema#' };
schema['$defs'] = Object.fromEntries([...DEFS.values()].map(([name, own]) => [name, Object.keys(own).length ? own : toJson([...DEFS].find(([, d]) => d[0] === name)![0], true)]));
// The runtime reads only feeds of its major version (validateFeed answers "version" for others).
const props = schema['properties'] as Record<string, Json>;
props['version']!['pattern'] = `^0*${FEED_MAJOR_VERSION}\\.\\d+(\\.\\d+)?$`;
props['version']!['description'] = `The feed format's version: ${FEED_MAJOR_VERSION}.x.`;
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
