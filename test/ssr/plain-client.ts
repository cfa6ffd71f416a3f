// A server-rendered page whose scripts do not load Lit's hydration support: the widgets replace the
// server's content with a fresh render (test/ssr/hydrate.test.ts).
import '../../src/all.js';
