import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

/**
 * Storybook for the Majlis widgets.
 *
 * - Works offline: telemetry, crash reports and update notifications are off.
 * - Serves the demo feed at `/feeds` and the synthetic test fixtures at `/fixtures`,
 *   so stories load feeds by URL exactly as a portal page would.
 * - TypeScript is compiled by Vite with the project's tsconfig.json
 *   (`experimentalDecorators: true`, `useDefineForClassFields: false`): Lit's
 *   legacy decorators (`@property`, `@state`) must be compiled as such, or the
 *   widgets' properties stop being reactive.
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  staticDirs: [
    { from: '../demo/feeds', to: '/feeds' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  docs: {
    defaultName: 'Docs',
  },
  // Keep `storybook build --quiet` quiet: no per-chunk size table, no warning
  // about the large (but expected) Storybook runtime chunks.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      logLevel: 'warn',
      build: { chunkSizeWarningLimit: 4096, reportCompressedSize: false },
      // The Storybook renderer imports `lit/directive-helpers.js`; pre-bundle it
      // with the rest of Lit so that the dev server loads one copy of lit-html.
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
    }),
};

export default config;
