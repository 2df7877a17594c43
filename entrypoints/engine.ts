// The pipeline side of the content script, injected by the background (scripting.executeScript) into the
// content script's isolated world only when a page is an article or the user asks. Exposes its API on globalThis.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createController } from '../utils/page-controller';

export default defineUnlistedScript(() => {
  globalThis.__clearpageEngine = { createController };
});
