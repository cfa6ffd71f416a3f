// Sorts custom-elements.json's modules by path: the analyzer's file walk can list them in a different
// order from run to run, which would make the freshness check flaky.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'custom-elements.json';
const m = JSON.parse(readFileSync(file, 'utf8'));
m.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(file, JSON.stringify(m, null, 2) + '\n');
