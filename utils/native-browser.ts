// `wxt/browser` for the every-page content script only (wxt.config.ts aliases it there): the browser's own API
// instead of webextension-polyfill, which is 9.6 kB of every page's weight. Firefox has `browser` with promises;
// Chrome's `chrome` returns promises in MV3 when no callback is given. Listeners must answer through
// sendResponse (utils/ext-api.ts), which both support natively.
import type { WxtBrowser } from 'wxt/browser';

const g = globalThis as unknown as { browser?: WxtBrowser; chrome?: WxtBrowser };
export const browser: WxtBrowser = g.browser?.runtime?.id ? g.browser : g.chrome!;
