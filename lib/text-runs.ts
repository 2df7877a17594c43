// Runs of text that Readability would cut into pieces. Where a <div> holds its text directly, Readability wraps each
// run of phrasing content in a <p>, and a node it does not count as phrasing ends the run. Two such nodes say nothing
// to a reader and sit inside sentences on real pages:
// - comments: a page rendered by React writes `countering <!-- -->militancy<!-- --> is evolving` (each name of a
//   story its own paragraph: "militancy", "General Asim Munir");
// - an icon drawn as <svg> inside a link: `The <a>report<svg…/></a> by the…` (the link leaves the sentence, which
//   then reads "The" and "by the…", and the link alone looks like navigation); the link's hidden hint for screen
//   readers (", opens new tab") goes with it, as the page shows none.

const TEXT_NODE = 3, COMMENT_NODE = 8;

/** Whether an element holds text of its own beside its children (a run Readability would wrap). */
function holdsText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === TEXT_NODE && n.nodeValue?.trim()) return true;
  return false;
}

/** Removes the children of `el` that `drop` picks. */
function dropChildren(el: Element, drop: (n: ChildNode) => boolean): void {
  for (let n = el.firstChild; n; ) {
    const next = n.nextSibling;
    if (drop(n)) el.removeChild(n);
    n = next;
  }
}

const isComment = (n: ChildNode) => n.nodeType === COMMENT_NODE;
/** Text a link carries for screen readers only (", opens new tab"): clipped out of sight, or so named by its class.
 * The name may end a block's ("sdc-article-image__visually-hidden", "util_visuallyHidden__8Jin_"): an underscore
 * bounds it as a hyphen does. Tailwind's "not-sr-only" shows the element again. */
const SCREEN_READER_ONLY = /(?<![a-z\d]|not-)(?:sr-only|visually-?hidden|screen-?reader|h-offscreen)/i;
export function forScreenReaders(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  return (/\bclip(?:-path)?\s*:/i.test(style) && /position\s*:\s*absolute/i.test(style)) || SCREEN_READER_ONLY.test(el.getAttribute('class') ?? '');
}
/** A comment, an <svg> drawn beside words (an icon: an arrow, "opens in a new tab"), or a screen reader's hint. */
function isAside(n: ChildNode): boolean {
  if (isComment(n)) return true;
  const tag = (n as Element).tagName?.toUpperCase();
  return tag === 'SVG' || (tag === 'SPAN' && forScreenReaders(n as Element));
}

const LINKS = new Set(['A', 'DEL', 'INS']);

/**
 * Take out of the page's <div>s that hold text the comments between it, and out of the links among that text (<a>,
 * <del>, <ins>, whose children Readability reads one by one) the comments, icons and screen-reader hints beside their
 * words, so that Readability keeps each sentence whole and it reads as the page shows it. Elsewhere Readability
 * does not cut, and nothing is touched. Runs on the working copy before Readability.
 */
export function keepTextRunsWhole(divs: Element[]): void {
  for (const div of divs) {
    if (!holdsText(div)) continue;
    dropChildren(div, isComment);
    for (let c = div.firstElementChild; c; c = c.nextElementSibling) if (LINKS.has(c.tagName.toUpperCase()) && holdsText(c)) dropChildren(c, isAside);
  }
}

/** Links that end with the same hint, at least, for it to be the page's hint and not words of a sentence. */
const HINT_LINKS = 2;

/** The link's last child when it reads as a hint beside the link's words: after an icon drawn inside the link, or the
 * link's title said again; never the link's whole text or a picture. */
function hintOf(a: Element): Element | null {
  const c = a.lastElementChild, text = (c?.textContent ?? '').trim();
  if (!c || !text || text === (a.textContent ?? '').trim() || c.querySelector('img, picture, svg')) return null;
  const before = c.previousElementSibling?.tagName.toUpperCase();
  return before === 'SVG' || text === (a.getAttribute('title') ?? '').trim() ? c : null;
}

/**
 * A link's hint for screen readers that the page hides by a class of its own naming (" (opens in a new window)"),
 * known by structure and repetition in any language: the same text ends several links, after an icon drawn in each
 * (or saying the link's title again). Shown, it reads into the link ("Investors(opens in a new window)"). Runs on
 * the working copy before Readability.
 */
export function dropLinkHints(links: readonly Element[]): void {
  const byText = new Map<string, Element[]>();
  for (const a of links) {
    const h = hintOf(a), t = h && (h.textContent ?? '').trim();
    if (h && t) byText.set(t, [...(byText.get(t) ?? []), h]);
  }
  for (const hints of byText.values()) if (hints.length >= HINT_LINKS) for (const h of hints) h.remove();
}
