// A story whose continuation the page sends but marks hidden in its markup (ABC: `<div class="paywall" hidden>`
// after the lead paragraph, shown by a script to subscribers). Readability drops what the markup hides, and the
// reader kept the lead alone. Two kinds of evidence say such a part is the story: it holds several paragraphs of
// prose, and the page's own data (JSON-LD `articleBody`) holds their text. Such a part is shown in the working copy
// before Readability; a hidden copy of paragraphs the page already shows stays hidden (no text twice).
import { oneLine } from './chars';
import { HIDDEN_RUN_ATTR, hiddenByInlineStyle, proseLength } from './hidden';
import { jsonLd, ldArticleBody } from './json-ld';

/** Paragraphs of the part whose text the data must hold. */
const CONFIRMED = 2;
/** Characters of a paragraph's start looked up in the data (the data may cut or reflow the rest). */
const MATCH_CHARS = 60;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?=;|$)/gi;

/** Hidden by its own markup: the `hidden` attribute, aria-hidden or an inline style (what Readability reads). */
export const hiddenInMarkup = (el: Element): boolean =>
  el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || hiddenByInlineStyle(el);

const proseOf = (el: Element): Element[] => Array.from(el.getElementsByTagName('p')).filter((p) => proseLength(p) > 0);

/** The part's prose is the data's, and no paragraph of it also stands outside it on the page. */
function confirmed(part: Element, articleBody: string, shown: ReadonlySet<string>): boolean {
  const prose = proseOf(part).map((p) => oneLine(p.textContent ?? ''));
  if (prose.length < CONFIRMED || prose.some((t) => shown.has(t))) return false;
  return prose.slice(0, CONFIRMED).every((t) => articleBody.includes(t.slice(0, MATCH_CHARS)));
}

function unhide(el: Element): void {
  el.removeAttribute('hidden');
  if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(HIDING_STYLE, ''));
}

/** Show the hidden parts of `body` that the data confirms as the story. Returns how many. */
export function showHiddenStory(body: Element, articleBody: string): number {
  if (!articleBody) return 0;
  const parts: Element[] = [];
  const shown = new Set<string>();
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    if (!proseLength(p)) continue;
    let hidden: Element | null = null;
    for (let e: Element | null = p; e && e !== body; e = e.parentElement) if (hiddenInMarkup(e)) hidden = e;
    if (!hidden) shown.add(oneLine(p.textContent ?? ''));
    else if (!parts.includes(hidden)) parts.push(hidden);
  }
  let n = 0;
  for (const part of parts) if (confirmed(part, articleBody, shown)) { unhide(part); n++; }
  return n;
}

/** Characters a hidden run must hold before the data's having its text counts (a short label proves nothing). */
const RUN_MIN_CHARS = 20;

/**
 * The runs of paragraphs the live page hides, marked by its snapshot (lib/hidden.ts), decided in the host before
 * anything reads the copy: a run whose text the page's data (JSON-LD `articleBody`) holds is the story and stays
 * (ABC sends the rest of a paywalled sentence in a hidden span: the reader read "…hicieron ..."); any other (a
 * hover card, a screen-reader label) goes. Returns how many stay.
 */
export function resolveHiddenRuns(doc: Document): number {
  const runs = Array.from(doc.querySelectorAll(`[${HIDDEN_RUN_ATTR}]`));
  if (!runs.length) return 0;
  const articleBody = ldArticleBody(jsonLd(doc));
  let n = 0;
  for (const run of runs) {
    const text = oneLine(run.textContent ?? '');
    if (articleBody && text.length >= RUN_MIN_CHARS && articleBody.includes(text.slice(0, MATCH_CHARS))) {
      run.removeAttribute(HIDDEN_RUN_ATTR);
      n++;
    } else run.remove();
  }
  return n;
}

/**
 * `aria-hidden` hides from screen readers, not from the eye; Readability takes it for invisible. A paragraph of
 * prose so marked among the story's own paragraphs (a sibling of visible prose: TechRadar marks its metered
 * paragraphs so) is the story: the mark is taken off before Readability. Returns how many.
 */
export function showAriaHiddenProse(body: Element): number {
  let n = 0;
  for (const p of Array.from(body.querySelectorAll('p[aria-hidden="true"]'))) {
    if (!proseLength(p)) continue;
    const beside = Array.from(p.parentElement?.children ?? []).some((s) => s !== p && s.tagName.toUpperCase() === 'P' && !hiddenInMarkup(s) && proseLength(s) > 0);
    if (beside) { p.removeAttribute('aria-hidden'); n++; }
  }
  return n;
}
