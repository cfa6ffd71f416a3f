import type { Feed } from './schema.js';
import { validateFeed, type FeedIssue, type ValidationResult } from './validate.js';

/** What went wrong while getting a feed. */
export type FeedErrorKind = 'missing' | 'network' | 'http' | 'timeout' | 'too-large' | 'content-type' | 'parse' | 'invalid' | 'version';

/** A failure to get a usable feed. `issues` lists the validation problems with their JSON paths. */
export class FeedError extends Error {
  override name = 'MajlisFeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly details: { url?: string; status?: number; issues?: FeedIssue[]; retryAfter?: number } = {},
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
  return loaded(validateFeed(json), url);
}

function loaded(result: ValidationResult, url?: string): LoadedFeed {
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
  // Nothing else holds the parsed value: what needs no change is taken as it is.
  return loaded(validateFeed(json, { owned: true }), url);
}

export interface FeedSubscriber {
  onData(result: LoadedFeed): void;
  onError(error: FeedError): void;
  /** Milliseconds before a request is given up. */
  timeout: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** How many times a transient failure (network, timeout, HTTP 408/429/5xx) is retried. */
  retries: number;
}

interface Entry {
  url: string;
  subs: Set<FeedSubscriber>;
  inflight?: AbortController;
  result?: LoadedFeed;
  /** The body `result` was read from. */
  text?: string;
}

const entries = new Map<string, Entry>();

const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json)\b/iu;

/** Reads at most `maxBytes` of the body; more is an error, and the rest is not downloaded. */
async function readLimited(res: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = () => new FeedError('too-large', `Feed is larger than ${maxBytes} bytes (${url})`, { url });
  if (Number(res.headers.get('content-length')) > maxBytes) throw tooLarge();
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

async function fetchFeed(entry: Entry, signal: AbortSignal, maxBytes: number): Promise<{ text: string; result: LoadedFeed }> {
  const url = entry.url;
  const revalidate = entry.result !== undefined;
  let res: Response;
  try {
    // A refresh revalidates with the server instead of taking the HTTP cache's copy.
    res = await fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: revalidate ? 'no-cache' : 'default' });
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    throw new FeedError('network', `Feed request failed (${url}): ${(err as Error).message} (offline, or a cross-origin server that does not allow this page: CORS)`, { url });
  }
  if (!res.ok) {
    const ra = res.headers.get('retry-after');
    const retryAfter = ra === null ? undefined : /^\d+$/u.test(ra) ? Number(ra) : Math.max(0, (Date.parse(ra) - Date.now()) / 1000) || undefined;
    throw new FeedError('http', `Feed request failed (${url}): HTTP ${res.status}`, { url, status: res.status, retryAfter });
  }
  const type = res.headers.get('content-type');
  if (type && !JSON_TYPE.test(type)) {
    void res.body?.cancel();
    throw new FeedError('content-type', `Feed is ${type.split(';')[0]}, not JSON (${url})`, { url });
  }
  const text = await readLimited(res, url, maxBytes);
  // A refresh that brings the same body (the usual poll) gives the same result: nothing is parsed, validated or rendered again.
  if (entry.result && entry.text === text) return { text, result: entry.result };
  return { text, result: parseFeedText(text, url) };
}

/** Worth trying again: the network, a timeout, or HTTP 408, 425, 429 and 5xx. */
function transient(e: FeedError): boolean {
  if (e.kind === 'network' || e.kind === 'timeout') return true;
  const s = e.details.status ?? 0;
  return e.kind === 'http' && (s === 408 || s === 425 || s === 429 || s >= 500);
}

/** Backoff before retry `attempt` (1, 2, …): Retry-After when the server gives one (at most 60 s), else 0.5 s × 2^(attempt−1) with ±50% jitter. */
export function retryDelay(attempt: number, error: FeedError, random: () => number = Math.random): number {
  if (error.details.retryAfter !== undefined) return Math.min(60, error.details.retryAfter) * 1000;
  return 500 * 2 ** (attempt - 1) * (0.5 + random());
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

function start(entry: Entry): void {
  if (entry.inflight) return;
  const controller = new AbortController();
  entry.inflight = controller;
  const subs = [...entry.subs];
  const timeout = Math.min(...subs.map((s) => s.timeout));
  const maxBytes = Math.min(...subs.map((s) => s.maxBytes));
  const retries = Math.max(0, Math.min(...subs.map((s) => s.retries)));
  const attempt = async (): Promise<{ text: string; result: LoadedFeed }> => {
    for (let n = 0; ; n++) {
      // Each attempt has its own timeout; leaving the page (controller) aborts them all.
      const one = new AbortController();
      const stop = () => one.abort(controller.signal.reason);
      controller.signal.addEventListener('abort', stop, { once: true });
      const timer = setTimeout(() => one.abort(new FeedError('timeout', `Feed request timed out after ${timeout} ms (${entry.url})`, { url: entry.url })), timeout);
      try {
        return await fetchFeed(entry, one.signal, maxBytes);
      } catch (err) {
        const e = err instanceof FeedError ? err : new FeedError('network', `Feed request failed (${entry.url}): ${String(err)}`, { url: entry.url });
        if (controller.signal.aborted || n >= retries || !transient(e)) throw e;
        await sleep(retryDelay(n + 1, e), controller.signal);
      } finally {
        clearTimeout(timer);
        controller.signal.removeEventListener('abort', stop);
      }
    }
  };
  attempt().then(
    ({ text, result }) => {
      if (entry.inflight !== controller) return;
      entry.inflight = undefined;
      entry.result = result;
      entry.text = text;
      for (const s of [...entry.subs]) s.onData(result);
    },
    (err: unknown) => {
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
