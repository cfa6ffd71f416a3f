// npm run fuzz: property-based fuzzing of the feed validator (src/feed/validate.ts) in Node, at least 100,000 cases.
//
//   node --import tsx scripts/fuzz.mjs [--runs 100000] [--seed 12345]      (or FUZZ_RUNS / FUZZ_SEED)
//
// Properties, each over its share of the runs (arbitraries in test/reliability/feed-arbitraries.ts):
//   - any JSON value, and objects shaped like a feed holding junk: validateFeed never throws, and returns
//     { ok: true, feed, warnings } or { ok: false, reason, errors }, every issue with a "$" path and a non-empty
//     "expected";
//   - generated valid feeds: ok with no warning;
//   - mutated valid feeds (deleted keys, wrong types, boundary values): never throws, well-formed result;
//   - whatever is accepted validates again with no warning (the output is a valid feed);
//   - validating a parsed copy in place ({ owned: true }, as a widget does with a feed it parses) gives the same JSON,
//     key order included, as validating a copy;
//   - extremes: 10,000 agenda items, 2,000-deep agenda nesting, 20,000-deep junk: a result, no stack overflow.
// Prints the seed first and a summary line last; exits 1 on a failure (fast-check's report has the seed and path
// to replay it: --seed <seed>).
import fc from 'fast-check';
import { register } from 'tsx/esm/api';

register();
const { validateFeed } = await import('../src/feed/validate.ts');
const { MAX_AGENDA_DEPTH } = await import('../src/feed/schema.ts');
const A = await import('../test/reliability/feed-arbitraries.ts');

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('runs') ?? process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(arg('seed') ?? process.env.FUZZ_SEED) || A.newSeed();
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number, got ${arg('runs') ?? process.env.FUZZ_RUNS}`);
  process.exit(2);
}
console.log(`fuzz: seed ${seed}, ${runs} validator cases (replay: node --import tsx scripts/fuzz.mjs --seed ${seed} --runs ${runs})`);

const tally = { cases: 0, accepted: 0, rejected: 0, withWarnings: 0 };

/** validateFeed, with the checks every result must pass; returns the result. */
function validated(input) {
  let r;
  try {
    r = validateFeed(input);
  } catch (e) {
    throw new Error(`validateFeed threw: ${e?.stack ?? e}`);
  }
  tally.cases++;
  const problem = A.resultProblem(r);
  if (problem) throw new Error(`malformed result: ${problem}`);
  const inPlace = A.inPlaceProblem(input, validateFeed);
  if (inPlace) throw new Error(inPlace);
  if (r.ok) {
    tally.accepted++;
    if (r.warnings.length) tally.withWarnings++;
    const again = validateFeed(JSON.parse(JSON.stringify(r.feed)));
    if (!again.ok || again.warnings.length) throw new Error(`the validated feed does not validate again: ${JSON.stringify(again.ok ? again.warnings : again.errors)}`);
  } else tally.rejected++;
  return r;
}

const share = (part) => Math.max(1, Math.round(runs * part));
const properties = [
  ['any JSON value', share(0.3), fc.property(fc.jsonValue(), (x) => void validated(x))],
  ['feed-shaped junk', share(0.3), fc.property(A.feedShapedJunk(), (x) => void validated(x))],
  [
    'valid feeds',
    share(0.15),
    fc.property(A.validFeed({ maxItems: 2, maxDepth: 3 }), (feed) => {
      const r = validated(feed);
      if (!r.ok || r.warnings.length) throw new Error(`a valid feed was not accepted cleanly: ${JSON.stringify(r.ok ? r.warnings : r.errors)}`);
    }),
  ],
  ['mutated valid feeds', share(0.25), fc.property(A.mutatedFeed({ maxItems: 2, maxDepth: 3 }), (feed) => void validated(feed))],
];

const started = Date.now();
let failed = 0;
const lines = [];
for (const [name, numRuns, property] of properties) {
  const t = Date.now();
  const before = tally.cases;
  const out = fc.check(property, { seed, numRuns, verbose: true });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (out.failed) {
    failed++;
    console.error(`✘ ${name}:\n${fc.defaultReportMessage(out)}`);
  }
  lines.push(`${out.failed ? '✘' : '✔'} ${name}: ${tally.cases - before} cases in ${secs}s`);
  console.log(lines.at(-1));
}

// Extremes, once each.
const extremes = [
  ['10,000 agenda items', () => A.hugeAgendaFeed(10_000), (r) => r.ok && r.warnings.length === 0],
  [`2,000-deep agenda nesting (kept to ${MAX_AGENDA_DEPTH})`, () => A.deepAgendaFeed(2000), (r) => r.ok && r.warnings.length === 1 && /nested at most/u.test(r.warnings[0].expected)],
  [
    '20,000-deep junk beside an invalid item',
    () => {
      let junk = 1;
      for (let i = 0; i < 20_000; i++) junk = [junk];
      return { ...A.deepAgendaFeed(1), 'x-junk': junk, initiatives: [{ id: 'bad' }] };
    },
    (r) => r.ok && r.warnings.length > 0 && r.warnings.every((w) => w.dropped === '$.initiatives[0]'),
  ],
  ['10,000 of everything', () => A.hugeListsFeed(10_000), (r) => r.ok && r.warnings.length === 0],
];
for (const [name, make, expected] of extremes) {
  const t = Date.now();
  let ok = false;
  try {
    ok = expected(validated(make()));
  } catch (e) {
    console.error(`✘ ${name}: ${e?.message ?? e}`);
  }
  if (!ok) failed++;
  lines.push(`${ok ? '✔' : '✘'} ${name} in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  console.log(lines.at(-1));
}

const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `fuzz: ${tally.cases} validator cases in ${secs}s, seed ${seed}: ${failed ? `${failed} propert${failed === 1 ? 'y' : 'ies'} FAILED` : 'all properties hold'} ` +
    `(${tally.accepted} accepted, ${tally.withWarnings} of them with items left out; ${tally.rejected} rejected)`,
);
process.exit(failed ? 1 : 0);
