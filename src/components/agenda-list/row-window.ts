import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows rendered before the scroll box has been measured. */
const FIRST_ROWS = 30;
/** Room rendered beyond each edge of the visible part, in CSS pixels, so that scrolling a little shows rows already there. */
const OVERSCAN = 600;
/** Height taken for a row until one has been measured, in CSS pixels. */
const GUESS = 56;

/**
 * Which rows of a long, flat list are in the DOM: those in the visible part of
 * its scroll box, and some on each side. Each row's height is measured once it
 * has been rendered and kept (by the row's key); rows never rendered count as
 * tall as the first rows measured. The rows left out are stood in for by
 * padding before and after the rendered ones, so the scroll bar has the size of
 * the whole list; when a row's real height differs from the estimate, the
 * browser's scroll anchoring keeps the visible rows in place.
 *
 * The host renders `rows.slice(start, end)` (each row element with
 * `data-key`) with {@link before}/{@link after} as the list's padding, binds
 * {@link onScroll} to the box's `scroll` event, and calls {@link sync} with the
 * box after each update.
 */
export class RowWindow implements ReactiveController {
  /** First rendered row. */
  start = 0;
  /** One past the last rendered row. */
  end = FIRST_ROWS;
  /** Measured heights by row key. */
  private readonly heights = new Map<number, number>();
  private estimate = 0;
  private keys: readonly number[] = [];
  /** offsets[i]: the top of row i; offsets[n]: the height of the list. */
  private offsets = new Float64Array(1);
  private dirty = true;
  private box?: HTMLElement;
  private frame = 0;
  private resize?: ResizeObserver;
  /** Updates in a row asked for by {@link sync} after an update (measuring can move the window; it settles). */
  private chained = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The rows to render, given every row's key in order: [start, end). */
  range(keys: readonly number[]): [number, number] {
    if (keys !== this.keys) {
      this.keys = keys;
      this.dirty = true;
    }
    const n = keys.length;
    const start = Math.min(this.start, Math.max(0, n - 1));
    return [start, Math.min(n, Math.max(this.end, start + 1))];
  }

  /** Room for the rows before row `start`. */
  before(start: number): string {
    return `${Math.round(this.layout()[start] ?? 0)}px`;
  }

  /** Room for the rows from row `end` on. */
  after(end: number): string {
    const o = this.layout();
    return `${Math.round(o[o.length - 1]! - (o[end] ?? 0))}px`;
  }

  /** Bound to the scroll box's `scroll` event: moves the window once per frame. */
  readonly onScroll = (e: Event): void => {
    this.box = e.currentTarget as HTMLElement;
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (this.box) this.sync(this.box);
      });
    }
  };

  /**
   * Measures the rendered rows (elements with `data-key` in the box) and moves
   * the window to the visible part of the box; asks the host to render again
   * when the window moved. `afterUpdate`: called from the host's `updated()`.
   */
  sync(box: HTMLElement, afterUpdate = false): void {
    if (!afterUpdate) this.chained = 0;
    else if (++this.chained > 4) {
      // Still settling (each render measures rows the estimate had wrong): go on from the next frame, one update
      // a frame, instead of stopping until the next scroll (which left the box showing padding where rows belong).
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        if (this.box) this.sync(this.box);
      });
      return;
    }
    if (this.box !== box) {
      this.resize?.disconnect();
      this.resize = new ResizeObserver(() => this.box && this.sync(this.box));
      this.resize.observe(box);
      this.box = box;
    }
    for (const row of box.querySelectorAll<HTMLElement>('[data-key]')) {
      const h = row.getBoundingClientRect().height;
      const key = Number(row.dataset['key']);
      if (h > 0 && this.heights.get(key) !== h) {
        this.heights.set(key, h);
        this.estimate ||= h;
        this.dirty = true;
      }
    }
    const o = this.layout();
    const n = this.keys.length;
    const top = Math.max(0, box.scrollTop) - OVERSCAN;
    const bottom = Math.max(0, box.scrollTop) + (box.clientHeight || FIRST_ROWS * GUESS) + OVERSCAN;
    const start = Math.min(Math.max(0, find(o, top) - 1), Math.max(0, n - 1));
    const end = Math.min(n, Math.max(find(o, bottom) + 1, start + 1));
    if (start !== this.start || end !== this.end) {
      this.start = start;
      this.end = end;
      this.host.requestUpdate();
    }
  }

  /** Scrolls the box to the row at `index` and moves the window there. */
  scrollTo(box: HTMLElement, index: number): void {
    box.scrollTop = this.layout()[index] ?? 0;
    this.sync(box);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resize?.disconnect();
    this.resize = undefined;
    this.box = undefined;
  }

  private layout(): Float64Array {
    if (this.dirty) {
      const n = this.keys.length;
      const o = new Float64Array(n + 1);
      const guess = this.estimate || GUESS;
      for (let i = 0; i < n; i++) o[i + 1] = o[i]! + (this.heights.get(this.keys[i]!) ?? guess);
      this.offsets = o;
      this.dirty = false;
    }
    return this.offsets;
  }
}

/** The first i with offsets[i] > y (binary search). */
function find(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
