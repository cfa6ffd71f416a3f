/** custom-elements.json: the public API of every widget, from JSDoc (@attr @fires @slot @csspart @cssprop). */
export default {
  globs: ['src/components/**/*.ts', 'src/base/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
