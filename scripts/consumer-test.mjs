// Consumer test: uses the package as an application would. Packs it (npm pack) into a temporary
// folder, installs the tarball there in a new project (with react, react-dom, typescript, vite,
// preact, solid-js and vue from the registry), then:
//   - publint (strict) and Are the Types Wrong (esm-only profile) on the tarball;
//   - type-checks TypeScript that imports the classes, the event detail types, the tag types
//     (HTMLElementTagNameMap), the React wrappers and the JSX types for React, Preact, Solid and Vue;
//   - builds a vite app that imports majlis-widgets/all.js (the four tags are in the bundle) and one
//     that imports a helper from the main module (no element is bundled: it has no side effects);
//   - renders the React wrappers with React 19 in headless Chromium, with a `feed` property, and
//     checks that every widget rendered its shadow DOM and that onMajlisLoad fired.
// Needs a built dist/ (npm run build). KEEP_CONSUMER=1 keeps the temporary folder.
import { execFileSync, execSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const TAGS = ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster'];
const repo = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (!existsSync('dist/index.js') || !existsSync('dist/react/index.js') || !existsSync('dist/integrations/web-types.json')) {
  console.error('dist/ is missing or incomplete: run npm run build first.');
  process.exit(1);
}

const started = Date.now();
const tmp = mkdtempSync(join(tmpdir(), 'majlis-consumer-'));
const app = join(tmp, 'app');
let passed = 0;
const failed = [];

/** Runs a command; its output is shown only when it fails. */
function sh(cmd, cwd = tmp) {
  try {
    return execSync(cmd, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, npm_config_update_notifier: 'false' } });
  } catch (e) {
    throw new Error(`${cmd} failed (exit ${e.status}):\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

async function check(name, fn) {
  const t = Date.now();
  try {
    const note = await fn();
    passed++;
    console.log(`  ✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)${note ? `: ${note}` : ''}`);
    return true;
  } catch (e) {
    failed.push(name);
    console.log(`  ✘ ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)\n${String(e.message ?? e).replace(/^/gmu, '      ')}`);
    return false;
  }
}

const write = (file, text) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

let tarball;
try {
  console.log(`Consumer test in ${tmp}`);

  await check('npm pack', () => {
    const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    tarball = join(tmp, info.filename);
    const missing = [
      'package/dist/index.js',
      'package/dist/all.js',
      'package/dist/react/index.js',
      'package/dist/integrations/web-types.json',
      'package/dist/integrations/vscode.html-custom-data.json',
      'package/custom-elements.json',
      'package/schema/feed.schema.json',
      ...Object.values(pkg.bin ?? {}).map((b) => `package/${b.replace(/^\.\//u, '')}`),
    ].filter((f) => !info.files.some((x) => `package/${x.path}` === f));
    if (missing.length) throw new Error(`not in the tarball: ${missing.join(', ')}`);
    return `${info.filename}, ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`;
  });
  if (!tarball) throw new Error('no tarball');

  await check('publint --strict', () => {
    const out = sh(`npx --no-install publint run "${tarball}" --strict`, repo);
    if (!/All good/u.test(out) && /\b(error|warning)/iu.test(out)) throw new Error(out);
    return out.trim().split('\n').at(-1);
  });

  await check('arethetypeswrong (esm-only profile)', () => {
    const out = sh(`npx --no-install attw "${tarball}" --profile esm-only --format ascii --no-color`, repo);
    // attw exits non-zero on any problem under the profile (node10 and node16-from-CJS are not resolutions of an ESM-only package).
    return `no problems in ${out.split('\n').filter((l) => /^"majlis-widgets/u.test(l)).length} entry points (node16 from ESM, bundler)`;
  });

  // The project: the tarball plus the frameworks, from the registry (npm's cache first).
  write(
    join(app, 'package.json'),
    JSON.stringify({ name: 'majlis-consumer', private: true, version: '0.0.0', type: 'module' }, null, 2),
  );
  const installed = await check('npm install (tarball, react 19, typescript, vite, preact, solid-js, vue)', () => {
    const deps = [
      tarball,
      'react@^19',
      'react-dom@^19',
      '@types/react@^19',
      '@types/react-dom@^19',
      `@lit/react@${pkg.peerDependencies['@lit/react']}`,
      'typescript@~5.9',
      `vite@${pkg.devDependencies.vite}`,
      'preact',
      'solid-js@^1',
      'vue@^3',
    ];
    sh(`npm install --no-audit --no-fund --prefer-offline --loglevel=error ${deps.map((d) => `"${d}"`).join(' ')}`, app);
    const v = (name) => JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')).version;
    return `react ${v('react')}, typescript ${v('typescript')}, vite ${v('vite')}, preact ${v('preact')}, solid-js ${v('solid-js')}, vue ${v('vue')}`;
  });
  if (!installed) throw new Error('install failed');

  await check('TypeScript: classes, event details, tag types, React wrappers, JSX types (React, Preact, Solid, Vue)', () => {
    write(
      join(app, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            jsx: 'react-jsx',
            strict: true,
            noEmit: true,
            // Check the package's own declaration files too (they are what a consumer's editor reads).
            skipLibCheck: false,
            resolveJsonModule: true,
            types: [],
          },
          include: ['types/**/*'],
        },
        null,
        2,
      ),
    );
    write(
      join(app, 'types/classes.ts'),
      `import { AgendaList, InitiativeTracker, MajlisElement, MeetingCard, WorkingGroupRoster, fragmentId, validateFeed } from 'majlis-widgets';
import type { Feed, MajlisErrorDetail, MajlisLoadDetail, MajlisNavigateDetail } from 'majlis-widgets';
import 'majlis-widgets/meeting-card.js';
import 'majlis-widgets/all.js';
import schema from 'majlis-widgets/schema.json' with { type: 'json' };

type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const yes = <T extends true>(): T => true as T;

// Tag types: document.createElement and querySelector know the four tags.
yes<Is<HTMLElementTagNameMap['meeting-card'], MeetingCard>>();
yes<Is<HTMLElementTagNameMap['agenda-list'], AgendaList>>();
yes<Is<HTMLElementTagNameMap['initiative-tracker'], InitiativeTracker>>();
yes<Is<HTMLElementTagNameMap['working-group-roster'], WorkingGroupRoster>>();
const card = document.createElement('meeting-card');
card.variant = 'compact';
// @ts-expect-error: not a variant
card.variant = 'huge';
const list = document.querySelector('agenda-list');
if (list) list.collapsed = true;
const base: MajlisElement = card;

// Event detail types, on addEventListener too.
card.addEventListener('majlis-load', (e) => {
  const detail: MajlisLoadDetail = e.detail;
  const feed: Feed = detail.feed;
  console.log(feed.committee.id, detail.warnings.length);
  // @ts-expect-error: a load detail is not an error detail
  const wrong: MajlisErrorDetail = e.detail;
  console.log(wrong);
});
card.addEventListener('majlis-error', (e) => console.log(e.detail.kind, e.detail.stale));
// The events bubble and are composed: a listener on the document or the window is typed too.
document.addEventListener('majlis-error', (e) => console.log(e.detail.kind, e.detail.url));
window.addEventListener('majlis-load', (e) => console.log(e.detail.warnings.length));
document.addEventListener('majlis-calendar', (e) => console.log(e.detail.filename));
card.addEventListener('majlis-navigate', (e) => {
  const d: MajlisNavigateDetail = e.detail;
  if (d.kind === 'initiative') e.preventDefault();
});
console.log(base, fragmentId.initiative('x'), validateFeed({}).ok, schema);
`,
    );
    write(
      join(app, 'types/react-wrappers.tsx'),
      `import { AgendaList, InitiativeTracker, MeetingCard, WorkingGroupRoster, type MajlisCalendarDetail } from 'majlis-widgets/react';
import type { Feed } from 'majlis-widgets';

export function Portal({ feed }: { feed: Feed }) {
  return (
    <>
      <MeetingCard
        feed={feed}
        lang="en"
        variant="compact"
        headingLevel={3}
        onMajlisLoad={(e) => console.log(e.detail.feed.committee.id, e.detail.warnings.length)}
        onMajlisError={(e) => console.log(e.detail.message)}
        onMajlisNavigate={(e) => e.preventDefault()}
        onMajlisCalendar={(e) => {
          const d: MajlisCalendarDetail = e.detail;
          console.log(d.filename);
        }}
      />
      <AgendaList feed={feed} collapsed onMajlisNavigate={(e) => console.log(e.detail.fragment)} />
      <InitiativeTracker feed={feed} onMajlisLoad={(e) => console.log(e.detail.warnings)} />
      <WorkingGroupRoster feed={feed} showFormer />
      {/* @ts-expect-error: only <MeetingCard> fires majlis-calendar */}
      <AgendaList onMajlisCalendar={() => undefined} />
      {/* @ts-expect-error: not a variant */}
      <MeetingCard variant="huge" />
      {/* @ts-expect-error: a getter (the language it renders in), not a prop: setting it would throw */}
      <InitiativeTracker uiLocale="ar" />
    </>
  );
}
`,
    );
    write(
      join(app, 'types/react-jsx.tsx'),
      `import type {} from 'majlis-widgets/jsx/react';

export const Tags = () => (
  <div>
    <meeting-card src="/feed.json" variant="compact" heading-level={3} onmajlis-load={(e) => console.log(e.detail.feed.committee.id)} />
    <agenda-list src="/feed.json" collapsed />
    <initiative-tracker src="/feed.json" group-by="status" />
    <working-group-roster src="/feed.json" show-former />
    {/* @ts-expect-error: not a variant */}
    <meeting-card variant="huge" />
    {/* @ts-expect-error: a getter (the language it renders in), not a prop: setting it would throw */}
    <meeting-card uiLocale="ar" />
  </div>
);
`,
    );
    write(
      join(app, 'types/preact-jsx.tsx'),
      `/** @jsxImportSource preact */
import type {} from 'majlis-widgets/jsx/preact';

export const Tags = () => (
  <div>
    <meeting-card src="/feed.json" variant="full" onmajlis-error={(e) => console.log(e.detail.message)} />
    <working-group-roster src="/feed.json" />
    {/* @ts-expect-error: not a variant */}
    <meeting-card variant="huge" />
  </div>
);
`,
    );
    write(
      join(app, 'types/solid-jsx.tsx'),
      `/** @jsxImportSource solid-js */
import type {} from 'majlis-widgets/jsx/solid';

export const Tags = () => (
  <div>
    <meeting-card src="/feed.json" variant="compact" on:majlis-load={(e) => console.log(e.detail.warnings.length)} />
    <initiative-tracker src="/feed.json" />
    {/* @ts-expect-error: not a variant */}
    <meeting-card variant="huge" />
  </div>
);
`,
    );
    write(
      join(app, 'types/vue.ts'),
      `import type { GlobalComponents } from 'vue';
import type {} from 'majlis-widgets/vue';

type Props<T> = T extends new (...args: never[]) => { $props: infer P } ? P : never;
export const cardProps: Props<GlobalComponents['meeting-card']> = { variant: 'compact', 'heading-level': 3 };
// @ts-expect-error: not a variant
export const wrongProps: Props<GlobalComponents['meeting-card']> = { variant: 'huge' };
// @ts-expect-error: a getter, not a prop
export const getterProps: Props<GlobalComponents['meeting-card']> = { direction: 'rtl' };
export type Roster = GlobalComponents['working-group-roster'];
`,
    );
    sh('npx --no-install tsc -p tsconfig.json', app);
    return `${readdirSync(join(app, 'types')).length} files, strict, skipLibCheck off`;
  });

  // The pages: all.js, a side-effect-free import, and the React wrappers.
  write(join(app, 'public/feed.json'), readFileSync(join(repo, 'demo/feeds/gcc-egov.json'), 'utf8'));
  write(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>all.js</title></head><body>
${TAGS.map((t) => `<${t} src="/feed.json"></${t}>`).join('\n')}
<script type="module" src="/src/all.js"></script></body></html>`,
  );
  write(join(app, 'src/all.js'), `import 'majlis-widgets/all.js';\n`);
  write(
    join(app, 'helpers.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>helpers</title></head><body><script type="module" src="/src/helpers.js"></script></body></html>`,
  );
  write(
    join(app, 'src/helpers.js'),
    `import { foldForSearch, fragmentId } from 'majlis-widgets';\ndocument.body.textContent = foldForSearch(fragmentId.initiative('x'));\n`,
  );
  write(
    join(app, 'react.html'),
    `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React</title></head><body><div id="root"></div><script type="module" src="/src/react.js"></script></body></html>`,
  );
  write(
    join(app, 'src/react.js'),
    `import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AgendaList, InitiativeTracker, MeetingCard, WorkingGroupRoster } from 'majlis-widgets/react';

const loads = [];
window.majlisLoads = loads;
const onMajlisLoad = (e) => loads.push({ tag: e.currentTarget.localName, committee: e.detail.feed.committee.id, warnings: e.detail.warnings.length });
const feed = await (await fetch('/feed.json')).json();
window.majlisFeedCommittee = feed.committee.id;
createRoot(document.getElementById('root')).render(
  h(StrictMode, null,
    h(MeetingCard, { feed, lang: 'en', onMajlisLoad }),
    h(AgendaList, { feed, lang: 'en', onMajlisLoad }),
    h(InitiativeTracker, { feed, lang: 'en', onMajlisLoad }),
    h(WorkingGroupRoster, { feed, lang: 'en', onMajlisLoad }),
    // React 19 without a wrapper: the property and the event (on + its name) on the tag itself.
    h('meeting-card', { id: 'raw', feed, lang: 'en', variant: 'compact', 'onmajlis-load': (e) => loads.push({ tag: 'raw', committee: e.detail.feed.committee.id }) }),
  ),
);
`,
  );
  write(
    join(app, 'vite.config.js'),
    `export default { logLevel: 'warn', build: { target: 'es2022', rollupOptions: { input: ['index.html', 'react.html'] } } };\n`,
  );
  // A build of its own, so that no chunk is shared with the pages that define elements.
  write(
    join(app, 'vite.helpers.config.js'),
    `export default { logLevel: 'warn', build: { target: 'es2022', outDir: 'dist-helpers', rollupOptions: { input: ['helpers.html'] } } };\n`,
  );

  const built = await check('vite build (all.js, main module, React wrappers)', () => {
    sh('npx --no-install vite build', app);
    sh('npx --no-install vite build --config vite.helpers.config.js', app);
    // The JS a page loads: the scripts its HTML names and the chunks they import (static imports only).
    const pageCode = (page, dist = 'dist') => {
      const assets = join(app, dist, 'assets');
      const seen = new Set();
      const visit = (f) => {
        if (seen.has(f) || !existsSync(join(assets, f))) return;
        seen.add(f);
        for (const m of readFileSync(join(assets, f), 'utf8').matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/gu)) visit(m[1]);
      };
      for (const m of readFileSync(join(app, dist, page), 'utf8').matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/gu)) visit(m[1]);
      if (!seen.size) throw new Error(`${dist}/${page} loads no script`);
      return [...seen].map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
    };
    const hasTag = (code, t) => ['"', "'", '`'].some((q) => code.includes(`${q}${t}${q}`));
    const all = pageCode('index.html');
    const missing = TAGS.filter((t) => !hasTag(all, t));
    if (missing.length) throw new Error(`the all.js bundle lacks ${missing.join(', ')}`);
    const helpers = pageCode('helpers.html', 'dist-helpers');
    const leaked = TAGS.filter((t) => hasTag(helpers, t));
    if (leaked.length) throw new Error(`importing helpers from the main module bundled ${leaked.join(', ')}: sideEffects is wrong`);
    const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} kB`;
    return `all.js page ${kb(all)} with the four tags; helpers page ${kb(helpers)} without any`;
  });

  if (built) {
    await check('React 19 in headless Chromium: wrappers (and a bare tag) render shadow DOM, onMajlisLoad fires', async () => {
      const root = join(app, 'dist');
      const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
      const server = createServer((req, res) => {
        const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
        const file = join(root, path);
        if (!existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end('not found');
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
      try {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
        page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
        await page.goto(`http://127.0.0.1:${server.address().port}/react.html`, { waitUntil: 'load' });
        await page
          .waitForFunction((n) => new Set(window.majlisLoads?.map((l) => l.tag)).size >= n, { timeout: 20000 }, TAGS.length + 1)
          .catch(() => errors.push('onMajlisLoad did not fire for every widget within 20 s'));
        const result = await page.evaluate((tags) => {
          const widgets = [...tags, 'raw'].map((tag) => {
            const el = tag === 'raw' ? document.getElementById('raw') : document.querySelector(tag);
            const sr = el?.shadowRoot;
            return {
              tag,
              present: !!el,
              defined: !!el && !!customElements.get(el.localName),
              variant: el?.variant,
              feedProperty: !!el && typeof el.feed === 'object' && el.feed !== null && !el.hasAttribute('feed'),
              lang: sr?.querySelector('[part~="base"]')?.getAttribute('lang') ?? null,
              state: sr?.querySelector('[part~="error"]') ? 'error' : sr?.querySelector('[part~="skeleton"]') ? 'loading' : sr?.querySelector('[part~="empty"]') ? 'empty' : 'content',
              text: (sr?.querySelector('[part~="base"]')?.textContent ?? '').replace(/\s+/gu, ' ').trim().length,
            };
          });
          return { widgets, loads: window.majlisLoads ?? [], committee: window.majlisFeedCommittee };
        }, TAGS);
        for (const w of result.widgets) {
          if (!w.present || !w.defined) errors.push(`<${w.tag}> is not in the page or not defined`);
          else if (w.tag === 'raw' && w.variant !== 'compact') errors.push(`<meeting-card> without a wrapper: variant is ${w.variant}`);
          else if (!w.feedProperty) errors.push(`<${w.tag}>: feed was not set as a property`);
          else if (w.lang !== 'en' || w.state !== 'content' || w.text < 20) errors.push(`<${w.tag}> shadow DOM: lang=${w.lang}, state=${w.state}, ${w.text} characters of text`);
          const load = result.loads.find((l) => l.tag === w.tag);
          if (!load) errors.push(w.tag === 'raw' ? 'onmajlis-load did not fire on <meeting-card> without a wrapper' : `onMajlisLoad did not fire for <${w.tag}>`);
          else if (load.committee !== result.committee) errors.push(`onMajlisLoad detail of <${w.tag}> has committee ${load.committee}`);
        }
        if (errors.length) throw new Error(errors.join('\n'));
        return `${result.widgets.map((w) => `${w.tag === 'raw' ? 'bare <meeting-card>' : w.tag} ${w.text} chars`).join(', ')}; load events ×${result.loads.length}`;
      } finally {
        await browser.close();
        server.close();
      }
    });
  }
} catch (e) {
  if (!failed.length) {
    failed.push('setup');
    console.log(`  ✘ ${e.message}`);
  }
} finally {
  if (process.env.KEEP_CONSUMER) console.log(`Kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

console.log(`consumer test (${((Date.now() - started) / 1000).toFixed(0)}s): ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
