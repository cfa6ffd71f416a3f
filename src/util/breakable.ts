import { html } from 'lit';

/** Runs of this many characters without a space or line break are given break opportunities. */
const LONG = 120;
/** Characters between the break opportunities put into a long run. */
const CHUNK = 100;
const LONG_RUN = new RegExp(`\\S{${LONG + 1},}`, 'gu');
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const wbr = html`<wbr>`;

/**
 * A feed text, ready to render: as it is, or — when it holds a run of more than
 * 120 characters with no space (a pasted hash, a URL, or hostile input) — with
 * a `<wbr>` every 100 characters of that run. The text itself is unchanged
 * (copying, searching and screen readers see the same characters); without
 * the break opportunities, Chromium takes time quadratic in the run's length to
 * wrap it (measured: 100,000 Arabic letters, 12.6 s; with them, 0.06 s).
 */
export function breakable(text: string): string | unknown[] {
  if (text.length <= LONG) return text;
  LONG_RUN.lastIndex = 0;
  if (!LONG_RUN.test(text)) return text;
  const out: unknown[] = [];
  let last = 0;
  LONG_RUN.lastIndex = 0;
  for (let m = LONG_RUN.exec(text); m; m = LONG_RUN.exec(text)) {
    const run = m[0];
    out.push(text.slice(last, m.index));
    // Whole characters only: never between a surrogate pair, nor a letter and its marks (Arabic harakat).
    const chars = run.match(CLUSTER)!;
    for (let i = 0; i < chars.length; i += CHUNK) {
      if (i) out.push(wbr);
      out.push(chars.slice(i, i + CHUNK).join(''));
    }
    last = m.index + run.length;
  }
  out.push(text.slice(last));
  return out;
}
