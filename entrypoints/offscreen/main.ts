// The pipeline host page: Chrome opens it as an offscreen document (reason DOM_PARSER), Firefox as a frame of its
// background page. It answers the background's HostMessages; Firefox's background may also call it directly.
import { browser } from 'wxt/browser';
import { handleHostRequest } from './host';
import type { HostMessage } from '../../utils/messages';

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
