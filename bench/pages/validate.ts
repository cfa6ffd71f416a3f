// Validating a feed of about 1 MB against JSON.parse of the same text: ?mode=parse or ?mode=validate.
// Each page load times one cold call, as a widget validates a feed once per load. ?mode=validate validates
// as a widget does a feed it parsed itself (src or inline JSON: `owned`, parts that need no change are
// kept); ?mode=validate-copy as it does a `feed` property (everything is copied).
import { validateFeed } from '../../src/feed/validate.js';
import { ONE_MEGABYTE_SIZE, syntheticFeed } from '../synthetic-feed.js';

const mode = new URLSearchParams(location.search).get('mode') ?? 'validate';
const text = JSON.stringify(syntheticFeed(ONE_MEGABYTE_SIZE));
// The object to validate is parsed beforehand (not timed); the timed parse is the page's first parse of the text.
const parsed: unknown = mode === 'parse' ? undefined : JSON.parse(text);
let sink: unknown;
setTimeout(() => {
  performance.mark('start');
  if (mode === 'parse') sink = JSON.parse(text);
  else {
    const r = validateFeed(parsed, { owned: mode !== 'validate-copy' });
    if (!r.ok || r.warnings.length) throw new Error('the benchmark feed should be valid');
    sink = r.feed;
  }
  performance.measure('feed', 'start');
  (globalThis as { benchSink?: unknown }).benchSink = sink;
}, 0);
