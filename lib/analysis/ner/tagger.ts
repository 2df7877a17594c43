// Tagging a scanned text: features of every sentence (with the document's evidence), scores from the model,
// Viterbi for the tags, and each mention with its character offsets, type and probability.

import { scan, type ScannedText } from '../text';
import { Lattice, transitionFactors, viterbi } from './decode';
import type { SentenceFeatures } from './features';
import { documentScores } from './scores';
import type { NerModel } from './model';
import { harmoniseTypes } from './consistency';
import { copyRepeats } from './repeats';
import type { DocLayout } from './wasm-core';
import { isBegin, isInside, NUM_TAGS as T, typeOfTag, type EntityType } from './tags';
import { letterRunEnd } from '../text/props';

export interface Mention {
  /** Character offsets into the text (end exclusive). */
  start: number;
  end: number;
  /** The text's own characters from start to end. */
  text: string;
  type: EntityType;
  /** The model's probability that this exact span is a mention of this type (0–1): rank and filter by it. */
  score: number;
  /** The model's probability that the mention begins one token earlier, that token part of the name (0 at a sentence's
   * start): whether a word before the span that looks like a name's belongs to it ("Gul" before "Mohammad Shinwari")
   * or not (a title, a genitive, an acronym: "Finansminister Elisabeth Svantesson"). */
  before: number;
  /** Tokens `first` to `last` (exclusive) of the scanned text. */
  first: number;
  last: number;
  /** Index of the sentence. */
  sentence: number;
}

/** Scores of every tag for each token's features. */
export function emissions(model: NerModel, feats: SentenceFeatures): Float64Array {
  const { hashes, offsets } = feats, n = offsets.length - 1;
  const out = new Float64Array(n * T), sum = new Int32Array(T), w = model.weights, inv = 1 / model.scale, table = model.table;
  for (let i = 0; i < n; i++) {
    sum.fill(0);
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const r = table.row(hashes[k]!);
      if (r < 0) continue;
      const wr = r * T;
      for (let t = 0; t < T; t++) sum[t]! += w[wr + t]!;
    }
    for (let t = 0; t < T; t++) out[i * T + t] = sum[t]! * inv;
  }
  return out;
}

/** A clitic token ('s, ’re, ʼd: `/^['’ʼ]\p{L}{1,2}$/u`), read without compiling that pattern on a cold page. */
export const isClitic = (t: string) => (t[0] === "'" || t[0] === '’' || t[0] === 'ʼ') && t.length > 1 && letterRunEnd(t, 1) === t.length && [...t].length <= 3;

const FACTORS = new WeakMap<NerModel, Float64Array>();
function factorsOf(model: NerModel): Float64Array {
  let f = FACTORS.get(model);
  if (!f) FACTORS.set(model, f = transitionFactors(model.transitions, model.temperature));
  return f;
}

/** The best tags of a stretch of tokens and the probability of a span given them (decode.ts, or the core's). */
interface Stretch {
  tags: ArrayLike<number>;
  /** The lattice, made on first use: `from` is the first token a span asked about may end at. */
  lattice(from: number): (first: number, last: number, begin: number) => number;
}

function jsStretch(model: NerModel, emit: Float64Array, n: number): Stretch {
  return {
    tags: viterbi(emit, model.transitions, n),
    lattice: (from) => { const l = new Lattice(emit, factorsOf(model), n, model.temperature, from); return (a, b, t) => l.spanProbability(a, b, t); },
  };
}

function coreStretch(model: NerModel, layout: DocLayout, first: number, n: number): Stretch {
  const core = model.core!;
  core.viterbi(layout, first, n);
  return {
    tags: core.i32.slice(layout.tags / 4, layout.tags / 4 + n),
    lattice: (from) => { core.lattice(layout, first, n, model.temperature, from); return (a, b, t) => core.span(a, b, t); },
  };
}

/**
 * Mentions of a stretch of a sentence (`n` tokens from token `first`, the `k`th sentence; its ends either the
 * sentence's or held at O) from its best tags, with their probabilities.
 */
function stretchMentions(s: ScannedText, first: number, n: number, k: number, st: Stretch): Mention[] {
  const out: Mention[] = [], tags = st.tags;
  let span: ((first: number, last: number, begin: number) => number) | null = null;
  for (let i = 0; i < n; i++) {
    if (!isBegin(tags[i]!)) continue;
    let j = i + 1;
    while (j < n && isInside(tags[j]!) && tags[j] === tags[i]! + 1) j++;
    // mentions come in order: none ends before this first one, and no backward sum before its end is read
    span ??= st.lattice(j);
    const score = span(i, j, tags[i]!);
    const before = i > 0 ? span(i - 1, j, tags[i]!) : 0;
    // a clitic is never part of a name (Hamas|'s): the mention ends before it
    let e = j;
    while (e > i + 1 && isClitic(s.tokens[first + e - 1]!.text)) e--;
    const a = first + i, last = first + e, start = s.tokens[a]!.start, end = s.tokens[last - 1]!.end;
    out.push({ start, end, text: s.text.slice(start, end), type: typeOfTag(tags[i]!), score, before, first: a, last, sentence: k });
    i = j - 1;
  }
  return out;
}

export interface TagOptions {
  /** Give every mention of the same words one type, the document's majority (default true). */
  consistent?: boolean;
  /**
   * Score every token (default false: runs of plain lower-case words far from any capital are held at O unscored,
   * see candidates.ts; a mention's probability is then the probability given that they are O).
   */
  everyToken?: boolean;
}

/** The entity mentions of a scanned text, in text order. */
export function tagScanned(model: NerModel, s: ScannedText, opt: TagOptions = {}): Mention[] {
  const scores = documentScores(model, s.tokens.map((t) => t.text), s.sentences, { everyToken: opt.everyToken, inCore: true });
  const out: Mention[] = [], layout = scores.layout;
  s.sentences.forEach((seg, k) => {
    const runs = scores.runs[k]!, n = seg.last - seg.first;
    // each run is decoded alone, with the skipped token on either side (held at O) to carry the transitions
    for (let r = 0; r < runs.length; r += 2) {
      const a = Math.max(0, runs[r]! - 1), b = Math.min(n, runs[r + 1]! + 1), first = seg.first + a;
      const st = layout ? coreStretch(model, layout, first, b - a) : jsStretch(model, scores.emit[k]!.subarray(a * T, b * T), b - a);
      out.push(...stretchMentions(s, first, b - a, k, st));
    }
  });
  return opt.consistent === false ? out : harmoniseTypes(copyRepeats(out, s));
}

/** The entity mentions of a text (scanned here; pass a ScannedText to tagScanned to share one scan). */
export function tagText(model: NerModel, text: string, opt: TagOptions = {}): Mention[] {
  return tagScanned(model, scan(text), opt);
}
