// Dev-server middleware for fetch tests against a real HTTP server.
//   /__fault/status/<code>        answers with that status
//   /__fault/slow/<ms>/<name>     waits <ms>, then serves test/fixtures/<name> ("demo": the demo feed)
//   /__fault/hang                 never answers (until the client gives up)
//   /__fault/invalid-json         200 with a body that is not JSON
//   /__fault/html                 200 text/html page instead of JSON
//   /__fault/big/<bytes>          200 JSON body of at least <bytes>
//   /__fault/flaky/<key>/<name>   first request serves the fixture, later ones 500
//   /__fault/counted/<key>/<name> serves the fixture and counts requests per key
//   /__fault/count/<key>          how many requests /__fault/counted|fail-then/<key>/ had
//   /__fault/fail-then/<key>/<n>/<status>/<name>  first <n> requests fail with <status> (?retry-after=<s>)
//   /__fault/type/<a>/<b>/<name>  the fixture served as content type <a>/<b>
//   /__fault/redirect/<name>      302 to /test/fixtures/<name>
//   /__fault/revised/<key>/<name> the fixture, its committee renamed "… (revision <k>)" every second request (k = 0, 0, 1, 1, …)
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const counts = new Map();
// Fault URLs name fixtures without ".json": the test runner marks every path with an extension as
// cacheable for a year, which would let the browser answer a repeated request itself.
const fixture = (name) =>
  name === 'demo'
    ? readFile(resolve('demo/feeds/gcc-egov.json'), 'utf8')
    : readFile(resolve('test/fixtures', `${name.replace(/[^a-z0-9_-]/giu, '')}.json`), 'utf8');

/** The policy README recommends to portals: no inline script or style, Trusted Types on. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * /__csp/page?src=<bundle>&tags=<tag,tag>&feed=<url>: a page served with {@link STRICT_CSP} that loads a
 * built bundle and one element per tag; violations are reported by /__csp/report.js into window.__violations.
 */
function cspPage(ctx) {
  const bundle = String(ctx.query.src ?? '/dist/cdn/majlis.js');
  const feed = String(ctx.query.feed ?? '/demo/feeds/gcc-egov.json');
  const tags = String(ctx.query.tags ?? 'meeting-card').split(',').filter((t) => /^[a-z]+(-[a-z]+)+$/u.test(t));
  const esc = (v) => v.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><script src="/__csp/report"></script>
<script type="module" src="${esc(bundle)}"></script></head><body>
${tags.map((t) => `<${t} src="${esc(feed)}"></${t}><${t} lang="en" src="${esc(feed)}"></${t}>`).join('\n')}
</body></html>`;
}

export async function faultMiddleware(ctx, next) {
  const url = ctx.path;
  if (url === '/__csp/page') return cspPage(ctx);
  if (url === '/__csp/report') {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/javascript';
    ctx.body = `window.__violations = []; window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => __violations.push(e.violatedDirective + ' ' + e.blockedURI));
addEventListener('error', (e) => __errors.push(String(e.message)));`;
    return;
  }
  if (!url.startsWith('/__fault/')) return next();
  ctx.set('Cache-Control', 'no-store');
  const parts = url.split('/').slice(2);
  const [kind, a, b] = parts;
  const json = (body, status = 200) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = body;
  };
  switch (kind) {
    case 'status':
      ctx.status = Number(a);
      ctx.body = `status ${a}`;
      return;
    case 'slow':
      await new Promise((r) => setTimeout(r, Number(a)));
      return json(await fixture(b));
    case 'hang':
      await new Promise((r) => setTimeout(r, 30000));
      ctx.status = 504;
      return;
    case 'invalid-json':
      return json('{"version": "1.0", "committee": ');
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Sorry';
      return;
    case 'big': {
      const n = Number(a);
      return json(JSON.stringify({ version: '1.0', committee: { id: 'x', name: 'x' }, padding: 'x'.repeat(n) }));
    }
    case 'flaky': {
      const n = (counts.get(`flaky:${a}`) ?? 0) + 1;
      counts.set(`flaky:${a}`, n);
      if (n > 1) {
        ctx.status = 500;
        ctx.body = 'down';
        return;
      }
      return json(await fixture(b));
    }
    case 'counted': {
      counts.set(a, (counts.get(a) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 50));
      return json(await fixture(b));
    }
    case 'fail-then': {
      // /__fault/fail-then/<key>/<n>/<status>/<name>?retry-after=<s>: the first <n> requests answer <status>.
      const [, , n, status, name] = parts;
      const seen = (counts.get(a) ?? 0) + 1;
      counts.set(a, seen);
      if (seen <= Number(n)) {
        ctx.status = Number(status);
        const ra = ctx.query['retry-after'];
        if (ra) ctx.set('Retry-After', String(ra));
        ctx.body = 'unavailable';
        return;
      }
      return json(await fixture(name));
    }
    case 'type':
      // /__fault/type/<a>/<b>/<name>: the fixture with content type <a>/<b>.
      ctx.type = `${a}/${b}`;
      ctx.body = await fixture(parts[3]);
      return;
    case 'revised': {
      const n = (counts.get(a) ?? 0) + 1;
      counts.set(a, n);
      const feed = JSON.parse(await fixture(b));
      feed.committee.name = `Synthetic committee (revision ${Math.floor((n - 1) / 2)})`;
      return json(JSON.stringify(feed));
    }
    case 'redirect':
      ctx.redirect(`/test/fixtures/${a}.json`);
      return;
    case 'count':
      return json(JSON.stringify({ count: counts.get(a) ?? 0 }));
    default:
      ctx.status = 404;
  }
}
