// A crosshead that repeats words quoted in the story ("„Zu langsam, zu unklar und zu unentschlossen“" above the
// paragraph that quotes them, or "Kritik an X: „…“"): a copy set as a heading, not a second time somebody spoke.

import { blankLineAfter, blankLineBefore, spaceRunStart } from '../text/props';

interface Marks { start: number; end: number; open: number; close: number }

/** A label before the marks on a heading's line ("Kritik an Bundesregierung:"): a few words and a colon. */
const LABEL = /^[^.!?;:\n]{1,60}:\s*$/;

/** The quotation q fills a line of its own (or follows a short label there), and its words are quoted again inside
 * another quotation set in running text. Two copies that each fill a line are two statements (a story that repeats
 * "Trump said: „…“" further down), not a heading and its paragraph: neither is dropped. */
export function isHeadingCopy(text: string, q: Marks, others: readonly Marks[]): boolean {
  if (!fillsLine(text, q)) return false;
  const words = fold(text.slice(q.start, q.end));
  if (words.length < 8) return false;
  return others.some((o) => o.start !== q.start && !fillsLine(text, o) && fold(text.slice(o.start, o.end)).includes(words));
}

/** Nothing after the marks on their line, and before them nothing or a short label. */
function fillsLine(text: string, q: Marks): boolean {
  if (!blankLineAfter(text, q.close)) return false;
  if (blankLineBefore(text, q.open)) return true;
  // (a label ends on its colon: the line is sliced only then, not for every quotation amid a long line)
  if (text[spaceRunStart(text, q.open) - 1] !== ':') return false;
  return LABEL.test(text.slice(text.lastIndexOf('\n', q.open - 1) + 1, q.open));
}

/** Lower case, words only, single spaces: the same words in other punctuation compare equal. */
const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
