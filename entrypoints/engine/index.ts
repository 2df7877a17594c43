// The page engine, injected by the background (scripting.executeScript) into the content script's isolated world
// only when a page is an article or the user asks. It snapshots the page, asks the pipeline host (off the page's
// main thread) for the report, and hides and restores on the live page. Exposes its API on globalThis.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createController } from './controller';

export default defineUnlistedScript(() => {
  globalThis.__clearpageEngine = { createController };
});
