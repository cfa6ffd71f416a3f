// Splits the Arabic catalogue that `lit-localize build` writes (.tmp/localize/ar.ts, see lit-localize.json) into
// one module per widget (src/generated/locales/ar/<part>.ts, committed), so that a page that loads one widget does not download the
// translations of the other three. Each message goes by its id's prefix; an id with an unknown prefix is an error.
//   node scripts/split-catalog.mjs            writes the parts (npm run localize:build runs it)
// check-xliff.mjs imports splitCatalog() to check that the committed parts are fresh.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Catalogue part → the id prefixes in it. The base element registers `majlis`; each widget its own part. */
export const PARTS = {
  majlis: ['majlis'],
  meeting: ['meeting', 'role', 'list'],
  agenda: ['agenda'],
  initiative: ['initiative'],
  roster: ['roster'],
};

/** The parts' module texts, from the text of the generated ar.ts. */
export function splitCatalog(source) {
  const lines = source.split('\n').filter((l) => /^\s*'[^']+': /u.test(l));
  const byPart = Object.fromEntries(Object.keys(PARTS).map((p) => [p, []]));
  for (const line of lines) {
    const id = /^\s*'([^']+)'/u.exec(line)[1];
    const part = Object.keys(PARTS).find((p) => PARTS[p].includes(id.split('.')[0]));
    if (!part) throw new Error(`${id}: no catalogue part for the prefix "${id.split('.')[0]}" (scripts/split-catalog.mjs PARTS)`);
    byPart[part].push(`  ${line.trim()}`);
  }
  return Object.fromEntries(
    Object.entries(byPart).map(([part, entries]) => {
      const usesStr = entries.some((e) => /: str`/u.test(e));
      return [
        part,
        `// Generated from xliff/ar.xlf by npm run localize:build (lit-localize, then scripts/split-catalog.mjs): do not edit.\n` +
          `/* eslint-disable */\n` +
          (usesStr ? `import { str } from '@lit/localize';\n` : '') +
          `\n/** Arabic messages with the id prefixes ${PARTS[part].map((p) => `"${p}."`).join(', ')}. */\n` +
          `export const ar${part[0].toUpperCase()}${part.slice(1)} = {\n${entries.join('\n')}\n};\n`,
      ];
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const parts = splitCatalog(readFileSync('.tmp/localize/ar.ts', 'utf8'));
  mkdirSync('src/generated/locales/ar', { recursive: true });
  for (const [part, text] of Object.entries(parts)) writeFileSync(`src/generated/locales/ar/${part}.ts`, text);
  console.log(`src/generated/locales/ar/: ${Object.keys(parts).map((p) => `${p}.ts`).join(', ')}`);
}
