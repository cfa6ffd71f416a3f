// XLIFF completeness: every msg() in the sources is in xliff/ar.xlf with the
// same source text and a non-empty Arabic target, and src/generated/locales/ar/ is
// what `npm run localize:build` makes from it. Works on a copy; changes nothing.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { splitCatalog } from './split-catalog.mjs';

const tmp = '.tmp/xliff-check';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
cpSync('xliff', `${tmp}/xliff`, { recursive: true });
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
config.tsConfig = '../../tsconfig.localize.json';
config.interchange.xliffDir = './xliff/';
config.output.outputDir = './gen';
config.output.localeCodesModule = './gen/locale-codes.ts';
writeFileSync(`${tmp}/lit-localize.json`, JSON.stringify(config));
execSync(`npx lit-localize extract --config ${tmp}/lit-localize.json`, { stdio: 'pipe' });
execSync(`npx lit-localize build --config ${tmp}/lit-localize.json`, { stdio: 'pipe' });

const units = (xml) =>
  new Map([...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/gu)].map((m) => [m[1], m[2]]));
const committed = units(readFileSync('xliff/ar.xlf', 'utf8'));
const fresh = units(readFileSync(`${tmp}/xliff/ar.xlf`, 'utf8'));
const problems = [];
for (const [id, body] of fresh) {
  const src = /<source>([\s\S]*?)<\/source>/u.exec(body)?.[1];
  const old = committed.get(id);
  if (!old) problems.push(`${id}: new message, not in xliff/ar.xlf (run npm run localize:extract and translate it)`);
  else if (/<source>([\s\S]*?)<\/source>/u.exec(old)?.[1] !== src) problems.push(`${id}: source text changed since xliff/ar.xlf was written`);
  const target = /<target>([\s\S]*?)<\/target>/u.exec(body)?.[1]?.trim();
  if (!target) problems.push(`${id}: no Arabic target`);
}
for (const id of committed.keys()) if (!fresh.has(id)) problems.push(`${id}: in xliff/ar.xlf but no longer used in the sources`);
const gen = readFileSync(`${tmp}/gen/ar.ts`, 'utf8');
try {
  for (const [part, text] of Object.entries(splitCatalog(gen))) {
    const file = `src/generated/locales/ar/${part}.ts`;
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) problems.push(`${file} is stale: run npm run localize:build`);
  }
} catch (e) {
  problems.push(e.message);
}
rmSync(tmp, { recursive: true, force: true });
if (problems.length) {
  console.error(`XLIFF check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`XLIFF complete: ${fresh.size} messages, each with an Arabic target.`);
