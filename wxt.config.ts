import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { asciiSource } from './scripts/ascii-source.mjs';

const NATIVE_BROWSER = fileURLToPath(new URL('./utils/native-browser.ts', import.meta.url));
const NATIVE_API_ENTRYPOINTS = ['content-script', 'popup', 'options', 'unlisted-page'];
// The popup's first script (entrypoints/popup-first.ts) too: it must stay small to run early. And the page engine
// (entrypoints/engine/), compiled anew on every article page: it only sends messages and reads storage.local, as the
// content script it shares entrypoints/engine/run.ts with does natively.
const NATIVE_API_SCRIPTS = ['popup-first', 'engine'];
// The entity tagger's models (lib/analysis/ner/models, CC BY-SA, licence beside them): shipped at /ner-models/, read
// by the pipeline host (utils/ner-models.ts) only when an article is analysed, never by a content script.
const NER_MODELS = fileURLToPath(new URL('./lib/analysis/ner/models/', import.meta.url));
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };
// Every script shipped as ASCII: one non-Latin-1 character makes the browser hold a whole script two bytes a
// character (scripts/ascii-source.mjs says why and how).
const ASCII_SOURCE: Plugin = {
  name: 'clearpage:ascii-source',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const out of Object.values(bundle)) if (out.type === 'chunk') out.code = asciiSource(out.code, out.fileName);
  },
};

// See https://wxt.dev/api/config.html. Permissions are explained in docs/permissions.md.
export default defineConfig({
  // benchmarks/bundle-sources.mjs builds with source maps into a folder of its own.
  ...(process.env.CLEARPAGE_SOURCEMAPS ? { outDir: process.env.CLEARPAGE_SOURCEMAPS } : {}),
  // No auto-imports: every file imports what it uses, so lib/ cannot reach `browser` or the settings unnoticed.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), ASCII_SOURCE],
    resolve: {
      alias: [
        // @mozilla/readability's index is CommonJS and pulls Readability (90 kB) in with isProbablyReaderable;
        // this ES shim lets the every-page content script take only the detection half.
        { find: /^@mozilla\/readability$/, replacement: fileURLToPath(new URL('./utils/readability-shim.ts', import.meta.url)) },
      ],
    },
    // Readability's files only define functions: let the bundler drop the half a bundle does not use.
    build: { sourcemap: !!process.env.CLEARPAGE_SOURCEMAPS, rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]@mozilla[\\/]readability[\\/]/.test(id) } } },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const f of readdirSync(NER_MODELS)) if (/\.(bin|md)$/.test(f)) files.push({ absoluteSrc: NER_MODELS + f, relativeDest: `ner-models/${f}` });
    },
    // The every-page content script and the extension's pages use the browser's own API: the polyfill would be
    // most of the content script's weight and a sixth of the popup's. The background keeps it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => NATIVE_API_ENTRYPOINTS.includes(e.type) || NATIVE_API_SCRIPTS.includes(e.name))) return;
      const native = { find: /^(wxt\/browser|@wxt-dev\/webextension-polyfill\/browser)$/, replacement: NATIVE_BROWSER };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [native, ...list] };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Clearpage',
    description: 'Read the news without the clutter: clean articles, key quotes and who is involved. Runs locally.',
    // public/icon/*.png (drawn by scripts/icons.mjs): WXT lists them as `icons`; the toolbar button uses them too.
    ...(browser === 'firefox' ? { browser_action: { default_icon: TOOLBAR_ICONS } } : { action: { default_icon: TOOLBAR_ICONS } }),
    // offscreen (Chrome): the pipeline runs in an offscreen document, off the page's main thread (docs/permissions.md).
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The entity tagger's numeric core is WebAssembly (lib/analysis/ner/wasm-core.ts): Chromium's default policy for
    // extension pages refuses to compile it; this allows WebAssembly and nothing else (no eval). Firefox's MV2 default
    // allows it. Without it the tagger still runs, in JavaScript, slower on a cold page.
    ...(browser === 'firefox' ? {} : { content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" } }),
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
