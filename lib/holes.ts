// Holes in a story: some sites set each paragraph in a box of its own, all boxes of one make (tag and class) in a
// row. Readability keeps the row but drops a box whose sentence is mostly a link ("It also <a>co-ordinates military
// plans</a>."): it cleans out boxes dense with links. A sentence missing between two kept sentences of the same row
// reads as a gap in the story. Found by structure and position alone: before Readability the rows are noted (each
// box's text, a copy of each box of one sentence); after it, a box of one sentence and nothing else (no picture,
// player, form or heading) that the article lost while it kept boxes of the row before and after it goes back after
// the last kept before it. Boxes are found again by their text: Readability renames elements, and in some DOMs loses their
// attributes doing so. The clean stage then judges the box like any other block (a link alone between lines of text
// is the writer's pointer).
import { attr, eachElement, measureTree } from './dom';
import { letters } from './page/text';
import { SENTENCE_END } from './chars';

/** Boxes of one make a row needs: fewer is a layout, not paragraphs set one a box. */
const ROW_MIN = 4;
/** A sentence's end in any script (as lib/clean/signals.ts reads one), closing quotes and brackets after it. */
/** Elements a box of one paragraph holds at most (its wrappers, a few links and emphases): a bigger box is a
 * section, and reading its text for every row would cost a walk of the page each. */
const BOX_ELEMENTS = 16;
/** Letters a box's text needs to be found again by it: a short line ("Share", "Meth. We're on it.") is anywhere. */
const KEY_MIN = 20;
/** What a box of one sentence never holds. */
const NOT_A_SENTENCE = 'img,picture,video,audio,iframe,form,input,button,h1,h2,h3,h4,h5,h6,ul,ol,table,blockquote,figure';

/** Letters and digits only: the same text whatever Readability did to its spacing and markup. */
const key = letters;

/** A row of same-make boxes: each box's text (as a key), a copy of each that holds one sentence, and the text (as a
 * key) of the heading right before each such box: a heading's box, of another make, may stand between two boxes of
 * the row. */
export interface Row { keys: string[]; sentences: Array<Element | null>; before: string[] }

/** One sentence and nothing else: what a lost paragraph box holds (a "Read more" teaser ends without a stop). */
function oneSentence(box: Element, text: string): boolean {
  return text.split(' ').length >= 3 && SENTENCE_END.test(text) && !box.querySelector(NOT_A_SENTENCE);
}

/** Same-make siblings, by parent and make: filled on the walk before Readability (one walk of the page for all). */
export type RowGroups = Map<Element, Map<string, Element[]>>;

/** Note `el` among its same-make siblings (a class, never none). */
export function noteRowBox(groups: RowGroups, el: Element): void {
  const parent = el.parentElement, cls = attr(el, 'class');
  if (!parent || !cls) return;
  let g = groups.get(parent);
  if (!g) groups.set(parent, (g = new Map()));
  const sig = `${el.tagName}|${cls}`, list = g.get(sig);
  if (list) list.push(el); else g.set(sig, [el]);
}

/**
 * Before Readability: the rows of ROW_MIN or more small same-make siblings holding text, with a copy of each box of
 * one sentence. Only rows with such a box are returned.
 */
export function findRows(groups: RowGroups): Row[] {
  const rows: Row[] = [];
  for (const bySig of groups.values()) {
    for (const all of bySig.values()) {
      if (all.length < ROW_MIN) continue;
      const g = all.filter((k) => measureTree(k, BOX_ELEMENTS).elements <= BOX_ELEMENTS);
      if (g.length < ROW_MIN) continue;
      const texts = g.map((k) => (k.textContent ?? '').replace(/\s+/g, ' ').trim());
      if (texts.filter(Boolean).length < ROW_MIN) continue;
      const sentences = g.map((k, i) => (oneSentence(k, texts[i]!) ? (k.cloneNode(true) as Element) : null));
      if (sentences.some(Boolean)) rows.push({ keys: texts.map(key), sentences, before: g.map((k, i) => (sentences[i] ? key(textBefore(k)) : '')) });
    }
  }
  return rows;
}

/** The text of the nearest sibling before `el` that has any, when it is a heading or a heading's box: the section
 * the box opens (a teaser between two boxes goes from the article, and is no place to put a box back after). */
function textBefore(el: Element): string {
  for (let p = el.previousElementSibling; p; p = p.previousElementSibling) {
    const t = p.textContent ?? '';
    if (t.trim()) return /^H[1-6]$/i.test(p.tagName) || p.querySelector(HEADINGS) ? t : '';
  }
  return '';
}
const HEADINGS = 'h1,h2,h3,h4,h5,h6';

/** The outermost element of `article` whose text is exactly `k`. */
function holderOf(article: Element, k: string): Element | null {
  let found: Element | null = null;
  eachElement(article, (el) => {
    if (found) return false;
    const t = key(el.textContent ?? '');
    if (t === k) { found = el; return false; }
    return undefined;
  });
  return found;
}

/** Letters an element's text needs to be found again by it as the box's anchor (a heading's). */
const LEAD_MIN = 8;
/** What a lost box goes after: the element that stood right before it (a heading of another make), when the article
 * holds it after the last kept box of the row; else that box. */
function afterLead(article: Element, prev: Element, lead: string): Element {
  if (lead.length < LEAD_MIN) return prev;
  const h = holderOf(article, lead);
  const follows = h && h !== article && !h.contains(prev) && !prev.contains(h) && prev.compareDocumentPosition(h) & FOLLOWING;
  return follows ? h : prev;
}
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING (no Node global in the CLI's DOM)

/**
 * After Readability: put back each box of one sentence that the article lost while it kept a box of the same row
 * before it and one after it, right after the last kept before it. Returns the boxes put back.
 */
export function fillHoles(article: Element, rows: Row[]): number {
  let text = key(article.textContent ?? ''), added = 0; // grows by each box put back
  for (const { keys, sentences, before: lead } of rows) {
    const present = keys.map((k) => k.length >= KEY_MIN && text.includes(k));
    for (let i = 1; i < keys.length - 1; i++) {
      const box = sentences[i];
      if (!box || keys[i]!.length < KEY_MIN || text.includes(keys[i]!) || !present.slice(i + 1).some(Boolean)) continue;
      const before = present.lastIndexOf(true, i - 1);
      if (before < 0) continue;
      const prev = holderOf(article, keys[before]!);
      if (!prev || prev === article) continue;
      afterLead(article, prev, lead[i] !== keys[before] ? lead[i]! : '').after(box);
      present[i] = true;
      text += keys[i];
      added++;
    }
  }
  return added;
}
