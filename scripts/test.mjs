// npm test: every check, in order; prints one line per step and a summary.
// Finds Chrome/Chromium first (CHROME_PATH, then the system; installs Debian's
// chromium with apt-get where none exists and that is possible).
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

let chrome;
try {
  chrome = findChrome();
  console.log(`Browser for tests: ${chrome}`);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
process.env.CHROME_PATH = chrome;

const steps = [
  ['lint (eslint: typescript-eslint, lit, wc)', 'npx eslint .'],
  ['type check (tsc --strict)', 'npx tsc --noEmit -p tsconfig.json'],
  ['lit-analyzer', 'npm run -s lit-analyzer'],
  ['custom-elements.json is fresh', 'node scripts/check-manifest.mjs'],
  ['XLIFF complete (Arabic)', 'node scripts/check-xliff.mjs'],
  ['feed JSON Schema is fresh', 'npx tsx scripts/gen-schema.ts --check'],
  ['build (dist/, dist/cdn/)', 'npm run -s build'],
  ['size budgets (size-limit, gzip: dist/cdn/*.js)', 'npx size-limit'],
  ['consumer test (packed tarball: publint, attw, tsc, vite, React 19 in Chromium)', 'node scripts/consumer-test.mjs'],
  ['demo build (dist-demo/)', 'npm run -s build:demo -- --logLevel warn'],
  ['node tests (feed JSON Schema with ajv, validate CLI)', 'node --import tsx --test test/node/'],
  ['browser tests (web-test-runner, headless Chromium)', 'npx wtr --config web-test-runner.config.mjs'],
  ['Storybook build', 'npm run -s build-storybook'],
  ['story smoke test (every story, ar and en: no errors, no axe violations)', 'node scripts/story-smoke.mjs'],
];
const only = process.argv.slice(2);
let passed = 0;
const failed = [];
for (const [name, cmd] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  console.log(`\n▶ ${name}\n  $ ${cmd}`);
  const t = Date.now();
  const r = spawnSync(cmd, { shell: true, stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status === 0) {
    passed++;
    console.log(`✔ ${name} (${secs}s)`);
  } else {
    failed.push(name);
    console.log(`✘ ${name} (${secs}s, exit ${r.status})`);
  }
}
console.log(`\n${failed.length ? `Failed: ${failed.join('; ')}\n` : ''}test steps: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
