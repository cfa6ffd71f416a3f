// npm run build: dist/ (ES modules + types for npm) and dist/cdn/ (self-contained modules for CMS pages).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('npx vite build --logLevel warn');
run('npx tsc -p tsconfig.build.json');

// dist/integrations/: JSX types (React 19, Preact, Solid), Vue GlobalComponents types, VS Code custom
// data and JetBrains web-types, written by the analyzer's plugins (custom-elements-manifest.config.mjs).
const integrationsTmp = '.tmp/build-integrations';
rmSync(integrationsTmp, { recursive: true, force: true });
execSync(`npx cem analyze --config custom-elements-manifest.config.mjs --outdir ${integrationsTmp}/cem --quiet`, {
  stdio: 'pipe',
  env: { ...process.env, MAJLIS_INTEGRATIONS_OUT: `${integrationsTmp}/out` },
});
execSync(`node scripts/sort-manifest.mjs ${integrationsTmp}/cem/custom-elements.json`, { stdio: 'pipe' });
execSync(`npx prettier --log-level warn --write ${integrationsTmp}/cem/custom-elements.json`, { stdio: 'pipe' });
if (readFileSync(`${integrationsTmp}/cem/custom-elements.json`, 'utf8') !== readFileSync('custom-elements.json', 'utf8')) {
  console.warn('Warning: custom-elements.json is out of date (npm run analyze); dist/integrations/ follows the sources.');
}
cpSync(`${integrationsTmp}/out`, 'dist/integrations', { recursive: true });
rmSync(integrationsTmp, { recursive: true, force: true });
// The type-only entry points get an empty module, so that a plain `import 'majlis-widgets/jsx/react'` also works.
const integrations = readdirSync('dist/integrations');
for (const f of ['jsx', 'react', 'preact', 'solid', 'vue']) writeFileSync(`dist/integrations/${f}.js`, 'export {};\n');
console.log(`dist/integrations/: ${integrations.sort().join(', ')}`);
const tags = readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
for (const entry of ['majlis', ...tags]) {
  execSync('npx vite build --mode cdn --logLevel warn', { stdio: 'inherit', env: { ...process.env, MAJLIS_CDN_ENTRY: entry } });
}

console.log('\nCDN files (gzip size, SRI):');
const hashes = {};
for (const f of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
  const buf = readFileSync(`dist/cdn/${f}`);
  const sri = `sha384-${createHash('sha384').update(buf).digest('base64')}`;
  hashes[f] = sri;
  console.log(`  dist/cdn/${f}  ${(statSync(`dist/cdn/${f}`).size / 1024).toFixed(1)} kB, ${(gzipSync(buf).length / 1024).toFixed(1)} kB gzip  integrity="${sri}"`);
}
// The hashes ship too, for pages that pin a version: <script … integrity="…" crossorigin="anonymous">.
writeFileSync('dist/cdn/sri.json', `${JSON.stringify(hashes, null, 2)}\n`);
console.log('  (also in dist/cdn/sri.json)');
