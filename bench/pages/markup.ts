// Renders a widget and its vanilla baseline with the same feed and compares their shadow DOM
// (elements, attributes, text; comments and whitespace-only text left out): window.markupResult.
import '../../src/define/agenda-list.js';
import '../../src/define/initiative-tracker.js';
import '../../src/define/working-group-roster.js';
import { defineBaselines } from '../baseline/index.js';
import { benchParams, timeRender } from '../harness.js';

/** One line per element: its path depth, tag and sorted attributes, then its own text. */
function lines(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        const attrs = [...el.attributes]
          .map((a) => (a.name === 'class' ? `class=${a.value.split(/\s+/u).filter(Boolean).sort().join(' ')}` : `${a.name}=${a.value}`))
          .sort()
          .join(' ');
        const text = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .replace(/\s+/gu, ' ')
          .trim();
        out.push(`${'  '.repeat(depth)}<${el.localName} ${attrs}> ${text}`);
        walk(el, depth + 1);
      }
    }
  };
  walk(root, 0);
  return out;
}

/** Lines of `a` not matched in order in `b` (a longest-common-subsequence diff would be exact; this greedy one is enough here). */
function unmatched(a: string[], b: string[]): string[] {
  const rest: string[] = [];
  let j = 0;
  for (const line of a) {
    const k = b.indexOf(line, j);
    if (k < 0 || k - j > 50) rest.push(line);
    else j = k + 1;
  }
  return rest;
}

defineBaselines();
const params = benchParams();
const widget = await timeRender(params.tag, params);
const widgetLines = lines(widget.shadowRoot!);
widget.remove();
const baseline = await timeRender(`vanilla-${params.tag}`, params);
const baselineLines = lines(baseline.shadowRoot!);
const missing = unmatched(widgetLines, baselineLines);
const extra = unmatched(baselineLines, widgetLines);
(window as unknown as { markupResult: unknown }).markupResult = {
  widget: widgetLines.length,
  baseline: baselineLines.length,
  missing: missing.length,
  extra: extra.length,
  sample: { missing: missing.slice(0, 8), extra: extra.slice(0, 8) },
};
