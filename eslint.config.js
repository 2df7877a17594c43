// Lint: TypeScript's recommended rules, plus one the architecture relies on: lib/ never imports a browser,
// WXT or Preact module, so that the same pipeline runs in the content script, the popup and the CLI.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'dist/**', 'node_modules/**', 'coverage/**', 'docs/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*', 'node:*', 'linkedom', 'jsdom'], message: 'lib/ is pure: no browser, WXT, Preact or Node imports.' },
      ] }],
      // Extension APIs are globals in extension pages: lib/ must not reach them either.
      'no-restricted-globals': ['error',
        { name: 'browser', message: 'lib/ is pure: pass data in, do not call extension APIs.' },
        { name: 'chrome', message: 'lib/ is pure: pass data in, do not call extension APIs.' },
      ],
    },
  },
);
