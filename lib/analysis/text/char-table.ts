// The scanner's class and script (chars.ts `classify`) of the characters of Latin-1, Latin Extended-A and -B and
// general punctuation: [first code unit, [value, count, value, count, …]]. Written by scripts/analysis/char-classes.mjs
// from classify itself. Generated data: do not edit by hand.

export const CHAR_RUNS: readonly [number, readonly number[]][] = [
  [0x80, [10, 32, 1, 1, 8, 1, 9, 5, 8, 1, 9, 2, 18, 1, 8, 1, 9, 1, 10, 1, 9, 7, 210, 1, 8, 2, 9, 2, 18, 1, 8, 1, 9, 3, 8, 1, 18, 23, 9, 1, 18, 31, 9, 1, 18, 344]],
  [0x2000, [1, 11, 10, 5, 6, 2, 8, 6, 5, 2, 8, 14, 1, 2, 10, 5, 1, 1, 8, 20, 9, 1, 8, 13, 9, 1, 8, 12, 1, 1, 10, 16]],
];
