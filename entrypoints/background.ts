// Background: injects the page engine (engine.js: snapshot, hide, restore) into a tab's content-script world when
// the every-page script asks, runs the tab's pipeline requests in the pipeline host (offscreen document / frame,
// off the page's main thread), and turns the keyboard shortcuts (commands) into messages to the active tab.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { BackgroundRequest, ContentRequest } from '../utils/messages';
import { askHost, hostOpen, pipelineHost, whenOpened } from './offscreen/open';
import { learnSite, learnUsed, primeHost, runPageJob } from './offscreen/job';
import type { LearnMessage } from '../utils/messages';
import { getSettings } from '../utils/storage';

const ENGINE = '/engine.js';
/** How long after a change of settings or site memory the host gets its new context (see below). */
const PRIME_DELAY_MS = 200;

async function injectEngine(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE] });
  } else {
    // Firefox MV2 without the scripting namespace.
    await (browser.tabs as unknown as { executeScript(id: number, d: { file: string; frameId: number }): Promise<unknown> })
      .executeScript(tabId, { file: ENGINE, frameId });
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export default defineBackground(() => {
  // The host answers tabs directly once it holds the settings and site memory: sent when it opens and on each change.
  const prime = () => void primeHost().catch(() => undefined);
  whenOpened(prime);
  // After a change, a little later and once for a burst (read when sent, so it has every change made before): a
  // site learnt after a summary changes the memory just as the popup draws, and the host (which parses the context
  // it is sent) shares the popup's main thread in Chrome.
  let later: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !('settings' in changes || 'siteMemory' in changes) || later) return;
    later = setTimeout(() => {
      later = undefined;
      void hostOpen().then((open) => open && prime());
    }, PRIME_DELAY_MS);
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = msg as BackgroundRequest | LearnMessage;
    if (m?.type === 'clearpage:learn') {
      if (!sender.tab) void learnSite(m.lesson).catch(() => undefined); // from the host, after answering a tab
      return undefined;
    }
    if (m?.type === 'clearpage:learn-report') {
      if (sender.tab) void learnUsed(m.url, m.force, m.report).catch(() => undefined); // a prepared run, used
      return undefined;
    }
    if (m?.type === 'clearpage:pipeline' || m?.type === 'clearpage:analyze' || m?.type === 'clearpage:export-text') {
      if (!sender.tab) return undefined; // the host's own answers and extension pages' messages are not ours
      // A tab asks here only when the host did not answer it directly: prime the host again (if it has lost its
      // context, the tab's next run goes direct again).
      if (m.type === 'clearpage:pipeline') queueMicrotask(prime);
      return (m.type === 'clearpage:pipeline' ? runPageJob(m.job) : askHost(m)).catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
    }
    if (m?.type !== 'clearpage:load-engine') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve({ ok: false, error: 'no tab' });
    void pipelineHost().catch(() => undefined); // open the host while the engine loads: the tab asks it next
    return injectEngine(tabId, sender.frameId ?? 0)
      .then(() => ({ ok: true }))
      .catch((e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  });

  browser.commands?.onCommand.addListener(async (command) => {
    const tabId = await activeTabId();
    if (tabId === undefined) return;
    if (command === 'clean-page') {
      const settings = await getSettings();
      if (settings.cleanMode === 'reader') {
        await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tabId=${tabId}`) });
        return;
      }
      const msg: ContentRequest = { type: 'clearpage:toggle' };
      await browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
    } else if (command === 'export-article') {
      const msg: ContentRequest = { type: 'clearpage:export' };
      await browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
    }
  });
});
