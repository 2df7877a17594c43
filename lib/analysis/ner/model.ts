// The model file: a header (JSON), the kept feature hashes (sorted, delta-coded as varints), one signed byte a
// feature and tag, and the tag-transition scores. Read from bytes the host hands in (lib/ reads no file).
//
// Layout, little-endian:  "CPNER" 0x01 | u32 header length | header JSON (UTF-8) | u32 feature count |
//                         u32 key bytes | keys (varint deltas) | count × tags int8 weights | (tags+1) × tags float32

import type { FeatureSet } from './features';
import { NUM_TAGS, TAG_NAMES } from './tags';

// A flag a model's header does not have was not used when it was trained.
const NO_FEATURES: FeatureSet = { words: false, affixes: false };

const MAGIC = [0x43, 0x50, 0x4e, 0x45, 0x52, 0x01]; // "CPNER" v1

export interface ModelHeader {
  /** The language the model was trained for ("multi" for the model of every other language). */
  lang: string;
  tags: string[];
  features: FeatureSet;
  /** Weight units per score unit: a feature's score for a tag is its byte over `scale`. */
  scale: number;
  /** Divides scores before the confidence of a mention is worked out (fitted on held-out training data). */
  temperature: number;
  /** What the model was trained on and what it scored: for people, not read by the tagger. */
  about?: Record<string, unknown>;
}

export interface NerModel extends ModelHeader {
  /** Number of features kept. */
  size: number;
  /** int8 weights, `size` rows of `tags.length`. */
  weights: Int8Array;
  /** Row 0: scores of the first tag of a sentence; row a + 1: of tag b after tag a (index (a + 1) * T + b). */
  transitions: Float32Array;
  /** Row of a feature hash in `weights`, or -1 when the model does not know it. */
  table: { row(hash: number): number };
}

export interface ModelParts extends ModelHeader {
  keys: Uint32Array;
  weights: Int8Array;
  transitions: Float32Array;
}

/** An open-addressing table from feature hash to row (hashes are never 0, the empty slot). */
class FeatureTable {
  private slots: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  constructor(keys: Uint32Array) {
    let cap = 1;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
    keys.forEach((k, r) => {
      let i = k & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = k; this.rows[i] = r;
    });
  }
  row(hash: number): number {
    const slots = this.slots, mask = this.mask;
    let i = hash & mask;
    for (;;) {
      const k = slots[i];
      if (k === hash) return this.rows[i]!;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }
}

class Reader {
  view: DataView;
  pos = 0;
  constructor(readonly bytes: Uint8Array) { this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength); }
  need(n: number) { if (this.pos + n > this.bytes.length) throw new Error('NER model: file is cut short'); }
  u32() { this.need(4); const v = this.view.getUint32(this.pos, true); this.pos += 4; return v; }
  take(n: number) { this.need(n); const b = this.bytes.subarray(this.pos, this.pos + n); this.pos += n; return b; }
}

function decodeKeys(bytes: Uint8Array, count: number): Uint32Array {
  const keys = new Uint32Array(count);
  let pos = 0, prev = 0;
  for (let k = 0; k < count; k++) {
    let v = 0, shift = 0, b: number;
    do {
      if (pos >= bytes.length) throw new Error('NER model: feature keys are cut short');
      b = bytes[pos++]!;
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    prev += v;
    keys[k] = prev;
  }
  return keys;
}

/** A model from the bytes of its file. Throws a clear error on a file that is not one. */
export function parseModel(bytes: Uint8Array): NerModel {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('NER model: not a Clearpage model file (or another version)');
  const r = new Reader(bytes);
  r.pos = MAGIC.length;
  const header = JSON.parse(new TextDecoder().decode(r.take(r.u32()))) as ModelHeader;
  const T = header.tags?.length;
  if (T !== NUM_TAGS || header.tags.some((t, i) => t !== TAG_NAMES[i])) throw new Error('NER model: unknown tag set');
  const size = r.u32(), keys = decodeKeys(r.take(r.u32()), size);
  const weights = new Int8Array(r.take(size * T).slice().buffer);
  const transitions = new Float32Array(r.take((T + 1) * T * 4).slice().buffer);
  return { ...header, features: { ...NO_FEATURES, ...header.features }, size, weights, transitions, table: new FeatureTable(keys) };
}

function varints(keys: Uint32Array): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (const k of keys) {
    if (k <= prev && out.length) throw new Error('NER model: keys must be sorted and distinct');
    let v = k - prev;
    prev = k;
    while (v >= 0x80) { out.push((v & 0x7f) | 0x80); v = Math.floor(v / 128); }
    out.push(v);
  }
  return Uint8Array.from(out);
}

/** The bytes of a model file (the training script writes them; same parts, same bytes). */
export function encodeModel(parts: ModelParts): Uint8Array {
  const { keys, weights, transitions, ...header } = parts;
  const json = new TextEncoder().encode(JSON.stringify(header));
  const keyBytes = varints(keys);
  const chunks: Uint8Array[] = [Uint8Array.from(MAGIC)];
  const u32 = (v: number) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, v, true); chunks.push(b); };
  u32(json.length); chunks.push(json);
  u32(keys.length); u32(keyBytes.length); chunks.push(keyBytes);
  chunks.push(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength));
  chunks.push(new Uint8Array(transitions.buffer.slice(transitions.byteOffset, transitions.byteOffset + transitions.byteLength)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let pos = 0;
  for (const c of chunks) { out.set(c, pos); pos += c.length; }
  return out;
}
