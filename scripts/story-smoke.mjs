// Story smoke test: opens every story of the built Storybook (storybook-static/index.json) in headless
// Chromium, in Arabic (RTL) and English (LTR), and fails on any page error, console error or axe violation.
// A new story is covered without editing this file.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const root = 'storybook-static';
if (!existsSync(`${root}/index.json`)) {
  console.error('storybook-static/index.json is missing: run npm run build-storybook first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync(`${root}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const only = process.argv[2];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const failures = [];
let checked = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  let problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Story states that show a feed error log it on purpose (the widgets report failures in the console).
    if (m.type() === 'error' && !/\[(meeting-card|agenda-list|initiative-tracker|working-group-roster)\]/u.test(m.text()) && !/Failed to load resource/u.test(m.text())) {
      problems.push(`console error: ${m.text()}`);
    }
  });
  for (const story of stories) {
    if (only && !story.id.includes(only)) continue;
    for (const locale of ['ar', 'en']) {
      problems = [];
      const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${locale}`;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, { timeout: 15000 }).catch(() => problems.push('story did not render'));
      // Let feeds load and widgets settle (loading stories stay in their skeleton on purpose). A widget with no
      // source says so 3 s after the page's load (MISSING_AFTER_MS): that story waits for its message.
      if (story.id.endsWith('--error-no-source')) {
        await page.waitForFunction(() => [...document.querySelectorAll('#storybook-root *')].some((e) => e.shadowRoot?.querySelector('[part="error"]')), { timeout: 10000 }).catch(() => problems.push('no "missing source" message'));
      }
      await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // Cards far from the viewport are laid out when they come near (content-visibility: auto); axe cannot read
        // their colours until they are (dequelabs/axe-core#2768), so they are laid out for the check.
        const style = document.createElement('style');
        style.textContent = 'initiative-tracker::part(initiative), working-group-roster::part(group) { content-visibility: visible; }';
        document.head.append(style);
        try {
          const r = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        } finally {
          style.remove();
        }
      });
      problems.push(...violations.map((v) => `axe ${v}`));
      checked++;
      if (problems.length) failures.push(`${story.id} [${locale}]\n    ${problems.join('\n    ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`Story smoke test: ${failures.length} of ${checked} story views failed:\n  ${failures.join('\n  ')}`);
}
console.log(`stories: ${checked - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
