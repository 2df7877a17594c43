// The model file: a header (JSON), the kept feature hashes (sorted), one signed byte a feature and tag, and the
// tag-transition scores. Read from bytes the host hands in (lib/ reads no file). The keys are stored as the
// differences between neighbours, as 32-bit integers split into four byte planes (all low bytes, then all second
// bytes…): gzip packs that as tightly as varints, and loading is one flat loop with no per-byte branching. A feature
// is found through an index of where each value of the top 16 bits starts (one pass over the sorted keys), not a
// hash table built at load.
//
// Layout, little-endian:  "CPNER" 0x02 | u32 header length | header JSON (UTF-8) | u32 feature count |
//                         4 × count key-delta bytes (byte planes) | count × tags int8 weights | (tags+1) × tags float32

import { transitionFactors } from './decode';
import { PAD_NEXT, PAD_PREV, type FeatureSet } from './features';
import { NUM_TAGS, TAG_NAMES } from './tags';
import { instantiateCore, instantiateCoreSync, WasmCore } from './wasm-core';

// A flag a model's header does not have was not used when it was trained.
const NO_FEATURES: FeatureSet = { words: false, affixes: false };

const MAGIC = [0x43, 0x50, 0x4e, 0x45, 0x52, 0x02]; // "CPNER" v2

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
  /** The WebAssembly core holding this model (wasm-core.ts), or null: the tagger then runs its JavaScript loops. */
  core: WasmCore | null;
}

export interface ModelParts extends ModelHeader {
  keys: Uint32Array;
  weights: Int8Array;
  transitions: Float32Array;
}

/** Row of a feature hash: the keys are sorted, and `start[v]` is the first key whose top 16 bits are >= v. */
class FeatureTable {
  private start = new Uint32Array(65537);
  constructor(private keys: Uint32Array) {
    // one step a key, the runs of equal entries written by fill (a loop over all 65,537 values cost a cold load more)
    const start = this.start, n = keys.length;
    let v = 0;
    for (let k = 0; k < n; k++) {
      const top = keys[k]! >>> 16;
      if (top >= v) { start.fill(k, v, top + 1); v = top + 1; }
    }
    start.fill(n, v);
  }
  row(hash: number): number {
    const keys = this.keys, top = hash >>> 16, end = this.start[top + 1]!;
    for (let k = this.start[top]!; k < end; k++) {
      const key = keys[k]!;
      if (key === hash) return k;
      if (key > hash) return -1;
    }
    return -1;
  }
}

/** The keys from their byte planes of differences. */
function readKeys(bytes: Uint8Array, count: number): Uint32Array {
  const keys = new Uint32Array(count);
  // the sum kept as a 32-bit integer (| 0; the array stores it unsigned): `>>> 0` let it pass 2^31, and the loop's
  // optimised code was thrown away at the first key that did, and compiled again, on every load
  let key = 0;
  for (let k = 0; k < count; k++) {
    key = (key + (bytes[k]! | (bytes[count + k]! << 8) | (bytes[2 * count + k]! << 16) | (bytes[3 * count + k]! << 24))) | 0;
    keys[k] = key;
  }
  return keys;
}

class Reader {
  view: DataView;
  pos = 0;
  constructor(readonly bytes: Uint8Array) { this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength); }
  need(n: number) { if (this.pos + n > this.bytes.length) throw new Error('NER model: file is cut short'); }
  u32() { this.need(4); const v = this.view.getUint32(this.pos, true); this.pos += 4; return v; }
  take(n: number) { this.need(n); const b = this.bytes.subarray(this.pos, this.pos + n); this.pos += n; return b; }
}

/**
 * A model from the bytes of its file. Throws a clear error on a file that is not one. `core`: an instance of the
 * WebAssembly core to load it into (by default one made synchronously, which a browser page's main thread refuses:
 * use loadModel there), or null for the JavaScript tagger alone.
 */
export function parseModel(bytes: Uint8Array, core: WebAssembly.Instance | null = instantiateCoreSync()): NerModel {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('NER model: not a Clearpage model file (or another version)');
  const r = new Reader(bytes);
  r.pos = MAGIC.length;
  const header = JSON.parse(new TextDecoder().decode(r.take(r.u32()))) as ModelHeader;
  const T = header.tags?.length;
  if (T !== NUM_TAGS || header.tags.some((t, i) => t !== TAG_NAMES[i])) throw new Error('NER model: unknown tag set');
  const size = r.u32(), planes = r.take(size * 4);
  const weights = new Int8Array(r.take(size * T).slice().buffer);
  const transitions = new Float32Array(r.take((T + 1) * T * 4).slice().buffer);
  const features = { ...NO_FEATURES, ...header.features };
  if (core) {
    const c = new WasmCore(core);
    c.load(planes, size, weights, transitions, transitionFactors(transitions, header.temperature), [PAD_PREV, PAD_NEXT]);
    return { ...header, features, size, weights, transitions, table: c, core: c };
  }
  return { ...header, features, size, weights, transitions, table: new FeatureTable(readKeys(planes, size)), core: null };
}

/** parseModel with the WebAssembly core made asynchronously, as a browser page must (null core where refused). */
export async function loadModel(bytes: Uint8Array): Promise<NerModel> {
  return parseModel(bytes, await instantiateCore());
}

function keyBytes(keys: Uint32Array): Uint8Array {
  const n = keys.length, out = new Uint8Array(n * 4);
  keys.forEach((key, k) => {
    if (k > 0 && key <= keys[k - 1]!) throw new Error('NER model: keys must be sorted and distinct');
    const d = (key - (k > 0 ? keys[k - 1]! : 0)) >>> 0;
    for (let p = 0; p < 4; p++) out[p * n + k] = (d >>> (8 * p)) & 0xff;
  });
  return out;
}

/** The bytes of a model file (the training script writes them; same parts, same bytes). */
export function encodeModel(parts: ModelParts): Uint8Array {
  const { keys, weights, transitions, ...header } = parts;
  const json = new TextEncoder().encode(JSON.stringify(header));

  const chunks: Uint8Array[] = [Uint8Array.from(MAGIC)];
  const u32 = (v: number) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, v, true); chunks.push(b); };
  u32(json.length); chunks.push(json);
  u32(keys.length); chunks.push(keyBytes(keys));
  chunks.push(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength));
  chunks.push(new Uint8Array(transitions.buffer.slice(transitions.byteOffset, transitions.byteOffset + transitions.byteLength)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let pos = 0;
  for (const c of chunks) { out.set(c, pos); pos += c.length; }
  return out;
}
