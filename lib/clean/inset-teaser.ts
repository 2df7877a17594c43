// An inset teaser: a box whose class names call it a teaser or related content (tagesschau's teaser-absatz, rbb's
// audio teaser), set after a paragraph of the story and before its next paragraph or heading, none of which it holds. Readability often keeps only its
// blurb ("Bereits als Landesministerin war Spiegel … mehr"), which then reads as a paragraph of the story. Two kinds
// of evidence, both structure: the class names of its box, and where the box stands (inside the story's run of
// paragraphs, apart from them). Its words are never read.
import type { BlockInfo } from './context';
import type { Verdicts } from './decide';
import { protectedBlock } from './decide';
import { isProse } from './signals';
import { classWords, hintOfWord } from './markup';

/** A teaser is short: a heading and a blurb or two. */
const INSET_MAX = 500;
const INSET_BLOCKS = 3;
/** Boxes looked through for the one whose class names give the teaser away. */
const BOX_DEPTH = 6;

/** A block of the teaser: removed already or not (its linked headline often goes by its own evidence). */
const teaserBlock = (b: BlockInfo) => b.s.hint === 'related' && !!b.s.text && (!protectedBlock(b.s) || cardTitle(b));

/** A line read as a picture's caption whose link holds the picture too: a card's headline under its thumbnail, one
 * link to another page (Nature's "Related" card), not a photo's caption. Only a quoted line stays protected. */
function cardTitle(b: BlockInfo): boolean {
  const link = b.s.caption && !b.s.quoted ? b.s.el.closest('a[href]') : null;
  return !!link && !!link.querySelector('img, picture') && !(link.getAttribute('href') ?? '').startsWith('#');
}
/** Whether applyInsetTeasers has a block to look at (asked first: most pages have none, and cleaning runs cold). */
export const hasTeaserBlocks = (infos: BlockInfo[]): boolean => infos.some((b, i) => i > 0 && teaserBlock(b));
const storyParagraph = (b: BlockInfo | undefined, v: Verdicts) => !!b && !v[b.index] && isProse(b.s) && b.s.hint !== 'related';
/** After the teaser the story goes on with a paragraph or a heading of its own. */
const storyGoesOn = (b: BlockInfo | undefined, v: Verdicts) => storyParagraph(b, v) || (!!b && !v[b.index] && !!b.s.heading && !b.s.hint);

/** The nearest box from `el` up whose own class names hint at related content. */
function relatedBox(el: Element, root: Element): Element | null {
  let depth = 0;
  for (let p: Element | null = el; p && p !== root && depth < BOX_DEPTH; p = p.parentElement, depth++)
    if (classWords(p).some((w) => hintOfWord(w) === 'related')) return p;
  return null;
}

export function applyInsetTeasers(infos: BlockInfo[], v: Verdicts, root: Element): void {
  for (let i = 1; i < infos.length; i++) {
    if (!teaserBlock(infos[i]!)) continue;
    let j = i;
    while (j + 1 < infos.length && teaserBlock(infos[j + 1]!)) j++;
    const run = infos.slice(i, j + 1);
    const box = relatedBox(run[0]!.s.el, root);
    // The card's picture, a block without words in the same box, goes with it (Nature's "Related" card: a
    // thumbnail and a headline, one link): the paragraphs are looked for around both.
    const start = box ? pictureBefore(infos, i, outerBox(box, root)) : i;
    const prev = infos[start - 1], next = infos[j + 1];
    i = j;
    if (run.length > INSET_BLOCKS || run.reduce((n, b) => n + b.s.len, 0) > INSET_MAX) continue;
    if (!storyParagraph(prev, v) || !storyGoesOn(next, v)) continue;
    if (!box || run.some((b) => !box.contains(b.s.el)) || box.contains(prev!.s.el) || box.contains(next!.s.el)) continue;
    for (let k = start; k <= j; k++) if (!v[k])
      v[k] = { reason: 'related', rule: 'box:inset-teaser', score: 0, strong: false, evidence: ['the class names of its box', 'its box stands inside the story, apart from its paragraphs'] };
  }
}

/** The outermost box around `box` whose class names hint at related content too (the card around its title). */
function outerBox(box: Element, root: Element): Element {
  let out = box, depth = 0;
  for (let p = box.parentElement; p && p !== root && depth < BOX_DEPTH; p = p.parentElement, depth++)
    if (classWords(p).some((w) => hintOfWord(w) === 'related')) out = p;
  return out;
}

/** The first of the blocks without words right before block `i` inside `box` (its picture), or `i`. */
function pictureBefore(infos: readonly BlockInfo[], i: number, box: Element): number {
  let k = i;
  while (k > 1 && !infos[k - 1]!.s.text && box.contains(infos[k - 1]!.s.el)) k--;
  return k;
}
