// Differential test: the runtime validator (src/feed/validate.ts) and ajv on the committed JSON Schema
// (schema/feed.schema.json) give the same verdict on generated feeds, valid and mutated.
// Run: node --import tsx --test test/node/      Replay a run: FUZZ_SEED=<seed> node --import tsx --test test/node/differential.test.mjs
//
// The runtime validator leaves out invalid list items (ok: true with warnings) where ajv rejects the whole
// document, so the verdicts compared are "runtime ok with no warning" ⇔ "ajv valid".
//
// Known, legitimate differences (each excluded narrowly, by the reason the runtime gives, never by skipping a case):
// 1. Reference integrity and duplicate ids ("the id of one of the feed's …", "an id not used before in …"):
//    runtime warnings only; JSON Schema cannot say that an id exists elsewhere in the document, or is unique.
// 2. `timeZone` is checked against the IANA database (Intl) at runtime only; the schema says "a string".
// 3. Agenda items nested deeper than MAX_AGENDA_DEPTH are left out by the runtime; the schema has no depth limit.
// 4. Strings are trimmed by the runtime; this changes the validated output, not the verdict (the schema's
//    `pattern: "\S"` rejects the same blank texts), so it needs no exclusion.
// 5. URL length: the runtime counts UTF-16 code units (max 4096), JSON Schema's maxLength counts code points, so a
//    URL of astral characters between the two limits differs. Generated feeds do not reach it; shown below.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { register } from 'tsx/esm/api';

register();
const { validateFeed } = await import('../../src/feed/validate.ts');
const { MAX_AGENDA_DEPTH, MAX_LIST_ITEMS } = await import('../../src/feed/schema.ts');
const A = await import('../reliability/feed-arbitraries.ts');

const root = (p) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const schema = JSON.parse(readFileSync(root('schema/feed.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const bySchema = ajv.compile(schema);

const RUNS = 10_000;
const seed = Number(process.env.FUZZ_SEED) || A.newSeed();
console.log(`differential: seed ${seed} (replay: FUZZ_SEED=${seed} node --import tsx --test test/node/differential.test.mjs)`);

const REFERENCE = /^(the id of one of the feed's |an id not used before in )/u;
const IANA = /^an IANA time zone/u;
const DEPTH = /^agenda items nested at most \d+ deep$/u;

/**
 * Both verdicts, and why they differ when they do: `null` when they agree, the name of a known difference when
 * that explains it, or `'unexplained'`.
 */
function compare(feed) {
  const r = validateFeed(feed);
  const issues = r.ok ? r.warnings : r.errors;
  const runtimeOk = r.ok && issues.every((w) => REFERENCE.test(w.expected));
  const schemaOk = bySchema(feed);
  const result = { runtimeOk, schemaOk, issues, errors: bySchema.errors, why: null };
  if (runtimeOk === schemaOk) return result;
  const shape = issues.filter((w) => !REFERENCE.test(w.expected));
  if (!runtimeOk && r.ok && shape.every((w) => IANA.test(w.expected))) result.why = 'timeZone';
  else if (!runtimeOk && r.ok && shape.every((w) => DEPTH.test(w.expected))) result.why = 'depth';
  else result.why = 'unexplained';
  return result;
}

const show = (feed, c) =>
  `runtime ${c.runtimeOk ? 'accepts' : 'rejects'}, ajv ${c.schemaOk ? 'accepts' : 'rejects'}\n` +
  `runtime issues: ${JSON.stringify(c.issues)}\najv errors: ${JSON.stringify(c.errors)}\nfeed: ${JSON.stringify(feed).slice(0, 4000)}`;

describe(`runtime validator and ajv agree (${RUNS} generated feeds, seed ${seed})`, () => {
  it('agree on every generated feed, valid and mutated, apart from the known differences', () => {
    const tally = { cases: 0, valid: 0, mutated: 0, accepted: 0, rejected: 0, timeZone: 0, depth: 0 };
    const feedArb = fc.oneof(
      { weight: 3, arbitrary: A.validFeed({ maxItems: 2, maxDepth: 2 }).map((feed) => ({ feed, mutated: false })) },
      { weight: 7, arbitrary: A.mutatedFeed({ maxItems: 2, maxDepth: 2 }).map((feed) => ({ feed, mutated: true })) },
    );
    fc.assert(
      fc.property(feedArb, ({ feed, mutated }) => {
        const c = compare(feed);
        tally.cases++;
        tally[mutated ? 'mutated' : 'valid']++;
        tally[c.runtimeOk ? 'accepted' : 'rejected']++;
        if (c.why) tally[c.why]++;
        if (!mutated) assert.ok(c.runtimeOk && c.schemaOk, `a generated valid feed was rejected: ${show(feed, c)}`);
        assert.ok(c.why !== 'unexplained', show(feed, c));
      }),
      { seed, numRuns: RUNS, verbose: true },
    );
    console.log(`differential: ${JSON.stringify(tally)}`);
    assert.equal(tally.cases, RUNS);
    // Both verdicts are exercised: the mutations must produce rejections and leave some feeds valid.
    assert.ok(tally.accepted > RUNS / 5 && tally.rejected > RUNS / 5, JSON.stringify(tally));
  });
});

/** A small valid feed (plainly synthetic) with one change. */
function feedWith(change) {
  const feed = {
    version: '1.0',
    committee: { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } },
    meetings: [{ id: 'm1', status: 'held', start: '2030-01-10', agenda: [{ id: 'a1', title: 'Synthetic item', presenter: { state: 'BH' } }] }],
    initiatives: [{ id: 'i1', title: 'Synthetic initiative', status: 'approved', milestones: [{ title: 'Synthetic milestone', due: '2030-06-01' }] }],
    workingGroups: [{ id: 'g1', name: 'Synthetic group', established: '2029-05-01', members: [{ name: 'Test Person A', email: 'test.person.a@example.org' }] }],
  };
  change(feed);
  return feed;
}

describe('boundaries where the schema used to differ from the runtime (fixed in scripts/gen-schema.ts)', () => {
  const cases = [
    // Date ($defs.Date had no pattern at all): days that exist, leap years, years the runtime reads.
    ...[
      ['2024-02-29', true],
      ['2000-02-29', true],
      ['2023-02-29', false],
      ['2100-02-29', false],
      ['2024-04-31', false],
      ['2024-13-01', false],
      ['06/06/2024', false],
      ['2024-06-06T09:00Z', false],
      ['0100-01-01', true],
      ['0099-12-31', false],
      ['', false],
    ].map(([d, ok]) => [`milestone due ${JSON.stringify(d)}`, (f) => (f.initiatives[0].milestones[0].due = d), ok]),
    ['group established 2023-02-29', (f) => (f.workingGroups[0].established = '2023-02-29'), false],
    // DateOrDateTime: the pattern allowed 31 days in every month.
    ['meeting start 2023-02-29T09:00Z', (f) => (f.meetings[0].start = '2023-02-29T09:00Z'), false],
    ['meeting start 2024-02-29T09:00:00+03:00', (f) => (f.meetings[0].start = '2024-02-29T09:00:00+03:00'), true],
    // version: the runtime reads major version 1 only.
    ...[
      ['1.0', true],
      ['01.5', true],
      ['1.2.3', true],
      ['2.0', false],
      ['0.9', false],
      ['10.0', false],
      ['1', false],
    ].map(([v, ok]) => [`version ${v}`, (f) => (f.version = v), ok]),
    // E-mail: the runtime's check (EMAIL_RE) is narrower than ajv-formats' "email".
    ...[
      ['test.person.a@example.org', true],
      ['a+b@sub.example.org', true],
      ['a@b.c', false],
      ['a!b@example.org', false],
      ['a@b--c.org', false],
      ['a@example.org1', false],
      ['a..b@example.org', false],
    ].map(([e, ok]) => [`member email ${e}`, (f) => (f.workingGroups[0].members[0].email = e), ok]),
  ];
  for (const [label, change, ok] of cases) {
    it(`${label}: both ${ok ? 'accept' : 'reject'}`, () => {
      const feed = feedWith(change);
      const c = compare(feed);
      assert.equal(c.runtimeOk, ok, show(feed, c));
      assert.equal(c.schemaOk, ok, show(feed, c));
    });
  }
});

describe('the known differences, shown', () => {
  it('a list over the limit: the runtime leaves the rest out with a warning, ajv rejects (maxItems)', () => {
    const c = compare(feedWith((f) => (f.meetings[0].outcomes = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `Synthetic outcome ${i}`))));
    assert.deepEqual([c.runtimeOk, c.schemaOk, c.why], [false, false, null]);
    assert.ok(c.errors.some((e) => e.keyword === 'maxItems'), JSON.stringify(c.errors));
  });

  it('timeZone: only the runtime knows the IANA zones', () => {
    const c = compare(feedWith((f) => (f.meetings[0].timeZone = 'Mars/Olympus_Mons')));
    assert.deepEqual([c.runtimeOk, c.schemaOk, c.why], [false, true, 'timeZone']);
  });

  it('references and duplicate ids: runtime warnings only', () => {
    const c = compare(
      feedWith((f) => {
        f.meetings[0].agenda[0].references = { initiatives: ['no-such-initiative'] };
        f.initiatives.push(structuredClone(f.initiatives[0]));
      }),
    );
    assert.equal(c.schemaOk, true);
    assert.equal(c.runtimeOk, true, 'reference warnings are not counted');
    assert.deepEqual(
      c.issues.map((w) => w.path),
      ['$.initiatives[1].id', '$.meetings[0].agenda[0].references.initiatives[0]'],
    );
  });

  it(`depth: agenda items deeper than ${MAX_AGENDA_DEPTH} are left out by the runtime only`, () => {
    const ok = compare(A.deepAgendaFeed(MAX_AGENDA_DEPTH));
    assert.deepEqual([ok.runtimeOk, ok.schemaOk], [true, true]);
    const deep = compare(A.deepAgendaFeed(MAX_AGENDA_DEPTH + 1));
    assert.deepEqual([deep.runtimeOk, deep.schemaOk, deep.why], [false, true, 'depth']);
  });

  it('trimming: a padded text is accepted by both (and trimmed by the runtime); a blank one is rejected by both', () => {
    const padded = feedWith((f) => (f.committee.name = '  Synthetic Committee \n'));
    assert.deepEqual([compare(padded).runtimeOk, compare(padded).schemaOk], [true, true]);
    const r = validateFeed(padded);
    assert.equal(r.ok && r.feed.committee.name, 'Synthetic Committee');
    const blank = compare(feedWith((f) => (f.committee.name = ' \u00a0\n')));
    assert.deepEqual([blank.runtimeOk, blank.schemaOk], [false, false]);
  });

  it('URL length: the runtime counts UTF-16 code units, JSON Schema code points', () => {
    const ascii = (n) => `https://example.org/${'a'.repeat(n - 20)}`;
    for (const [url, ok] of [
      [ascii(4096), true],
      [ascii(4097), false],
    ]) {
      const c = compare(feedWith((f) => (f.committee.url = url)));
      assert.deepEqual([c.runtimeOk, c.schemaOk], [ok, ok], `${url.length} characters`);
    }
    const astral = `https://example.org/${'𝔸'.repeat(3000)}`; // 3,020 code points, 6,020 UTF-16 code units
    const c = compare(feedWith((f) => (f.committee.url = astral)));
    assert.deepEqual([c.runtimeOk, c.schemaOk], [false, true]);
  });

  // A list where an object is expected (`[]` has no fields, so a careless check reads it as an empty object): both reject it.
  it('an array where an object of optional fields is expected: both reject', () => {
    for (const change of [
      (f) => (f.meetings[0].host = []),
      (f) => (f.meetings[0].venue = ['x']),
      (f) => (f.meetings[0].agenda[0].presenter = []),
      (f) => (f.meetings[0].agenda[0].references = []),
      (f) => (f.workingGroups[0].members[0] = []),
    ]) {
      const c = compare(feedWith(change));
      assert.deepEqual([c.runtimeOk, c.schemaOk, c.why], [false, false, null]);
    }
  });
});
