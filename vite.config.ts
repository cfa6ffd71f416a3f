import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

/** Widgets: one defining module per tag in src/define/. */
const TAGS = readdirSync('src/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

/**
 * Library build.
 * - `vite build` (mode "npm"): ES modules for npm in dist/, one file per source
 *   module, with lit and @lit/localize kept external.
 * - `vite build --mode cdn`: dist/cdn/<entry>.js, self-contained minified ES
 *   modules for CMS pages (`<script type="module" src=".../majlis.js">`).
 */
/** Files in dist/cdn/ and the modules they bundle. */
export const CDN_ENTRIES: Record<string, string> = {
  majlis: 'src/cdn/majlis.ts',
  ...Object.fromEntries(TAGS.map((t) => [t, `src/define/${t}.ts`])),
};

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    // One build per file, so that every CDN file is self-contained (no shared chunks).
    const name = process.env['MAJLIS_CDN_ENTRY'] ?? 'majlis';
    return {
      // The indentation inside lit's html``/css`` templates is dead weight on a CMS page.
      plugins: [minifyTemplatesPlugin()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2021',
        minify: true,
        sourcemap: true,
        lib: {
          entry: { [name]: CDN_ENTRIES[name]! },
          formats: ['es'],
          fileName: (_format, entry) => `${entry}.js`,
        },
        rollupOptions: {
          output: {
            // Inline any dynamic import(), so each CDN file stays one file.
            codeSplitting: false,
            // In library mode with the "es" format, vite compresses and mangles but keeps the whitespace and
            // the /* @__PURE__ */ annotations, for bundlers that consume the output. A CDN file is loaded as
            // is by the browser, so it is printed minified (majlis.js: about 7 kB less gzip). Only the licence
            // notices of the bundled code stay (lit's BSD-3-Clause asks for them; 0.3 kB gzip).
            minify: { compress: true, mangle: true, codegen: true },
            comments: { legal: true, annotation: false, jsdoc: false },
          },
        },
      },
    };
  }
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          all: 'src/all.ts',
          ...Object.fromEntries(TAGS.map((t) => [`define/${t}`, `src/define/${t}.ts`])),
          // React wrappers (majlis-widgets/react); react and @lit/react are peer dependencies.
          'react/index': 'src/react/index.ts',
        },
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit(\/|$)/u, /^@lit\//u, /^@lit-labs\//u, /^react(\/|$)/u],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
