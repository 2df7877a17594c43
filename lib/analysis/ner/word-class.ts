// The form of a token without its words: capitalisation class and shape ("Xx", "X.X.", "dd:dd").

export const Cap = {
  /** No letter: punctuation, numbers, symbols. */
  NONE: 0,
  /** Starts with a lower-case letter and has no capital (or is all lower-case). */
  LOWER: 1,
  /** A capital, then lower-case letters (Paris, McDonald). */
  UPPER: 2,
  /** Two or more letters, all capitals (NATO, U.S.). */
  CAPS: 3,
  /** A single capital letter (A, J.). */
  SINGLE: 4,
  /** Letters of a script without case (Han, kana, Arabic, Hangul…). */
  UNCASED: 5,
  /** Starts lower-case with a capital inside (iPhone, eBay). */
  MIXED: 6,
} as const;

const HAS_LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CHAR_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function capClass(w: string): number {
  if (!HAS_LETTER.test(w)) return Cap.NONE;
  const up = UPPER.test(w), low = LOWER.test(w);
  if (!up && !low) return Cap.UNCASED;
  const first = w.match(/\p{L}/u)?.[0] ?? '';
  if (UPPER.test(first)) {
    if (!low) return w.match(/\p{L}/gu)!.length > 1 ? Cap.CAPS : Cap.SINGLE;
    return Cap.UPPER;
  }
  return up ? Cap.MIXED : Cap.LOWER;
}

/** Han or kana: the scripts tagged a character at a time. */
export const isCharScript = (w: string): boolean => CHAR_SCRIPT.test(w);

/** Each character as X (capital), x (lower-case), d (digit), c (letter without case) or itself; runs collapsed. */
export function shapeOf(w: string): string {
  let out = '', last = '';
  for (const ch of w) {
    const k = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /[\p{L}\p{M}]/u.test(ch) ? 'c' : ch;
    if (k !== last) out += k;
    last = k;
    if (out.length >= 8) break;
  }
  return out;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** For each token, whether no letter or digit comes before it in its sentence (opening quotes do not count). */
export function initialFlags(words: readonly string[]): boolean[] {
  let seenWord = false;
  return words.map((w) => {
    const first = !seenWord;
    if (WORDLIKE.test(w)) seenWord = true;
    return first;
  });
}

/** Whether most words of a sentence are capitalised (a heading in title case): capitals say less there. */
export function isTitleLine(caps: readonly number[]): boolean {
  let words = 0, capitalised = 0;
  for (const c of caps) {
    if (c === Cap.NONE || c === Cap.UNCASED) continue;
    words++;
    if (c !== Cap.LOWER) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.7;
}
