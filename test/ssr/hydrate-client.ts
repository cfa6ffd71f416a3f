// The browser side of a server-rendered page, as test/ssr/hydrate.test.ts loads it: Lit's hydration
// support first (it must run before LitElement is evaluated), then the widget definitions.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/all.js';
