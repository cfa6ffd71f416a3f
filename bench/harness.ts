/**
 * What every benchmark page does: read its parameters, make the synthetic
 * feed (not timed), mount the element and time it with `performance.mark` /
 * `performance.measure`, which the benchmark runner reads by name.
 */
import { BENCH_MEETING, BENCH_NOW, syntheticFeed, withOneChange, type FeedSize } from './synthetic-feed.js';

export type WidgetTag = 'agenda-list' | 'working-group-roster' | 'initiative-tracker';

/** An element the harness can time: the widgets and their vanilla baselines. */
export interface Timed extends HTMLElement {
  feed?: unknown;
  now?: Date;
  /** Resolves once the element has rendered what it was given. */
  readonly updateComplete: Promise<unknown>;
}

export interface BenchParams {
  tag: WidgetTag;
  /** Items of the widget's kind in the feed (agenda items, members or initiatives). */
  n: number;
  /** Also time a refresh that brings a feed with one changed entry. */
  refresh: boolean;
  /** The `expanded` attribute (the roster's groups open, so that their members are rendered). */
  expanded: boolean;
}

export function benchParams(): BenchParams {
  const q = new URLSearchParams(location.search);
  const tag = (q.get('tag') ?? 'agenda-list') as WidgetTag;
  return { tag, n: Number(q.get('n') ?? 1000), refresh: q.get('refresh') === '1', expanded: q.get('expanded') === '1' };
}

export function feedSize(tag: WidgetTag, n: number): FeedSize {
  if (tag === 'agenda-list') return { agendaItems: n };
  if (tag === 'working-group-roster') return { members: n };
  return { initiatives: n };
}

const CHANGE = { 'agenda-list': 'agenda', 'working-group-roster': 'member', 'initiative-tracker': 'initiative' } as const;

/**
 * The end of a render's work: the element's update is done (and any update it asked for) and the page's style
 * and layout are computed (read back synchronously, as a script that measures would).
 */
export async function laidOut(el: Timed): Promise<void> {
  // An update may ask for another (a windowed list measures its rows, then renders the rows that fit): wait for the last.
  for (let i = 0; i < 10 && (await el.updateComplete) === false; i++);
  el.getBoundingClientRect();
}

/** The next frame produced after that (paint included, and the wait for the display's next 60 Hz tick). */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));


/** A quiet moment between measurements: two frames and an idle task. */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

/**
 * Mounts `tagName` (a widget or a baseline) with the synthetic feed of
 * `params` and records the measures `render` (creation → laid out) and
 * `render-frame` (creation → the next frame) and, with `refresh`, `refresh`
 * and `refresh-frame` (a feed with one changed entry → laid out, → the next frame).
 */
export async function timeRender(tagName: string, params: BenchParams): Promise<Timed> {
  const feed = syntheticFeed(feedSize(params.tag, params.n));
  const next = params.refresh ? withOneChange(feed, CHANGE[params.tag]) : undefined;
  await settle();
  performance.mark('render-start');
  const el = document.createElement(tagName) as Timed;
  if (params.tag === 'agenda-list') el.setAttribute('meeting', BENCH_MEETING);
  if (params.expanded) el.setAttribute('expanded', '');
  el.now = BENCH_NOW;
  el.feed = feed;
  document.body.append(el);
  await laidOut(el);
  performance.measure('render', 'render-start');
  await nextFrame();
  performance.measure('render-frame', 'render-start');
  if (next) {
    await settle();
    performance.mark('refresh-start');
    el.feed = next;
    await laidOut(el);
    performance.measure('refresh', 'refresh-start');
    await nextFrame();
    performance.measure('refresh-frame', 'refresh-start');
  }
  return el;
}
