// A promo box amid the story: the site's label over a linked picture (The Nation's "Current Issue" over the cover of
// this week's magazine, linked to its page), set between two paragraphs of the story. The reader saw a lone heading
// and a blank picture box between paragraphs. Evidence, none of it words: the label is a line the page prints
// elsewhere too (its menus, its footer: the site's own furniture, not a subhead the writer gave this story), or twice
// in the article over such boxes (Business Insider's "Lest auch" inside each card's figure); its box holds nothing but
// that label and pictures that link to another page (by an <a>, or a card's box carrying the address itself: no
// caption, no text); and the box stands inside the story's run: its prose or a heading before, its prose, a heading
// or its end after.
// A related-story box ("Para saber más" over a card) goes the same way when its card is a story of its own: an
// <article> inside the box, left a bare picture once Readability dropped its headline. The label then needs no copy
// elsewhere: the box holds no paragraph after it, so it heads no part of the story (a crosshead does).
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';
import { closestTag, isPictureFile, tagOf } from '../dom';
import { isProse, isSentence } from './signals';
import { linkAround, lonePicture } from './lone-picture';

/** Words a label has at most ("Current Issue", "From the magazine"). */
const LABEL_WORDS = 5;
const FIGURE = new Set(['FIGURE']), FIGCAPTION = new Set(['FIGCAPTION']);

const RULE = 'box:promo';

/** The element around a picture that links it: an <a>, or a card's box that carries the address itself (`<div
 * href="…">`, which the page's scripts make a link; Readability keeps the box and drops the card's headline). */
function linkingBox(img: Element): Element | null {
  for (let e: Element | null = img; e; e = e.parentElement) if (e.hasAttribute('href') && tagOf(e) !== 'LINK') return e;
  return linkAround(img);
}

/** A picture alone in its block (no text), linked to a page (not to the picture's own file). */
function linkedPicture(b: BlockInfo): boolean {
  const img = lonePicture(b);
  const link = img && linkingBox(img);
  const href = link?.getAttribute('href')?.trim() ?? '';
  return !!href && !href.startsWith('#') && !isPictureFile(href);
}

/** A picture alone in its block inside an <article> of its own (one that does not hold the label, when one is
 * given): a card for another story. Without a label it is what the cold gate asks first. */
function cardPicture(b: BlockInfo, label?: BlockInfo): boolean {
  const img = lonePicture(b);
  for (let e = img?.parentElement ?? null; e && !(label && e.contains(label.s.el)); e = e.parentElement) if (tagOf(e) === 'ARTICLE') return true;
  return false;
}

/** A short line, no sentence, no quote, no caption: a box's label. */
const shortLabel = (b: BlockInfo) => !b.s.quoted && !isSentence(b.s) && b.s.words.length <= LABEL_WORDS && b.s.linkDensity < 0.5 && (!b.s.caption || overPicture(b));

/** A line the clean stage reads as a caption (it stands in a <figure>) that is no <figcaption>: a label set over the
 * card's picture inside the card's figure ("Lest auch"), when nothing comes before it in that figure. */
function overPicture(b: BlockInfo): boolean {
  const fig = closestTag(b.s.el, FIGURE);
  if (!fig || closestTag(b.s.el, FIGCAPTION)) return false;
  for (let e: Element | null = b.s.el; e && e !== fig; e = e.parentElement) if (e.previousElementSibling) return false;
  return true;
}

/** The label is printed again in the article, word for word (a label too short to count as a copy elsewhere). */
const printedTwice = (infos: readonly BlockInfo[], k: number) => infos.some((o, j) => j !== k && o.s.norm === infos[k]!.s.norm);

/** The blocks of the smallest box around block k that holds other blocks, or null. */
function boxAround(infos: readonly BlockInfo[], k: number, root: Element): number[] | null {
  for (let box = infos[k]!.s.el.parentElement; box && box !== root; box = box.parentElement) {
    const at = box, inside = infos.map((_, j) => j).filter((j) => at.contains(infos[j]!.s.el));
    if (inside.length > 1) return inside;
  }
  return null;
}

/** Whether promoBoxes can find anything: a short label still kept, and a picture in a link or in a card somewhere.
 * Asked first (cleaning runs cold; a function compiles whole at its first call). */
export const mayHoldPromoBox = (infos: readonly BlockInfo[], v: Verdicts): boolean =>
  infos.some((b, k) => !v[k] && shortLabel(b)) && infos.some((b) => linkedPicture(b) || cardPicture(b));

/** Verdicts with the promo boxes amid the story removed (a new array when any is found). */
export function promoBoxes(infos: readonly BlockInfo[], v: Verdicts, root: Element): Verdicts {
  let out: Verdicts | null = null;
  const prose = (j: number) => j >= 0 && j < infos.length && !v[j] && !infos[j]!.s.caption && isProse(infos[j]!.s);
  // Before the box: a paragraph, or a heading of the story's part (a listicle's item); never the article's start.
  const storyBefore = (j: number) => { while (j >= 0 && (v[j] || !infos[j]!.s.text)) j--; return prose(j) || (j >= 0 && !!infos[j]!.s.heading && infos.slice(0, j).some((o, i) => !v[i] && isProse(o.s))); };
  // After the box: a paragraph, a heading over the story's next part, or nothing of the story left (a box at its end).
  const storyGoesOn = (j: number) => { while (j < infos.length && (v[j] || !infos[j]!.s.text)) j++; return j >= infos.length || prose(j) || !!infos[j]!.s.heading; };
  infos.forEach((b, k) => {
    if (v[k] || !shortLabel(b)) return;
    const inside = boxAround(infos, k, root);
    if (!inside) return;
    const rest = inside.filter((j) => j !== k);
    // The site's label (printed outside the article too, or over another such box in it) over linked pictures, or
    // any label over story cards.
    const promo = (j: number) => ((b.onPage || printedTwice(infos, k)) && linkedPicture(infos[j]!)) || cardPicture(infos[j]!, b);
    if (!rest.some(promo) || !rest.every((j) => v[j] || promo(j))) return;
    // Contiguous blocks, with the story before (its prose or a heading) and the story going on after (or ended).
    const first = inside[0]!, last = inside[inside.length - 1]!;
    if (last - first + 1 !== inside.length || !storyBefore(first - 1) || !storyGoesOn(last + 1)) return;
    out ??= [...v];
    const why: Verdict = { reason: 'related', rule: RULE, score: 0, strong: false, evidence: [b.onPage ? 'its label is a line the page prints outside the article too' : 'its label is a short line over story cards', 'its box holds only that label and pictures of other stories (linked, or cards of their own)', 'the box stands between paragraphs of the story'] };
    for (const j of inside) if (!out[j]) out[j] = why;
  });
  return out ?? v;
}
