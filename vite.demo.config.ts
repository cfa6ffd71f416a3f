import { defineConfig } from 'vite';

/** The demo portal: `npm start` serves it; `vite build --config vite.demo.config.ts` writes dist-demo/. */
export default defineConfig({
  root: 'demo',
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2021' },
  publicDir: false,
});
