// Characters that tend to make up names, for scripts tagged a character at a time (Han, kana). A name written in
// Han has no capital to mark where it starts and ends; what marks a transliterated foreign name (布林肯, 巴塞洛繆,
// 米哈伊) is a run of characters that are mostly used in names (林, 肯, 斯, 爾…), beside characters that mostly are
// not. How often each character stands inside a name is counted on the training data and kept, in four bands, in
// the model's header (FeatureSet.nameChars); the features are a character's band with its neighbours', and its
// place in the run of name-prone characters around it — the caseless counterpart of a run of capitals.

import { feature } from './hash';
import type { Scratch } from './features';
import { isCharScript } from './word-class';

/** Share of a character's occurrences inside a name at which each band starts (bands 2..5; 1: rare, 0: no char). */
export const NAME_CHAR_BANDS = [0, 0.1, 0.3, 0.6];
/** Occurrences a character needs in the training data for its share to count. */
export const NAME_CHAR_MIN = 3;
/** The band from which a character counts toward a run of name-prone characters. */
const RUN_BAND = 4;
const T_BAND = 70, T_RUN = 71, T_WEAK_RUN = 72, T_BAND_LEFT = 73, T_BAND_RIGHT = 74;

/** The table of a model's header: the characters of each band, bands 2..5, as strings. */
export function nameCharTable(sentences: Iterable<{ words: readonly string[]; tags: readonly number[] }>): string[] {
  const seen = new Map<string, number>(), inside = new Map<string, number>();
  for (const s of sentences) s.words.forEach((w, i) => {
    if (w.length > 2 || !isCharScript(w)) return;
    seen.set(w, (seen.get(w) ?? 0) + 1);
    if (s.tags[i] !== 0) inside.set(w, (inside.get(w) ?? 0) + 1);
  });
  const bands = NAME_CHAR_BANDS.map(() => [] as string[]);
  for (const [w, n] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (n < NAME_CHAR_MIN) continue;
    const share = (inside.get(w) ?? 0) / n;
    let band = 0;
    while (band + 1 < NAME_CHAR_BANDS.length && share >= NAME_CHAR_BANDS[band + 1]!) band++;
    bands[band]!.push(w);
  }
  return bands.map((b) => b.join('\u0001'));
}

const LOOKUPS = new WeakMap<readonly string[], Map<string, number>>();

/** The band of each token of a sentence (0: not a Han or kana character; 1: one too rare in training to say). */
export function nameCharBands(table: readonly string[], words: readonly string[]): Uint8Array {
  let map = LOOKUPS.get(table);
  if (!map) {
    LOOKUPS.set(table, map = new Map());
    table.forEach((chars, k) => { for (const c of chars.split('\u0001')) if (c) map!.set(c, k + 2); });
  }
  return Uint8Array.from(words, (w) => (isCharScript(w) ? map!.get(w) ?? 1 : 0));
}

/** Where token i stands in the run of tokens whose band is at least `from`: 0 outside, else 1 + place + 4 × length. */
function runPlace(bands: ArrayLike<number>, i: number, from: number): number {
  if (bands[i]! < from) return 0;
  let a = i, b = i;
  while (a > 0 && bands[a - 1]! >= from) a--;
  while (b + 1 < bands.length && bands[b + 1]! >= from) b++;
  const place = a === b ? 0 : i === a ? 1 : i === b ? 3 : 2;
  return 1 + place + 4 * Math.min(b - a + 1, 6);
}

/**
 * What the name-character features of token i read, as one number: its band and its neighbours', and its place in
 * the runs around it (a few hundred values on a page: the tagger sums each one's weights once, scores.ts).
 */
export function nameCharKey(bands: ArrayLike<number>, i: number): number {
  const b = bands[i]!, p = i > 0 ? bands[i - 1]! : 6, n = i + 1 < bands.length ? bands[i + 1]! : 6;
  return ((((b * 7 + p) * 7 + n) * 32 + runPlace(bands, i, RUN_BAND)) * 32) + runPlace(bands, i, RUN_BAND - 1);
}

/** The name-character features of a key (nameCharKey). */
export function nameCharFeatures(out: Scratch, key: number) {
  const weak = key % 32, run = ((key - weak) / 32) % 32, bpn = Math.floor(key / 1024);
  const n = bpn % 7, p = Math.floor(bpn / 7) % 7, b = Math.floor(bpn / 49);
  out.push(feature(T_BAND, bpn), feature(T_RUN, run * 8 + b));
  out.push(feature(T_WEAK_RUN, weak), feature(T_BAND_LEFT, p * 7 + b), feature(T_BAND_RIGHT, b * 7 + n));
}
