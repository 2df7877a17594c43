// The popup's first question to the tab, asked before the rest of the popup loads: a classic script at the top of
// popup.html runs as soon as the parser reaches it, while the popup's module (entrypoints/popup/main.tsx) waits for
// the whole document, its style sheet and its imports. main.tsx reads the answer (components/api answerOf), or
// asks itself when this script did not run. Built small, with the browser's native API (wxt.config.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { REPORT_REQUEST, resolveTab } from '../components/api';
import { HOST_CHANNEL, type AnalysisWanted } from '../utils/messages';

export interface FirstQuestion {
  tabId: number | null;
  /** The tab's raw answer to REPORT_REQUEST. */
  sent?: Promise<unknown>;
}

declare global {
  // Set here, read by entrypoints/popup/main.tsx (same page).
  var __clearpageFirst: Promise<FirstQuestion> | undefined;
}

export default defineUnlistedScript(() => {
  performance.mark('clearpage:popup-script');
  const host = new BroadcastChannel(HOST_CHANNEL); // open while the popup is
  globalThis.__clearpageFirst = resolveTab().then(({ id: tabId, url }) => {
    const sent = tabId === null ? undefined : browser.tabs.sendMessage(tabId, REPORT_REQUEST);
    sent?.catch(() => undefined); // the popup shows the error when it reads it
    // The host may start the analysis of the tab's article now (offscreen/early-analysis.ts).
    if (tabId !== null) host.postMessage({ type: 'clearpage:analysis-wanted', tabId, url } satisfies AnalysisWanted);
    return { tabId, sent };
  });
});
