// A vite plugin for the CDN build: shrinks the literal text of lit's html``, svg`` and css`` templates in src/.
// - every run of whitespace that holds a line break becomes one space (the indentation of the source);
// - in css``, comments go, and spaces around { } ; : , go.
// Rendering is unchanged: HTML collapses a run of whitespace to one space (no template here is in a
// `white-space: pre` context), and CSS ignores it. Expressions (`${…}`) are left exactly as written.

const TAGS = new Set(['html', 'svg', 'css']);

/** The tag in front of the backtick at `i` (`html`, `svg`, `css`), or undefined. */
function tagAt(code, i) {
  const m = /(?<![\w$.])([A-Za-z_$][\w$]*)$/u.exec(code.slice(Math.max(0, i - 16), i));
  return m && TAGS.has(m[1]) ? m[1] : undefined;
}

/**
 * Scans the template literal whose opening backtick is at `start`; when it is tagged html/svg/css, records its
 * literal parts (not its expressions) in `out` as [from, to, tag, first, last]. Returns the index just past it.
 */
function scanTemplate(code, start, out) {
  const tag = tagAt(code, start);
  const parts = [];
  let i = start + 1;
  let from = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      parts.push([from, i]);
      if (tag) parts.forEach(([a, b], k) => out.push([a, b, tag, k === 0, k === parts.length - 1]));
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      parts.push([from, i]);
      i = scanExpression(code, i + 2, out);
      from = i;
    } else i++;
  }
  throw new Error(`unterminated template literal at ${start}`);
}

/** Index just past the `}` that closes an expression starting at `i`. */
function scanExpression(code, i, out) {
  let depth = 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') i = scanTemplate(code, i, out);
    else if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 2;
    } else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new Error(`unterminated expression at ${i}`);
}

const squeezeMarkup = (text) => text.replace(/[ \t]*\r?\n\s*/gu, ' ');
const squeezeCss = (text, first, last) => {
  let t = text
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/\s*([{};,])\s*/gu, '$1')
    .replace(/;\}/gu, '}');
  if (first) t = t.trimStart();
  if (last) t = t.trimEnd();
  return t;
};

/**
 * Rewrites the html/svg/css templates of one module (also those nested in expressions); returns null when there
 * is nothing to change. Only the code's own template literals are scanned: a module is taken to hold no "`" in
 * comments or in quoted strings outside template expressions.
 */
export function minifyTemplates(code) {
  const parts = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') i = scanTemplate(code, i, parts);
    else if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
    } else i++;
  }
  parts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  let changed = false;
  for (const [a, b, tag, first, end] of parts) {
    const text = code.slice(a, b);
    const small = tag === 'css' ? squeezeCss(text, first, end) : squeezeMarkup(text);
    out += code.slice(last, a) + small;
    last = b;
    if (small !== text) changed = true;
  }
  return changed ? out + code.slice(last) : null;
}

/** The plugin: applies to TypeScript modules under src/ (not to node_modules). */
export function minifyTemplatesPlugin() {
  return {
    name: 'majlis-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/u.test(id.split('?')[0])) return null;
      const small = minifyTemplates(code);
      return small === null ? null : { code: small, map: null };
    },
  };
}
