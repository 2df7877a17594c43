// An info box set in the story's flow as an <aside> ("Info: how a neural network is trained", two paragraphs of
// prose between the story's paragraphs): Readability removes every <aside> from the article it builds (its
// _prepArticle cleans the tag out whole), so the box was lost without a trace. Found by structure alone, before
// Readability: an <aside> of prose (sentences, few links, no form, player, navigation or list) whose nearest
// paragraphs before and after it, outside any aside, are paragraphs of some length. After Readability it goes back
// between those two only when the article kept both, one right after the other: a sidebar beside the story, a
// promo after its end or a box of teasers has no such pair of kept neighbours. The clean stage then judges the box
// like any other block (a newsletter box or a pull quote inside the story is removed there, with its reason).
import { linkShare, tagged, tagOf } from './dom';
import { letters } from './page/text';
import { SENTENCE_END } from './chars';

/** Letters a neighbouring paragraph needs to be found again by its text: a short line is anywhere. */
const KEY_MIN = 40;
/** Share of a box's text in links at most: more is a list of teasers. */
const LINK_SHARE_MAX = 0.3;
/** Words a sentence of prose needs at least. */
const SENTENCE_WORDS = 8;
/** A sentence's end in any script (as lib/holes.ts reads one), closing quotes and brackets after it. */
/** What a box of prose never holds: a form, a player, a frame, navigation, a list, the page's headline. */
const NOT_PROSE = 'form, input, button, select, textarea, iframe, video, audio, nav, ul, ol, h1, table';

export interface InlineAside { box: Element; before: string; after: string; key: string }

/** A paragraph of prose: a <p> of SENTENCE_WORDS or more words that ends a sentence. */
function proseParagraph(p: Element): boolean {
  const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.split(' ').length >= SENTENCE_WORDS && SENTENCE_END.test(t);
}

/** The aside holds prose and nothing that makes it a widget. */
function isProseBox(aside: Element): boolean {
  if (aside.querySelector(NOT_PROSE) || linkShare(aside).share > LINK_SHARE_MAX) return false;
  return Array.from(aside.getElementsByTagName('p')).some(proseParagraph);
}

/** The key of the nearest <p> of KEY_MIN letters or more before (dir -1) or after (dir 1) `el` in document order,
 * outside any aside, within `root` ('' when there is none). */
function neighbour(el: Element, root: Element, dir: -1 | 1): string {
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    for (let s = dir < 0 ? n.previousElementSibling : n.nextElementSibling; s; s = dir < 0 ? s.previousElementSibling : s.nextElementSibling) {
      const ps = tagOf(s) === 'P' ? [s] : Array.from(s.getElementsByTagName('p'));
      if (dir < 0) ps.reverse();
      for (const p of ps) {
        if (p.closest('aside')) continue;
        const k = letters(p.textContent ?? '');
        if (k.length >= KEY_MIN) return k;
      }
    }
  }
  return '';
}

/** Before Readability: a copy of each outermost <aside> of prose with the keys of the paragraphs around it. */
export function findInlineAsides(root: Element): InlineAside[] {
  const out: InlineAside[] = [];
  for (const aside of tagged(root, 'aside')) {
    if (aside.parentElement?.closest('aside') || !isProseBox(aside)) continue;
    const before = neighbour(aside, root, -1), after = before && neighbour(aside, root, 1);
    if (after) out.push({ box: aside.cloneNode(true) as Element, before, after, key: letters(aside.textContent ?? '') });
  }
  return out;
}

/** After Readability: each box back right after its paragraph, when the body kept it and the one after it next. */
export function restoreInlineAsides(body: Element, asides: readonly InlineAside[]): void {
  if (!asides.length) return;
  const paras = Array.from(body.getElementsByTagName('p')).map((p) => ({ p, key: letters(p.textContent ?? '') })).filter((x) => x.key.length >= KEY_MIN);
  const bodyKey = letters(body.textContent ?? '');
  // Boxes in a row after one paragraph: each after the one put back before it, in the page's order.
  const last = new Map<Element, Element>();
  for (const a of asides) {
    const i = paras.findIndex((x) => x.key === a.before);
    if (i < 0 || paras[i + 1]?.key !== a.after || bodyKey.includes(a.key)) continue;
    const p = paras[i]!.p, box = body.ownerDocument.importNode(a.box, true);
    (last.get(p) ?? p).after(box);
    last.set(p, box);
  }
}
