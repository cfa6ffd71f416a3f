import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-demo/', 'storybook-static/', 'src/generated/', 'custom-elements.json', 'bench/results/', '.tmp/', 'coverage/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No HTML sinks: render feed data through lit templates.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'No HTML sinks.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'No HTML sinks.' },
            { name: 'lit/directives/style-map.js', message: 'A style attribute breaks under a strict CSP (style-src): use cssProps() from src/util/css-props.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
