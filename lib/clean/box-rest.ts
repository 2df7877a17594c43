// What is left of an inset box amid the story once its link went ("Hinweis: / Guest columns need not reflect the
// newsroom's view. / >>> More guest columns", the link removed as a link to the site's section): the box's label and
// its note, set apart between two paragraphs of the story, read as a line of the argument. Two kinds of evidence, in
// no language's words: the box lost a link line to another page of the site (a box that links onwards is the site's
// furniture, not the story's), and it stands inset in the story's run of paragraphs, in a box of its own. Only short
// lines go: a box that holds a paragraph of prose, a quotation, a caption or a picture is the story's (a fact box).
import type { BlockInfo } from './context';
import { gone, protectedBlock, type Verdict, type Verdicts } from './decide';
import { isProse } from './signals';
import { hasMedia } from '../dom';

/** Reasons of a removed link line that make its box the site's: a link onwards, to a section or another story. */
const ONWARD = new Set(['navigation', 'related']);
/** What the box may keep at most: a label and a note or two. */
const REST_MAX = 300;
const REST_BLOCKS = 3;

const WHY: Verdict = { reason: 'other', rule: 'box:rest-of-link-box', score: 0, strong: false,
  evidence: ['its box lost its link to another page of the site', "the box is set apart amid the story's paragraphs", 'it is a short line, no paragraph of the story'] };

/** The story goes on at `k` (or stopped before it): a kept paragraph of prose, or a kept heading followed by one. */
function storyAt(infos: readonly BlockInfo[], v: Verdicts, k: number, step: 1 | -1): boolean {
  for (let j = k; j >= 0 && j < infos.length; j += step) {
    if (gone(v, j) || !infos[j]!.s.text) continue;
    if (isProse(infos[j]!.s)) return true;
    if (!infos[j]!.s.heading || step < 0) return false;
  }
  return false;
}

/** Whether boxRests has anything to look at: a removed onward link inside a box (asked first: cleaning runs cold). */
export const mayHoldBoxRest = (infos: readonly BlockInfo[], v: Verdicts): boolean =>
  infos.some((b, k) => !!b.box && gone(v, k) && ONWARD.has(v[k]!.reason) && b.s.links > 0);

/** Verdicts with the short lines left of an inset box whose onward link went taken (the rest unchanged). */
export function boxRests(infos: readonly BlockInfo[], v: Verdicts): Verdicts {
  let out: Verdicts | null = null;
  for (let i = 0; i < infos.length;) {
    const box = infos[i]!.box;
    let j = i;
    while (box && j + 1 < infos.length && infos[j + 1]!.box === box) j++;
    const run = infos.slice(i, j + 1);
    const start = i;
    i = j + 1;
    if (!box || start === 0 || box.contains(infos[start - 1]!.s.el) || (j + 1 < infos.length && box.contains(infos[j + 1]!.s.el))) continue;
    if (!run.some((b) => gone(v, b.index) && ONWARD.has(v[b.index]!.reason) && b.s.links > 0)) continue;
    const rest = run.filter((b) => !v[b.index] && (b.s.text || hasMedia(b.s.el)));
    if (!rest.length || rest.length > REST_BLOCKS || rest.every((b) => b.s.heading)) continue;
    if (rest.some((b) => isProse(b.s) || protectedBlock(b.s) || hasMedia(b.s.el) || b.s.links > 0)) continue;
    if (rest.reduce((n, b) => n + b.s.len, 0) > REST_MAX) continue;
    if (!storyAt(infos, v, start - 1, -1) || !storyAt(infos, v, j + 1, 1)) continue;
    out ??= [...v];
    for (const b of rest) out[b.index] = WHY;
  }
  return out ?? v;
}
