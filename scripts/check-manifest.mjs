// custom-elements.json freshness: regenerate into a temp folder and compare with the committed file.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const tmp = '.tmp/cem-check';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
// Without MAJLIS_INTEGRATIONS_OUT the analyzer's framework/editor plugins write nothing (see the config).
const env = { ...process.env };
delete env.MAJLIS_INTEGRATIONS_OUT;
execSync(`npx cem analyze --config custom-elements-manifest.config.mjs --outdir ${tmp} --quiet`, { stdio: 'pipe', env });
execSync(`node scripts/sort-manifest.mjs ${tmp}/custom-elements.json`, { stdio: 'pipe' });
execSync(`npx prettier --log-level warn --write ${tmp}/custom-elements.json`, { stdio: 'pipe' });
const fresh = readFileSync(`${tmp}/custom-elements.json`, 'utf8');
rmSync(tmp, { recursive: true, force: true });
if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
  console.error('custom-elements.json is out of date: run npm run analyze and commit it.');
  process.exit(1);
}
const m = JSON.parse(fresh);
const tags = m.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
console.log(`custom-elements.json is up to date (${tags.join(', ')}).`);
