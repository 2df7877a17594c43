// The model file round trip: every feature written is found at its row after loading, and no other hash is.
import { describe, expect, it } from 'vitest';
import { encodeModel, parseModel } from '../../lib/analysis/ner/model';
import { NUM_TAGS, TAG_NAMES } from '../../lib/analysis/ner/tags';

function keysOf(n: number, seed: number): Uint32Array {
  const set = new Set<number>();
  let x = seed;
  while (set.size < n) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; set.add(x || 1); }
  // a few neighbours in one 16-bit bucket, and the ends of the range
  for (const k of [0x12340001, 0x12340002, 0x1234ffff, 1, 0xffffffff]) set.add(k);
  return Uint32Array.from([...set].sort((a, b) => a - b));
}

describe('model file', () => {
  const keys = keysOf(3000, 7);
  const weights = Int8Array.from({ length: keys.length * NUM_TAGS }, (_, i) => (i % 255) - 127);
  const transitions = Float32Array.from({ length: (NUM_TAGS + 1) * NUM_TAGS }, (_, i) => i / 10);
  const parts = { lang: 'xx', tags: [...TAG_NAMES], features: { words: true, affixes: true }, scale: 2, temperature: 1, keys, weights, transitions };
  const bytes = encodeModel(parts);

  it('finds every feature at its row and no other hash', () => {
    const m = parseModel(bytes);
    expect(m.size).toBe(keys.length);
    keys.forEach((k, r) => expect(m.table.row(k)).toBe(r));
    const known = new Set(keys);
    for (const h of [2, 0x12340003, 0x1234fffe, 0xfffffffe, 0x80000000]) if (!known.has(h)) expect(m.table.row(h)).toBe(-1);
    expect(Array.from(m.weights)).toEqual(Array.from(weights));
    expect(Array.from(m.transitions)).toEqual(Array.from(transitions));
  });

  it('writes the same bytes for the same parts, and refuses unsorted keys', () => {
    const m = parseModel(bytes);
    const again = encodeModel({ ...parts, weights: m.weights, transitions: m.transitions });
    expect(Buffer.compare(again, bytes)).toBe(0);
    expect(() => encodeModel({ ...parts, keys: Uint32Array.of(5, 3), weights: new Int8Array(2 * NUM_TAGS) })).toThrow(/sorted/);
  });

  it('refuses a file of the older format by its version', () => {
    const old = bytes.slice();
    old[5] = 1;
    expect(() => parseModel(old)).toThrow(/another version/);
  });
});
