import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Clearpage',
    description: 'Read the news without the clutter: clean articles, key quotes and who is involved. Runs locally.',
    permissions: ['storage', 'activeTab'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'clearpage@clearpage.dev', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
