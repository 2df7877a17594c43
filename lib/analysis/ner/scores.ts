// Emission scores of a whole document, for tagging: the same sums as `emissions(model, sentenceFeatures(…))`
// (features.ts, which training uses), computed with less work. A word's own features (word, shape, affixes,
// length, repetition) and its features as a neighbour (previous/next word and shape) do not depend on where it
// stands, so each distinct word is hashed and summed once a document — a 1,500-word article has ~600 — and each
// token adds those cached sums plus the few features of its context (word pairs, case in context, position).
// Weights are summed as integers, so the order of the sums cannot change a score.
// Tokens the skip rule leaves out (candidates.ts: plain lower-case runs far from any capital) are not scored: their
// rows hold O alone (0 for O, -Infinity for every other tag), so decoding keeps them O and the probability of a
// mention is taken given that they are O. Words read by no scored token are never summed.
// A model with a WebAssembly core (wasm-core.ts) makes the same sums there (scores-core.ts): the loops below are
// the reference it is tested against, and the path where WebAssembly is refused.

import { isQuiet, leansToName, neededWords, sentenceRuns } from './candidates';
import { affixFeatures, charFeatures, lengthBucket, PAD_NEXT, PAD_PREV, runPosition, Scratch, T as F, type FeatureSet } from './features';
import { nameCharBands, nameCharFeatures, nameCharKey } from './name-chars';
import { caseEvidence, countsAsCapMid, repetitionBucket } from './doc-stats';
import { feature, feature2, hashString } from './hash';
import type { NerModel } from './model';
import { coreScores } from './scores-core';
import type { DocLayout } from './wasm-core';
import { NUM_TAGS as T } from './tags';
import { Cap, isCharScript, isTitleLine, isWordlike, wordForm } from './word-class';

/** The distinct words of a document (by their exact text) and what the features read from each. Per word, in typed
 * arrays as long as the document has tokens (no more words than that), cut to the words met by `seal`: ten growing
 * arrays of numbers cost a page's tagging more than its hashing. */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  private lowerIds = new Map<string, number>();
  lower: string[] = [];
  lowerId: Int32Array; lowerHash: Uint32Array; shapeHash: Uint32Array; cap: Uint8Array; length: Int32Array;
  wordlike: Uint8Array;
  /** Han or kana without case: tagged with character n-grams. */
  charScript: Uint8Array;
  /** 1: the word alone says nothing for a name near it (candidates.ts). */
  quiet: Uint8Array;
  lowers = 0;

  constructor(tokens: number) {
    this.lowerId = new Int32Array(tokens); this.lowerHash = new Uint32Array(tokens); this.shapeHash = new Uint32Array(tokens);
    this.cap = new Uint8Array(tokens); this.length = new Int32Array(tokens); this.wordlike = new Uint8Array(tokens);
    this.charScript = new Uint8Array(tokens); this.quiet = new Uint8Array(tokens);
  }

  id(w: string): number {
    let id = this.ids.get(w);
    if (id !== undefined) return id;
    this.ids.set(w, id = this.lower.length);
    const lower = w.toLowerCase();
    let lid = this.lowerIds.get(lower);
    if (lid === undefined) this.lowerIds.set(lower, lid = this.lowers++);
    this.lower.push(lower); this.lowerId[id] = lid; // lowerHash: hashed by wordSums, for the words it sums
    const form = wordForm(w), cap = form % 8;
    this.shapeHash[id] = (form - cap) / 8; this.cap[id] = cap; this.length[id] = w.length;
    this.wordlike[id] = cap === Cap.NONE || cap === Cap.UNCASED ? +isWordlike(w) : 1; // a cased letter is a letter
    this.charScript[id] = +(cap === Cap.UNCASED && isCharScript(lower));
    this.quiet[id] = isQuiet(w, cap) ? 1 : 0;
    return id;
  }

  /** Cut the arrays to the words met (the core copies them whole). */
  seal() {
    const n = this.lower.length;
    this.lowerId = this.lowerId.subarray(0, n); this.lowerHash = this.lowerHash.subarray(0, n); this.shapeHash = this.shapeHash.subarray(0, n);
    this.cap = this.cap.subarray(0, n); this.length = this.length.subarray(0, n); this.wordlike = this.wordlike.subarray(0, n);
    this.charScript = this.charScript.subarray(0, n); this.quiet = this.quiet.subarray(0, n);
  }
}

// The features with few possible values — bias, case and sentence start, place in a run of capitals, last token,
// title line, the document's case evidence — summed once per model for each combination met (a few hundred).
// The name-character features of a Han or kana token (name-chars.ts) likewise, by their key (nameCharKey).
const POSITION = new WeakMap<NerModel, Map<number, Int32Array>>(), NAME_CHARS = new WeakMap<NerModel, Map<number, Int32Array>>();

function positionCache(model: NerModel, caches: WeakMap<NerModel, Map<number, Int32Array>>): Map<number, Int32Array> {
  let cache = caches.get(model);
  if (!cache) caches.set(model, cache = new Map());
  return cache;
}

function nameCharSum(model: NerModel, cache: Map<number, Int32Array>, key: number): Int32Array {
  let sum = cache.get(key);
  if (sum) return sum;
  const scratch = new Scratch();
  nameCharFeatures(scratch, key);
  const keys = scratch.take();
  addFeatures(sum = new Int32Array(T), model, keys, new Int32Array(keys.length), keys.length);
  cache.set(key, sum);
  return sum;
}

function positionSum(model: NerModel, cache: Map<number, Int32Array>, cap: number, init: number, run: number, last: number, title: number, evidence: number): Int32Array {
  const key = ((((((cap * 2 + init) * 32 + run) * 2 + last) * 2 + title) * 8) + evidence);
  let sum = cache.get(key);
  if (sum) return sum;
  sum = new Int32Array(T);
  const pairs = [F.BIAS, 0, F.CAP, cap * 2 + init, F.RUN, run, F.LAST, last, F.TITLE, title * 16 + cap, F.DOC, evidence * 8 + cap];
  const keys = new Uint32Array(pairs.length / 2);
  for (let k = 0; k < pairs.length; k += 2) keys[k / 2] = feature(pairs[k]!, pairs[k + 1]!);
  addFeatures(sum, model, keys, new Int32Array(keys.length), keys.length);
  cache.set(key, sum);
  return sum;
}

/**
 * Adds the weights of features `keys[0..n)` (by hash) to `sum` at offsets `dest[0..n)`. Every feature lookup of the
 * tagger goes through this one loop: the optimising compiler, which inlines what a hot function calls, then
 * compiles one lookup a function instead of one a feature (its time, not the lookups', is most of a cold page's).
 */
function addFeatures(sum: Int32Array, model: NerModel, keys: Uint32Array, dest: Int32Array, n: number) {
  const w = model.weights, table = model.table;
  for (let j = 0; j < n; j++) {
    const r = table.row(keys[j]!);
    if (r < 0) continue;
    const wr = r * T, at = dest[j]!;
    for (let t = 0; t < T; t++) sum[at + t]! += w[wr + t]!;
  }
}

// Per distinct word: 5 sums of T weights — own features, as the previous, the next, the second previous and
// the second next word.
const OWN = 0, AS_PREV = 1, AS_NEXT = 2, AS_PREV2 = 3, AS_NEXT2 = 4, PARTS = 5;

/** Feature hashes and where each one's weights go: filled for one word (or token), then added in one call. */
class Keys {
  keys = new Uint32Array(32);
  dest = new Int32Array(32);
  n = 0;
  put(at: number, hash: number) { this.keys[this.n] = hash; this.dest[this.n++] = at; }
}

function wordSums(model: NerModel, v: Vocabulary, count: Int32Array, set: FeatureSet, needed: Uint8Array): Int32Array {
  const n = v.lower.length, sums = new Int32Array((n + 1) * PARTS * T), scratch = new Scratch(), ks = new Keys();
  for (let id = 0; id <= n; id++) {
    if (!needed[id]) continue;
    const at = (part: number) => (id * PARTS + part) * T;
    ks.n = 0;
    if (id === n) { // padding beyond the sentence's ends
      ks.put(at(AS_PREV), feature(F.SHP, PAD_PREV)); ks.put(at(AS_NEXT), feature(F.SHN, PAD_NEXT));
      if (set.words) { ks.put(at(AS_PREV), feature(F.WP, PAD_PREV)); ks.put(at(AS_NEXT), feature(F.WN, PAD_NEXT)); ks.put(at(AS_PREV2), feature(F.WP2, PAD_PREV)); ks.put(at(AS_NEXT2), feature(F.WN2, PAD_NEXT)); }
      addFeatures(sums, model, ks.keys, ks.dest, ks.n);
      break;
    }
    const sh = v.shapeHash[id]!, h = v.lowerHash[id] = hashString(v.lower[id]!), cap = v.cap[id]!;
    const rep = cap === Cap.NONE ? 0 : repetitionBucket(count[v.lowerId[id]!]!);
    ks.put(at(OWN), feature(F.SH, sh)); ks.put(at(OWN), feature(F.LEN, lengthBucket(v.length[id]!) * 8 + cap));
    ks.put(at(OWN), feature(F.REP, rep * 8 + cap));
    ks.put(at(AS_PREV), feature(F.SHP, sh)); ks.put(at(AS_NEXT), feature(F.SHN, sh));
    if (set.words) {
      ks.put(at(OWN), feature(F.W, h));
      ks.put(at(AS_PREV), feature(F.WP, h)); ks.put(at(AS_NEXT), feature(F.WN, h)); ks.put(at(AS_PREV2), feature(F.WP2, h)); ks.put(at(AS_NEXT2), feature(F.WN2, h));
    }
    if (set.affixes) {
      scratch.n = 0;
      affixFeatures(scratch, v.lower[id]!);
      for (let k = 0; k < scratch.n; k++) ks.put(at(OWN), scratch.at(k));
    }
    addFeatures(sums, model, ks.keys, ks.dest, ks.n);
  }
  return sums;
}

/** Case counts of each distinct lower-case word over the document (as DocStats counts them). */
export interface CaseCounts { count: Int32Array; lows: Int32Array; capMid: Int32Array }

function caseCounts(v: Vocabulary, ids: Int32Array, sentences: readonly Range[], initial: Uint8Array, title: Uint8Array): CaseCounts {
  const c = { count: new Int32Array(v.lowers), lows: new Int32Array(v.lowers), capMid: new Int32Array(v.lowers) };
  for (const s of sentences) for (let k = s.first; k < s.last; k++) {
    const id = ids[k]!, cap = v.cap[id]!, l = v.lowerId[id]!;
    if (cap === Cap.NONE) continue;
    c.count[l]!++;
    if (cap === Cap.LOWER) c.lows[l]!++;
    else if (countsAsCapMid(cap, initial[k] === 1, title[k] === 1)) c.capMid[l]!++;
  }
  return c;
}

/** A sentence as token indices [first, last) into the document's tokens. */
export interface Range { first: number; last: number }

/** A quiet word the model learnt as a name (its own weights favour a name tag) is an anchor after all. */
function lexicalAnchors(model: NerModel, v: Vocabulary) {
  for (let id = 0; id < v.lower.length; id++) {
    if (v.quiet[id] === 1 && v.cap[id] !== Cap.NONE && leansToName(model, v.lowerHash[id] = hashString(v.lower[id]!))) v.quiet[id] = 0;
  }
}

/** Options of documentScores. */
export interface ScoreOptions {
  /** Score every token (default: the tokens the skip rule keeps, candidates.ts). */
  everyToken?: boolean;
  /** Leave the rows in the model's WebAssembly core, for the tagger to decode there. */
  inCore?: boolean;
}

/** A document's scores: each sentence's emission rows, and the runs of its tokens that were scored. */
export interface DocumentScores {
  emit: Float64Array[];
  /** Per sentence, [start, end) pairs relative to its first token, in order, at least one skipped token apart. */
  runs: number[][];
  /** With `inCore`, on a model with a WebAssembly core: where the rows are in its memory (`emit` is then empty). */
  layout?: DocLayout;
}

/**
 * Emission scores of every sentence of a document (`words`: the text of every token; `sentences`: token ranges),
 * equal to `emissions(model, sentenceFeatures(sentence words, documentStats(doc), model.features))` for each
 * scored token; a skipped token's row allows O alone. A model with a WebAssembly core sums there (the same sums).
 */
export function documentScores(model: NerModel, words: readonly string[], sentences: readonly Range[], opt: ScoreOptions = {}): DocumentScores {
  const N = words.length, v = new Vocabulary(N), ids = new Int32Array(N), caps = new Uint8Array(N), quiet = new Uint8Array(N);
  const initial = new Uint8Array(N), title = new Uint8Array(N);
  for (let k = 0; k < N; k++) ids[k] = v.id(words[k]!);
  v.seal();
  if (opt.everyToken !== true) lexicalAnchors(model, v);
  for (let k = 0; k < N; k++) { const id = ids[k]!; caps[k] = v.cap[id]!; quiet[k] = v.quiet[id]!; }
  for (const s of sentences) {
    let seen = false;
    for (let k = s.first; k < s.last; k++) { initial[k] = seen ? 0 : 1; if (v.wordlike[ids[k]!]) seen = true; }
    if (isTitleLine(caps.subarray(s.first, s.last))) title.fill(1, s.first, s.last);
  }
  const counts = caseCounts(v, ids, sentences, initial, title);
  const runs = sentenceRuns(sentences, quiet, opt.everyToken === true), pad = v.lower.length;
  const needed = neededWords(ids, sentences, runs, pad), core = model.core;
  if (core) {
    const layout = coreScores(core, model, { v, ids, caps, initial, title, counts, needed }, sentences, runs), at = layout.emit / 8;
    return opt.inCore ? { emit: [], runs, layout } : { emit: sentences.map((s) => core.f64.slice(at + s.first * T, at + s.last * T)), runs };
  }
  const sums = wordSums(model, v, counts.count, model.features, needed);
  const ctx: Context = { model, v, ids, caps, initial, title, counts, sums, pad, positions: positionCache(model, POSITION), nameChars: positionCache(model, NAME_CHARS) };
  return { emit: sentences.map((s, k) => sentenceScores(ctx, s.first, s.last, runs[k]!)), runs };
}

interface Context {
  model: NerModel; v: Vocabulary; ids: Int32Array; caps: Uint8Array; initial: Uint8Array; title: Uint8Array;
  counts: CaseCounts; sums: Int32Array; pad: number; positions: Map<number, Int32Array>; nameChars: Map<number, Int32Array>;
}

// The features of a token over two values (its shape or word with a neighbour's, a neighbour's word with its case),
// in the order sentenceScores fills their values (shape pairs first; the word pairs only with word features).
const PAIR_TEMPLATES = [F.SHPW, F.SHWN, F.WPW, F.WWN, F.WPCAP, F.WNCAP];

/**
 * Scores of the sentence of tokens [first, last) of the document: for the tokens of `runs` (pairs relative to
 * `first`), cached word sums plus the features of each token's context; O alone for the others.
 */
function sentenceScores(c: Context, first: number, last: number, runs: readonly number[]): Float64Array {
  const { model, v, ids, sums, pad } = c, n = last - first, set = model.features;
  const out = new Float64Array(n * T), sum = new Int32Array(T), inv = 1 / model.scale, caps = c.caps.subarray(first, last);
  const title = n > 0 && c.title[first] === 1, cached = new Int32Array(6), ks = new Keys(), pair = new Uint32Array(12);
  let hs: Uint32Array | null = null; // lower-case hashes of the sentence, for Han and kana n-grams
  let bands: Uint8Array | null = null; // name-character bands of the sentence (name-chars.ts)
  const scratch = new Scratch();
  holdAtO(out, runs, n);
  for (let r = 0; r < runs.length; r += 2) for (let i = runs[r]!; i < runs[r + 1]!; i++) {
    const k = first + i, id = ids[k]!, cap = v.cap[id]!, init = c.initial[k]!;
    const prev = i > 0 ? ids[k - 1]! : pad, next = i + 1 < n ? ids[k + 1]! : pad;
    cached[0] = (id * PARTS + OWN) * T; cached[1] = (prev * PARTS + AS_PREV) * T; cached[2] = (next * PARTS + AS_NEXT) * T;
    cached[3] = ((i > 1 ? ids[k - 2]! : pad) * PARTS + AS_PREV2) * T; cached[4] = ((i + 2 < n ? ids[k + 2]! : pad) * PARTS + AS_NEXT2) * T;
    sum.fill(0);
    for (let j = 0; j < 5; j++) { const at = cached[j]!; for (let t = 0; t < T; t++) sum[t]! += sums[at + t]!; }
    const l = v.lowerId[id]!, evidence = caseEvidence(c.counts.capMid[l]!, c.counts.lows[l]!, cap, init === 1);
    const place = positionSum(model, c.positions, cap, init, runPosition(caps, i) + 1, i === n - 1 ? 1 : 0, title ? 1 : 0, evidence);
    for (let t = 0; t < T; t++) sum[t]! += place[t]!;
    const sh = v.shapeHash[id]!, shP = i > 0 ? v.shapeHash[prev]! : PAD_PREV, shN = i + 1 < n ? v.shapeHash[next]! : PAD_NEXT;
    pair[0] = shP; pair[1] = sh; pair[2] = sh; pair[3] = shN;
    let pairs = 2;
    const h = v.lowerHash[id]!, p = i > 0 ? v.lowerHash[prev]! : PAD_PREV, nx = i + 1 < n ? v.lowerHash[next]! : PAD_NEXT;
    if (set.words) {
      pair[4] = p; pair[5] = h; pair[6] = h; pair[7] = nx; pair[8] = p; pair[9] = cap; pair[10] = nx; pair[11] = cap;
      pairs = 6;
    }
    ks.n = 0;
    for (let j = 0; j < pairs; j++) ks.put(0, feature2(PAIR_TEMPLATES[j]!, pair[2 * j]!, pair[2 * j + 1]!));
    if (set.words) {
      if (v.charScript[id]) {
        hs ??= Uint32Array.from(ids.subarray(first, last), (x) => v.lowerHash[x]!);
        scratch.n = 0;
        charFeatures(scratch, hs, i, p, nx);
        for (let j = 0; j < scratch.n; j++) ks.put(0, scratch.at(j));
      }
    }
    addFeatures(sum, model, ks.keys, ks.dest, ks.n);
    if (set.words && set.nameChars && v.charScript[id]) {
      bands ??= nameCharBands(set.nameChars, Array.from(ids.subarray(first, last), (x) => v.lower[x]!));
      const chars = nameCharSum(model, c.nameChars, nameCharKey(bands, i));
      for (let t = 0; t < T; t++) sum[t]! += chars[t]!;
    }
    for (let t = 0; t < T; t++) out[i * T + t] = sum[t]! * inv;
  }
  return out;
}

/** Every row outside the runs allows O alone (0 for O, -Infinity for the other tags). */
function holdAtO(out: Float64Array, runs: readonly number[], n: number) {
  let from = 0;
  for (let r = 0; r <= runs.length; r += 2) {
    const to = r < runs.length ? runs[r]! : n;
    if (to > from) { out.fill(-Infinity, from * T, to * T); for (let i = from; i < to; i++) out[i * T] = 0; }
    from = r < runs.length ? runs[r + 1]! : n;
  }
}
