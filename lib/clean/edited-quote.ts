// An edited pull quote: a quote box that sets again, trimmed, words the story quotes in a paragraph (La Vanguardia's
// box "Trabajamos todas las administraciones coordinadas para acabar con este infierno" under "Juanma Moreno", the
// paragraph "«Estamos trabajando todas las administraciones, cada una desde su responsabilidad, todos coordinados e
// intentando acabar con este infierno», ha subrayado"). An editor shortens a quote for the box and changes a word's
// ending, so the exact match of lib/clean/pull-quote.ts misses it. Evidence, in no language's words: the quote box
// (the structure), and repetition: nearly all of the box's longer words stand, in the same order and close together,
// in one paragraph of prose nearby (a word counted by its first letters, so that an ending may change). The reader
// keeps the story's sentence, which names its speaker; the copy goes.
import type { BlockSignals } from './signals';

/** Letters a word is compared by: "trabajamos" and "trabajando" are one word here, as "coordinadas" and "coordinados". */
const STEM = 5;
/** Letters of a word that counts (articles, prepositions and pronouns are everywhere; shorter ones are not counted). */
const WORD_MIN = 4;
/** Counted words a box needs: a shorter line matches too easily. */
const COUNTED_MIN = 5;
/** Share of the box's counted words found in order in the paragraph. */
const FOUND_SHARE = 0.8;
/** The found words span at most this many times the box's words in the paragraph (one passage, not the whole). */
const SPAN_FACTOR = 2.5;

const stem = (w: string) => w.slice(0, STEM);
/** One word by its first letters; a shorter word of some letters may be the other's beginning ("work", "working"). */
const same = (a: string, b: string) => a === b || (a.length < b.length ? a.length >= WORD_MIN && b.startsWith(a) : b.length >= WORD_MIN && a.startsWith(b));

/** Positions in `para` of the most of `box`'s stems found in order (a longest common subsequence). */
function inOrder(box: readonly string[], para: readonly string[]): number[] {
  const n = box.length, m = para.length;
  const L: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--)
    L[i]![j] = same(box[i]!, para[j]!) ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const at: number[] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (same(box[i]!, para[j]!)) { at.push(j); i++; j++; } else if (L[i + 1]![j]! >= L[i]![j + 1]!) i++; else j++;
  }
  return at;
}

/** Whether the paragraph's words hold the box's, edited: most counted words in order, in a passage of its size. */
export function holdsEdited(box: readonly string[], para: readonly string[]): boolean {
  const counted = box.filter((w) => w.length >= WORD_MIN);
  if (counted.length < COUNTED_MIN || para.length < counted.length) return false;
  const keys = counted.map(stem);
  const at = inOrder(keys, para.map(stem));
  if (at.length < counted.length * FOUND_SHARE) return false;
  return at[at.length - 1]! - at[0]! + 1 <= box.length * SPAN_FACTOR;
}

/** The index of a paragraph of prose within `near` blocks of box quote k that holds its words edited, or -1. */
export function editedFrom(sigs: readonly BlockSignals[], k: number, near: number, prose: (s: BlockSignals) => boolean): number {
  const box = sigs[k]!.words;
  for (let d = 1; d <= near; d++) {
    for (const j of [k + d, k - d]) {
      const o = sigs[j];
      if (o && prose(o) && holdsEdited(box, o.words)) return j;
    }
  }
  return -1;
}
