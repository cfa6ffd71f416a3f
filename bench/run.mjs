// npm run bench: builds the benchmark pages (production, minified) into .tmp/bench/, checks that each
// vanilla baseline renders the same markup as its widget, then runs every suite side by side in headless
// Chromium with tachometer, writes bench/results/<suite>.json and prints the ratios with their 95%
// confidence intervals. `npm run bench -- agenda` runs only the suites whose name contains "agenda".
// BENCH_SAMPLES (default 20) and BENCH_TIMEOUT (minutes of extra sampling per suite, default 0.5) tune it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findChrome, findChromedriver } from '../scripts/find-chrome.mjs';
import { checkMarkup } from './check-markup.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const OUT = here('../.tmp/bench/');
const RESULTS = here('./results/');
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 0.5);

/** A benchmark: a page (with its query) and the performance measures it records. */
const bench = (name, url, measures) => ({ name, url, measures });
const widget = (tag, n, refresh = false, extra = '') => `widget.html?tag=${tag}&n=${n}${refresh ? '&refresh=1' : ''}${extra}`;
/** Every page records its work (to laid out) and the same to the next frame (`-frame`): see bench/harness.ts. */
const RENDER = ['render', 'render-frame'];
const REFRESH = ['render', 'refresh', 'render-frame', 'refresh-frame'];
/** The same comparison to the next frame, for the record (the targets are on the work). */
const framed = (t) => ({ ...t, what: `(to the next frame) ${t.what}`, a: [t.a[0], `${t.a[1]}-frame`], b: [t.b[0], `${t.b[1]}-frame`], diagnostic: true });
const vanilla = (tag, n, extra = '') => `vanilla.html?tag=${tag}&n=${n}${extra}`;

/**
 * Each suite runs its benchmarks round-robin in one browser; each target is a ratio of two of its
 * results (`a` ÷ `b`, by benchmark name and measure) with the issue's limit and goal.
 */
const SUITES = [
  {
    name: 'agenda',
    benchmarks: [
      bench('agenda-list 1000', widget('agenda-list', 1000, true), REFRESH),
      bench('vanilla agenda 1000', vanilla('agenda-list', 1000), RENDER),
      bench('agenda-list 100', widget('agenda-list', 100), ['render']),
      bench('agenda-list 10000', widget('agenda-list', 10000), ['render']),
    ],
    targets: [
      { what: 'agenda-list 1,000 items, first render ÷ vanilla', a: ['agenda-list 1000', 'render'], b: ['vanilla agenda 1000', 'render'], limit: 1.3, goal: 1.15 },
      { what: 'agenda-list 10,000 ÷ 100 items (virtualized)', a: ['agenda-list 10000', 'render'], b: ['agenda-list 100', 'render'], limit: 2 },
      { what: 'agenda-list 1,000: refresh, one item changed ÷ first render', a: ['agenda-list 1000', 'refresh'], b: ['agenda-list 1000', 'render'], limit: 0.1 },
    ],
  },
  {
    name: 'roster',
    benchmarks: [
      // `expanded`: every group open, so that the 1,000 members are rendered (a closed group's are rendered when it opens).
      bench('working-group-roster 1000', widget('working-group-roster', 1000, true, '&expanded=1'), REFRESH),
      bench('vanilla roster 1000', vanilla('working-group-roster', 1000, '&expanded=1'), RENDER),
      bench('working-group-roster 1000, groups closed', widget('working-group-roster', 1000), ['render']),
      bench('vanilla roster 1000, groups closed', vanilla('working-group-roster', 1000), ['render']),
    ],
    targets: [
      { what: 'working-group-roster 1,000 members ÷ vanilla', a: ['working-group-roster 1000', 'render'], b: ['vanilla roster 1000', 'render'], limit: 1.3 },
      { what: 'working-group-roster: refresh, one member changed ÷ first render', a: ['working-group-roster 1000', 'refresh'], b: ['working-group-roster 1000', 'render'], limit: 0.1 },
      {
        what: '(the default page: groups closed, members not rendered) working-group-roster ÷ vanilla',
        a: ['working-group-roster 1000, groups closed', 'render'],
        b: ['vanilla roster 1000, groups closed', 'render'],
        limit: 1.3,
        diagnostic: true,
      },
      {
        what: '(the same, ÷ the expanded first render)',
        a: ['working-group-roster 1000, groups closed', 'render'],
        b: ['working-group-roster 1000', 'render'],
        limit: 1,
        diagnostic: true,
      },
    ],
  },
  {
    name: 'tracker',
    benchmarks: [
      bench('initiative-tracker 500', widget('initiative-tracker', 500, true), REFRESH),
      bench('vanilla tracker 500', vanilla('initiative-tracker', 500), RENDER),
    ],
    targets: [
      { what: 'initiative-tracker 500 initiatives ÷ vanilla', a: ['initiative-tracker 500', 'render'], b: ['vanilla tracker 500', 'render'], limit: 1.3 },
      { what: 'initiative-tracker: refresh, one initiative changed ÷ first render', a: ['initiative-tracker 500', 'refresh'], b: ['initiative-tracker 500', 'render'], limit: 0.1 },
    ],
  },
  {
    name: 'validate',
    benchmarks: [
      bench('validateFeed 1 MB', 'validate.html?mode=validate', ['feed']),
      bench('JSON.parse 1 MB', 'validate.html?mode=parse', ['feed']),
      bench('validateFeed 1 MB, copied', 'validate.html?mode=validate-copy', ['feed']),
    ],
    targets: [
      { what: 'validating a 1 MB feed ÷ JSON.parse of it', a: ['validateFeed 1 MB', 'feed'], b: ['JSON.parse 1 MB', 'feed'], limit: 1 },
      {
        what: '(a `feed` property: every part copied)',
        a: ['validateFeed 1 MB, copied', 'feed'],
        b: ['JSON.parse 1 MB', 'feed'],
        limit: 1,
        diagnostic: true,
      },
    ],
  },
];

// Each target between two measures that are also timed to the next frame gets its framed twin, for the record.
for (const suite of SUITES) {
  const has = ([name, measure]) => suite.benchmarks.some((b) => b.name === name && b.measures.includes(`${measure}-frame`));
  suite.targets.push(...suite.targets.filter((t) => has(t.a) && has(t.b)).map(framed));
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function tachometerConfig(suite, chrome) {
  return {
    $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
    root: '.',
    sampleSize: SAMPLES,
    timeout: TIMEOUT,
    autoSampleConditions: ['10%'],
    benchmarks: suite.benchmarks.map((b) => ({
      name: b.name,
      url: b.url,
      measurement: b.measures.map((m) => ({ mode: 'performance', entryName: m, name: m })),
      browser: {
        name: 'chrome',
        headless: true,
        binary: chrome,
        addArguments: CHROME_ARGS,
        windowSize: { width: 1024, height: 768 },
      },
    })),
  };
}

/** The ratio a ÷ b with its 95% interval, from tachometer's difference of a against b (percent change of the means). */
function ratio(results, [aName, aMeasure], [bName, bMeasure]) {
  // tachometer names a page that records several measures "<name> [<measure>]".
  const find = (name, measure) => results.benchmarks.findIndex((x) => (x.name === name || x.name === `${name} [${measure}]`) && x.measurement.name === measure);
  const a = find(aName, aMeasure);
  const b = find(bName, bMeasure);
  if (a < 0 || b < 0) throw new Error(`no result for ${aName} [${aMeasure}] or ${bName} [${bMeasure}]`);
  const d = results.benchmarks[a].differences[b];
  const mean = (i) => (results.benchmarks[i].mean.low + results.benchmarks[i].mean.high) / 2;
  return { low: 1 + d.percentChange.low / 100, high: 1 + d.percentChange.high / 100, point: mean(a) / mean(b), a: results.benchmarks[a].mean, b: results.benchmarks[b].mean };
}

const fmt = (x, digits = 2) => x.toFixed(digits);
const ms = (ci) => `${fmt(ci.low, 1)}–${fmt(ci.high, 1)} ms`;

const only = process.argv.slice(2);
const suites = SUITES.filter((s) => !only.length || only.some((o) => s.name.includes(o)));
const chrome = findChrome();
// Selenium (under tachometer) takes the first chromedriver on PATH: the system's, matching the system's Chromium.
const driver = findChromedriver();
process.env.PATH = `${dirname(driver)}:${process.env.PATH}`;
mkdirSync(RESULTS, { recursive: true });

console.log('▶ building the benchmark pages (.tmp/bench/)');
run('npx', ['vite', 'build', '--config', here('./vite.config.ts')], { cwd: here('..') });

console.log('▶ checking that each baseline renders its widget\'s markup');
for (const [tag, n, r] of await checkMarkup()) {
  console.log(`  ${tag} (${n}): ${r.widget} elements in the widget, ${r.baseline} in the baseline; ${r.missing} missing, ${r.extra} extra`);
  if (r.missing || r.extra) throw new Error(`the ${tag} baseline does not render the widget's markup: ${JSON.stringify(r.sample)}`);
}

const rows = [];
for (const suite of suites) {
  console.log(`\n▶ suite ${suite.name}: ${suite.benchmarks.map((b) => b.name).join(', ')}`);
  const config = `${OUT}tachometer-${suite.name}.json`;
  writeFileSync(config, JSON.stringify(tachometerConfig(suite, chrome), null, 2));
  const json = `${RESULTS}${suite.name}.json`;
  // Each suite gets its sampling time plus room for the browser and the minimum samples.
  const limit = Math.ceil(TIMEOUT * 60 + 420);
  run('timeout', [String(limit), 'node', here('../node_modules/tachometer/bin/tach.js'), '--config', config, '--json-file', json], {
    env: { ...process.env, SE_OFFLINE: 'true' },
  });
  const results = JSON.parse(readFileSync(json, 'utf8'));
  for (const t of suite.targets) rows.push({ suite: suite.name, ...t, r: ratio(results, t.a, t.b) });
}

const verdict = (t) => (t.diagnostic ? 'for the record' : t.r.high <= t.limit ? 'met' : t.r.low > t.limit ? 'NOT met' : 'unclear');
const table = [
  '| Benchmark | Ratio (95% CI) | Limit | Result | Means (95% CI) |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (t) =>
      `| ${t.what} | ${fmt(t.r.point)}× (${fmt(t.r.low)}–${fmt(t.r.high)}) | ≤ ${t.limit}×${t.goal ? ` (goal ${t.goal}×)` : ''} | ${verdict(t)} | ${ms(t.r.a)} vs ${ms(t.r.b)} |`,
  ),
].join('\n');
writeFileSync(`${RESULTS}summary.md`, `${table}\n\nSamples per benchmark: at least ${SAMPLES}; Chromium ${chrome}; ${new Date().toISOString()}\n`);
console.log(`\n${table}\n\n(bench/results/summary.md; raw results in bench/results/<suite>.json)`);
const failed = rows.filter((t) => verdict(t) === 'NOT met').length;
console.log(`\nbench targets: ${rows.length - failed} met or unclear, ${failed} not met`);
