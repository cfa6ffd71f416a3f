// Compares two builds of dist/cdn/ in headless Chromium, for a change that must not change what the widgets
// look like (a minifier, a build option):
//   node scripts/compare-cdn.mjs <before-dir> [<after-dir> = dist/cdn] [--out <dir>]
// For every CDN file in both directories, a page with the widgets that file defines, on the demo feed
// (demo/feeds/gcc-egov.json) with a fixed clock, is opened once with each build, in Arabic and English, at two
// widths (so that the @container rules apply on one of them), in light, dark, forced-colors and print. It
// compares, for every widget:
// - a screenshot, pixel by pixel;
// - the computed style of every element in its shadow root (all properties, custom properties included);
// - the stylesheets it adopted as the browser reads them back (`cssText` of every rule, so that a rule that
//   changed its meaning shows up even where no element on the page matches it).
// The browser prints both in its own canonical form, except the values of custom properties, which it keeps
// as written: there, the quotes of a string and the spaces after a comma are not compared (the tokens are
// the same, so is what var() yields).
// Exits 1 on any difference; --out keeps the screenshots of the differing ones.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
const [before, after = 'dist/cdn'] = args;
if (!before || !existsSync(before) || !existsSync(after)) {
  console.error('usage: node scripts/compare-cdn.mjs <before-dir> [<after-dir> = dist/cdn] [--out <dir>]');
  process.exit(2);
}

const ALL = ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster'];
const files = readdirSync(after).filter((f) => f.endsWith('.js') && existsSync(join(before, f)));
const feed = readFileSync('demo/feeds/gcc-egov.json', 'utf8');
const ORIGIN = 'http://majlis.invalid';

/** Rule texts and computed styles are compared with quotes and the spaces after commas made alike (see above). */
const normalize = (text) => text.replace(/'/gu, '"').replace(/,\s+/gu, ',');

/** The page for one CDN file: the demo's widgets that file defines, and a fixed clock set before they upgrade. */
function page(file, lang) {
  const tags = file === 'majlis.js' ? ALL : ALL.filter((t) => `${t}.js` === file);
  const widgets = {
    'meeting-card': `<meeting-card src="/feed.json" meeting="egov-exec-26" heading-level="3"></meeting-card>
      <meeting-card src="/feed.json" meeting="egov-exec-22" variant="compact" calendar="both" heading-level="3"></meeting-card>`,
    'agenda-list': `<agenda-list src="/feed.json" meeting="egov-exec-26" heading-level="3"></agenda-list>`,
    'initiative-tracker': `<initiative-tracker src="/feed.json" heading-level="2"></initiative-tracker>`,
    'working-group-roster': `<working-group-roster src="/feed.json" heading-level="2"></working-group-roster>`,
  };
  return `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"></head>
    <body style="margin: 8px">${tags.map((t) => widgets[t]).join('\n')}
    <script>for (const el of document.body.children) el.now = new Date('2025-06-01T09:00:00Z');</script>
    <script type="module" src="/cdn/${file}"></script></body></html>`;
}

const VARIANTS = [
  { name: 'light', features: [{ name: 'prefers-color-scheme', value: 'light' }] },
  { name: 'dark', features: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  { name: 'forced-colors', features: [{ name: 'forced-colors', value: 'active' }] },
  { name: 'print', media: 'print', features: [] },
];
const WIDTHS = [1100, 380];

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const differences = [];
let compared = 0;
try {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.setRequestInterception(true);
  let dir = before;
  let html = '';
  tab.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path === '/') return void req.respond({ contentType: 'text/html', body: html });
    if (path === '/feed.json') return void req.respond({ contentType: 'application/json', body: feed });
    const js = /^\/cdn\/([\w-]+\.js)$/u.exec(path);
    if (js && existsSync(join(dir, js[1]))) return void req.respond({ contentType: 'text/javascript', body: readFileSync(join(dir, js[1])) });
    return void req.respond({ status: 404, body: '' });
  });

  /** Screenshots (PNG) and adopted stylesheets of every widget on the page, once all have rendered the feed. */
  async function capture(build, file, lang, width, variant) {
    dir = build;
    html = page(file, lang);
    await tab.setViewport({ width, height: 900 });
    // Through the protocol: puppeteer's own emulateMediaFeatures does not accept forced-colors.
    await cdp.send('Emulation.setEmulatedMedia', { media: variant.media ?? 'screen', features: [{ name: 'prefers-reduced-motion', value: 'reduce' }, ...variant.features] });
    await tab.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    await tab.waitForFunction(
      () => [...document.body.children].filter((el) => el.localName.includes('-')).every((el) => el.shadowRoot?.querySelector('.base') && !el.shadowRoot.querySelector('.skeleton')),
      { timeout: 15000 },
    );
    const { sheets, styles } = await tab.evaluate(async () => {
      const els = [...document.body.children].filter((el) => el.localName.includes('-'));
      for (const el of els) await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const sheets = els.map((el) => el.shadowRoot.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
      const styles = [];
      for (const el of els) {
        const all = [el, ...el.shadowRoot.querySelectorAll('*')].map((e) => {
          const cs = getComputedStyle(e);
          return `${e.localName}.${e.className}{${[...cs].map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';')}}`;
        });
        styles.push(all.join('\n'));
      }
      return { sheets, styles };
    });
    const shots = [];
    for (const el of await tab.$$('body > *:not(script)')) shots.push(Buffer.from(await el.screenshot({ type: 'png' })));
    const digest = (t) => `${t.split('\n').length} elements, ${createHash('sha256').update(normalize(t)).digest('hex').slice(0, 16)}`;
    return { sheets: sheets.map(normalize), styles: styles.map(digest), shots };
  }

  /** Whether two PNGs hold the same pixels (decoded by the browser; equal bytes are equal pixels). */
  async function samePixels(a, b) {
    if (a.equals(b)) return true;
    return tab.evaluate(async (x, y) => {
      const pixels = async (b64) => {
        const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const c = new OffscreenCanvas(img.width, img.height);
        const ctx = c.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return { w: img.width, h: img.height, d: ctx.getImageData(0, 0, img.width, img.height).data };
      };
      const [p, q] = [await pixels(x), await pixels(y)];
      return p.w === q.w && p.h === q.h && p.d.every((v, i) => v === q.d[i]);
    }, a.toString('base64'), b.toString('base64'));
  }

  for (const file of files) {
    for (const lang of ['ar', 'en']) {
      for (const width of WIDTHS) {
        for (const variant of VARIANTS) {
          const label = `${file} ${lang} ${width}px ${variant.name}`;
          errors.length = 0;
          const a = await capture(before, file, lang, width, variant);
          const b = await capture(after, file, lang, width, variant);
          if (errors.length) differences.push(`${label}: page errors: ${errors.join('; ')}`);
          const ra = a.sheets.join('\n').split('\n');
          const rb = b.sheets.join('\n').split('\n');
          const at = ra.findIndex((r, i) => r !== rb[i]);
          if (at >= 0 || ra.length !== rb.length) {
            differences.push(`${label}: the adopted stylesheets differ, first at rule ${at + 1}:\n    before: ${ra[at] ?? '(none)'}\n    after:  ${rb[at] ?? '(none)'}`);
          }
          if (a.styles.join() !== b.styles.join()) differences.push(`${label}: computed styles differ (${a.styles.join(' | ')} before, ${b.styles.join(' | ')} after)`);
          if (a.shots.length !== b.shots.length) differences.push(`${label}: ${a.shots.length} widgets before, ${b.shots.length} after`);
          for (let i = 0; i < Math.min(a.shots.length, b.shots.length); i++) {
            compared++;
            if (await samePixels(a.shots[i], b.shots[i])) continue;
            differences.push(`${label}: widget ${i + 1} differs`);
            if (out) {
              mkdirSync(out, { recursive: true });
              const name = `${file.slice(0, -3)}-${lang}-${width}-${variant.name}-${i + 1}`;
              writeFileSync(join(out, `${name}-before.png`), a.shots[i]);
              writeFileSync(join(out, `${name}-after.png`), b.shots[i]);
            }
          }
        }
      }
    }
  }
} finally {
  await browser.close();
}
console.log(`${files.length} files, ${compared} widget screenshots compared (${before} vs ${after}).`);
for (const d of differences) console.log(`  DIFFERENT: ${d}`);
console.log(differences.length ? `${differences.length} differences.` : 'No differences: same pixels, computed styles and stylesheets.');
process.exit(differences.length ? 1 : 0);
