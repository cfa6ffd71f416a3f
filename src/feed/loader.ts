import type { Feed } from './schema.js';
import { validateFeed, type FeedIssue } from './validate.js';

/** What went wrong while getting a feed. */
export type FeedErrorKind = 'missing' | 'network' | 'http' | 'timeout' | 'too-large' | 'parse' | 'invalid' | 'version';

/** A failure to get a usable feed. `issues` lists the validation problems with their JSON paths. */
export class FeedError extends Error {
  override name = 'MajlisFeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly details: { url?: string; status?: number; issues?: FeedIssue[] } = {},
  ) {
    super(message);
  }
}

/** A validated feed and the problems that made some of its items be left out. */
export interface LoadedFeed {
  feed: Feed;
  warnings: FeedIssue[];
}

/** Default largest feed body accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Validates parsed JSON into a {@link LoadedFeed}, or throws a {@link FeedError} naming every problem. */
export function toLoadedFeed(json: unknown, url?: string): LoadedFeed {
  const result = validateFeed(json);
  if (result.ok) return { feed: result.feed, warnings: result.warnings };
  const first = result.errors[0]!;
  const message =
    result.reason === 'version'
      ? `Unsupported feed version at ${first.path}: expected ${first.expected}`
      : `Invalid feed: ${result.errors.map((e) => `${e.path}: expected ${e.expected}${e.received ? `, got ${e.received}` : ''}`).join('; ')}`;
  return throwError(new FeedError(result.reason, message, { url, issues: result.errors }));
}

function throwError(e: FeedError): never {
  throw e;
}

/** Parses JSON text into a {@link LoadedFeed}; throws a {@link FeedError} of kind `parse` when it is not JSON. */
export function parseFeedText(text: string, url?: string): LoadedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new FeedError('parse', `Feed is not valid JSON${url ? ` (${url})` : ''}: ${(err as Error).message}`, { url });
  }
  return toLoadedFeed(json, url);
}

export interface FeedSubscriber {
  onData(result: LoadedFeed): void;
  onError(error: FeedError): void;
  /** Milliseconds before a request is given up. */
  timeout: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
}

interface Entry {
  url: string;
  subs: Set<FeedSubscriber>;
  inflight?: AbortController;
  result?: LoadedFeed;
}

const entries = new Map<string, Entry>();

async function fetchFeed(url: string, signal: AbortSignal, maxBytes: number, revalidate: boolean): Promise<LoadedFeed> {
  let res: Response;
  try {
    // A refresh revalidates with the server instead of taking the HTTP cache's copy.
    res = await fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: revalidate ? 'no-cache' : 'default' });
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    throw new FeedError('network', `Feed request failed (${url}): ${(err as Error).message}`, { url });
  }
  if (!res.ok) throw new FeedError('http', `Feed request failed (${url}): HTTP ${res.status}`, { url, status: res.status });
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) throw new FeedError('too-large', `Feed is larger than ${maxBytes} bytes (${url})`, { url });
  const text = await res.text();
  if (text.length > maxBytes) throw new FeedError('too-large', `Feed is larger than ${maxBytes} bytes (${url})`, { url });
  return parseFeedText(text, url);
}

function start(entry: Entry): void {
  if (entry.inflight) return;
  const controller = new AbortController();
  entry.inflight = controller;
  const subs = [...entry.subs];
  const timeout = Math.min(...subs.map((s) => s.timeout));
  const maxBytes = Math.min(...subs.map((s) => s.maxBytes));
  const timer = setTimeout(() => controller.abort(new FeedError('timeout', `Feed request timed out after ${timeout} ms (${entry.url})`, { url: entry.url })), timeout);
  fetchFeed(entry.url, controller.signal, maxBytes, entry.result !== undefined).then(
    (result) => {
      clearTimeout(timer);
      if (entry.inflight !== controller) return;
      entry.inflight = undefined;
      entry.result = result;
      for (const s of [...entry.subs]) s.onData(result);
    },
    (err: unknown) => {
      clearTimeout(timer);
      if (entry.inflight !== controller) return;
      entry.inflight = undefined;
      const error = err instanceof FeedError ? err : new FeedError('network', `Feed request failed (${entry.url}): ${String(err)}`, { url: entry.url });
      for (const s of [...entry.subs]) s.onError(error);
    },
  );
}

/**
 * Subscribes to the feed at an absolute `url`. Every subscriber of one URL
 * shares one request and one parsed feed; a later subscriber gets the cached
 * feed. When the last subscriber leaves, an unfinished request is aborted.
 */
export function subscribeFeed(url: string, sub: FeedSubscriber): { unsubscribe(): void; refresh(): void } {
  let entry = entries.get(url);
  if (!entry) entries.set(url, (entry = { url, subs: new Set() }));
  const e = entry;
  e.subs.add(sub);
  if (e.result) {
    const r = e.result;
    queueMicrotask(() => {
      if (e.subs.has(sub)) sub.onData(r);
    });
  } else start(e);
  return {
    unsubscribe() {
      e.subs.delete(sub);
      if (e.subs.size === 0 && e.inflight) {
        e.inflight.abort();
        e.inflight = undefined;
      }
    },
    /** Fetches again (shared with other subscribers already refreshing). */
    refresh() {
      if (e.subs.has(sub)) start(e);
    },
  };
}

/** Forgets every cached feed (for tests and for hosts that know a feed changed). */
export function clearFeedCache(): void {
  for (const e of entries.values()) e.inflight?.abort();
  entries.clear();
}
