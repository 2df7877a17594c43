// Text straight in <body>, or in a box on the way down to the article's elements, outside the article's header and
// body: no element carries it, so no step that hides elements could hide it (a PHP page's stray `*/?>` left after
// its last box stays alone on the cleaned page). Such a text is wrapped, when Clean applies, in an element of ours
// that our stylesheet hides; Restore unwraps it (lib/page/hide.ts), and the page is as it was.
import { fingerprint } from '../fingerprint';
import type { LiveArticle } from './article';
import type { HideStep } from './plan';

/** The element of ours a loose text is wrapped in while hidden (an unknown tag: inline, no style of the page's). */
export const LOOSE_TAG = 'clearpage-text';

/** The article's first and last elements on the page: its header's box, headline, kept and protected elements. */
function ends(a: LiveArticle): [Element | null, Element | null] {
  let first: Element | null = null, last: Element | null = null, lo = Infinity, hi = -1;
  for (const [el, i] of a.order) {
    if (i !== a.headerStart && el !== a.headline && !a.kept.has(el) && !a.protect.includes(el)) continue;
    if (i < lo) { lo = i; first = el; }
    if (i > hi) { hi = i; last = el; }
  }
  return [first, last];
}

/** Whether the text node `t` stands before all of the article or after all of it, outside the box of its body. */
function outsideStory(t: Text, a: LiveArticle, [first, last]: [Element | null, Element | null]): boolean {
  if (!first || !last || a.root?.contains(t) || first.contains(t) || last.contains(t)) return false;
  return !!(last.compareDocumentPosition(t) & 4 /* FOLLOWING */) || !!(first.compareDocumentPosition(t) & 2 /* PRECEDING */);
}

/**
 * Steps hiding the loose texts of `boxes` (<body> and the boxes on the path to the article's elements, none of them
 * kept) that stand outside the story and are none of its blocks. Each step's element is a wrapper not yet in the
 * page (planning changes nothing); `text` is what it wraps when applied.
 */
export function looseTextSteps(doc: Document, boxes: Iterable<Element>, a: LiveArticle): HideStep[] {
  const steps: HideStep[] = [];
  const span = ends(a);
  for (const box of boxes) {
    if (a.kept.has(box)) continue;
    for (let n = box.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 3 || !(n.nodeValue ?? '').trim()) continue;
      const t = n as Text, f = fingerprint(t.nodeValue ?? '');
      if (a.story.has(f) || a.keptText.has(f) || !outsideStory(t, a, span)) continue;
      steps.push({ el: doc.createElement(LOOSE_TAG), id: 'page:other', reason: 'other', text: t });
    }
  }
  return steps;
}
