// The tagger's numeric core in WebAssembly (wasm/*.wat; why: see table.wat's head): one instance per model, holding
// the model's feature table and weights and, per document, the arrays the scoring and decoding loops read. This file
// lays out the memory and moves numbers in and out; the loops are in the module. Where WebAssembly is missing or
// refused (a page's CSP without 'wasm-unsafe-eval'), `coreFor` gives null and the tagger runs its JavaScript loops:
// the same tags and scores, slower on a cold page.

import { CORE_WASM_BASE64 } from './wasm/core-bytes';

interface Exports {
  mem: WebAssembly.Memory;
  init(count: number, planes: number, keys: number, w: number, trans: number, sum: number, padPrev: number, padNext: number): void;
  row(hash: number): number;
  setDoc(...pointers: number[]): void;
  wordSums(pad: number, words: number, affixes: number): void;
  sentence(first: number, last: number, pad: number, words: number, inv: number): void;
  viterbi(emit: number, n: number, tags: number, score: number, back: number): void;
  setLattice(fac: number, e: number, alpha: number, beta: number, scale: number): void;
  shift(emit: number, n: number, temperature: number): void;
  sums(from: number): void;
  span(first: number, last: number, begin: number): number;
}

const T = 9, START_BYTES = 65537 * 4, PAGE = 65536;

let compiled: WebAssembly.Module | null | undefined;

function wasmBytes(): Uint8Array<ArrayBuffer> {
  const s = atob(CORE_WASM_BASE64), out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The compiled module, compiled synchronously once (Node; a worker), or null where WebAssembly is unavailable. */
function moduleSync(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try { compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(wasmBytes()) : null; } catch { compiled = null; }
  }
  return compiled;
}

/**
 * An instance of the core, made asynchronously (a browser page's main thread refuses to compile or instantiate
 * synchronously a module over 4 KB), or null where WebAssembly is unavailable or refused.
 */
export async function instantiateCore(): Promise<WebAssembly.Instance | null> {
  try {
    if (typeof WebAssembly !== 'object') return null;
    compiled ??= await WebAssembly.compile(wasmBytes());
    return await WebAssembly.instantiate(compiled);
  } catch { return null; }
}

/** A synchronous instance, or null (no WebAssembly, a refusal, or `off`). */
export function instantiateCoreSync(): WebAssembly.Instance | null {
  const m = moduleSync();
  if (!m) return null;
  try { return new WebAssembly.Instance(m); } catch { return null; }
}

/** Sizes of one document's arrays (tokens, distinct words, distinct lower-case words, longest decoded stretch). */
export interface DocSizes { tokens: number; words: number; lowers: number; longest: number }

/** Byte offsets of one document's arrays in the core's memory (i32 arrays unless marked f64). */
export interface DocLayout {
  ids: number; tcap: number; init: number; title: number; nck: number; scored: number;
  shape: number; lh: number; cap: number; chr: number; lid: number; len: number; needed: number; aff: number; sums: number;
  count: number; capMid: number; lows: number;
  /** f64 emission rows, 9 a token. */
  emit: number;
  tags: number; score: number; back: number; le: number; alpha: number; beta: number; scale: number;
}

export class WasmCore {
  private x: Exports;
  private base = 0;
  private fac = 0;
  /** i32 and f64 views of the memory, renewed when it grows. */
  i32!: Int32Array;
  f64!: Float64Array;

  constructor(instance: WebAssembly.Instance) { this.x = instance.exports as unknown as Exports; this.views(); }

  private views() { this.i32 = new Int32Array(this.x.mem.buffer); this.f64 = new Float64Array(this.x.mem.buffer); }

  private reserve(bytes: number) {
    const have = this.x.mem.buffer.byteLength;
    if (bytes > have) { this.x.mem.grow(Math.ceil((bytes - have) / PAGE)); this.views(); }
  }

  /** Loads a model: its keys' byte planes (model.ts), int8 weights, transitions and their exp factors. */
  load(planes: Uint8Array, count: number, weights: Int8Array, transitions: Float32Array, factors: Float64Array, pads: [number, number]) {
    const keys = START_BYTES, w = keys + count * 4, trans = align(w + count * T), fac = trans + (T + 1) * T * 8;
    const sum = fac + (T + 1) * T * 8, base = sum + 64;
    this.reserve(base + planes.length);
    new Uint8Array(this.x.mem.buffer).set(planes, base);
    new Int8Array(this.x.mem.buffer).set(weights, w);
    this.f64.set(transitions, trans / 8);
    this.f64.set(factors, fac / 8);
    this.x.init(count, base, keys, w, trans, sum, pads[0], pads[1]);
    this.base = base; this.fac = fac;
  }

  row(hash: number): number { return this.x.row(hash); }

  /** Lays out a document's arrays (zeroing the sums), and tells the module where they are. */
  doc(s: DocSizes): DocLayout {
    let at = this.base;
    const take = (n: number, bytes = 4) => { const p = align(at); at = p + n * bytes; return p; };
    const N = s.tokens + 4, V = s.words + 1, L = s.longest + 2;
    const l: DocLayout = {
      ids: take(N) + 8, tcap: take(N), init: take(N), title: take(N), nck: take(N), scored: take(N),
      shape: take(V), lh: take(V), cap: take(V), chr: take(V), lid: take(V), len: take(V), needed: take(V), aff: take(V * 6),
      sums: take(V * 5 * T), count: take(s.lowers), capMid: take(s.lowers), lows: take(s.lowers), emit: take(N * T, 8),
      tags: take(L), score: take(L * T, 8), back: take(L * T), le: take(L * T, 8), alpha: take(L * T, 8), beta: take(L * T, 8), scale: take(L, 8),
    };
    this.reserve(at);
    this.i32.fill(0, l.sums / 4, (l.sums / 4) + V * 5 * T);
    this.x.setDoc(l.ids, l.tcap, l.init, l.title, l.nck, l.scored, l.shape, l.lh, l.cap, l.chr, l.lid, l.len, l.count, l.capMid, l.lows, l.needed, l.aff, l.sums, l.emit);
    this.x.setLattice(this.fac, l.le, l.alpha, l.beta, l.scale);
    return l;
  }

  wordSums(pad: number, words: boolean, affixes: boolean) { this.x.wordSums(pad, words ? 1 : 0, affixes ? 1 : 0); }
  sentence(first: number, last: number, pad: number, words: boolean, inv: number) { this.x.sentence(first, last, pad, words ? 1 : 0, inv); }

  /** Best tags of the n tokens from token `first` (into `l.tags`; read them from `i32` at l.tags / 4). */
  viterbi(l: DocLayout, first: number, n: number) { this.x.viterbi(l.emit + first * T * 8, n, l.tags, l.score, l.back); }

  /** The forward-backward lattice of n tokens from token `first`, backward sums from token `from` on. */
  lattice(l: DocLayout, first: number, n: number, temperature: number, from: number) {
    this.x.shift(l.emit + first * T * 8, n, temperature);
    // the exponentials here, by Math.exp: the module has no exp, and its own would not be the same to the bit
    const f = this.f64, a = l.le / 8, b = a + n * T;
    for (let k = a; k < b; k++) f[k] = Math.exp(f[k]!);
    this.x.sums(from);
  }

  /** Probability that tokens [first, last) of the last lattice are one mention tagged begin, begin + 1, … */
  span(first: number, last: number, begin: number): number { return this.x.span(first, last, begin); }
}

const align = (n: number) => (n + 7) & ~7;
