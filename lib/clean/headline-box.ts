// A box of headlines half removed: a live blog's "9h00 - The main news this morning" box, its heading and one line
// gone (the classifier's words, a line repeated on the page), two lines left as loose paragraphs between the entries.
// A box is one decision: when part of it went and every line it keeps repeats a headline the page prints elsewhere
// (a later entry's heading, the page's own title), it is a table of other headlines, and the rest goes with it.
// Evidence of two kinds, in no language's words: repetition (each kept line again, whole, in a heading outside the
// box, a line set in bold whole, or the page's title) and the box (part of it removed already). A box that keeps a
// sentence, a quotation, a picture or a link to a place on the page (the writer's own outline) stays as it is.
import type { BlockInfo } from './context';
import { gone, inheritedReason, protectedBlock, type Verdict, type Verdicts } from './decide';
import { inPageLinks, isProse, isSentence } from './signals';
import { normalizeBlockText } from '../fingerprint';
import { hasMedia } from '../dom';

/** A headline has at least this many characters: a shorter line ("Sport", "Live") repeats anywhere. */
const HEADLINE_MIN = 20;
/** A line outside the box that holds the repeat is a headline, no paragraph: this long at most. */
const HEADLINE_MAX = 200;
/** Lines of a box of headlines (its heading apart) at least. */
const LINES_MIN = 2;

/** A line's words without the marks a list sets before them ("> ", "» ", "• ", "- "). */
const bare = (norm: string) => norm.replace(/^[^\p{L}\p{N}]+/u, '').trim();

/** A short line of the box: no prose, no sentence, no quotation, no picture, no outline link. */
const shortLine = (b: BlockInfo) => !!b.s.text && b.s.len <= HEADLINE_MAX && !isProse(b.s) && !isSentence(b.s) && !protectedBlock(b.s) && !hasMedia(b.s.el) && !inPageLinks(b.s);

/** A line set as a headline: a heading, or a line in bold whole (a live blog's entry heading, "<p><strong>8:25 -
 * …</strong></p>"). A copy in a plain line is a field of a repeated template ("Three year guarantee" under each
 * product of a buying guide), not a headline. */
function headlineSet(b: BlockInfo): boolean {
  if (b.s.heading) return true;
  const bold = b.s.el.getElementsByTagName('strong')[0] ?? b.s.el.getElementsByTagName('b')[0];
  return !!bold && (bold.textContent ?? '').trim().length >= b.s.text.trim().length;
}

/** The box's blocks, contiguous from `i` (null when the block stands in no box). */
function boxRun(infos: readonly BlockInfo[], i: number): number[] {
  const box = infos[i]!.box, out = [i];
  for (let j = i + 1; box && j < infos.length && infos[j]!.box === box; j++) out.push(j);
  return out;
}

/** Whether the line repeats, whole, a short line of the page outside its box, or the page's title. */
function repeatsHeadline(line: string, outside: readonly string[], title: string): boolean {
  const t = bare(line);
  return t.length >= HEADLINE_MIN && (bare(title) === t || outside.some((o) => o.includes(t)));
}

/** Whether at least one of the article's boxes is part removed and part kept (asked first: cleaning runs cold). */
export const mayHoldHeadlineBox = (infos: readonly BlockInfo[], v: Verdicts): boolean =>
  infos.some((b, k) => !!b.box && k > 0 && infos[k - 1]!.box === b.box && gone(v, k) !== gone(v, k - 1));

/** Verdicts with the kept rest of a half-removed box of headlines taken (a new array when any is found). */
export function headlineBoxes(infos: readonly BlockInfo[], v: Verdicts, title: string | null | undefined): Verdicts {
  let out: Verdicts | null = null;
  const t = normalizeBlockText(title ?? '');
  for (let i = 0; i < infos.length;) {
    const run = infos[i]!.box ? boxRun(infos, i) : [i];
    i = run[run.length - 1]! + 1;
    const removed = run.filter((k) => gone(v, k)), kept = run.filter((k) => !v[k] && infos[k]!.s.text);
    const lines = run.filter((k) => !infos[k]!.s.heading);
    if (!removed.length || !kept.length || lines.length < LINES_MIN || !run.every((k) => gone(v, k) || !infos[k]!.s.text || shortLine(infos[k]!))) continue;
    const outside = infos.filter((b, j) => !run.includes(j) && b.s.text && b.s.len <= HEADLINE_MAX && headlineSet(b)).map((b) => bare(b.s.norm));
    if (!kept.every((k) => infos[k]!.s.heading || repeatsHeadline(infos[k]!.s.norm, outside, t))) continue;
    if (!lines.some((k) => !gone(v, k))) continue;
    out ??= [...v];
    const why: Verdict = { reason: inheritedReason(v[removed[0]!]!), rule: 'box:headlines', score: 0, strong: false,
      evidence: ['part of its box was removed', 'each line it keeps repeats a headline of the page: a table of other headlines'] };
    for (const k of kept) out[k] = why;
  }
  return out ?? v;
}
