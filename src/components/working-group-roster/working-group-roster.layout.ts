/**
 * Which layout of the members `<working-group-roster>` renders: a table from
 * 40rem of the element's own inline size, a list below it. The element
 * renders only the layout its width needs; where the width is not known (on
 * the server, or an element that is not laid out), it renders both and the
 * styles' container query shows one.
 */

/** The width (in rem of the root element) from which the members are a table. The styles' container query uses it too. */
export const WIDE_REM = 40;

export type Layout = 'table' | 'list' | 'both';

/** The layout for a content-box inline size in px; undefined for 0 (not laid out: no width to go by). */
export function layoutForSize(inline: number, rootFontSize: number): 'table' | 'list' | undefined {
  if (!(inline > 0)) return undefined;
  return inline >= WIDE_REM * (rootFontSize || 16) ? 'table' : 'list';
}

/** The root element's font size in px (what `rem` is in a container query). */
export function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize);
}

/**
 * The layout for an element's current content-box inline size, measured now
 * (this lays the page out if it has changed since the last frame).
 */
export function measureLayout(el: HTMLElement): 'table' | 'list' | undefined {
  const style = getComputedStyle(el);
  const vertical = style.writingMode.startsWith('vertical') || style.writingMode.startsWith('sideways');
  const inline = vertical
    ? el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
    : el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return layoutForSize(inline, rootFontSize());
}
