import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { faultMiddleware } from './test/server/faults.mjs';

const executablePath = findChrome();

/** Browser tests in real headless Chromium; fetching goes to this dev server (see test/server/faults.mjs). */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  // V8 coverage of the sources the tests load; below the threshold the run (and so npm test) fails.
  // Off for a partial run (--files …, --group …), whose coverage says nothing about src/ as a whole.
  coverage: !process.argv.some((a) => a === '--files' || a === '--group'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: [
      // Written by lit-localize from xliff/ (npm run localize:build), not by hand; check:xliff guards it.
      'src/generated/**',
      // React wrappers: the consumer test renders them with React 19 from the packed tarball, not here.
      'src/react/**',
    ],
    threshold: { statements: 95, lines: 95 },
    report: true,
    reportDir: 'coverage',
  },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), (await import('./test/server/perf-commands.mjs')).perfCommands()],
  middleware: [faultMiddleware, (await import('./test/server/ssr.mjs')).ssrMiddleware],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  // Not in a partial run (--files …): that runs just the files it names.
  groups: process.argv.includes('--files') ? [] : [
    // The keyboard walkthroughs once more with Chromium in forced-colors mode (Windows High Contrast):
    // focus must stay visible there too.
    {
      name: 'keyboard-forced-colors',
      files: 'test/keyboard/*.test.ts',
      browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: [...CHROME_ARGS, '--force-high-contrast'] } })],
    },
  ],
  testFramework: { config: { timeout: 15000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="ar" dir="rtl">
      <head><meta charset="utf-8"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
