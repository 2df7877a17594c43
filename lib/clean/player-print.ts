// A player's small print in the story: a video card set in the text (a still, its title, "14 hours ago",
// "Duration 1:30", its blurb) keeps its title and blurb as captions, but its age and its length say nothing a
// reader of the story can use: the age was the page's at the time it was served (stale when read), the length is
// a player's the reader view does not have. Evidence of two kinds, in any language: the line's form (an age, from
// Intl's forms in 75 languages; a clock's length with one word at most beside it) and its place (among the caption
// lines of a media card, after the story's first paragraph: the header's own date line stands above it).
import { isRelativeTime } from './relative-time';
import type { BlockInfo } from './context';
import type { Verdict } from './decide';

/** A length as a player prints it: a clock ("1:30", "12:38", "1:02:03"), one word at most beside it ("Duration"). */
const LENGTH = /^(?:[\p{L}]+\s*:?\s*)?\d{1,2}:\d\d(?::\d\d)?$/u;
/** How LENGTH ends: it runs (a letter pattern, costly to compile cold) only on a line that ends so. */
const CLOCK_END = /:\d\d$/;

const isCaption = (infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[], k: number) => k >= 0 && k < infos.length && infos[k]!.s.caption && !verdicts[k];
/** The nearest block from `k` in direction `step` that is no small print (a date, a byline) and has text. */
function nearest(verdicts: readonly (Verdict | null)[], k: number, step: number): number {
  let j = k + step;
  while (j >= 0 && j < verdicts.length && verdicts[j]?.meta) j += step;
  return j;
}

/** The story's first paragraph: the first block kept that is no caption, no heading and has words enough. */
const firstParagraph = (infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[]) =>
  infos.findIndex((b, k) => !verdicts[k] && !b.s.caption && !b.s.heading && b.s.words.length >= FIRST_WORDS);

/** Whether a date line still kept follows the story's first paragraph: without one playerPrint has nothing to do.
 * Most stories have none, so it is asked at the call site (cleaning runs cold, and a function compiles whole). */
export function hasLateDateLine(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[]): boolean {
  const first = firstParagraph(infos, verdicts);
  return first >= 0 && infos.some((b, k) => k > first && b.s.shape === 'date' && !(verdicts[k] && !verdicts[k]!.meta));
}

/** Verdicts for the age and length lines of a media card in the story (the rest unchanged). */
export function playerPrint(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[]): (Verdict | null)[] {
  if (!hasLateDateLine(infos, verdicts)) return [...verdicts];
  const first = firstParagraph(infos, verdicts);
  return verdicts.map((v, k) => {
    const b = infos[k]!;
    if (first < 0 || k <= first || (v && !v.meta) || b.s.shape !== 'date') return v;
    if (!isRelativeTime(b.s.norm) && !(CLOCK_END.test(b.s.norm) && LENGTH.test(b.s.norm))) return v;
    // Among the card's captions: its title before it and its blurb after it, past the card's other small print.
    if (!isCaption(infos, verdicts, nearest(verdicts, k, -1)) || !isCaption(infos, verdicts, nearest(verdicts, k, 1))) return v;
    return { reason: 'caption', rule: 'media:player-print', score: v?.score ?? 0, strong: false, evidence: ["a player's age or length among a media card's captions, inside the story"] };
  });
}

/** Words of the story's first paragraph (a label or a kicker has fewer). */
const FIRST_WORDS = 8;
