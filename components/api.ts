// How extension pages (popup, reader view) talk to a tab's content script.
import { browser } from 'wxt/browser';
import type { ContentRequest, PageState, ReportResponse } from '../utils/messages';

export async function resolveTabId(search: string = location.search): Promise<number | null> {
  return (await resolveTab(search)).id;
}

/** The tab a page is about: ?tabId=N, else the active tab of the window (its address too, when the browser gives it). */
export async function resolveTab(search: string = location.search): Promise<{ id: number | null; url?: string }> {
  const q = new URLSearchParams(search).get('tabId');
  if (q && /^\d+$/.test(q)) return { id: Number(q) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url };
}

export class PageUnavailable extends Error {}

/** The first report request, as entrypoints/popup-first.ts sends it (the answer is read by `answerOf`). */
export const REPORT_REQUEST: ContentRequest = { type: 'clearpage:report', force: false };

const send = <T>(tabId: number, msg: ContentRequest): Promise<T> => answerOf<T>(browser.tabs.sendMessage(tabId, msg));

/** A tab's answer to a message sent, with the errors a reader can act on. */
export async function answerOf<T>(sent: Promise<unknown>): Promise<T> {
  let res: unknown;
  try {
    res = await sent;
  } catch {
    throw new PageUnavailable(
      'Clearpage cannot read this tab: it is a browser page, or it was open before Clearpage was installed (reload it).',
    );
  }
  if (res === undefined) throw new PageUnavailable('Clearpage cannot read this tab (no answer). Reload the page and try again.');
  const err = (res as { error?: string }).error;
  if (err) throw new Error(err);
  return res as T;
}

export const getReport = (tabId: number, force = false) => send<ReportResponse>(tabId, { type: 'clearpage:report', force });
export const cleanPage = (tabId: number) => send<{ state: PageState }>(tabId, { type: 'clearpage:clean' });
export const restorePage = (tabId: number, fingerprint?: string) => send<{ state: PageState }>(tabId, { type: 'clearpage:restore', fingerprint });
export const hideBlock = (tabId: number, fingerprint: string) => send<{ state: PageState }>(tabId, { type: 'clearpage:hide', fingerprint });

export async function openReader(tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tabId=${tabId}`) });
}
