// Message listening that works with the browser's own API as well as with webextension-polyfill: the answer goes
// through sendResponse (`return true` keeps the channel open), since Chrome's native onMessage ignores a returned
// promise. The every-page content script gets the native API (utils/native-browser.ts).
import { browser } from 'wxt/browser';

/** Answer messages with `answer(msg)`: a promise, or undefined to leave the message to other listeners. */
export function onMessage(answer: (msg: unknown) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener(((msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const p = answer(msg);
    if (!p) return false;
    void p.then(sendResponse);
    return true;
  }) as never);
}
