// The article's byline wherever the page prints it, beyond its header: a side box of facts after the story ("Datum
// 28.04.2023 · Autorin/Autor Roman Goncharenko"), the author's box under it. Clean never hides the line that names
// the article's author, nor the date beside it in that box, whatever region holds them; a card for another story by
// the same author is none (its name line goes with the card).
import { letters, printsDate } from './text';
import { HEADLINE_MIN, inTeaserList, otherPage } from './teasers';
import { oneLine } from '../chars';

/** Characters a name's line may hold besides the name: a label ("Autorin/Autor", "Von"), a role. */
const LABEL_MAX = 40;
/** A control's words ("Follow CNN Business" on a button) are no byline's line. */
const CONTROL = 'button, [role="button"], label, nav';
/** Share of a byline's line that is the name (the rest a label: "Kommentar von"); less is a sentence about them. */
const NAME_SHARE = 0.4;
/** Lines naming the byline beyond which it is the site's name (its logo, its copyright line), not an author's. */
const LINES_MAX = 3;
/** Letters of a name part worth looking for (an initial or a particle alone is none). */
const NAME_MIN = 5;
/** Characters of the box around a byline searched for its date. */
const BOX_MAX = 400;

/** The byline's names: the whole line, and each name of a list ("Julia Vergin, Clare Roth"). */
function nameParts(byline: string): string[] {
  const parts = [byline, ...byline.split(/[,;&|·/]/)].filter((p) => letters(p).length >= NAME_MIN);
  return [...new Map(parts.map((p) => [letters(p), p.trim()])).values()];
}

/** Words in letters and digits, lower case, between spaces: a name is found whole ("Editorial" is not in "editorials"). */
const wordsOf = (s: string): string => ` ${s.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;

/** Characters of markup's spacing around a line's text, read before its letters are. */
const SPACING = 4;

/** The innermost elements whose text `want`s and has at most `max` letters. */
function innermost(elements: readonly Element[], want: (text: string) => boolean, max: number): Element[] {
  const fits = (t: string) => t.length <= max * SPACING && letters(t).length <= max && want(t);
  const hits = elements.filter((el) => el.isConnected && fits(el.textContent ?? ''));
  return hits.filter((el) => !hits.some((o) => o !== el && el.contains(o)));
}

/** Length of the text an element holds directly (not in child elements). */
export function ownText(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) n += (c.nodeValue ?? '').trim().length;
  return n;
}

/** In the site's banner or footer (not an article's own <header>/<footer>): "Follow CNN Business" is the site's. */
function inSiteBar(el: Element): boolean {
  if (el.closest('[role="banner"], [role="contentinfo"]')) return true;
  const bar = el.closest('header, footer');
  return !!bar && !bar.parentElement?.closest('article, main, [role="main"], [role="article"]');
}

/** A name inside a sentence (an author's bio: "<a>Jane Doe</a> is a staff writer…") is no byline's line. */
const inSentence = (el: Element): boolean => !!el.parentElement && ownText(el.parentElement) > LABEL_MAX;

/** The widest box around `el` whose text is at most `max` characters (the byline line's own small box). */
function widestBoxWithin(el: Element, max: number): Element {
  let box = el;
  for (let p = el.parentElement; p && p.tagName.toUpperCase() !== 'BODY' && (p.textContent ?? '').length <= max; p = p.parentElement) box = p;
  return box;
}

/**
 * A card for another story that names the author: the first box around the name's line that links to another page
 * (other than the author's own) links to one page only, with a headline's worth of text. A box of facts links to
 * several (topics, tags).
 */
function inCard(el: Element, name: string): boolean {
  for (let p = el.parentElement; p && p.tagName.toUpperCase() !== 'BODY' && (p.textContent ?? '').length <= BOX_MAX * SPACING; p = p.parentElement) {
    const links = Array.from(p.querySelectorAll('a[href]')).filter((l) => !!otherPage(l) && !letters(l.textContent ?? '').includes(name));
    if (!links.length) continue;
    const to = new Set(links.map(otherPage));
    return to.size === 1 && links.some((l) => oneLine(l.textContent ?? '').length >= HEADLINE_MIN);
  }
  return false;
}

/**
 * Lines beyond the header that print the article's byline (the innermost element holding one of its names, with a
 * short label), and the date lines of the box around each: each to be kept whole. Cards are left out.
 */
export function bylinesElsewhere(elements: readonly Element[], byline: string | null | undefined, published: string | null | undefined, headline: Element | null): Element[] {
  const out: Element[] = [];
  for (const name of nameParts(byline ?? '')) {
    const key = letters(name), word = wordsOf(name);
    const isLine = (t: string) => { const l = letters(t); return l.includes(key) && key.length >= l.length * NAME_SHARE && wordsOf(t).includes(word); };
    const lines = innermost(elements, isLine, key.length + LABEL_MAX).filter((el) => !el.closest(CONTROL) && !inSiteBar(el) && !inSentence(el) && !inTeaserList(el, headline) && !inCard(el, key));
    if (lines.length > LINES_MAX) continue;
    for (const el of lines) {
      if (out.some((o) => o.contains(el))) continue;
      out.push(el);
      const box = widestBoxWithin(el, BOX_MAX);
      for (const d of innermost(Array.from(box.querySelectorAll('*')), (t) => printsDate(t, published), LABEL_MAX + 20)) if (!out.includes(d)) out.push(d);
    }
  }
  return out;
}
