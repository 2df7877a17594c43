// Section headings left at the story's foot over nothing: "おすすめ情報", "関連キーワード", "Recommended" — the titles
// of boxes the page fills by script (recommendations, keyword links), which Readability keeps without their content.
// Known by place and shape, in no language's words: after the story's last paragraph with nothing kept after them,
// each a short line that ends no sentence, holds no digit and no link, and stands alone in a box of its own (not in
// the story's own container). A line that may credit the story (the byline, a signature after a dash) is left alone.
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';
import { closestTag } from '../dom';
import { SUMMARY } from './leftover-labels';

/** The longest such heading in the block length's measure (a Han character counts three): a title, not a line. */
const HEADING_MAX = 40;
const HEADING_WORDS = 4;
/** A sentence's end, a digit, or an opening dash or quotation mark (a signature, a quoted line). */
const NOT_A_TITLE = /[.!?。！？…]["'”’)）\]】]*$|\d|^[-–—‒"'“”‘«»「『]/u;

const WHY: Verdict = { reason: 'other', rule: 'heading:foot-over-nothing', score: 0, strong: false, evidence: ['a short title alone in its box', 'it closes the story, with nothing of it after'] };

/** Whether the block is a title standing alone in a box of its own after the story's last paragraph. */
function loneFootTitle(b: BlockInfo, storyBox: Element | null, byline: string): boolean {
  const s = b.s, text = s.text.trim();
  // (a disclosure's title, <summary>, is leftover-labels.ts's to judge, by what its box discloses)
  if (!b.afterProse || s.caption || s.quoted || s.listItem || s.tableCell || s.links > 0 || closestTag(s.el, SUMMARY)) return false;
  if (!text || text.includes('\n') || s.len > HEADING_MAX || s.words.length > HEADING_WORDS || NOT_A_TITLE.test(text)) return false;
  if (byline && (byline.includes(text) || text.includes(byline))) return false;
  const box = s.el.parentElement;
  return !!box && box !== storyBox && !box.contains(storyBox) && (box.textContent ?? '').trim() === text;
}

/** Verdicts with the run of lone titles closing the story removed (the rest unchanged). */
export function footHeadings(infos: readonly BlockInfo[], v: Verdicts, byline = ''): Verdicts {
  let last = -1;
  for (let k = infos.length - 1; k >= 0 && last < 0; k--) if (!infos[k]!.afterProse && !v[k]) last = k;
  const storyBox = last >= 0 ? infos[last]!.s.el.parentElement : null;
  const run: number[] = [];
  for (let k = infos.length - 1; k > last; k--) {
    if (v[k] || infos[k]!.s.caption || !infos[k]!.s.text) continue; // decided already, or a picture's line
    if (!loneFootTitle(infos[k]!, storyBox, byline.trim())) return v;
    run.push(k);
  }
  if (!run.length) return v;
  const out = [...v];
  for (const k of run) out[k] = WHY;
  return out;
}
