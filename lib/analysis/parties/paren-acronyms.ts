// "Isis (Institute of Strategic and International Studies)": an acronym-like word, white space, then a parenthesis of
// 6–150 characters. Found from each opening parenthesis, back and forth, with the scanner's class table: the same
// matches as `(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]{1,8})\s+[(（]([^()（）\n]{6,150})[)）]`/gu, whose property
// classes a cold page compiled (~1 ms) although most pages have no such word.

import { codePointBefore, letterAt, numberAt, upperAt } from '../text/props';
import { charWidth } from '../text/chars';

export interface WordThenParens {
  /** Where the word starts. */
  index: number;
  /** The word ("Isis") and what the parentheses hold. */
  word: string;
  inner: string;
  /** Where the inner text starts (after the opening parenthesis). */
  innerStart: number;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const wordChar = (text: string, i: number) => letterAt(text, i) || numberAt(text, i) || text[i] === '&' || text[i] === '.' || text[i] === '-';
const STOPS = '()（）\n';

/** The earliest start of the word that ends at `end`: an upper-case letter after no letter or digit, 2–9 characters. */
function wordStart(text: string, end: number): number {
  const starts: number[] = []; // the run's code points, from `end` back, at most 9
  for (let i = codePointBefore(text, end); i >= 0 && starts.length < 9 && wordChar(text, i); i = codePointBefore(text, i)) starts.push(i);
  for (let k = starts.length - 1; k >= 1; k--) {
    const s = starts[k]!, b = codePointBefore(text, s);
    if (upperAt(text, s) && !letterAt(text, b) && !numberAt(text, b)) return s;
  }
  return -1;
}

/** The inner text's end (at its closing parenthesis), or -1 unless it holds 6–150 characters and no other stop. */
function innerEnd(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length; i += charWidth(text, i)) {
    if (!STOPS.includes(text[i]!)) { n++; continue; }
    return (text[i] === ')' || text[i] === '）') && n >= 6 && n <= 150 ? i : -1;
  }
  return -1;
}

/** Every word followed by a parenthesis, in text order. */
export function wordsThenParens(text: string): WordThenParens[] {
  const out: WordThenParens[] = [];
  let from = 0;
  // (the next opening parenthesis of either kind by indexOf: a loop over every character runs interpreted, cold)
  let ascii = text.indexOf('('), wide = text.indexOf('（');
  for (let q = next(); q >= 0; q = next()) {
    let end = q;
    while (end > 0 && isSpace(text[end - 1])) end--;
    if (end === q) continue;
    const s = wordStart(text, end), c = s < 0 ? -1 : innerEnd(text, q + 1);
    if (c < 0) continue;
    out.push({ index: s, word: text.slice(s, end), inner: text.slice(q + 1, c), innerStart: q + 1 });
    from = c + 1;
  }
  return out;
  function next(): number {
    if (ascii >= 0 && ascii < from) ascii = text.indexOf('(', from);
    if (wide >= 0 && wide < from) wide = text.indexOf('（', from);
    const q = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (q >= 0) from = q + 1;
    return q;
  }
}
