// Cleaning the live page needs its layout: what the reader sees, and where the article is. Firefox builds no boxes
// while a page's style sheets are still loading (seconds on a slow site, half a minute offline), so an auto-clean
// started at DOMContentLoaded found every element unrendered and the article nowhere (BBC, 8 runs in 10).
import { laidOut } from '../../lib/page/text';

const POLL_MS = 100;

/** Resolves once the page is laid out, or has loaded (it is laid out then, or never will be). */
export function layoutReady(doc: Document): Promise<void> {
  const win = doc.defaultView;
  if (!win || laidOut(doc) || doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearInterval(timer);
      win.removeEventListener('load', done);
      resolve();
    };
    const timer = setInterval(() => { if (laidOut(doc)) done(); }, POLL_MS);
    win.addEventListener('load', done, { once: true });
  });
}
