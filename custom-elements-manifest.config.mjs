/** custom-elements.json: the public API of every widget, from JSDoc (@attr @fires @slot @csspart @cssprop). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * Framework and editor files (JSX types for React 19, Preact and Solid, Vue
 * GlobalComponents types, VS Code custom data, JetBrains web-types) are
 * written only when MAJLIS_INTEGRATIONS_OUT names a folder: `npm run build`
 * sets it and copies the folder to dist/integrations/. `npm run analyze` and
 * the freshness check (scripts/check-manifest.mjs) leave it unset, so they
 * write custom-elements.json and nothing else.
 */
const out = process.env['MAJLIS_INTEGRATIONS_OUT'];

/** Paths in the generated files are relative to dist/integrations/ in the package. */
const common = { outdir: out, hideLogs: true, skip: !out };
const typeOptions = { ...common, globalTypePath: '../index.js' };
const typeTools = [
  customElementJsxPlugin({ ...typeOptions, fileName: 'jsx.d.ts' }),
  customElementSolidJsPlugin({ ...typeOptions, fileName: 'solid-elements.d.ts' }),
  customElementVuejsPlugin({ ...typeOptions, fileName: 'vue.d.ts' }),
];
const editorTools = [
  customElementVsCodePlugin({
    ...common,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideMethodDocs: true,
  }),
  customElementJetBrainsPlugin({
    ...common,
    webTypesFileName: 'web-types.json',
    hideMethodDocs: true,
    // "Go to declaration": the classes are exported by the package's main module.
    modulePathTemplate: () => 'majlis-widgets',
  }),
];

/**
 * The JSDoc writes events as `@fires {CustomEvent<Detail>} name`; the
 * generators wrap the type in CustomEvent<…> themselves, so they get a copy of
 * the manifest whose event types are the detail types (`qualify` names them
 * as `import("../index.js").Detail`, for the type files: the generators would
 * otherwise import each detail type once per widget, a duplicate identifier),
 * and without the read-only members.
 * custom-elements.json itself is not changed.
 */
function detailTypes(manifest, qualify = false) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      // A getter (`uiLocale`, `direction`) is read, never set: the generators would offer it as a prop to set, and
      // React would then throw on setting it.
      if (decl.members) decl.members = decl.members.filter((m) => !m.readonly);
      for (const ev of decl.events ?? []) {
        const m = /^CustomEvent<(.*)>$/su.exec(ev.type?.text ?? '');
        if (!m) continue;
        const detail = m[1].trim();
        ev.type = { ...ev.type, text: qualify && /^[A-Z]\w*$/u.test(detail) ? `import("${typeOptions.globalTypePath}").${detail}` : detail };
      }
      // The widgets register themselves with a static define(), which the analyzer does not see as a definition.
      if (decl.tagName && !mod.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === decl.tagName)) {
        (mod.exports ??= []).push({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: mod.path } });
      }
    }
  }
  return copy;
}

/** Entry points that add the generated element types to a framework's JSX namespace. */
const AUGMENT = {
  react: ['react', 'React 19', './jsx.js'],
  preact: ['preact', 'Preact', './jsx.js'],
  solid: ['solid-js', 'Solid', './solid-elements.js'],
};

function integrationsPlugin() {
  return {
    name: 'majlis-integrations',
    packageLinkPhase({ customElementsManifest }) {
      if (!out) return;
      const forTypes = detailTypes(customElementsManifest, true);
      for (const tool of typeTools) tool.packageLinkPhase({ customElementsManifest: forTypes });
      const forEditors = detailTypes(customElementsManifest);
      for (const tool of editorTools) tool.packageLinkPhase({ customElementsManifest: forEditors });
      for (const [file, [module, label, from]] of Object.entries(AUGMENT)) {
        writeFileSync(
          join(out, `${file}.d.ts`),
          `/** ${label} JSX types for the Majlis widgets' tags: attributes, properties and events. */\n` +
            `import type { CustomElements } from '${from}';\n\n` +
            `export type { CustomElements };\n\n` +
            `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
        );
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/base/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [integrationsPlugin()],
};
