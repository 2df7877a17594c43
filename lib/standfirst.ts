// The standfirst (dek): the sentence or two under the headline that sums up the story. Sites set it in the header
// box beside the text's container, and Readability, which keeps the container, leaves it out. It is recognised by
// evidence that does not depend on the language: the page states it twice, once as its description (meta
// description, og:description) and once as an element near the headline; failing that, the first long text after the
// headline when it is a whole sentence of prose (not a dateline, byline, link list or known furniture), or a deck: a
// heading of a sentence's length right under the headline. Found before Readability runs, on the working copy, and
// given beside the article (the reader and the exports show it under the headline). When the extracted body holds it
// too, it is the standfirst only with the header's evidence (it stands before the story's date: marked, and the clean
// stage moves it out of the body's HTML, its text still first in `text`); else it is the lead paragraph again.
import { closestWithAttr, elementsAfterHeadline, firstHeadline, firstWithAttr, linkShare, someElement } from './dom';
import { oneLine, wordShare } from './chars';
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
/** Words of a deck: a heading under the headline that says this much is a summary, not a label or a section's name. */
const DECK_WORDS = 8;
/** Marks the standfirst's block in the extracted body when it is the header's (the clean stage lifts it out). */
export const STANDFIRST_ATTR = 'data-cp-standfirst';

/** The standfirst's text and its element in the working copy; `described`: the page's description says it. */
export interface Standfirst { text: string; el: Element; described?: boolean; decks?: Element[]; boxed?: boolean }
/** Marks a deck that follows the standfirst (see `deckAfter`) in the working copy, so that the body's copy is known. */
export const DECK_ATTR = 'data-cp-deck';
/** A <div> holding one of these is a box, not a standfirst. */
const BOX_CHILDREN = new Set(['P', 'DIV', 'H2', 'H3', 'UL', 'OL', 'TABLE']);
/** Inside these (or an element of these roles) text is navigation, a caption or a link, not the standfirst. */
const OUTSIDE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FIGURE', 'A']);
const OUTSIDE_ROLES = new Set(['navigation', 'complementary']);

const norm = (s: string) => oneLine(s).toLowerCase();
/** A description a site cut short ("… the council said…") matches the element's text up to the cut; one that adds a
 * full stop the element has not ("… am 15. Juni." for "… am 15. Juni") says the same. */
const cut = (s: string) => s.replace(/\s*(\.\.\.|…)$/, '').replace(/(\S\S)\.$/, '$1');

/** Share of the description the element's text must hold when the site adds to it ("… Von Christin Jordan."). */
const ADDED_SHARE = 0.8;

/** Whether an element's text `t` is the description `d`, both normalised (`norm`; `d` also `cut`): the same, the
 * description cut short, or the description with a short sentence added after the element's last one (a byline). */
function matches(t: string, d: string): boolean {
  if (t.length < MIN_CHARS || t.length > MAX_CHARS || d.length < MIN_CHARS) return false;
  if (t === d || (d.length >= t.length * ADDED_SHARE && t.startsWith(d))) return true;
  return t.length >= d.length * ADDED_SHARE && d.startsWith(t) && /[.!?。…»"”]$/.test(t) && d[t.length] === ' ';
}

/**
 * The standfirst: the first element after the <h1> whose own text is the page's description; a deck (a heading of a
 * sentence's length, the first long text under the <h1>) before it wins, the description then being the lead
 * paragraph; else the first long text after the <h1> when it is a whole sentence or two of prose (no dateline,
 * byline, link list or script); or null.
 * Only leaf-like blocks count (a <p>, a heading, a <div> without block children), so a box holding the standfirst
 * and more is not taken for it. `headline`: the body's first <h1> when the caller has found it (null: none).
 */
export function findStandfirst(doc: Document, description: string | readonly (string | null)[] | null, headline?: Element | null, titles: readonly string[] = [], decks: readonly string[] = []): Standfirst | null {
  // The descriptions as `matches` compares them, normalised once. A page states it in several meta tags, and one may
  // add to it (og:description's "… • Foto: credit"): any of them says it.
  const described = (typeof description === 'string' ? [description] : description ?? [])
    .filter((d): d is string => !!d && norm(d).length >= MIN_CHARS).map((d) => cut(norm(d)));
  let first: Standfirst | null = null, boxed: Standfirst | null = null, seenLong = false;
  const h1 = headline === undefined ? firstHeadline(doc) : headline;
  for (const el of elementsAfterHeadline(doc, CANDIDATES, LOOK_AHEAD, h1)) {
    if (el.tagName.toUpperCase() === 'DIV' && hasDescendant(el, BOX_CHILDREN)) continue;
    const text = shownText(el);
    const normal = norm(text);
    if (described.some((d) => matches(normal, d)) && !insideOutside(el)) return boxed ?? { text: oneLine(text), el, described: true, decks: decksAfter(el, decks) };
    // Else the first long text after the headline, when it reads as a whole sentence of summary (checked on fundus's
    // summaries: 7 more found right, 1 paywall notice wrong, none of the 51 found by the description lost).
    // A caption (the lead picture's, in a <figure> or not), a menu's line and a heading that says the page's title
    // again are not the story's first text: the summary may follow them.
    if (seenLong || normal.length < MIN_CHARS || insideOutside(el) || underPicture(el, normal.length) || (/^H[2-6]$/.test(el.tagName.toUpperCase()) && isTitle(text, titles))) continue;
    seenLong = true;
    if (isDeck(el, text) && sameBox(el, h1) && !isTitle(text, titles)) return { text: oneLine(text), el, decks: bulletsAfter(el) };
    if (leadText(el, text)) first = { text: oneLine(text), el };
    else if (underHeadline(el, h1) && deckShaped(el, text) && !isTitle(text, titles)) boxed = { text: oneLine(text), el, boxed: true };
  }
  return first;
}

/**
 * A paragraph set right under the <h1>, in the headline's own box (no story text beside it there): the dek of a
 * header that prints it without a sentence end (Postmedia's subtitle). Taken only when the page's description turns
 * out to repeat a paragraph further down (the lead again): alone, such a line may be a headline variant.
 */
function underHeadline(el: Element, h1: Element | null): boolean {
  const box = h1?.parentElement;
  if (!h1 || h1.nextElementSibling !== el || !box) return false;
  return !Array.from(box.getElementsByTagName('p')).some((p) => p !== el && oneLine(p.textContent ?? '').length >= MIN_CHARS);
}

/** Share of a heading's words a title must have for the heading to be the headline (a page whose first <h1> is its
 * logo or section sets the headline in an <h2>); a deck, of the same story, shares fewer. */
const TITLE_WORDS = 0.6;

/** Whether the heading's text is one of the page's titles (its <title>, og:title), in the same words. */
function isTitle(text: string, titles: readonly string[]): boolean {
  return titles.some((t) => wordShare(text, t) >= TITLE_WORDS);
}

/** The heading of a header or article box the <h1> is not in is that box's headline (the <h1> being the page's
 * section name), not a deck under the <h1>. */
function sameBox(el: Element, h1: Element | null): boolean {
  const box = el.closest('header, article, hgroup');
  return !box || !!h1 && box.contains(h1);
}

/**
 * The decks right after the standfirst: a heading that the page's data states again as the story's other headline
 * (CBC's "The appointment came days after …" under its summary; in the body it read as the heading of a section
 * holding the whole story), else the standfirst's other bullets (`bulletsAfter`). Marked (DECK_ATTR) for the body's
 * copies.
 */
function decksAfter(el: Element, decks: readonly string[]): Element[] {
  const h = el.nextElementSibling, t = norm(h?.textContent ?? '');
  if (!h || !/^H[2-6]$/.test(h.tagName.toUpperCase()) || h.getElementsByTagName('a').length || !t || !decks.some((d) => norm(d) === t)) return bulletsAfter(el);
  h.setAttribute(DECK_ATTR, '');
  return [h];
}

/**
 * A standfirst set as bullets: the headings right after a heading standfirst, of its tag and class, each a deck (a
 * sentence's length, no link: La Vanguardia's three `h2.subtitle`). Only the first was kept, the others lost with
 * the header. A bullet that is a link (to a live blog) is a pointer, not the summary. Marked (DECK_ATTR).
 */
function bulletsAfter(el: Element): Element[] {
  if (!/^H[2-6]$/.test(el.tagName.toUpperCase())) return [];
  const out: Element[] = [], cls = el.getAttribute('class') ?? '';
  for (let h = el.nextElementSibling; h && h.tagName === el.tagName && (h.getAttribute('class') ?? '') === cls; h = h.nextElementSibling) {
    if (!isDeck(h, shownText(h))) continue;
    h.setAttribute(DECK_ATTR, '');
    out.push(h);
  }
  return out;
}

/** The standfirst the reader gets, with its decks (`decksAfter`) after it; the body's copies of them, if it held
 * any, go. */
export function withDeck(body: Element, standfirst: string | null, decks: readonly Element[] = []): string | null {
  if (!standfirst || !decks.length) return standfirst;
  for (const el of Array.from(body.querySelectorAll(`[${DECK_ATTR}]`))) el.remove();
  const ended = (t: string) => `${t}${/[.!?…。]$/.test(t) ? '' : '.'}`;
  return [standfirst, ...decks.map((d) => oneLine(d.textContent ?? ''))].map((t, k, all) => (k < all.length - 1 ? ended(t) : t)).join(' ');
}

/** A deck: a heading of a sentence's length with no link, right under the headline (no period needed). */
const isDeck = (el: Element, text: string) => /^H[2-6]$/.test(el.tagName.toUpperCase()) && deckShaped(el, text);

/** A sentence's length, no link, no dateline, byline or furniture line, outside navigation and captions. */
function deckShaped(el: Element, text: string): boolean {
  const t = oneLine(text);
  if (t.length > MAX_CHARS || insideOutside(el) || el.getElementsByTagName('a').length) return false;
  if (t.split(' ').length < DECK_WORDS && !UNSPACED_RUN.test(t)) return false;
  return !lineShape(t, t.toLowerCase(), 0, new Set()) && !phraseHit(normalizeBlockText(t));
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

/** The element's text as a reader sees it: an inline <style> or <script> (SZ sets one in every box) adds none. */
function shownText(el: Element): string {
  if (!hasDescendant(el, CODE)) return el.textContent ?? '';
  const copy = el.cloneNode(true) as Element;
  for (const c of Array.from(copy.querySelectorAll('script, style, noscript, template'))) c.remove();
  return copy.textContent ?? '';
}

const hasDescendant = (el: Element, tags: ReadonlySet<string>) => someElement(el, (d) => d !== el && tags.has(d.tagName.toUpperCase()));

/** Text a picture's box may hold beside its caption (a slide's "1 of 12", a button's label). */
const PICTURE_BOX_EXTRA = 60;
/** Boxes climbed from a line to the picture it captions. */
const PICTURE_BOX_DEPTH = 6;

/** Whether the line is a picture's or a video's caption set without a <figure>: a small box around it holds the
 * picture and little other text (a lead photo's "Names | Foto: …", a video slide's description). */
function underPicture(el: Element, chars: number): boolean {
  let a = el.parentElement;
  for (let k = 0; a && k < PICTURE_BOX_DEPTH; a = a.parentElement, k++) {
    if (oneLine(a.textContent ?? '').length > chars + PICTURE_BOX_EXTRA) return false;
    if (a.querySelector('img, picture, video')) return true;
  }
  return false;
}

/** Whether `el` or an ancestor is navigation, complementary, a figure or a link (as `closest()` would say). */
function insideOutside(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement)
    if (OUTSIDE_TAGS.has(e.tagName.toUpperCase()) || OUTSIDE_ROLES.has(e.getAttribute('role') ?? '')) return true;
  return false;
}

/**
 * Whether the page sets the standfirst in its header: a <time> (the story's date, which the header shows under the
 * standfirst) comes after it before the story's first paragraph, or it is a box of text of its own (`setApart`). A
 * lead paragraph that the description repeats comes after the date.
 */
export function inHeader(found: Standfirst | null): boolean {
  return !!found && (!!found.boxed || dateFollows(found.el) || !!found.described && boldLead(found.el) || setApart(found.el));
}

/**
 * Whether the summary is a box of text of its own where the story's paragraphs are <p>s: the page sets it apart as
 * its header's (Stern's intro, a <div> styled bold between the date and the story's first <p>), not as the first of
 * the story's paragraphs. The first long text after it must be a <p>: a page written in <div>s throughout says nothing.
 */
function setApart(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'DIV') return false;
  const root = el.ownerDocument.body;
  let n = 0;
  for (let e = after(el, root); e && n < HEADER_WALK; e = next(e, root), n++) {
    const tag = e.tagName.toUpperCase();
    if ((tag === 'P' || tag === 'DIV') && !hasDescendant(e, BOX_CHILDREN) && oneLine(e.textContent ?? '').length >= MIN_CHARS) return tag === 'P';
  }
  return false;
}

/** Marks the described standfirst that stands in the story's header box (`markHeaderStandfirst`), for its body copy. */
const HEADER_BOX_ATTR = 'data-cp-header-standfirst';

/**
 * Marks the described standfirst when it stands in the <header> element that holds the page's <h1>: the story's
 * header box as the page marks it up (Le Monde's `p.article__desc` beside its `h1`, its date written as text, no
 * <time> for `inHeader`). Where the extracted body holds that very element, it is the header's standfirst, not a lead
 * paragraph the description repeats (that one, elsewhere in the body, carries no mark).
 */
export function markHeaderStandfirst(found: Standfirst | null): void {
  const header = found?.described ? found.el.closest('header') : null;
  if (header?.querySelector('h1')) found!.el.setAttribute(HEADER_BOX_ATTR, '');
}

/** Whether the block is set apart from the paragraphs that follow it: all its text is bold (<strong>, <b>). With the
 * page's description saying the same, that is the standfirst set as the body's first paragraph (Tagesschau, The
 * Namibian), not a lead paragraph the description repeats. */
function boldLead(el: Element): boolean {
  const own = oneLine(el.textContent ?? '');
  const bold = Array.from(el.querySelectorAll('strong, b')).filter((b) => !b.parentElement?.closest('strong, b'));
  return own.length > 0 && oneLine(bold.map((b) => b.textContent ?? '').join(' ')) === own;
}

/** Elements walked after the standfirst looking for the date. */
const HEADER_WALK = 80;

function dateFollows(el: Element): boolean {
  const root = el.ownerDocument.body;
  let n = 0;
  for (let e = after(el, root); e && n < HEADER_WALK; e = next(e, root), n++) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'TIME') return true;
    if (tag === 'P' && oneLine(e.textContent ?? '').length >= MIN_CHARS && !e.getElementsByTagName('time').length) return false;
  }
  return false;
}
/** The next element in document order after `el`'s subtree, or after `el` itself (`next`). */
function after(el: Element, root: Element): Element | null {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}
const next = (el: Element, root: Element) => el.firstElementChild ?? after(el, root);

/** Block elements the standfirst may be in the extracted body (Readability makes a <div>'s text a new <p>). */
const BODY_BLOCKS = 'p,h2,h3,h4,h5,h6,div,blockquote';

/**
 * The standfirst as the reader gets it: the header's (`header`, see `inHeader`) or one set as a heading, even where the
 * extracted body's start holds it (that block is marked: the clean stage moves it out of the body's HTML); else the
 * one the body's start does not already say (then it is the lead paragraph again).
 */
export function standfirstOutside(body: Element, standfirst: string | null, header = false, described = false): string | null {
  if (!standfirst) return null;
  const start = norm((body.textContent ?? '').slice(0, BODY_START));
  if (!start.includes(norm(standfirst))) return standfirst;
  const want = norm(standfirst);
  const el = Array.from(body.querySelectorAll(BODY_BLOCKS)).find((e) => norm(e.textContent ?? '') === want);
  // A heading that says the standfirst is the dek set in the body, not a section's name (the exports made it "##").
  const headerBox = !!el && (!!closestWithAttr(el, HEADER_BOX_ATTR) || !!el.querySelector(`[${HEADER_BOX_ATTR}]`));
  if (!el || !(header || headerBox || isHeading(innermost(el)) || (described && apartUnderMedia(el, body)))) return null;
  el.setAttribute(STANDFIRST_ATTR, '');
  return standfirst;
}

/**
 * Whether the body's copy of the described standfirst stands apart between the lead picture or video and the story:
 * nothing with text before it in the body, and the story's paragraphs in a box of their own after it (Euronews's
 * summary under its lead video). Set there, the clean stage read it as the picture's caption and printed it small;
 * the page's description saying it too makes it the summary. A lead paragraph among the story's paragraphs stays.
 */
function apartUnderMedia(el: Element, body: Element): boolean {
  let node = el;
  while (node.parentElement && node.parentElement !== body && node.parentElement.children.length === 1) node = node.parentElement;
  const box = node.nextElementSibling;
  if (!box || box.tagName.toUpperCase() === 'P' || !box.getElementsByTagName('p').length) return false;
  for (let e: Element | null = node; e && e !== body; e = e.parentElement)
    for (let p = e.previousElementSibling; p; p = p.previousElementSibling) if (oneLine(p.textContent ?? '')) return false;
  return true;
}

const isHeading = (el: Element) => /^H[2-6]$/.test(el.tagName.toUpperCase());
/** The block itself inside the wrappers that hold only it (Readability's <p> around a heading). */
function innermost(el: Element): Element {
  let e = el;
  while (e.children.length === 1 && norm(e.children[0]!.textContent ?? '') === norm(e.textContent ?? '')) e = e.children[0]!;
  return e;
}

/** Whether a block of the extracted body is (in) the header's standfirst, marked above. */
export const isStandfirst = (el: Element): boolean => !!closestWithAttr(el, STANDFIRST_ATTR);

/** The header's standfirst, where the extracted body held it (marked above), leaves the body's HTML: the header above
 * shows it. Its text stays in `text` (the caller read it already). */
export function liftStandfirst(body: Element): void {
  firstWithAttr(body, STANDFIRST_ATTR)?.remove();
}
