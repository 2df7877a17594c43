// The pipeline host page: Chrome opens it as an offscreen document (reason DOM_PARSER), Firefox as a frame of its
// background page. It answers the background's HostMessages (Firefox's background may also call it directly), and
// a tab's snapshot sent straight here once the background has sent the context (settings, site memory).
import { browser } from 'wxt/browser';
import { early, handleHostRequest, hostBusy, runTabJob } from './host';
import { warmUpWhenIdle } from './warm-up';
import { onMessage } from '../../utils/ext-api';
import { HOST_CHANNEL, type DirectAnalysis, type DirectJob, type HostMessage, type LearnMessage } from '../../utils/messages';
import { isWanted } from './early-analysis';
import { reportOf } from './context';

declare global {
  // Set here, called by the Firefox background page through the frame (same extension origin).
  var __clearpageHost: typeof handleHostRequest | undefined;
}

globalThis.__clearpageHost = handleHostRequest;
browser.runtime.onMessage.addListener((msg: unknown) => {
  const m = msg as HostMessage;
  if (m?.type !== 'clearpage:host') return undefined;
  return handleHostRequest(m.request);
});

onMessage((msg: unknown, sender) => {
  const m = msg as DirectJob | DirectAnalysis;
  if (!sender.tab) return undefined;
  if (m?.type === 'clearpage:analyze-direct') return handleHostRequest({ type: 'clearpage:analyze', input: m.input });
  if (m?.type !== 'clearpage:page-job') return undefined;
  const tabId = sender.tab.id, { analyze, url } = m.job;
  return runTabJob(m.job, (lesson) => {
    const learnMsg: LearnMessage = { type: 'clearpage:learn', lesson };
    void browser.runtime.sendMessage(learnMsg).catch(() => undefined);
  })?.then((res) => {
    if (tabId !== undefined) early.noteRun(tabId, url, reportOf(res), analyze);
    return res;
  });
});

// The popup opening on a tab (popup-first.ts): that tab's article is analysed now (early-analysis.ts).
new BroadcastChannel(HOST_CHANNEL).onmessage = (e: MessageEvent) => { if (isWanted(e.data)) early.wantedFor(e.data.tabId, e.data.url); };

// The first article of a session runs warm: an invented one goes through first, when the host is idle (warm-up.ts).
warmUpWhenIdle(handleHostRequest, hostBusy);
