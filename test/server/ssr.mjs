// Dev-server middleware: pages server-rendered on Node with @lit-labs/ssr at request time, for the
// hydration tests (test/ssr/). The TypeScript sources are loaded through tsx's API on the first request.
//   /__ssr/<tag>?lang=ar|en|none&feed=<demo|none|fixture path>&inline=0&page-lang=<lang>&meeting=<id>&now=<ISO date>&src=<url>&expanded=1
// `lang=none` renders the element without its own lang; `inline=0` leaves out the inline JSON child.
// No file extension in these paths: the test runner lets the browser cache paths with one.
import { tsImport } from 'tsx/esm/api';

let renderer;
const load = () => (renderer ??= tsImport('./ssr-render.ts', import.meta.url));

export async function ssrMiddleware(ctx, next) {
  const m = /^\/__ssr\/([a-z-]+)$/u.exec(ctx.path);
  if (!m) return next();
  const { TAGS, readFeed, renderPage } = await load();
  const tag = m[1];
  if (!TAGS.includes(tag)) {
    ctx.status = 404;
    return;
  }
  const q = ctx.query;
  const lang = q.lang === undefined ? 'ar' : String(q.lang);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = await renderPage(tag, {
    lang: lang === 'none' ? undefined : lang,
    pageLang: q['page-lang'] ? String(q['page-lang']) : undefined,
    feed: q.feed === 'none' ? undefined : readFeed(String(q.feed ?? 'demo')),
    inline: q.inline !== '0',
    meeting: q.meeting ? String(q.meeting) : undefined,
    now: q.now ? new Date(String(q.now)) : undefined,
    src: q.src ? String(q.src) : undefined,
    expanded: q.expanded === '1',
  });
}
