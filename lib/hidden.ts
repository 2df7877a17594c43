// Elements the page hides with its style sheets — a hover card inside a paragraph, a player's "playback is
// unsupported" notice, a closed menu, screen-reader-only labels ("Image copyright") — hold text a reader never sees. Readability sees only inline styles and the
// `hidden` / `aria-hidden` attributes; the live page knows what it renders. So before extraction the working copy
// loses what the live page does not render, except what reads like a collapsed part of the article itself
// (several paragraphs of prose behind a "read more"): keeping a widget is better than losing a real paragraph.
export type IsHidden = (el: Element) => boolean;

/** Never rendered as boxes by design (metadata, fallbacks, media sources): not hidden widgets. */
export const NEVER_RENDERED: ReadonlySet<string> = new Set([
  'HEAD', 'META', 'LINK', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'BASE', 'SOURCE', 'TRACK', 'PARAM',
  'AREA', 'MAP', 'DATALIST', 'OPTION', 'OPTGROUP', 'RP', 'SLOT',
]);
/** Marks on the snapshot's copy a run the page hides inside a paragraph, for the host to decide on. */
export const HIDDEN_RUN_ATTR = 'data-cp-hidden';
/** Kept although hidden: an element holding this many paragraphs of this much text is article prose. */
const PROSE_PARAGRAPHS = 2;
const PROSE_PARAGRAPH_CHARS = 80;

/** The length of a paragraph's text when it is one of prose (not a caption, a label or a button), else 0. */
export function proseLength(p: Element): number {
  const n = (p.textContent ?? '').trim().length;
  return n >= PROSE_PARAGRAPH_CHARS ? n : 0;
}

/**
 * True when the live page does not show `el`: `display: none` from any style sheet or `hidden`, or clipped to
 * nothing the way screen-reader-only labels are ("Image copyright", "Image caption", "Advertisement").
 * Reads computed styles only (no layout), so it stays cheap on a large page.
 */
export function notRendered(el: Element): boolean {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const s = view.getComputedStyle(el);
  return s.display === 'none' || ((s.position === 'absolute' || s.position === 'fixed') && clippedAway(s));
}

/** `clip: rect(0 0 0 0)` / `rect(1px, 1px, 1px, 1px)` (no area left) or `clip-path: inset(50%)`. */
function clippedAway(s: CSSStyleDeclaration): boolean {
  const rect = /^rect\(([^)]*)\)$/.exec((s.clip ?? '').trim());
  if (rect) {
    const [top = NaN, right = NaN, bottom = NaN, left = NaN] = (rect[1] ?? '').split(/[\s,]+/).map((v) => parseFloat(v));
    if ([top, right, bottom, left].every(Number.isFinite) && bottom <= top && right <= left) return true;
  }
  return /^inset\(\s*50%\s*\)$/.test((s.clipPath ?? '').trim());
}

/**
 * Hidden by the element's own inline style: all a DOM without style sheets (the CLI's) can tell. Readability reads
 * `el.style`, which such a DOM does not fill, so without this the CLI kept what the page hides (Der Standard's
 * forum disclaimer) where the extension, reading computed styles, does not.
 */
export const hiddenByInlineStyle = (el: Element): boolean =>
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(el.getAttribute('style') ?? '');

function holdsProse(el: Element): boolean {
  let n = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if (proseLength(p) && ++n >= PROSE_PARAGRAPHS) return true;
  }
  return false;
}

/**
 * The children of a flex or grid box are laid out apart: the page may set a date and a reading time as two spans
 * with no space between ("15:48 UhrLesedauer"). The copy gets a space before each, so that its text and the reader
 * view keep the words apart as the page shows them.
 */
function spaceLaidOut(live: Element, copy: Element): void {
  if (/flex|grid/.test(live.ownerDocument.defaultView?.getComputedStyle?.(live).display ?? '')) {
    for (let k = copy.firstElementChild; k; k = k.nextElementSibling) k.before(' ');
  }
}

/**
 * Remove from `copy` (made by `live.cloneNode(true)`, before any change) the elements whose live counterparts are
 * hidden; inside a paragraph, with `markRuns`, mark them (HIDDEN_RUN_ATTR) instead. Walks both trees in step; a
 * hidden element's subtree is not visited. Returns the number removed.
 */
export function dropHidden(live: Element, copy: Element, isHidden: IsHidden = notRendered, markRuns = true): number {
  const drop: Element[] = [];
  const stack: Array<[Element, Element]> = [[live, copy]];
  while (stack.length) {
    const [l, c] = stack.pop()!;
    const tag = l.tagName.toUpperCase();
    if (NEVER_RENDERED.has(tag)) continue;
    if (tag !== 'HTML' && tag !== 'BODY' && isHidden(l) && !holdsProse(l)) {
      // A run hidden inside a paragraph (a hover card, or a paywall's rest of the sentence) is only marked: the
      // host keeps it when the page's data holds its text, and drops it otherwise (lib/hidden-story.ts).
      if (markRuns && l.parentElement?.closest('p')) c.setAttribute(HIDDEN_RUN_ATTR, '');
      else drop.push(c);
      continue;
    }
    spaceLaidOut(l, c);
    let lc = l.lastElementChild, cc = c.lastElementChild;
    for (; lc && cc; lc = lc.previousElementSibling, cc = cc.previousElementSibling) stack.push([lc, cc]);
  }
  for (const el of drop) el.remove();
  return drop.length;
}
