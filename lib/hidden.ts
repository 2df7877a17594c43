// Elements the page hides with its style sheets — a hover card inside a paragraph, a player's "playback is
// unsupported" notice, a closed menu, screen-reader-only labels ("Image copyright") — hold text a reader never sees. Readability sees only inline styles and the
// `hidden` / `aria-hidden` attributes; the live page knows what it renders. So before extraction the working copy
// loses what the live page does not render, except what reads like a collapsed part of the article itself
// (several paragraphs of prose behind a "read more"): keeping a widget is better than losing a real paragraph.
// The rule for a gated page is the same: the story text the page sent is on the reader's machine, so it is kept
// whether the site hides it in one box (ABC's `<div class="paywall" hidden>`) or paragraph by paragraph (NZZ's
// `.ssr .nzzinteraction {display: none}` on each block after its barrier). The CLI, without style sheets, never
// hides it, and the extension, reading computed styles, keeps it too: both give the same text, and the paywall
// verdict (lib/paywall.ts) claims nothing missing when the gated part is in it.
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

/** Headings of a collapsed stretch of the article (a live ticker's times, its section titles), kept with its prose. */
const STORY_HEADINGS: ReadonlySet<string> = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Whether `el` is one block of a stretch of the article hidden block by block: a paragraph or a heading, among
 * siblings of which at least PROSE_PARAGRAPHS are hidden prose paragraphs. Decided once per parent (`runs`).
 */
function inHiddenRun(el: Element, isHidden: IsHidden, runs: Map<Element, boolean>): boolean {
  const tag = el.tagName.toUpperCase();
  const parent = el.parentElement;
  // A short paragraph too: a one-sentence caveat of the story ("The figures could not be verified.").
  if (!parent || !(tag === 'P' || STORY_HEADINGS.has(tag))) return false;
  let run = runs.get(parent);
  if (run === undefined) {
    let n = 0;
    for (let k = parent.firstElementChild; k && n < PROSE_PARAGRAPHS; k = k.nextElementSibling) {
      if (k.tagName.toUpperCase() === 'P' && proseLength(k) && isHidden(k)) n++;
    }
    run = n >= PROSE_PARAGRAPHS;
    runs.set(parent, run);
  }
  return run;
}

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
  const runs = new Map<Element, boolean>();
  while (stack.length) {
    const [l, c] = stack.pop()!;
    const tag = l.tagName.toUpperCase();
    if (NEVER_RENDERED.has(tag)) continue;
    if (tag !== 'HTML' && tag !== 'BODY' && isHidden(l) && !holdsProse(l) && !inHiddenRun(l, isHidden, runs)) {
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
