// Repetition: the same block twice or more in the article (exactly, or nearly: changed spacing, a word or a
// sentence more), outside the article on the same page, or on other articles of the same site. Linear in the
// number of blocks: copies are found through a few sketch keys per block (first, middle and last words) and only
// blocks that share a key are compared, in buckets of bounded size.
import { containment } from '../fingerprint';

export interface RepeatItem { words: string[]; fp: string }

/** Blocks with fewer words than this are compared only exactly (a short line has no near copies). */
const NEAR_MIN_WORDS = 6;
/** Copies differ by at most this share of word bigrams (the smaller copy's bigrams found in the larger one). */
const NEAR_CONTAINMENT = 0.8;
/** A sketch key shared by more blocks than this is common text (a list of dates), not a copy: not compared. */
const BUCKET_MAX = 24;

/**
 * Sketch keys of a block: its first five words, its last five, and five from its middle. A copy with changed
 * spacing keeps all three; one with a word changed or a sentence added keeps at least one.
 */
function sketch(w: string[]): string[] {
  const n = Math.min(5, w.length), mid = Math.max(0, (w.length >> 1) - 2);
  return [`f ${w.slice(0, n).join(' ')}`, `l ${w.slice(w.length - n).join(' ')}`, `m ${w.slice(mid, mid + 5).join(' ')}`];
}

/** Whether two blocks are near copies: similar length and most word bigrams shared. */
export function nearCopies(x: RepeatItem, y: RepeatItem): boolean {
  if (x.fp === y.fp) return true;
  const lx = x.words.length, ly = y.words.length;
  if (Math.min(lx, ly) < NEAR_MIN_WORDS || Math.min(lx, ly) / Math.max(lx, ly) < 0.6) return false;
  return containment(x.words, y.words) >= NEAR_CONTAINMENT;
}

/**
 * Groups of copies among `items`: for each item, the index of its group (the index of the group's first member),
 * and the group sizes. Items with no words are their own group.
 */
export function copyGroups(items: RepeatItem[]): { group: number[]; size: number[]; exact: boolean[] } {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const union = (a: number, b: number) => { const ra = find(a), rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); };
  const byFp = new Map<string, number>();
  items.forEach((it, i) => {
    if (!it.words.length) return;
    const first = byFp.get(it.fp);
    if (first === undefined) byFp.set(it.fp, i); else union(first, i);
  });
  const buckets = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (it.words.length < NEAR_MIN_WORDS || byFp.get(it.fp) !== i) return; // one representative per exact text
    for (const k of sketch(it.words)) { const b = buckets.get(k); if (b) b.push(i); else buckets.set(k, [i]); }
  });
  for (const b of buckets.values()) {
    if (b.length < 2 || b.length > BUCKET_MAX) continue;
    for (let x = 0; x < b.length; x++) for (let y = x + 1; y < b.length; y++) {
      if (find(b[x]!) !== find(b[y]!) && nearCopies(items[b[x]!]!, items[b[y]!]!)) union(b[x]!, b[y]!);
    }
  }
  const group = items.map((_, i) => find(i));
  const size = new Array<number>(items.length).fill(0);
  for (const g of group) size[g]!++;
  const exact = items.map((it, i) => items[group[i]!]!.fp === it.fp);
  return { group, size: group.map((g) => size[g]!), exact };
}
