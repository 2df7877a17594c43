// The title of a box that went, left over it after the story ("精彩视频推荐" — "Recommended videos" — set in bold over a
// video player whose share button and picture were removed): a label a reader sees heading nothing. Two kinds of
// evidence, in no language's words: its shape (a short line set as a heading or wholly in bold, no sentence, no link,
// after the story's last paragraph of prose), and the box right after it, apart from the label's own, removed whole.
// A heading whose section goes on with kept blocks after that box is left to the other rules only in the story's run
// of paragraphs: after the last one, nothing of the story follows it.
import type { BlockInfo } from './context';
import { gone, inheritedReason, protectedBlock, type Verdicts } from './decide';
import { emphasisShare } from './author-bio';

/** A label is short. */
const LABEL_MAX = 60;
/** Share of its letters set in bold or emphasis for a line to read as a heading. */
const SET_AS_HEADING = 0.9;

const labelShape = (b: BlockInfo) => {
  const s = b.s;
  return !!s.text && s.len <= LABEL_MAX && !s.links && !s.listItem && !protectedBlock(s) && !/[.!?。！？:：]$/.test(s.text.trim());
};

/** Whether boxLabels can act: after the story, a short line kept right before a removed block (asked first). */
export const mayHoldBoxLabel = (infos: readonly BlockInfo[], v: Verdicts): boolean =>
  infos.some((b, k) => b.afterProse && !v[k] && k + 1 < infos.length && gone(v, k + 1) && labelShape(b));

/** The first block after `k` with text or a picture, or -1. */
function nextShown(infos: readonly BlockInfo[], k: number): number {
  for (let j = k + 1; j < infos.length; j++) if (infos[j]!.s.text || infos[j]!.s.el.querySelector('img, video, iframe')) return j;
  return -1;
}

/** Verdicts with the labels of removed boxes after the story taken (the rest unchanged). */
export function boxLabels(infos: readonly BlockInfo[], v: Verdicts): Verdicts {
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    if (!b.afterProse || v[k] || !labelShape(b)) return;
    const j = nextShown(infos, k);
    const box = j >= 0 ? infos[j]!.box : null;
    if (!box || !gone(v, j) || box.contains(b.s.el)) return;
    // The box went whole: each of its blocks removed or without text (its pictures go with it, lib/clean/index.ts).
    if (!infos.every((x, i) => x.box !== box || gone(v, i) || !x.s.text)) return;
    if (!b.s.heading && emphasisShare(b.s.el) < SET_AS_HEADING) return;
    (out ??= [...v])[k] = { reason: inheritedReason(v[j]!), rule: 'label:over-removed-box', score: 0, strong: false,
      evidence: ['a short line set as a heading after the story', 'the box right after it was removed whole'] };
  });
  return out ?? v;
}
