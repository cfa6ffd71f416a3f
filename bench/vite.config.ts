import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.mjs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The benchmark pages, built as the CDN files are (production lit, minified, template indentation
 * folded) into .tmp/bench/. BENCH_MINIFY=0 keeps names readable for a profiler.
 */
export default defineConfig({
  plugins: [minifyTemplatesPlugin()],
  root: here('./pages'),
  base: './',
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: here('../.tmp/bench'),
    emptyOutDir: true,
    target: 'es2022',
    minify: process.env['BENCH_MINIFY'] !== '0',
    modulePreload: false,
    rollupOptions: {
      input: {
        widget: here('./pages/widget.html'),
        vanilla: here('./pages/vanilla.html'),
        validate: here('./pages/validate.html'),
        markup: here('./pages/markup.html'),
      },
    },
  },
});
