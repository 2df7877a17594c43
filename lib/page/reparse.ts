// The snapshot parsed again in the host (DOMParser). The page's scripts may put in its <head> an element the HTML
// parser does not allow there (SFGate: an <iframe>); parsed again, it ends the head, and it and every head element
// after it (meta, title, JSON-LD) land at the top of <body>. There Readability read the <title> as the story's
// first line, and the live page took those head elements for the article's start, so the whole page above the
// story counted as its header and nothing the clean stage removed there was hidden. The copy's numbers say where
// each element was: one numbered before <body> was in the head.
import { INDEX_ATTR } from './snapshot';

/** What a <head> may hold; anything else the page's scripts put there is never the story. */
const HEAD_CONTENT = new Set(['META', 'TITLE', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/** Put back into the head what parsing moved out of it (other elements of the head go); returns how many moved. */
export function headBack(doc: Document): number {
  const body = doc.body, head = doc.head;
  const start = Number(body?.getAttribute(INDEX_ATTR) ?? NaN);
  if (!body || !head || !Number.isFinite(start)) return 0;
  let n = 0;
  for (let el = body.firstElementChild; el; ) {
    const i = Number(el.getAttribute(INDEX_ATTR) ?? NaN);
    if (!(i < start)) break; // the head's elements come first, numbered before <body>
    const next = el.nextElementSibling;
    if (HEAD_CONTENT.has(el.tagName.toUpperCase())) head.appendChild(el);
    else el.remove();
    n++;
    el = next;
  }
  return n;
}
