// Message listening that works with the browser's own API as well as with webextension-polyfill: the answer goes
// through sendResponse (`return true` keeps the channel open), since Chrome's native onMessage ignores a returned
// promise. The every-page content script gets the native API (utils/native-browser.ts).
import { browser } from 'wxt/browser';

/** Who sent a message: a tab's content script, or (no tab) one of the extension's own pages. */
export interface MessageSender { tab?: { id?: number } }

/** Answer messages with `answer(msg)`: a promise, or undefined to leave the message to other listeners. */
export function onMessage(answer: (msg: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener(((msg: unknown, sender: MessageSender, sendResponse: (r: unknown) => void) => {
    const p = answer(msg, sender);
    if (!p) return false;
    void p.then(sendResponse);
    return true;
  }) as never);
}
