// Server rendering of the widgets with @lit-labs/ssr, on Node: used by test/node/ssr.test.mjs and by the
// dev-server middleware test/server/ssr.mjs (which loads this file through tsx, so that lit, the renderer
// and the widgets are one module graph).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/all.js';

export const TAGS = ['meeting-card', 'agenda-list', 'initiative-tracker', 'working-group-roster'] as const;
export type Tag = (typeof TAGS)[number];

/** Feeds by name: `demo` is demo/feeds/gcc-egov.json, anything else test/fixtures/<name>.json. */
export function readFeed(name: string): unknown {
  const safe = name.replace(/[^a-z0-9/_-]/giu, '').replace(/\.\.+/gu, '');
  const path = safe === 'demo' ? 'demo/feeds/gcc-egov.json' : `test/fixtures/${safe}.json`;
  return JSON.parse(readFileSync(resolve(path), 'utf8')) as unknown;
}

export interface WidgetOptions {
  /** The element's own `lang`; none when undefined. */
  lang?: string;
  feed?: unknown;
  /** Write the feed as an inline JSON child (renderLight()), so that the browser can hydrate. Default true. */
  inline?: boolean;
  /** The `meeting` attribute of <meeting-card> and <agenda-list>. */
  meeting?: string;
  /** The server's clock (the `now` property); default: the time of rendering. */
  now?: Date;
  /** The `src` attribute: the browser fetches it once it has taken the server's content over. */
  src?: string;
  /** The `expanded` attribute of <working-group-roster> and <initiative-tracker>. */
  expanded?: boolean;
}

const esc = (v: string) => v.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** One widget rendered to HTML with a declarative shadow root. */
export async function renderWidget(tag: Tag, o: WidgetOptions = {}): Promise<string> {
  const light = o.inline === false ? nothing : renderLight();
  const lang = ifDefined(o.lang);
  const meeting = ifDefined(o.meeting);
  const src = ifDefined(o.src);
  const templates: Record<Tag, () => unknown> = {
    'meeting-card': () => html`<meeting-card lang=${lang} src=${src} meeting=${meeting} .feed=${o.feed} .now=${o.now}>${light}</meeting-card>`,
    'agenda-list': () => html`<agenda-list lang=${lang} src=${src} meeting=${meeting} .feed=${o.feed} .now=${o.now}>${light}</agenda-list>`,
    'initiative-tracker': () => html`<initiative-tracker lang=${lang} src=${src} ?expanded=${o.expanded} .feed=${o.feed} .now=${o.now}>${light}</initiative-tracker>`,
    'working-group-roster': () => html`<working-group-roster lang=${lang} src=${src} ?expanded=${o.expanded} .feed=${o.feed} .now=${o.now}>${light}</working-group-roster>`,
  };
  const template = templates[tag];
  if (!template) throw new Error(`Unknown widget: ${tag}`);
  return collectResult(render(template()));
}

/** A whole page around one server-rendered widget, without scripts: a test loads the client code when it wants. */
export async function renderPage(tag: Tag, o: WidgetOptions & { pageLang?: string } = {}): Promise<string> {
  const pageLang = o.pageLang ?? 'ar';
  const widget = await renderWidget(tag, o);
  return `<!doctype html>
<html lang="${esc(pageLang)}" dir="${pageLang.startsWith('ar') ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>${esc(tag)} (server-rendered)</title></head>
<body>
${widget}
</body>
</html>`;
}
