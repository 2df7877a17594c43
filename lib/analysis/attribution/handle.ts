// User names ("acebush1", "jane_doe", "@kim"): a source the text names by the handle it posts under is named as
// plainly as by a name, though no capital or tagger marks it. Known by its shape alone, in any language.

import { LETTER, allUpper } from '../letters';

const HANDLE = new RegExp(`^@?(?:${LETTER}|[0-9_.])+$`);
const LETTERS = new RegExp(`${LETTER}`, 'g');
const HANDLE_CHAR = new RegExp(`^(?:${LETTER}|[0-9_@])$`);

/** A user name: letters with a digit or an underscore among them, or an "@" before (not a code in capitals, "G7",
 * "COVID19", nor a number with its letters, "1st", "90s": it opens on a letter or "@" and has three letters). */
export function isHandle(w: string): boolean {
  if (w.length < 4 || !HANDLE.test(w) || !/^[@]?[^0-9_.]/.test(w) || /[.]$/.test(w)) return false;
  if (!w.startsWith('@') && !/[0-9_]/.test(w)) return false;
  const letters = w.match(LETTERS) ?? [];
  return letters.length >= 3 && !allUpper(letters.join(''));
}

/** The handle as the text writes it: "acebush1", where a sentence's start wrote it "Acebush1". */
export function handleAsWritten(text: string, w: string): string {
  const low = w[0]!.toLowerCase() + w.slice(1);
  if (low === w) return w;
  for (let i = text.indexOf(low); i >= 0; i = text.indexOf(low, i + 1)) {
    if (!HANDLE_CHAR.test(text[i - 1] ?? ' ') && !HANDLE_CHAR.test(text[i + low.length] ?? ' ')) return low;
  }
  return w;
}
