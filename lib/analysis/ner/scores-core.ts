// A document's emission scores summed in the WebAssembly core (wasm-core.ts): what depends on strings (hashes of
// the words and their affixes, the name-character bands of Han and kana) is worked out here, the rest — every
// feature hash, lookup and sum of scores.ts's wordSums and sentenceScores — in the module, to the same integers.

import { affixFeatures, Scratch } from './features';
import { hashString } from './hash';
import type { NerModel } from './model';
import { nameCharBands, nameCharKey } from './name-chars';
import type { CaseCounts, Range, Vocabulary } from './scores';
import type { DocLayout, WasmCore } from './wasm-core';

/** What documentScores worked out about a document's tokens and words. */
export interface DocFacts {
  v: Vocabulary; ids: Int32Array; caps: Uint8Array; initial: Uint8Array; title: Uint8Array; counts: CaseCounts;
  /** The words a scored token reads (the last slot: the padding). */
  needed: Uint8Array;
}

/** Fills the core's arrays for a document and sums its emission rows there; returns where they are. */
export function coreScores(core: WasmCore, model: NerModel, d: DocFacts, sentences: readonly Range[], runs: readonly number[][]): DocLayout {
  const { v, ids } = d, V = v.lower.length, set = model.features;
  let longest = 0;
  for (const s of sentences) longest = Math.max(longest, s.last - s.first);
  const l = core.doc({ tokens: ids.length, words: V, lowers: v.lowers, longest });
  const m = core.i32;
  m.set(ids, l.ids / 4); m.set(d.caps, l.tcap / 4); m.set(d.initial, l.init / 4); m.set(d.title, l.title / 4);
  m.set(d.needed, l.needed / 4);
  m.set(d.counts.count, l.count / 4); m.set(d.counts.capMid, l.capMid / 4); m.set(d.counts.lows, l.lows / 4);
  m.set(v.shapeHash, l.shape / 4); m.set(v.cap, l.cap / 4); m.set(v.lowerId, l.lid / 4); m.set(v.length, l.len / 4);
  const scratch = new Scratch(), chr = l.chr / 4, lh = l.lh / 4, aff = l.aff / 4;
  for (let id = 0; id < V; id++) {
    m[chr + id] = v.charScript[id] ? 1 : 0;
    if (!d.needed[id]) continue;
    m[lh + id] = v.lowerHash[id] = hashString(v.lower[id]!);
    if (!set.affixes) continue;
    scratch.n = 0;
    affixFeatures(scratch, v.lower[id]!);
    m[aff + id * 6] = scratch.n;
    scratch.copyTo(m, aff + id * 6 + 1);
  }
  markScored(m, l.scored / 4, ids.length, sentences, runs);
  nameCharKeys(m, l.nck / 4, model, d, sentences, runs);
  core.wordSums(V, set.words, set.affixes);
  const inv = 1 / model.scale;
  for (const s of sentences) core.sentence(s.first, s.last, V, set.words, inv);
  return l;
}

/** 1 for each token in a run to score. */
function markScored(m: Int32Array, at: number, tokens: number, sentences: readonly Range[], runs: readonly number[][]) {
  m.fill(0, at, at + tokens);
  sentences.forEach((s, k) => {
    const r = runs[k]!;
    for (let j = 0; j < r.length; j += 2) m.fill(1, at + s.first + r[j]!, at + s.first + r[j + 1]!);
  });
}

/** The name-character key (name-chars.ts) of each scored Han or kana token, -1 for the others. */
function nameCharKeys(m: Int32Array, at: number, model: NerModel, d: DocFacts, sentences: readonly Range[], runs: readonly number[][]) {
  m.fill(-1, at, at + d.ids.length);
  const table = model.features.nameChars;
  if (!model.features.words || !table) return;
  const { v, ids } = d;
  sentences.forEach((s, k) => {
    const r = runs[k]!;
    let bands: Uint8Array | null = null;
    for (let j = 0; j < r.length; j += 2) for (let i = r[j]!; i < r[j + 1]!; i++) {
      if (!v.charScript[ids[s.first + i]!]) continue;
      bands ??= nameCharBands(table, Array.from(ids.subarray(s.first, s.last), (x) => v.lower[x]!));
      m[at + s.first + i] = nameCharKey(bands, i);
    }
  });
}
