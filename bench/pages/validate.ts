// Validating a feed of about 1 MB against JSON.parse of the same text: ?mode=parse or ?mode=validate.
// Each page load times one cold call, as a widget validates a feed once per load. ?mode=validate&intl=1
// first lets the browser load its time-zone data (not timed), to show what that first use costs.
import { validateFeed } from '../../src/feed/validate.js';
import { ONE_MEGABYTE_SIZE, syntheticFeed } from '../synthetic-feed.js';

const mode = new URLSearchParams(location.search).get('mode') ?? 'validate';
const text = JSON.stringify(syntheticFeed(ONE_MEGABYTE_SIZE));
// The object to validate is parsed beforehand (not timed); the timed parse is the page's first parse of the text.
const parsed: unknown = mode === 'validate' ? JSON.parse(text) : undefined;
let sink: unknown;
// The first Intl.DateTimeFormat with a time zone loads the browser's zone data: the feed's time zones are checked that way.
if (new URLSearchParams(location.search).get('intl') === '1') new Intl.DateTimeFormat('en', { timeZone: 'Asia/Qatar' }).format(0);
setTimeout(() => {
  performance.mark('start');
  if (mode === 'parse') sink = JSON.parse(text);
  else {
    const r = validateFeed(parsed);
    if (!r.ok || r.warnings.length) throw new Error('the benchmark feed should be valid');
    sink = r.feed;
  }
  performance.measure('feed', 'start');
  (globalThis as { benchSink?: unknown }).benchSink = sink;
}, 0);
