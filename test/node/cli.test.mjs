// bin/majlis-widgets.mjs, run as a child process against the built dist/ (npm test builds first).
// Run: npm run build && node --test test/node/cli.test.mjs
// URLs are served by a node:http server on 127.0.0.1 started here; no other host is contacted.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = (p) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const CLI = root('bin/majlis-widgets.mjs');
const DEMO = root('demo/feeds/gcc-egov.json');

if (!existsSync(root('dist/feed/validate.js')) || !existsSync(root('dist/feed/loader.js'))) {
  throw new Error('dist/feed/validate.js is missing: run "npm run build" before the CLI tests (npm test does).');
}
const { validateFeed } = await import('../../dist/feed/validate.js');

/** Runs the CLI; resolves with its exit code and output. Asynchronous, so that the test's HTTP server can answer. */
function run(args, { input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
async function runJson(args, opts) {
  const r = await run([...args, '--json'], opts);
  let json;
  assert.doesNotThrow(() => (json = JSON.parse(r.stdout)), `--json printed something that is not JSON:\n${r.stdout}\n${r.stderr}`);
  assert.equal(json.exitCode, r.code, 'exitCode in the JSON is the process exit code');
  return { ...r, json };
}

// Synthetic feeds -----------------------------------------------------------------------------

const committee = { id: 'synthetic-committee', name: { ar: 'لجنة اختبارية', en: 'Synthetic Committee' } };
const meeting = (id, extra = {}) => ({ id, status: 'held', start: '2030-01-10', host: { state: 'KW' }, ...extra });
const FEEDS = {
  valid: { version: '1.0', committee, meetings: [meeting('m-1'), meeting('m-2', { start: '2030-03-05' })] },
  // 10,003 initiatives: three over the limit of a list.
  longList: { version: '1.0', committee, initiatives: Array.from({ length: 10_003 }, (_, i) => ({ id: `i-${i}`, title: `Synthetic initiative ${i}`, status: 'proposed' })) },
  // One meeting with an impossible date and a javascript: document link; the other is fine.
  brokenMeeting: {
    version: '1.0',
    committee,
    meetings: [
      meeting('m-1', { start: '2030-02-30', documents: [{ title: { en: 'Minutes' }, url: 'javascript:alert(1)' }] }),
      meeting('m-2', { start: '2030-03-05' }),
    ],
  },
  // An agenda item that references an initiative the feed does not have: only the reference goes.
  danglingReference: {
    version: '1.0',
    committee,
    meetings: [meeting('m-1', { agenda: [{ id: 'a1', title: { en: 'Item' }, references: { initiatives: ['no-such-initiative'] } }] })],
  },
  // An id with spaces around it is not an id: the meeting is left out, and named as the widgets name it (trimmed).
  paddedId: { version: '1.0', committee, meetings: [meeting(' m-9 ')] },
  futureVersion: { version: '2.0', committee },
  noCommittee: { version: '1.0', meetings: [] },
};

let dir;
const file = (name) => join(dir, name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'majlis-cli-'));
  for (const [name, feed] of Object.entries(FEEDS)) writeFileSync(file(`${name}.json`), JSON.stringify(feed, null, 2));
  writeFileSync(file('not-json.json'), '{ "version": "1.0", committee: }');
  writeFileSync(file('bom.json'), `\uFEFF${JSON.stringify(FEEDS.valid)}`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

// Files ---------------------------------------------------------------------------------------

describe('majlis-widgets validate <file>', () => {
  it('accepts the demo feed: exit 0 and a summary', async () => {
    const r = await run(['validate', DEMO]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^✓ .*gcc-egov\.json: valid feed \(version 1\.0, committee "gcc-egov-exec": 2 meetings, 6 initiatives, 5 working groups\)\.$/mu);
    assert.equal(r.stderr, '');
  });

  it('names a left-out item by its id as the widgets read it, trimmed', async () => {
    const r = await run(['validate', file('paddedId.json')]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^ {4}left out: \$\.meetings\[0\] \(id "m-9"\)$/mu);
  });

  it('reports a meeting with a bad date and a javascript: URL with their paths, and exits 1 (English)', async () => {
    const r = await run(['validate', file('brokenMeeting.json')]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /the widgets leave out 1 item; they show the rest/u);
    assert.match(r.stdout, /Warnings \(2\):/u);
    assert.match(r.stdout, /^ {2}\$\.meetings\[0\]\.start\n {4}expected: an ISO 8601 date.*\n {4}found: "2030-02-30"\n {4}left out: \$\.meetings\[0\] \(id "m-1"\)$/mu);
    assert.match(r.stdout, /^ {2}\$\.meetings\[0\]\.documents\[0\]\.url\n {4}expected: an https, http, mailto or tel URL.*\n {4}found: "javascript:alert\(1\)"\n {4}left out: \$\.meetings\[0\]\.documents\[0\]$/mu);
    assert.match(r.stdout, /--allow-warnings/u);
    assert.doesNotMatch(r.stdout, /m-2|meetings\[1\]/u, 'the valid meeting is not mentioned');
  });

  it('a list over its limit: every item past it is counted, and --json says how many', async () => {
    const r = await run(['validate', file('longList.json')]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /the widgets leave out 3 items; they show the rest/u);
    assert.match(r.stdout, /^ {2}\$\.initiatives\n {4}expected: a list of at most 10,000 items \(the 3 after them are left out\)\n {4}found: a list of 10,003\n {4}left out: \$\.initiatives\[10000\] and the 2 after it$/mu);
    const { json } = await runJson(['validate', file('longList.json')]);
    assert.deepEqual(json.warnings.map((w) => [w.path, w.dropped, w.droppedCount]), [['$.initiatives', '$.initiatives[10000]', 3]]);
  });

  it('reports the same paths in Arabic with --lang ar', async () => {
    const r = await run(['validate', file('brokenMeeting.json'), '--lang', 'ar']);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /يمكن تحميل ملف البيانات، لكن المكونات ستستبعد بعض محتواه وتعرض الباقي \(عدد العناصر المستبعدة: 1\)\./u);
    assert.match(r.stdout, /عدد العناصر المستبعدة: 1/u);
    assert.match(r.stdout, /التحذيرات \(2\):/u);
    assert.match(r.stdout, /^ {2}\$\.meetings\[0\]\.start\n {4}المتوقع: an ISO 8601 date.*\n {4}الموجود: "2030-02-30"\n {4}المستبعد: \$\.meetings\[0\] \(id "m-1"\)$/mu);
    assert.match(r.stdout, /^ {2}\$\.meetings\[0\]\.documents\[0\]\.url$/mu);
    assert.match(r.stdout, /وصف القيمة المتوقعة يصدر عن أداة التحقق باللغة الإنجليزية/u);
    assert.match(r.stdout, /رمز الخروج 1/u);
    // The CLI's own words are all Arabic: none of the English labels remain.
    assert.doesNotMatch(r.stdout, /Warnings|expected:|found:|left out|the feed loads/u);
    // No invisible direction marks: an option copied from the report (--allow-warnings) still works in a shell.
    assert.doesNotMatch(r.stdout, /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
  });

  it('--lang=ar works as well', async () => {
    const r = await run(['validate', '--lang=ar', file('brokenMeeting.json')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /التحذيرات \(2\):/u);
  });

  it('exits 0 for a feed with left-out items when --allow-warnings is given, still listing them', async () => {
    const r = await run(['validate', file('brokenMeeting.json'), '--allow-warnings']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^⚠ .*the widgets leave out 1 item/mu);
    assert.match(r.stdout, /\$\.meetings\[0\]\.start/u);
    assert.doesNotMatch(r.stdout, /Exit code 1/u);
  });

  it('counts a reference to a missing id as a warning: exit 1, the reference (not the item) is left out', async () => {
    const r = await run(['validate', file('danglingReference.json')]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /leave out 1 reference;/u);
    assert.match(r.stdout, /^ {2}\$\.meetings\[0\]\.agenda\[0\]\.references\.initiatives\[0\]\n {4}expected: the id of one of the feed's initiatives\n {4}found: "no-such-initiative"\n {4}left out: this reference \(the item stays\)$/mu);
    const ar = await run(['validate', file('danglingReference.json'), '--lang', 'ar']);
    assert.match(ar.stdout, /عدد المراجع المحذوفة: 1/u);
    assert.match(ar.stdout, /المستبعد: هذا المرجع وحده \(ويبقى العنصر\)/u);
  });

  it('rejects an unsupported major version: exit 1, $.version (en and ar)', async () => {
    const r = await run(['validate', file('futureVersion.json')]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /unsupported feed version\. majlis-widgets \d+\.\d+\.\d+\S* reads feeds of version 1\.x\./u);
    assert.match(r.stdout, /Errors \(1\):\n {2}\$\.version\n {4}expected: a feed of version 1\.x.*\n {4}found: "2\.0"/u);
    const ar = await run(['validate', file('futureVersion.json'), '--lang', 'ar']);
    assert.equal(ar.code, 1);
    assert.match(ar.stdout, /إصدار ملف البيانات غير مدعوم/u);
    assert.match(ar.stdout, /الأخطاء \(1\):\n {2}\$\.version\n/u);
  });

  it('rejects a feed without a committee: exit 1, $.committee, "nothing" found (translated in Arabic)', async () => {
    const r = await run(['validate', file('noCommittee.json')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /invalid feed\. The widgets show an error instead of it\./u);
    assert.match(r.stdout, /^ {2}\$\.committee\n {4}expected: a "committee" field.*\n {4}found: nothing$/mu);
    const ar = await run(['validate', file('noCommittee.json'), '--lang', 'ar']);
    assert.match(ar.stdout, /ملف البيانات غير صالح، وستعرض المكونات رسالة خطأ بدلًا منه/u);
    assert.match(ar.stdout, /الموجود: لا شيء$/mu);
  });

  it('exits 2 for a missing file, in both languages, on stderr', async () => {
    const r = await run(['validate', file('does-not-exist.json')]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /does-not-exist\.json: cannot read the feed: no such file\./u);
    const ar = await run(['validate', file('does-not-exist.json'), '--lang', 'ar']);
    assert.equal(ar.code, 2);
    assert.match(ar.stderr, /تعذرت قراءة ملف البيانات: الملف غير موجود/u);
  });

  it('exits 2 for a file that is not JSON, naming the parser error', async () => {
    const r = await run(['validate', file('not-json.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read the feed: it is not valid JSON \(.+\)\./u);
  });

  it('exits 2 for a directory', async () => {
    const r = await run(['validate', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the file cannot be read \(EISDIR\)/u);
  });

  it('exits 2 for a file larger than --max-bytes', async () => {
    const r = await run(['validate', DEMO, '--max-bytes', '100']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /it is larger than 100 bytes/u);
  });

  it('reads a UTF-8 file with a byte-order mark, as the browser does', async () => {
    const r = await run(['validate', file('bom.json')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('reads standard input with "-"', async () => {
    const r = await run(['validate', '-'], { input: JSON.stringify(FEEDS.brokenMeeting) });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^✗ stdin: /u);
    assert.match(r.stdout, /\$\.meetings\[0\]\.start/u);
    assert.equal((await run(['validate', '-'], { input: JSON.stringify(FEEDS.valid) })).code, 0);
  });
});

// --json -----------------------------------------------------------------------------------------

describe('majlis-widgets validate --json', () => {
  it('gives the validator\'s own warnings (path, expected, received, dropped, droppedId) and the left-out items', async () => {
    const { code, json } = await runJson(['validate', file('brokenMeeting.json')]);
    assert.equal(code, 1);
    assert.equal(json.ok, false);
    assert.equal(json.status, 'warnings');
    assert.equal(json.loadable, true);
    assert.deepEqual(json.errors, []);
    assert.deepEqual(json.warnings, validateFeed(structuredClone(FEEDS.brokenMeeting)).warnings, 'same issues as validateFeed');
    assert.deepEqual(
      json.warnings.map((w) => [w.path, w.received, w.dropped, w.droppedId]),
      [
        ['$.meetings[0].start', '"2030-02-30"', '$.meetings[0]', 'm-1'],
        ['$.meetings[0].documents[0].url', '"javascript:alert(1)"', '$.meetings[0].documents[0]', undefined],
      ],
    );
    for (const w of json.warnings) assert.equal(typeof w.expected, 'string');
    assert.deepEqual(json.dropped, ['$.meetings[0]'], 'the document is inside the left-out meeting');
    assert.deepEqual(json.summary, { version: '1.0', committee: 'synthetic-committee', meetings: 1, initiatives: 0, workingGroups: 0 });
  });

  it('ok: true with --allow-warnings', async () => {
    const { code, json } = await runJson(['validate', file('brokenMeeting.json'), '--allow-warnings']);
    assert.equal(code, 0);
    assert.equal(json.ok, true);
    assert.equal(json.status, 'warnings');
    assert.equal(json.warnings.length, 2);
  });

  it('ok: true for the demo feed, with its counts', async () => {
    const { code, json } = await runJson(['validate', DEMO]);
    assert.equal(code, 0);
    const demo = JSON.parse(readFileSync(DEMO, 'utf8'));
    assert.deepEqual(json, {
      source: DEMO,
      ok: true,
      status: 'valid',
      exitCode: 0,
      loadable: true,
      errors: [],
      warnings: [],
      dropped: [],
      summary: { version: demo.version, committee: demo.committee.id, meetings: demo.meetings.length, initiatives: demo.initiatives.length, workingGroups: demo.workingGroups.length },
    });
  });

  it('errors for an invalid root and for an unsupported version', async () => {
    const invalid = await runJson(['validate', file('noCommittee.json')]);
    assert.equal(invalid.code, 1);
    assert.equal(invalid.json.status, 'invalid');
    assert.equal(invalid.json.loadable, false);
    assert.deepEqual(invalid.json.errors, [{ path: '$.committee', expected: 'a "committee" field: an object with "id" and "name"', received: 'nothing' }]);
    const version = await runJson(['validate', file('futureVersion.json')]);
    assert.equal(version.code, 1);
    assert.equal(version.json.status, 'version');
    assert.equal(version.json.errors[0].path, '$.version');
    assert.equal(version.json.errors[0].received, '"2.0"');
  });

  it('status "unreadable" with the error kind for a missing file and for non-JSON, message in --lang', async () => {
    const missing = await runJson(['validate', file('nope.json')]);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, '');
    assert.equal(missing.json.ok, false);
    assert.equal(missing.json.status, 'unreadable');
    assert.deepEqual(missing.json.error, { kind: 'missing', message: 'no such file' });
    const parse = await runJson(['validate', file('not-json.json'), '--lang', 'ar']);
    assert.equal(parse.code, 2);
    assert.equal(parse.json.error.kind, 'parse');
    assert.match(parse.json.error.message, /^المحتوى ليس JSON صالحًا/u);
  });
});

// Usage --------------------------------------------------------------------------------------------

describe('majlis-widgets usage', () => {
  it('--help prints usage, options and exit codes, exit 0 (en and ar)', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    for (const s of ['majlis-widgets validate <file-or-url>', '--lang', '--json', '--allow-warnings', '--max-bytes', '--timeout', 'Exit codes:']) assert.ok(r.stdout.includes(s), s);
    const ar = await run(['validate', '--help', '--lang', 'ar']);
    assert.equal(ar.code, 0);
    assert.match(ar.stdout, /رموز الخروج:/u);
  });

  it('usage errors exit 2 with a message on stderr', async () => {
    const cases = [
      [['validate'], /name the feed to check/u],
      [['check', DEMO], /unknown command "check"/u],
      [['validate', DEMO, '--strictness'], /unknown option --strictness/u],
      [['validate', DEMO, '--lang', 'fr'], /--lang must be "en" or "ar", not "fr"/u],
      [['validate', DEMO, '--timeout', 'soon'], /--timeout must be a whole number above 0/u],
      [['validate', DEMO, DEMO], /check one feed per call/u],
      [[], /Usage:/u],
    ];
    for (const [args, message] of cases) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
    }
    const ar = await run(['validate', DEMO, '--bogus', '--lang', 'ar']);
    assert.equal(ar.code, 2);
    assert.match(ar.stderr, /خيار غير معروف: --bogus/u);
  });

  it('without dist/ it says to build first and exits 2', async () => {
    // A copy of the CLI next to a package.json but no dist/.
    const bare = mkdtempSync(join(tmpdir(), 'majlis-cli-bare-'));
    try {
      mkdirSync(join(bare, 'bin'));
      copyFileSync(CLI, join(bare, 'bin', 'majlis-widgets.mjs'));
      writeFileSync(join(bare, 'package.json'), '{ "version": "0.0.0" }');
      const r = await new Promise((resolve) => {
        const child = spawn(process.execPath, [join(bare, 'bin', 'majlis-widgets.mjs'), 'validate', DEMO]);
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stderr }));
      });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot load the validator from dist\/.*\n.*npm run build/u);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

// URLs -----------------------------------------------------------------------------------------------

describe('majlis-widgets validate <url> (local test server on 127.0.0.1)', () => {
  let server;
  let base;
  const accepts = [];
  const demoText = readFileSync(DEMO, 'utf8');

  before(async () => {
    server = createServer((req, res) => {
      const send = (status, type, body, headers = {}) => {
        res.writeHead(status, { ...(type ? { 'Content-Type': type } : {}), ...headers });
        res.end(body);
      };
      switch (req.url) {
        case '/feed.json':
          accepts.push(req.headers.accept);
          return send(200, 'application/json; charset=utf-8', demoText);
        case '/feed-plus-json':
          return send(200, 'application/vnd.example+json', demoText);
        case '/no-type':
          return send(200, undefined, demoText);
        case '/broken.json':
          return send(200, 'application/json', JSON.stringify(FEEDS.brokenMeeting));
        case '/page.html':
          return send(200, 'text/html; charset=utf-8', '<!doctype html><title>Not a feed</title>');
        case '/not-json':
          return send(200, 'application/json', '<!doctype html>');
        case '/big-declared':
          return send(200, 'application/json', demoText);
        case '/big-streamed':
          // No Content-Length: the limit is enforced while reading.
          res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
          res.write(demoText.slice(0, 600));
          return res.end(demoText.slice(600));
        case '/redirect':
          return send(302, undefined, '', { Location: '/feed.json' });
        case '/server-error':
          return send(503, 'text/plain', 'busy');
        case '/hang':
          return; // never answers; the CLI's --timeout gives up
        default:
          return send(404, 'text/plain', 'not found');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('valid feed: exit 0, asked for JSON', async () => {
    const r = await run(['validate', `${base}/feed.json`]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`^✓ ${base}/feed\\.json: valid feed`, 'u'));
    assert.deepEqual(accepts, ['application/json']);
  });

  it('accepts +json content types, a missing content type and a redirect, like the widgets', async () => {
    for (const path of ['/feed-plus-json', '/no-type', '/redirect']) {
      const r = await run(['validate', `${base}${path}`]);
      assert.equal(r.code, 0, `${path}: ${r.stdout}${r.stderr}`);
    }
  });

  it('broken feed over HTTP: exit 1 with the paths', async () => {
    const r = await run(['validate', `${base}/broken.json`, '--lang', 'ar']);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /\$\.meetings\[0\]\.start/u);
    assert.match(r.stdout, /\$\.meetings\[0\]\.documents\[0\]\.url/u);
  });

  it('HTTP 404 and 503: exit 2 naming the status', async () => {
    const r = await run(['validate', `${base}/missing.json`]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read the feed: the server answered HTTP 404 Not Found\./u);
    const { code, json } = await runJson(['validate', `${base}/server-error`]);
    assert.equal(code, 2);
    assert.equal(json.error.kind, 'http');
    assert.equal(json.error.status, 503);
    const ar = await run(['validate', `${base}/missing.json`, '--lang', 'ar']);
    assert.match(ar.stderr, /أجاب الخادم برمز HTTP 404/u);
  });

  it('an HTML page: exit 2, content type named', async () => {
    const r = await run(['validate', `${base}/page.html`]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the server sent text\/html, not JSON/u);
    const { json } = await runJson(['validate', `${base}/page.html`]);
    assert.equal(json.error.kind, 'content-type');
  });

  it('JSON content type with a body that is not JSON: exit 2 (parse)', async () => {
    const { code, json } = await runJson(['validate', `${base}/not-json`]);
    assert.equal(code, 2);
    assert.equal(json.error.kind, 'parse');
  });

  it('too large, by Content-Length and while streaming: exit 2', async () => {
    for (const path of ['/big-declared', '/big-streamed']) {
      const { code, json } = await runJson(['validate', `${base}${path}`, '--max-bytes', '1000']);
      assert.equal(code, 2, path);
      assert.equal(json.error.kind, 'too-large', path);
    }
    // The same body fits under the default limit.
    assert.equal((await run(['validate', `${base}/big-streamed`])).code, 0);
  });

  it('no answer within --timeout: exit 2 (timeout)', async () => {
    const { code, json } = await runJson(['validate', `${base}/hang`, '--timeout', '300']);
    assert.equal(code, 2);
    assert.equal(json.error.kind, 'timeout');
  });

  it('connection refused: exit 2 (network), with the cause', async () => {
    // A port that was just free: listen, note it, close.
    const spare = createServer();
    await new Promise((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const port = spare.address().port;
    await new Promise((resolve) => spare.close(resolve));
    const r = await run(['validate', `http://127.0.0.1:${port}/feed.json`]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read the feed: the request failed \(.*ECONNREFUSED.*\)/u);
  });
});
