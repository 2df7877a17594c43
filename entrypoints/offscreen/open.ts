// The background's side of the pipeline host: open it once, forward requests to it.
// Chrome (MV3 service worker, no DOM): an offscreen document (reason DOM_PARSER), reached by runtime messages.
// Firefox (MV2 background page, a DOM of its own): the same page in a hidden frame, called directly.
import { browser } from 'wxt/browser';
import type { HostMessage, HostRequest, HostResponse } from '../../utils/messages';

const PAGE = '/offscreen.html';

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}
const offscreenApi = (): OffscreenApi | undefined => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let opening: Promise<(req: HostRequest) => Promise<HostResponse>> | null = null;

async function openOffscreen(api: OffscreenApi): Promise<(req: HostRequest) => Promise<HostResponse>> {
  const open = api.hasDocument ? await api.hasDocument() : false;
  if (!open) {
    try {
      await api.createDocument({ url: PAGE, reasons: ['DOM_PARSER'], justification: 'Read the article from a copy of the page without slowing the page down.' });
    } catch (e) {
      // Another request opened it meanwhile (one offscreen document per extension).
      if (!/single offscreen|already/i.test(String(e))) throw e;
    }
  }
  return async (request) => {
    const msg: HostMessage = { type: 'clearpage:host', request };
    const res = (await browser.runtime.sendMessage(msg)) as HostResponse | undefined;
    if (res === undefined) { opening = null; throw new Error('the pipeline host did not answer'); }
    return res;
  };
}

async function openFrame(): Promise<(req: HostRequest) => Promise<HostResponse>> {
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(PAGE as '/offscreen.html');
  frame.hidden = true;
  const ready = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('the pipeline host page did not load')), { once: true });
  });
  document.body.appendChild(frame);
  await ready;
  const host = (frame.contentWindow as (Window & { __clearpageHost?: (r: HostRequest) => Promise<HostResponse> }) | null)?.__clearpageHost;
  if (!host) throw new Error('the pipeline host page has no entry point');
  return host;
}

let opened: (() => void) | null = null;

/** Call `cb` each time a host is opened (the background sends it the settings and site memory then). */
export function whenOpened(cb: () => void): void {
  opened = cb;
}

/** Whether a host is open or opening (also one opened before this service worker last started). */
export async function hostOpen(): Promise<boolean> {
  if (opening) return true;
  const api = offscreenApi();
  return !!(api?.hasDocument && (await api.hasDocument()));
}

/** The host's request function, opening the host on first use (also to warm it up before the tab asks). */
export function pipelineHost(): Promise<(req: HostRequest) => Promise<HostResponse>> {
  const api = offscreenApi();
  if (opening) return opening;
  const p = (api ? openOffscreen(api) : typeof document !== 'undefined' ? openFrame() : Promise.reject(new Error('no way to run the pipeline off the page here')))
    .catch((e) => { if (opening === p) opening = null; throw e; });
  opening = p;
  void p.then(() => { if (opening === p) opened?.(); }, () => undefined);
  return p;
}

/** Run a request in the host (once more on a fresh host if it went away, e.g. closed by the browser). */
export async function askHost(req: HostRequest): Promise<HostResponse> {
  try {
    return await (await pipelineHost())(req);
  } catch {
    opening = null;
    return (await pipelineHost())(req);
  }
}
