// npm run build: dist/ (ES modules + types for npm) and dist/cdn/ (self-contained modules for CMS pages).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('npx vite build --logLevel warn');
run('npx tsc -p tsconfig.build.json');
const tags = readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
for (const entry of ['majlis', ...tags]) {
  execSync('npx vite build --mode cdn --logLevel warn', { stdio: 'inherit', env: { ...process.env, MAJLIS_CDN_ENTRY: entry } });
}

console.log('\nCDN files (gzip size, SRI):');
for (const f of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
  const buf = readFileSync(`dist/cdn/${f}`);
  const sri = `sha384-${createHash('sha384').update(buf).digest('base64')}`;
  console.log(`  dist/cdn/${f}  ${(statSync(`dist/cdn/${f}`).size / 1024).toFixed(1)} kB, ${(gzipSync(buf).length / 1024).toFixed(1)} kB gzip  integrity="${sri}"`);
}
