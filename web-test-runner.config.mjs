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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [faultMiddleware],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 15000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="ar" dir="rtl">
      <head><meta charset="utf-8"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
