// Server rendering on Node with @lit-labs/ssr: every widget in Arabic and English, to declarative shadow DOM.
// Run: node --import tsx --test test/node/ssr.test.mjs   (tsx is also registered below)
// The browser half (hydration in Chromium) is test/ssr/hydrate.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { renderWidget, TAGS } = await import('../server/ssr-render.ts');

const root = (p) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const demo = JSON.parse(readFileSync(root('demo/feeds/gcc-egov.json'), 'utf8'));
const synthetic = JSON.parse(readFileSync(root('test/fixtures/synthetic.json'), 'utf8'));

/** English UI texts that have an Arabic translation (xliff/ar.xlf, plain ones): none may show in an Arabic render. */
const englishUi = new Set(
  [...readFileSync(root('xliff/ar.xlf'), 'utf8').matchAll(/<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/gu)]
    .filter(([, source, target]) => source.trim() !== target.trim() && /[A-Za-z]/u.test(source))
    .map(([, source]) => source.trim()),
);
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|#39);/gu, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);
/** The text nodes of rendered markup. */
const texts = (markup) => markup.split(/<[^>]*>/u).map((t) => unescape(t).trim()).filter(Boolean);

/** Text as Lit's server renderer escapes it. */
const esc = (s) => s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const unesc = (s) => s.replace(/&(amp|lt|gt|quot|#39);/gu, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);
/** The feed JSON of the inline child a server writes (in its data-majlis-feed attribute), or undefined. */
const inlineFeed = (light) => {
  const m = /^<script type="application\/json" data-majlis-feed="([^"]*)"><\/script>$/u.exec(light.replace(/<!--[\s\S]*?-->/gu, '').trim());
  return m ? unesc(m[1]) : undefined;
};

/** The parts of a rendered widget: host start tag, shadow root content (without styles and Lit's markers), light DOM. */
function parts(html, tag) {
  const host = new RegExp(`<${tag}\\b[^>]*>`, 'u').exec(html)?.[0] ?? '';
  const open = /<template [^>]*\bshadowrootmode="open"[^>]*>/u.exec(html);
  assert.ok(open, 'a declarative shadow root');
  const start = open.index + open[0].length;
  const end = html.lastIndexOf('</template>');
  const shadow = html
    .slice(start, end)
    .replace(/<style>[\s\S]*?<\/style>/gu, '')
    .replace(/<!--[\s\S]*?-->/gu, '');
  const light = html.slice(end + '</template>'.length, html.lastIndexOf(`</${tag}>`));
  return { host, shadow, light, stamp: /data-majlis-ssr="([^"]*)"/u.exec(host)?.[1] };
}

/** Titles from the feed that each widget must show. */
const titles = {
  'meeting-card': (f, l) => [f.committee.name[l]],
  'agenda-list': (f, l) => f.meetings.find((m) => m.id === 'egov-exec-26').agenda.map((a) => a.title[l]),
  'initiative-tracker': (f, l) => f.initiatives.map((i) => i.title[l]),
  'working-group-roster': (f, l) => f.workingGroups.map((g) => g.name[l]),
};

const sizes = [];

describe('server rendering with @lit-labs/ssr', () => {
  for (const tag of TAGS) {
    for (const lang of ['ar', 'en']) {
      it(`<${tag} lang="${lang}"> renders the demo feed into a declarative shadow root`, async () => {
        const html = await renderWidget(tag, { lang, feed: demo, meeting: tag === 'agenda-list' || tag === 'meeting-card' ? 'egov-exec-26' : undefined });
        const { host, shadow, light, stamp } = parts(html, tag);
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        assert.match(shadow, new RegExp(`<div part="base" class="base" lang="${lang}" dir="${dir}"\\s*>`, 'u'));
        assert.match(host, new RegExp(`lang="${lang}"`, 'u'));
        // The stamp the browser hydrates with: language, direction, clock, data digest.
        assert.match(stamp, new RegExp(`^${lang} ${dir} \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z [0-9a-z]+\\.[0-9a-z]+$`, 'u'));
        assert.match(shadow, /<h2\b/u, 'a heading at the default level');
        for (const t of titles[tag](demo, lang)) assert.ok(shadow.includes(esc(t)), `shows "${t}"`);
        assert.doesNotMatch(shadow, /part="skeleton"|part="error"/u);
        // UI text in the element's language (msg() on Node), numbers in its digits.
        const headings = [...shadow.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/gu)].map((m) => m[1].replace(/<[^>]+>/gu, '').trim());
        assert.ok(headings.length > 0);
        for (const h of headings) assert.equal(/[\u0600-\u06ff]/u.test(h), lang === 'ar', `heading "${h}" in ${lang}`);
        if (lang === 'ar') assert.deepEqual(texts(shadow).filter((t) => englishUi.has(t)), [], 'no English UI text');
        if (tag === 'initiative-tracker') assert.match(shadow, lang === 'ar' ? /[٠-٩]/u : /\b6\b/u);
        // The light DOM carries the same feed for the browser, as inline JSON.
        const json = inlineFeed(light);
        assert.ok(json, 'an inline JSON child');
        assert.deepEqual(JSON.parse(json), demo);
        sizes.push(`${tag} ${lang}: ${html.length} chars (shadow content without styles ${shadow.length}, inline feed ${json.length})`);
      });
    }
  }

  it('knows the English UI texts to look for', () => {
    assert.ok(englishUi.size > 100, `${englishUi.size} texts from xliff/ar.xlf`);
    assert.ok(englishUi.has('No members listed.'));
  });

  it('uses the element’s own lang and dir, else Arabic', async () => {
    const none = parts(await renderWidget('initiative-tracker', { feed: demo }), 'initiative-tracker');
    assert.match(none.shadow, /class="base" lang="ar" dir="rtl"/u);
    assert.match(none.stamp, /^- rtl /u);
    const enGb = parts(await renderWidget('initiative-tracker', { lang: 'en-GB', feed: demo }), 'initiative-tracker');
    assert.match(enGb.shadow, /class="base" lang="en" dir="ltr"/u);
  });

  it('gives the same digest for the same data, as an object or as JSON text, and another for other data', async () => {
    const digest = async (feed) => parts(await renderWidget('working-group-roster', { lang: 'en', feed }), 'working-group-roster').stamp.split(' ')[3];
    const a = await digest(demo);
    assert.equal(await digest(JSON.stringify(demo)), a);
    assert.notEqual(await digest(synthetic), a);
  });

  it('keeps the inline JSON inside its script element when feed text contains "</script>"', async () => {
    const feed = structuredClone(synthetic);
    feed.committee.name.en = 'Synthetic </script><script>alert(1)</script> committee <!--';
    const { shadow, light } = parts(await renderWidget('meeting-card', { lang: 'en', feed }), 'meeting-card');
    assert.ok(shadow.includes(esc(feed.committee.name.en)));
    const body = light.replace(/<!--lit-part[^>]*-->|<!--\/lit-part-->/gu, '').trim();
    assert.equal(body.match(/<\/script/giu).length, 1, 'one closing tag: its own');
    assert.deepEqual(JSON.parse(inlineFeed(body)), feed);
  });

  it('renders the loading placeholder without a feed, and the error box for an invalid one', async () => {
    const empty = parts(await renderWidget('agenda-list', { lang: 'ar' }), 'agenda-list');
    assert.match(empty.shadow, /part="skeleton"/u);
    assert.match(empty.stamp, / -$/u);
    assert.equal(empty.light.replace(/<!--[\s\S]*?-->/gu, '').trim(), '');
    const errors = [];
    const orig = console.error;
    console.error = (...a) => errors.push(a.join(' '));
    try {
      const bad = parts(await renderWidget('agenda-list', { lang: 'en', feed: { version: '1.0' } }), 'agenda-list');
      assert.match(bad.shadow, /part="error" class="error" role="alert"/u);
      assert.match(bad.shadow, /The information is not in the expected format\./u);
      assert.doesNotMatch(bad.stamp, / -$/u);
    } finally {
      console.error = orig;
    }
    assert.match(errors.join('\n'), /\[agenda-list\] Invalid feed/u);
  });

  it('renders a long agenda (the windowed path) with its first rows', async () => {
    const feed = structuredClone(synthetic);
    const m = feed.meetings.find((x) => x.agenda?.length);
    const item = m.agenda[0];
    m.agenda = Array.from({ length: 300 }, (_, i) => ({ ...item, id: `x${i}`, title: { ar: `بند اختباري ${i + 1}`, en: `Synthetic item ${i + 1}` }, items: undefined }));
    const { shadow } = parts(await renderWidget('agenda-list', { lang: 'en', feed, meeting: m.id }), 'agenda-list');
    assert.ok(shadow.includes('Synthetic item 1<'));
    assert.ok(!shadow.includes('Synthetic item 300<'), 'not every row');
  });

  it('renders a closed roster group\'s members, hidden, so that the page prints them without a script', async () => {
    const roster = JSON.parse(readFileSync(root('test/fixtures/working-group-roster/roster.json'), 'utf8'));
    const { shadow } = parts(await renderWidget('working-group-roster', { lang: 'en', feed: roster }), 'working-group-roster');
    assert.match(shadow, /aria-expanded="false"/u);
    assert.match(shadow, /<div class="members" part="members" id="members-wg-alpha" hidden>/u);
    for (const name of ['Test Person A', 'Test Delegate']) assert.ok(texts(shadow).includes(name), `${name} in the server's markup`);
  });

  it('needs no DOM on Node beyond what Lit brings', () => {
    assert.equal(typeof document, 'undefined');
    assert.equal(typeof window, 'undefined');
  });

  it('sizes (for the record)', (t) => {
    for (const s of sizes) t.diagnostic(s);
    assert.equal(sizes.length, 8);
  });
});
