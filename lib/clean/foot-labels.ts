// Label lines at the story's foot: a run of short lines, each a label, a separator and a value ("原标题：…",
// "出品︱…", "作者︱…"; "Text: …", "Photos: …", "Editing: …"), after the story's last paragraph with nothing of the
// story after them: the story's credits (who wrote, produced or edited it, its original title). Small print, kept in
// the HTML and left out of the text, as a byline is. Known by shape, repetition and place, in no language's words:
// two such lines at least, side by side, closing the story. Lines in a list or a table (a fact box) are left alone.
// A note set whole in the lenticular brackets of Chinese and Japanese with a sentence inside ("【…未经授权，不得转载、
// 摘编等。】"), among them or alone, is the site's rights or source note: its brackets set it apart as small print.
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';
import { isProse } from './signals';

/** A label, one or two words of no digit (a run of letters of a script without spaces counts as one), a separator
 * (a colon or a vertical bar, in their full-width forms too), and a value. */
const LABEL_LINE = /^[[【(（]?[^\s\d:：︱|丨｜[\]【】()（）]{1,12}(?: [^\s\d:：︱|丨｜[\]【】()（）]{1,12})?\s?[:：︱|丨｜]\s?\S/;
/** A whole line in lenticular brackets that ends a sentence inside them (a heading so bracketed, "【专家解读】", ends none). */
const BRACKET_NOTE = /^【[^【】]+[。！.!]】$/;
/** The longest such line, in the block length's measure (a Han character counts three): a credit, not a paragraph. */
const LINE_MAX = 120;
/** Lines of the run at least: one label line alone may be the story's own ("Update: …"). */
const RUN_MIN = 2;

const PLACE = "it closes the story, after its last paragraph";
const WHY: Record<'label' | 'note', Verdict> = {
  label: { reason: 'byline', rule: 'shape:foot-labels', score: 0, strong: false, meta: true, evidence: ['a run of label lines (a label, a colon or bar, a value)', PLACE] },
  note: { reason: 'byline', rule: 'shape:foot-note', score: 0, strong: false, meta: true, evidence: ['a note set whole in lenticular brackets', PLACE] },
};

/** What a block after the story is: a label line that may credit it, a bracketed note, or neither (null). */
function footLine(b: BlockInfo): 'label' | 'note' | null {
  const s = b.s;
  if (!b.afterProse || s.heading || s.listItem || s.tableCell || s.quoted || s.caption || s.linkDensity >= 0.5) return null;
  const text = s.text.trim();
  if (text.includes('\n')) return null;
  if (BRACKET_NOTE.test(text)) return 'note';
  return s.len <= LINE_MAX && LABEL_LINE.test(text) && !/[.!?。！？]["'”’)）\]】]*$/.test(text) ? 'label' : null;
}

/** Verdicts with the run of label lines closing the story made small print (the rest unchanged). */
export function footLabels(infos: readonly BlockInfo[], v: Verdicts): Verdicts {
  const run: Array<[number, 'label' | 'note']> = [];
  let labels = 0;
  for (let k = infos.length - 1; k >= 0; k--) {
    const b = infos[k]!;
    if (v[k] || b.s.caption || !b.s.text) continue; // decided already, or a picture's line: passed over
    const kind = isProse(b.s) ? null : footLine(b);
    if (!kind) break;
    if (kind === 'label') labels++;
    run.push([k, kind]);
  }
  if (labels < RUN_MIN && labels === run.length) return v;
  const out = [...v];
  for (const [k, kind] of run) out[k] = WHY[kind];
  return out;
}
