// The popup's first question to the tab, asked before the rest of the popup loads: a classic script at the top of
// popup.html runs as soon as the parser reaches it; the popup's module (entrypoints/popup/main.tsx), its imports and
// its style sheet wait in a <template> (wxt.config.ts puts them there at build) until the question has gone, so
// that their loading does not delay it. main.tsx reads the answer (components/api answerOf), or asks itself when
// this script did not run. Built small, with the browser's native API (wxt.config.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { REPORT_REQUEST, resolveTabId } from '../components/api';

export interface FirstQuestion {
  tabId: number | null;
  /** The tab's raw answer to REPORT_REQUEST. */
  sent?: Promise<unknown>;
}

declare global {
  // Set here, read by entrypoints/popup/main.tsx (same page).
  var __clearpageFirst: Promise<FirstQuestion> | undefined;
}

/**
 * Add what the build left in <template id="cp-later">: module preloads and the style sheet at once, the module once
 * the style sheet has loaded (as a module in the page would wait for it: the popup's first paint is styled).
 */
export function loadTheRest(doc: Document = document): void {
  const later = doc.getElementById('cp-later');
  if (!(later instanceof HTMLTemplateElement)) return;
  const parts = doc.importNode(later.content, true);
  const scripts = Array.from(parts.querySelectorAll('script'), (s) => { s.remove(); return s; });
  const styles = Array.from(parts.querySelectorAll('link[rel=stylesheet]'));
  let pending = styles.length;
  const styled = () => { if (--pending === 0) doc.head.append(...scripts); };
  for (const l of styles) { l.addEventListener('load', styled); l.addEventListener('error', styled); }
  doc.head.append(parts);
  if (!styles.length) doc.head.append(...scripts);
}

export default defineUnlistedScript(() => {
  performance.mark('clearpage:popup-script');
  globalThis.__clearpageFirst = resolveTabId().then((tabId) => {
    const sent = tabId === null ? undefined : browser.tabs.sendMessage(tabId, REPORT_REQUEST);
    sent?.catch(() => undefined); // the popup shows the error when it reads it
    return { tabId, sent };
  }).finally(() => loadTheRest());
});
