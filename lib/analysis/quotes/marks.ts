// Quotation marks: which mark closes which, and which marks a quotation that runs on into the next paragraph may
// reopen with. Covers “ ” „ “ « » » « ‹ › " 「 」 『 』 and single ‘ ’ ‚ ‘ ' ' (top level only: inside a double-mark
// quotation, single marks are nested quotes and stay in its text).

import { isWordChar } from '../letters';

/** For each opening mark, the marks that close it. */
export const CLOSERS: Record<string, string> = {
  '“': '”“', '„': '“”', '«': '»', '»': '«', '「': '」', '"': '"', '”': '”“', '‹': '›', '›': '‹', '『': '』',
};

/** For each opening mark, the marks a continuation paragraph may open with. */
export const FAMILY: Record<string, string> = {
  '“': '“"”', '"': '"“', '«': '«»', '»': '»«', '„': '„»“', '「': '「', '”': '”“', '‹': '‹›', '›': '‹›', '『': '『',
};

/** Every mark the scan acts on: double marks, and single marks that may open a top-level quotation. */
export const MARK_RE = /[“”„«»「」"‹›『』‘‚']/g;

export const DOUBLE_MARKS = new Set(['“', '”', '„', '«', '»', '「', '」', '"', '‹', '›', '『', '』']);

const SPACE_RE = /\s/;

const OPEN_CTX_RE = /[\s([{—–\-/:;,>]/;

export const isSpace = (c: string | undefined) => c === undefined || SPACE_RE.test(c);
export const isLetter = (c: string | undefined) => isWordChar(c);
/** A character after which a quotation may open (or the start of the text). */
export const isOpenContext = (c: string | undefined) => c === undefined || OPEN_CTX_RE.test(c);

/** Positions of every mark of MARK_RE in the text, in order: one pass over the text. */
export function markPositions(text: string): number[] {
  const out: number[] = [];
  MARK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARK_RE.exec(text))) out.push(m.index);
  return out;
}

/** text[a, b) without white space at either end. */
export function trimSpan(text: string, a: number, b: number): [number, number] {
  while (a < b && SPACE_RE.test(text[a]!)) a++;
  while (b > a && SPACE_RE.test(text[b - 1]!)) b--;
  return [a, b];
}
