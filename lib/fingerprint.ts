// Normalised block text, fingerprints and near-duplicate similarity: how Clearpage recognises the same block
// again (twice in one article, on the live page, or on another article of the same site).
import { wordRuns } from './chars';

const MARKS = /[\u2018\u2019\u201a\u201b\u2032'`´]/g;
const DQUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"]/g;

/** White space and zero-width spaces to collapse (as SPACE_RUNS in lib/chars.ts: a lone plain space is no match). */
const BLANK_RUNS = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/** Lower-case, NFKC, quotes folded, white space collapsed: equal for copies that differ only in spacing or case. */
export function normalizeBlockText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(MARKS, "'")
    .replace(DQUOTES, '"')
    .replace(BLANK_RUNS, ' ')
    .trim()
    .toLowerCase();
}

/** Words of a block (letters and digits only): what near-duplicate comparison uses. */
export function words(text: string): string[] {
  return wordsOfNormalized(normalizeBlockText(text));
}
/** Words of a text already passed through normalizeBlockText. */
export function wordsOfNormalized(norm: string): string[] {
  return wordRuns(norm);
}

/** FNV-1a over the normalised words, as 13 hex digits (52 bits): stable across hosts, no crypto needed. */
export function fingerprint(text: string): string {
  return fingerprintOfWords(words(text));
}
/** The fingerprint of a block whose words are known. */
export function fingerprintOfWords(w: string[]): string {
  const s = w.join(' ');
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  // The two 32-bit multiplications written out (0x01000193 = 2^24 + 403, 0x5bd1e995 = 0x5bd1·2^16 + 0xe995), exact
  // below 2^53 before >>> 0: a cold page hashes every block in the interpreter, where Math.imul is a call.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const x1 = h1 ^ c, x2 = h2 ^ c;
    h1 = ((x1 << 24) + x1 * 403) >>> 0;
    h2 = (((x2 * 0x5bd1) << 16) + x2 * 0xe995) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + (h2 & 0xfffff).toString(16).padStart(5, '0'));
}

/**
 * How much of the smaller block the larger one covers, over word bigrams (0..1). 1 for exact copies and for a
 * copy with a sentence more; high for copies with changed spacing, punctuation or a word or two.
 */
const gramCache = new WeakMap<string[], Map<string, number>>();
function grams(w: string[]): Map<string, number> {
  let m = gramCache.get(w);
  if (m) return m;
  m = new Map<string, number>();
  if (w.length === 1) m.set(w[0]!, 1);
  for (let i = 0; i + 1 < w.length; i++) { const g = w[i] + ' ' + w[i + 1]; m.set(g, (m.get(g) ?? 0) + 1); }
  gramCache.set(w, m);
  return m;
}

export function containment(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const [small, large] = a.length <= b.length ? [grams(a), grams(b)] : [grams(b), grams(a)];
  let hit = 0, total = 0;
  for (const [g, c] of small) { total += c; hit += Math.min(c, large.get(g) ?? 0); }
  return total ? hit / total : 0;
}
