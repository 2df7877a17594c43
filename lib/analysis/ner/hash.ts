// 32-bit hashes of feature strings: FNV-1a over UTF-16 code units, finished with MurmurHash3's mixer, and combined
// with a template number so that "word=paris" and "next word=paris" are different features. Zero is never a hash
// (the model's lookup table uses it for an empty slot).

export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** hashString(s.slice(a, b)) without making the slice (a word's affixes: five a distinct word of a page). */
export function hashRange(s: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A feature of one template over one hashed value. */
export function feature(template: number, value: number): number {
  // (fmix written out: a page's every feature passes here, unoptimised on a cold page, where a call costs)
  let h = value ^ Math.imul(template + 1, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) || 1;
}

/** A feature of one template over two hashed values (a word pair, a shape and a flag). */
export function feature2(template: number, a: number, b: number): number {
  return fmix(Math.imul(fmix(a ^ 0x27d4eb2f), 31) ^ b ^ Math.imul(template + 1, 0x9e3779b1)) || 1;
}
