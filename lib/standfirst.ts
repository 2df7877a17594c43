// The standfirst (dek): the sentence or two under the headline that sums up the story. Sites set it in the header
// box beside the text's container, and Readability, which keeps the container, leaves it out. It is recognised by
// evidence that does not depend on the language: the page states it twice, once as its description (meta
// description, og:description) and once as an element near the headline; failing that, the first long text after the
// headline when it is a whole sentence of prose (not a dateline, byline, link list or known furniture). Found before Readability runs, on the
// working copy, and given beside the article (the reader and the exports show it under the headline) when the
// extracted body does not hold it. It is not put into the body: the body is what the page's story text is.
import { elementsAfterHeadline, linkShare, someElement } from './dom';
import { oneLine } from './chars';
import { lineShape } from './clean/signals';
import { phraseHit } from './clean/phrases';
import { normalizeBlockText } from './fingerprint';

/** Shorter descriptions are labels ("News", a site's slogan), not a standfirst. */
const MIN_CHARS = 40;
/** Longer ones are the story's text, which the body holds. */
const MAX_CHARS = 600;
/** Elements read after the headline, at most: the standfirst stands near the top. */
const LOOK_AHEAD = 60;
/** How much of the body's start is compared with the standfirst (it is often the lead paragraph again). */
const BODY_START = 3000;
/** Elements read as standfirst candidates. */
const CANDIDATES = new Set(['H2', 'H3', 'P', 'DIV']);
/** A <div> holding one of these is a box, not a standfirst. */
const BOX_CHILDREN = new Set(['P', 'DIV', 'H2', 'H3', 'UL', 'OL', 'TABLE']);
/** Inside these (or an element of these roles) text is navigation, a caption or a link, not the standfirst. */
const OUTSIDE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FIGURE', 'A']);
const OUTSIDE_ROLES = new Set(['navigation', 'complementary']);

const norm = (s: string) => oneLine(s).toLowerCase();
/** A description a site cut short ("… the council said…") matches the element's text up to the cut. */
const cut = (s: string) => s.replace(/\s*(\.\.\.|…)$/, '');

/** Whether an element's text `t` is the description `d`, both normalised (`norm`; `d` also `cut`). */
function matches(t: string, d: string): boolean {
  return t.length >= MIN_CHARS && t.length <= MAX_CHARS && d.length >= MIN_CHARS && (t === d || (d.length >= t.length * 0.8 && t.startsWith(d)));
}

/**
 * The standfirst's text: the first element after the <h1> whose own text is the page's description; else the first
 * long text after the <h1> when it is a whole sentence or two of prose (no dateline, byline, link list or script);
 * or null.
 * Only leaf-like blocks count (a <p>, a heading, a <div> without block children), so a box holding the standfirst
 * and more is not taken for it. `headline`: the body's first <h1> when the caller has found it (null: none).
 */
export function findStandfirst(doc: Document, description: string | null, headline?: Element | null): string | null {
  // The description as `matches` compares it, normalised once.
  const described = description && norm(description).length >= MIN_CHARS ? cut(norm(description)) : null;
  let first: string | null = null, seenLong = false;
  for (const el of elementsAfterHeadline(doc, CANDIDATES, LOOK_AHEAD, headline)) {
    if (el.tagName.toUpperCase() === 'DIV' && hasDescendant(el, BOX_CHILDREN)) continue;
    const text = el.textContent ?? '';
    const normal = norm(text);
    if (described !== null && matches(normal, described) && !insideOutside(el)) return oneLine(text);
    // Else the first long text after the headline, when it reads as a whole sentence of summary (checked on fundus's
    // summaries: 7 more found right, 1 paywall notice wrong, none of the 51 found by the description lost).
    if (!seenLong && normal.length >= MIN_CHARS) { seenLong = true; if (leadText(el, text)) first = oneLine(text); }
  }
  return first;
}

/** The first sentence-long text after the headline: a whole sentence, outside navigation, captions and links. */
function leadText(el: Element, text: string): boolean {
  const t = oneLine(text);
  if (t.length > MAX_CHARS || insideOutside(el) || hasDescendant(el, CODE)) return false;
  if (!/[.。…!»"”)]$/.test(t) || (t.split(' ').length < MIN_WORDS && !UNSPACED_RUN.test(t))) return false;
  // A dateline, a byline, or a known furniture line (a paywall's "available to subscribers"): not the story's summary.
  if (lineShape(t, t.toLowerCase(), 0, new Set()) || phraseHit(normalizeBlockText(t))) return false;
  return linkShare(el).share < 0.3;
}
const CODE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Words of a sentence of summary (a headline variant or a label is shorter). */
const MIN_WORDS = 12;
/** Scripts written without spaces: a run of characters stands for the words. */
const UNSPACED_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]{20}/u;

const hasDescendant = (el: Element, tags: ReadonlySet<string>) => someElement(el, (d) => d !== el && tags.has(d.tagName.toUpperCase()));

/** Whether `el` or an ancestor is navigation, complementary, a figure or a link (as `closest()` would say). */
function insideOutside(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement)
    if (OUTSIDE_TAGS.has(e.tagName.toUpperCase()) || OUTSIDE_ROLES.has(e.getAttribute('role') ?? '')) return true;
  return false;
}

/** The standfirst, unless the extracted body's start already says it (then it is the lead paragraph). */
export function standfirstOutside(body: Element, standfirst: string | null): string | null {
  if (!standfirst) return null;
  return norm((body.textContent ?? '').slice(0, BODY_START)).includes(norm(standfirst)) ? null : standfirst;
}
