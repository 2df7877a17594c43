import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// See https://wxt.dev/api/config.html. Permissions are explained in docs/permissions.md.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    resolve: {
      alias: [
        // @mozilla/readability's index is CommonJS and pulls Readability (90 kB) in with isProbablyReaderable;
        // this ES shim lets the every-page content script take only the detection half.
        { find: /^@mozilla\/readability$/, replacement: fileURLToPath(new URL('./utils/readability-shim.ts', import.meta.url)) },
      ],
    },
    // Readability's files only define functions: let the bundler drop the half a bundle does not use.
    build: { rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]@mozilla[\\/]readability[\\/]/.test(id) } } },
  }),
  manifest: ({ browser }) => ({
    name: 'Clearpage',
    description: 'Read the news without the clutter: clean articles, key quotes and who is involved. Runs locally.',
    // offscreen (Chrome): the pipeline runs in an offscreen document, off the page's main thread (docs/permissions.md).
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The same sites the every-page content script already runs on: lets the background inject the pipeline there.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'clean-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Clean this page (or restore it)',
      },
      'export-article': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Export this article (format and target from the options)',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'clearpage@clearpage.dev', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
