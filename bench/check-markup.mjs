// Compares each widget's shadow DOM with its vanilla baseline's (same feed) in headless Chromium:
// elements, attributes and text, leaving out comments and whitespace-only text. Needs the built
// pages (.tmp/bench/, see run.mjs). Prints one line per widget; exits 1 when they differ.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const root = fileURLToPath(new URL('../.tmp/bench/', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

/** Serves the built bench pages on 127.0.0.1 (a free port). */
export async function serveBench() {
  const server = http.createServer(async (req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export const MARKUP_CASES = [
  ['agenda-list', 1000],
  ['working-group-roster', 1000],
  ['working-group-roster', 1000, 'expanded=1'],
  ['initiative-tracker', 500],
];

/** Renders each widget and its baseline; returns [tag, n, result] per case. */
export async function checkMarkup() {
  const { server, origin } = await serveBench();
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  try {
    const out = [];
    for (const [tag, n, extra] of MARKUP_CASES) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1024, height: 768 });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${origin}/markup.html?tag=${tag}&n=${n}${extra ? `&${extra}` : ''}`);
      await page.waitForFunction(() => 'markupResult' in window, { timeout: 120_000 }).catch((e) => {
        throw new Error(`${tag}: no result (${errors.join('; ') || e.message})`);
      });
      out.push([extra ? `${tag} ${extra}` : tag, n, await page.evaluate(() => window.markupResult)]);
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await checkMarkup();
  let same = true;
  for (const [tag, n, r] of results) {
    same &&= r.missing === 0 && r.extra === 0;
    console.log(`${tag} (${n}): widget ${r.widget} elements, baseline ${r.baseline}; missing from the baseline ${r.missing}, extra in it ${r.extra}`);
    for (const l of r.sample.missing) console.log(`  - ${l.trim()}`);
    for (const l of r.sample.extra) console.log(`  + ${l.trim()}`);
  }
  process.exit(same ? 0 : 1);
}
