import { cpSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`./demo/${name}`, import.meta.url));

/** The demo portal: `npm start` serves it; `vite build --config vite.demo.config.ts` writes dist-demo/. */
export default defineConfig({
  root: 'demo',
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    target: 'es2021',
    rollupOptions: { input: { index: page('index.html'), builder: page('builder.html') } },
  },
  publicDir: false,
  define: { __MAJLIS_VERSION__: JSON.stringify(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version) },
  plugins: [
    {
      // The feeds are fetched at run time, so the static build carries them next to the pages.
      name: 'majlis-copy-feeds',
      apply: 'build',
      closeBundle() {
        cpSync(page('feeds'), fileURLToPath(new URL('./dist-demo/feeds', import.meta.url)), { recursive: true });
      },
    },
  ],
});
