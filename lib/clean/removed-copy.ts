// A short line kept while its copy elsewhere in the article went ("转播到腾讯微博", a share button's label over the lead
// picture and again over a video player, the second removed with its box): the same furniture twice. Short lines of
// Han or kana characters are one "word" each and too short to be counted as copies (lib/clean/context.ts), so the
// copy is found here by its fingerprint. Two kinds of evidence: the copy removed by its own evidence (repetition),
// and the class names of the line's own boxes giving the same kind of furniture away (markup). Never prose.
import type { BlockInfo } from './context';
import { gone, protectedBlock, type Verdicts } from './decide';

/** A furniture line is short. */
const LINE_MAX = 60;

const candidate = (b: BlockInfo) => !!b.s.hint && !!b.s.text && b.s.len <= LINE_MAX && !b.s.heading && !protectedBlock(b.s);

/** Whether removedCopies can act: a kept short line with a class hint (asked first: cleaning runs cold). */
export const mayHoldRemovedCopy = (infos: readonly BlockInfo[], v: Verdicts): boolean => infos.some((b, k) => !v[k] && candidate(b));

/** Verdicts with the kept copies of removed short lines taken, when their own boxes hint the same (the rest unchanged). */
export function removedCopies(infos: readonly BlockInfo[], v: Verdicts): Verdicts {
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    if (v[k] || !candidate(b)) return;
    const j = infos.findIndex((x, i) => i !== k && gone(v, i) && x.s.fp === b.s.fp && x.s.hint === b.s.hint);
    if (j < 0) return;
    (out ??= [...v])[k] = { reason: b.s.hint!, rule: 'copy:of-removed-line', score: 0, strong: false,
      evidence: ['its copy elsewhere in the article was removed', `the class names of its box say ${b.s.hint}`] };
  });
  return out ?? v;
}
