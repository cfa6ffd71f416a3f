#!/usr/bin/env node
// majlis-widgets validate <file-or-url>: checks a Majlis feed with the validator the widgets use
// (dist/feed/validate.js) and prints every problem with its JSON path. See docs/cli.md.
//
// Exit codes: 0 valid; 1 invalid (or items left out, unless --allow-warnings); 2 not checked
// (the feed could not be read: missing file, network or HTTP error, wrong content type, too large,
// not JSON; or a usage error).
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_UNREADABLE = 2;

/** Same rule as src/feed/loader.ts: a JSON media type, including `+json` suffixes. */
const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json)\b/iu;
const DEFAULT_TIMEOUT = 30_000;

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Messages. Paths and the validator's "expected …" details stay as the validator writes them
// (English); everything the CLI itself says is in the chosen language.

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

const MESSAGES = {
  en: {
    help: (v) => `majlis-widgets ${v}: check a Majlis committee feed with the validator the widgets use.

Usage:
  majlis-widgets validate <file-or-url> [options]
  majlis-widgets validate - [options]        (read the feed from standard input)

Options:
  --lang <en|ar>       Language of the report (default: en). Paths and the
                       "expected" details stay in English.
  --json               Print one JSON object instead of the report.
  --allow-warnings     Exit 0 when the feed loads but some items are left out
                       (default: exit 1, so that CI notices them).
  --max-bytes <n>      Largest feed accepted, in bytes (default: ${MAX_BYTES_DEFAULT}, as in the widgets).
  --timeout <ms>       Give up on a URL after this many milliseconds (default: ${DEFAULT_TIMEOUT}).
  --color, --no-color  Force colours on or off (default: on for a terminal, unless NO_COLOR is set).
  -h, --help           Show this help.
  -v, --version        Show the version.

Exit codes:
  0  the feed is valid (with --allow-warnings: it loads, perhaps with items left out)
  1  the feed is invalid, of an unsupported version, or has items the widgets leave out
  2  the feed could not be checked: file missing, network or HTTP error, wrong content
     type, too large, not JSON; or a usage error

Example:
  npx majlis-widgets validate public/committee.json
  npx majlis-widgets validate https://example.org/committee.json --lang ar
`,
    usage: 'Usage: majlis-widgets validate <file-or-url> [--lang en|ar] [--json] [--allow-warnings]. See --help.',
    usageError: (m) => `majlis-widgets: ${m}`,
    unknownCommand: (c) => `unknown command "${c}"`,
    noSource: 'name the feed to check: a file, a URL, or - for standard input',
    oneSource: 'check one feed per call',
    badLang: (l) => `--lang must be "en" or "ar", not "${l}"`,
    badNumber: (o, x) => `${o} must be a whole number above 0, not "${x}"`,
    unknownOption: (o) => `unknown option ${o}`,
    needsValue: (o) => `option ${o} needs a value`,
    takesNoValue: (o) => `option ${o} takes no value`,
    valid: (src, s) =>
      `✓ ${src}: valid feed (version ${s.version}, committee "${s.committee}": ${plural(s.meetings, 'meeting', 'meetings')}, ${plural(s.initiatives, 'initiative', 'initiatives')}, ${plural(s.workingGroups, 'working group', 'working groups')}).`,
    loadsWithWarnings: (src, left, refs, allowed) =>
      `${allowed ? '⚠' : '✗'} ${src}: the feed loads, but the widgets leave out ${[
        left ? plural(left, 'item', 'items') : '',
        refs ? plural(refs, 'reference', 'references') : '',
      ]
        .filter(Boolean)
        .join(' and ')}; they show the rest.`,
    invalid: (src) => `✗ ${src}: invalid feed. The widgets show an error instead of it.`,
    version: (src, major) => `✗ ${src}: unsupported feed version. majlis-widgets ${pkg.version} reads feeds of version ${major}.x.`,
    errors: (n) => `Errors (${n}):`,
    warnings: (n) => `Warnings (${n}):`,
    expected: 'expected',
    received: 'found',
    dropped: 'left out',
    referenceOnly: 'this reference (the item stays)',
    andAfter: (n) => `and the ${n.toLocaleString('en')} after it`,
    hint: 'Exit code 1: fix the problems above, or pass --allow-warnings to accept a feed with items left out.',
    note: '',
    describe: (s) => s,
    unreadable: (src, why) => `✗ ${src}: cannot read the feed: ${why}.`,
    why: {
      missing: () => 'no such file',
      read: (d) => `the file cannot be read (${d.detail})`,
      network: (d) => `the request failed (${d.detail})`,
      http: (d) => `the server answered HTTP ${d.status}${d.statusText ? ` ${d.statusText}` : ''}`,
      timeout: (d) => `no answer within ${d.timeout} ms (see --timeout)`,
      'too-large': (d) => `it is larger than ${d.maxBytes} bytes (the widgets accept up to ${MAX_BYTES_DEFAULT} unless their max-bytes attribute says otherwise; see --max-bytes)`,
      'content-type': (d) => `the server sent ${d.type}, not JSON (serve it as application/json)`,
      parse: (d) => `it is not valid JSON (${d.detail})`,
    },
  },
  ar: {
    help: (v) => `majlis-widgets ${v}: فحص ملف بيانات لجنة بأداة التحقق نفسها التي تستخدمها المكونات.

الاستخدام:
  majlis-widgets validate <file-or-url> [options]
  majlis-widgets validate - [options]        (قراءة ملف البيانات من الإدخال القياسي)

الخيارات:
  --lang <en|ar>       لغة التقرير (الافتراضية: en). تبقى المسارات ووصف القيمة
                       المتوقعة بالإنجليزية.
  --json               إخراج كائن JSON واحد بدلًا من التقرير.
  --allow-warnings     الخروج بالرمز 0 إذا أمكن تحميل ملف البيانات مع استبعاد بعض عناصره
                       (الافتراضي: الرمز 1، لكي تكشفها أنظمة التكامل المستمر).
  --max-bytes <n>      أكبر حجم مقبول بالبايت (الافتراضي: ${MAX_BYTES_DEFAULT}، كما في المكونات).
  --timeout <ms>       مهلة انتظار الرد من عنوان URL بالملّي ثانية (الافتراضية: ${DEFAULT_TIMEOUT}).
  --color, --no-color  فرض الألوان أو إلغاؤها (الافتراضي: ألوان في الطرفية ما لم يُضبط NO_COLOR).
  -h, --help           عرض هذه التعليمات.
  -v, --version        عرض رقم الإصدار.

رموز الخروج:
  0  ملف البيانات صالح (مع --allow-warnings: يمكن تحميله ولو استُبعدت منه عناصر)
  1  ملف البيانات غير صالح، أو إصداره غير مدعوم، أو فيه عناصر ستستبعدها المكونات
  2  تعذر فحص ملف البيانات: الملف غير موجود، أو خطأ في الشبكة أو في HTTP، أو نوع
     المحتوى غير صحيح، أو الحجم كبير جدًا، أو المحتوى ليس JSON؛ أو خطأ في الاستخدام

مثال:
  npx majlis-widgets validate public/committee.json --lang ar
`,
    usage: 'الاستخدام: majlis-widgets validate <file-or-url> [--lang en|ar] [--json] [--allow-warnings]. للمزيد: --help',
    usageError: (m) => `majlis-widgets: ${m}`,
    unknownCommand: (c) => `أمر غير معروف: "${c}"`,
    noSource: 'حدد ملف البيانات المراد فحصه: مسار ملف، أو عنوان URL، أو - للإدخال القياسي',
    oneSource: 'يُفحص ملف بيانات واحد في كل مرة',
    badLang: (l) => `قيمة --lang يجب أن تكون "en" أو "ar"، وليس "${l}"`,
    badNumber: (o, x) => `قيمة ${o} يجب أن تكون عددًا صحيحًا أكبر من صفر، وليس "${x}"`,
    unknownOption: (o) => `خيار غير معروف: ${o}`,
    needsValue: (o) => `الخيار ${o} يتطلب قيمة`,
    takesNoValue: (o) => `الخيار ${o} لا يقبل قيمة`,
    valid: (src, s) =>
      `✓ ${src}: ملف البيانات صالح (الإصدار ${s.version}، اللجنة "${s.committee}"؛ عدد الاجتماعات: ${s.meetings}، عدد المبادرات: ${s.initiatives}، عدد فرق العمل: ${s.workingGroups}).`,
    loadsWithWarnings: (src, left, refs, allowed) =>
      `${allowed ? '⚠' : '✗'} ${src}: يمكن تحميل ملف البيانات، لكن المكونات ستستبعد بعض محتواه وتعرض الباقي (${[
        left ? `عدد العناصر المستبعدة: ${left}` : '',
        refs ? `عدد المراجع المحذوفة: ${refs}` : '',
      ]
        .filter(Boolean)
        .join('، ')}).`,
    invalid: (src) => `✗ ${src}: ملف البيانات غير صالح، وستعرض المكونات رسالة خطأ بدلًا منه.`,
    version: (src, major) => `✗ ${src}: إصدار ملف البيانات غير مدعوم؛ فالإصدار ${pkg.version} من majlis-widgets يقرأ ملفات البيانات من الإصدار ${major}.x.`,
    errors: (n) => `الأخطاء (${n}):`,
    warnings: (n) => `التحذيرات (${n}):`,
    expected: 'المتوقع',
    received: 'الموجود',
    dropped: 'المستبعد',
    referenceOnly: 'هذا المرجع وحده (ويبقى العنصر)',
    andAfter: (n) => `وما بعده (${n.toLocaleString('en')})`,
    hint: 'رمز الخروج 1: أصلح المشكلات الواردة أعلاه، أو استخدم الخيار --allow-warnings لقبول ملف بيانات استُبعدت منه عناصر.',
    note: 'ملاحظة: وصف القيمة المتوقعة يصدر عن أداة التحقق باللغة الإنجليزية.',
    describe: (s) => {
      if (s === 'nothing') return 'لا شيء';
      if (s === 'an object') return 'كائن';
      const list = /^a list of (\d+)$/u.exec(s);
      return list ? `قائمة عدد عناصرها ${list[1]}` : s;
    },
    unreadable: (src, why) => `✗ ${src}: تعذرت قراءة ملف البيانات: ${why}.`,
    why: {
      missing: () => 'الملف غير موجود',
      read: (d) => `لا يمكن قراءة الملف (${d.detail})`,
      network: (d) => `فشل الطلب (${d.detail})`,
      http: (d) => `أجاب الخادم برمز HTTP ${d.status}${d.statusText ? ` (${d.statusText})` : ''}`,
      timeout: (d) => `لم يصل رد خلال ${d.timeout} ملّي ثانية (انظر الخيار --timeout)`,
      'too-large': (d) => `حجمه يتجاوز ${d.maxBytes} بايت (تقبل المكونات حتى ${MAX_BYTES_DEFAULT} بايت ما لم تحدد السمة max-bytes غير ذلك؛ انظر الخيار --max-bytes)`,
      'content-type': (d) => `أرسل الخادم المحتوى بالنوع ${d.type} وليس JSON (يجب تقديمه بالنوع application/json)`,
      parse: (d) => `المحتوى ليس JSON صالحًا (${d.detail})`,
    },
  },
};

// ---------------------------------------------------------------------------------------------
// The library, from the published build. Neither module touches the DOM.

let validateFeed;
let leftOutPaths;
let MAX_BYTES_DEFAULT = 5 * 1024 * 1024;
try {
  ({ validateFeed, leftOutPaths } = await import('../dist/feed/validate.js'));
  ({ DEFAULT_MAX_BYTES: MAX_BYTES_DEFAULT } = await import('../dist/feed/loader.js'));
} catch (err) {
  process.stderr.write(
    `majlis-widgets: cannot load the validator from dist/ (${err.message}).\nIn a checkout of the repository, run "npm run build" first.\n`,
  );
  process.exit(EXIT_UNREADABLE);
}

// ---------------------------------------------------------------------------------------------
// Reading a feed. Failures are thrown as Unreadable, with a kind named as in src/feed/loader.ts.

class Unreadable extends Error {
  constructor(kind, details = {}) {
    super(kind);
    this.kind = kind;
    this.details = details;
  }
}

const isUrl = (s) => /^https?:\/\//iu.test(s);

/** Bytes to text as the browser's fetch does it: UTF-8, a leading BOM removed. */
const decode = (bytes) => new TextDecoder().decode(bytes);

async function readSource(source, { maxBytes, timeout }) {
  if (source === '-') return readStream(process.stdin, maxBytes);
  if (isUrl(source)) return readUrl(source, { maxBytes, timeout });
  return readLocal(source, maxBytes);
}

async function readLocal(file, maxBytes) {
  try {
    const info = await stat(file);
    if (info.isFile() && info.size > maxBytes) throw new Unreadable('too-large', { maxBytes });
    return decode(await readFile(file));
  } catch (err) {
    if (err instanceof Unreadable) throw err;
    if (err.code === 'ENOENT') throw new Unreadable('missing');
    throw new Unreadable('read', { detail: err.code ?? err.message });
  }
}

async function readStream(stream, maxBytes) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) throw new Unreadable('too-large', { maxBytes });
    chunks.push(chunk);
  }
  return decode(Buffer.concat(chunks));
}

/** Rules of src/feed/loader.ts: Accept JSON, HTTP errors, JSON content types only, size limit while streaming. No retries. */
async function readUrl(url, { maxBytes, timeout }) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Unreadable('timeout', { timeout })), timeout);
  try {
    let res;
    try {
      res = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (err) {
      throw failure(err, controller);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Unreadable('http', { status: res.status, statusText: res.statusText });
    }
    const type = res.headers.get('content-type');
    if (type && !JSON_TYPE.test(type)) {
      await res.body?.cancel();
      throw new Unreadable('content-type', { type: type.split(';')[0].trim() });
    }
    if (Number(res.headers.get('content-length')) > maxBytes) {
      await res.body?.cancel();
      throw new Unreadable('too-large', { maxBytes });
    }
    try {
      return await readStream(res.body ?? [], maxBytes);
    } catch (err) {
      if (err instanceof Unreadable) {
        await res.body?.cancel().catch(() => {});
        throw err;
      }
      throw failure(err, controller);
    }
  } finally {
    clearTimeout(timer);
  }
}

function failure(err, controller) {
  if (controller.signal.aborted && controller.signal.reason instanceof Unreadable) return controller.signal.reason;
  const cause = err?.cause;
  const detail = cause?.code && cause?.message ? cause.message : cause?.code ?? cause?.message ?? err?.message ?? String(err);
  return new Unreadable('network', { detail });
}

// ---------------------------------------------------------------------------------------------
// Checking.

function check(text, allowWarnings) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Unreadable('parse', { detail: err.message });
  }
  const result = validateFeed(json);
  if (!result.ok) {
    return { status: result.reason, exitCode: EXIT_INVALID, errors: result.errors, warnings: [], dropped: [] };
  }
  const { feed, warnings } = result;
  const summary = {
    version: feed.version,
    committee: feed.committee.id,
    meetings: feed.meetings?.length ?? 0,
    initiatives: feed.initiatives?.length ?? 0,
    workingGroups: feed.workingGroups?.length ?? 0,
  };
  if (warnings.length === 0) return { status: 'valid', exitCode: EXIT_OK, errors: [], warnings, dropped: [], summary };
  return { status: 'warnings', exitCode: allowWarnings ? EXIT_OK : EXIT_INVALID, errors: [], warnings, dropped: leftOutPaths(warnings), summary };
}

// ---------------------------------------------------------------------------------------------
// Output.

function painter(enabled) {
  const wrap = (open, close) => (s) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}

function issueLines(t, c, issue, isWarning) {
  const lines = [`  ${c.bold(issue.path)}`, `    ${t.expected}: ${issue.expected}`];
  if (issue.received !== undefined) lines.push(`    ${t.received}: ${t.describe(issue.received)}`);
  // A warning without `dropped` is a reference to an id that does not exist: only the reference goes.
  if (isWarning) {
    // The left-out item's id (as the widgets read it: trimmed), when it has one, finds it in a long feed faster than its position.
    const id = issue.droppedId;
    const more = issue.droppedCount > 1 ? ` ${t.andAfter(issue.droppedCount - 1)}` : '';
    lines.push(`    ${t.dropped}: ${issue.dropped ?? t.referenceOnly}${more}${id !== undefined ? ` (id ${JSON.stringify(id)})` : ''}`);
  }
  return lines;
}

function report(t, c, label, r, allowWarnings) {
  const out = [];
  if (r.status === 'valid') {
    out.push(c.green(t.valid(label, r.summary)));
    return out;
  }
  if (r.status === 'warnings') {
    const refs = r.warnings.filter((w) => w.dropped === undefined).length;
    // A list over its limit leaves out all its items from `dropped` on.
    const count = r.dropped.reduce((n, p) => n + (r.warnings.find((w) => w.dropped === p)?.droppedCount ?? 1), 0);
    const head = t.loadsWithWarnings(label, count, refs, allowWarnings);
    out.push(allowWarnings ? c.yellow(head) : c.red(head), '', t.warnings(r.warnings.length));
    for (const w of r.warnings) out.push(...issueLines(t, c, w, true));
    if (t.note) out.push('', c.dim(t.note));
    if (!allowWarnings) out.push('', t.hint);
    return out;
  }
  out.push(c.red(r.status === 'version' ? t.version(label, majorOf(r)) : t.invalid(label)), '', t.errors(r.errors.length));
  for (const e of r.errors) out.push(...issueLines(t, c, e, false));
  if (t.note) out.push('', c.dim(t.note));
  return out;
}

/** The major version the validator names in its version error ("a feed of version 1.x …"). */
function majorOf(r) {
  return /version (\d+)\.x/u.exec(r.errors[0]?.expected ?? '')?.[1] ?? '1';
}

const sourceLabel = (source) => (source === '-' ? 'stdin' : source);

// ---------------------------------------------------------------------------------------------
// Command line.

function parse(argv) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      lang: { type: 'string', default: 'en' },
      json: { type: 'boolean', default: false },
      'allow-warnings': { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      timeout: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
}

/** The value of --lang even when the rest of the command line is wrong, so that usage errors use it. */
function langHint(argv) {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'en';
  const value = argv[i].includes('=') ? argv[i].slice('--lang='.length) : argv[i + 1];
  return value === 'ar' ? 'ar' : 'en';
}

function positiveInt(t, name, value, fallback) {
  if (value === undefined) return fallback;
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new UsageError(t.badNumber(name, value));
  return Number(value);
}

class UsageError extends Error {}

async function main(argv) {
  let t = MESSAGES[langHint(argv)];
  let args;
  try {
    args = parse(argv);
  } catch (err) {
    const option = /'(-[^'\s]*)/u.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageFail(t, t.unknownOption(option));
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      return usageFail(t, /argument missing/u.test(err.message) ? t.needsValue(option) : t.takesNoValue(option));
    }
    return usageFail(t, err.message);
  }
  const { values, positionals } = args;
  if (!(values.lang in MESSAGES)) return usageFail(t, MESSAGES.en.badLang(values.lang));
  t = MESSAGES[values.lang];
  if (values.version) {
    process.stdout.write(`${pkg.version}\n`);
    return EXIT_OK;
  }
  if (values.help) {
    process.stdout.write(t.help(pkg.version));
    return EXIT_OK;
  }
  const [command, ...sources] = positionals;
  if (command === undefined) {
    process.stderr.write(t.help(pkg.version));
    return EXIT_UNREADABLE;
  }
  if (command === 'help') {
    process.stdout.write(t.help(pkg.version));
    return EXIT_OK;
  }
  if (command !== 'validate') return usageFail(t, t.unknownCommand(command));
  if (sources.length === 0) return usageFail(t, t.noSource);
  if (sources.length > 1) return usageFail(t, t.oneSource);
  let maxBytes;
  let timeout;
  try {
    maxBytes = positiveInt(t, '--max-bytes', values['max-bytes'], MAX_BYTES_DEFAULT);
    timeout = positiveInt(t, '--timeout', values.timeout, DEFAULT_TIMEOUT);
  } catch (err) {
    if (err instanceof UsageError) return usageFail(t, err.message);
    throw err;
  }

  const source = sources[0];
  const label = sourceLabel(source);
  const allowWarnings = values['allow-warnings'];
  const useColor = !values.json && !values['no-color'] && (values.color || (process.stdout.isTTY && !process.env.NO_COLOR));
  const c = painter(Boolean(useColor));

  let result;
  try {
    result = check(await readSource(source, { maxBytes, timeout }), allowWarnings);
  } catch (err) {
    if (!(err instanceof Unreadable)) throw err;
    const why = t.why[err.kind](err.details);
    if (values.json) {
      const error = { kind: err.kind, message: why };
      if (err.details.status !== undefined) error.status = err.details.status;
      writeJson({ source: label, ok: false, status: 'unreadable', exitCode: EXIT_UNREADABLE, loadable: false, error, errors: [], warnings: [], dropped: [] });
    } else {
      process.stderr.write(`${painter(Boolean(useColor && process.stderr.isTTY)).red(t.unreadable(label, why))}\n`);
    }
    return EXIT_UNREADABLE;
  }

  if (values.json) {
    writeJson({
      source: label,
      ok: result.exitCode === EXIT_OK,
      status: result.status,
      exitCode: result.exitCode,
      loadable: result.status === 'valid' || result.status === 'warnings',
      errors: result.errors.map(plainIssue),
      warnings: result.warnings.map(plainIssue),
      dropped: result.dropped,
      ...(result.summary ? { summary: result.summary } : {}),
    });
  } else {
    process.stdout.write(`${report(t, c, label, result, allowWarnings).join('\n')}\n`);
  }
  return result.exitCode;
}

/** path, expected, received, dropped, droppedCount, droppedId: only the fields the validator set. */
function plainIssue(issue) {
  const out = { path: issue.path, expected: issue.expected };
  if (issue.received !== undefined) out.received = issue.received;
  if (issue.dropped !== undefined) out.dropped = issue.dropped;
  if (issue.droppedCount !== undefined) out.droppedCount = issue.droppedCount;
  if (issue.droppedId !== undefined) out.droppedId = issue.droppedId;
  return out;
}

function writeJson(value) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function usageFail(t, message) {
  process.stderr.write(`${t.usageError(message)}\n${t.usage}\n`);
  return EXIT_UNREADABLE;
}

// Set exitCode rather than calling exit(), so that piped output is written out in full.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`majlis-widgets: ${err?.stack ?? err}\n`);
    process.exitCode = EXIT_UNREADABLE;
  },
);
