// A promo box amid the story: the site's label over a linked picture (The Nation's "Current Issue" over the cover of
// this week's magazine, linked to its page), set between two paragraphs of the story. The reader saw a lone heading
// and a blank picture box between paragraphs. Evidence, none of it words: the label is a line the page prints
// elsewhere too (its menus, its footer: the site's own furniture, not a subhead the writer gave this story); its box
// holds nothing but that label and pictures that link to another page (no caption, no text); and the box stands
// inside the story's run, prose kept on both sides of it, holding none.
// A related-story box ("Para saber más" over a card) goes the same way when its card is a story of its own: an
// <article> inside the box, left a bare picture once Readability dropped its headline. The label then needs no copy
// elsewhere: the box holds no paragraph after it, so it heads no part of the story (a crosshead does).
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';
import { isPictureFile, tagOf } from '../dom';
import { isProse, isSentence } from './signals';
import { linkAround, linkedLone, lonePicture } from './lone-picture';

/** Words a label has at most ("Current Issue", "From the magazine"). */
const LABEL_WORDS = 5;

const RULE = 'box:promo';

/** A picture alone in its block (no text), linked to a page (not to the picture's own file). */
function linkedPicture(b: BlockInfo): boolean {
  const img = lonePicture(b);
  const link = img && linkAround(img);
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
const shortLabel = (b: BlockInfo) => !b.s.quoted && !b.s.caption && !isSentence(b.s) && b.s.words.length <= LABEL_WORDS && b.s.linkDensity < 0.5;

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
  infos.some((b, k) => !v[k] && shortLabel(b)) && infos.some((b) => linkedLone(b) || cardPicture(b));

/** Verdicts with the promo boxes amid the story removed (a new array when any is found). */
export function promoBoxes(infos: readonly BlockInfo[], v: Verdicts, root: Element): Verdicts {
  let out: Verdicts | null = null;
  const prose = (j: number) => j >= 0 && j < infos.length && !v[j] && !infos[j]!.s.caption && isProse(infos[j]!.s);
  infos.forEach((b, k) => {
    if (v[k] || !shortLabel(b)) return;
    const inside = boxAround(infos, k, root);
    if (!inside) return;
    const rest = inside.filter((j) => j !== k);
    // The site's label (printed outside the article too) over linked pictures, or any label over story cards.
    const promo = (j: number) => (b.onPage && linkedPicture(infos[j]!)) || cardPicture(infos[j]!, b);
    if (!rest.some(promo) || !rest.every((j) => v[j] || promo(j))) return;
    // Contiguous blocks, with the story's prose just before and just after.
    const first = inside[0]!, last = inside[inside.length - 1]!;
    if (last - first + 1 !== inside.length || !prose(first - 1) || !prose(last + 1)) return;
    out ??= [...v];
    const why: Verdict = { reason: 'related', rule: RULE, score: 0, strong: false, evidence: [b.onPage ? 'its label is a line the page prints outside the article too' : 'its label is a short line over story cards', 'its box holds only that label and pictures of other stories (linked, or cards of their own)', 'the box stands between paragraphs of the story'] };
    for (const j of inside) if (!out[j]) out[j] = why;
  });
  return out ?? v;
}
