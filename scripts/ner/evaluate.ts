// Scoring a model on tagged documents it never saw, three ways:
// - tokens: the corpus's own tokens tagged (the model alone, exact typed spans);
// - text: each sentence's text (the corpus's "# text" or its tokens joined as prose) scanned by our scanner and
//   tagged, mentions compared with the gold spans by character offsets (the model plus our tokenisation, as the
//   product runs it);
// - surfaces: as ../shared/eval/ner.mjs counts parties: prose sentences eight to a text, typed surface sets
//   (lower-case) per text, PER/ORG/LOC only, MISC neutral — every mention passed through as a party.
// PER, ORG and LOC are scored; MISC is neutral (not every corpus tags it).
import { documentStats, sentenceFeatures } from '../../lib/analysis/ner/features';
import { viterbi } from '../../lib/analysis/ner/decode';
import type { NerModel } from '../../lib/analysis/ner/model';
import { emissions, tagText } from '../../lib/analysis/ner/tagger';
import { isBegin, isInside, typeOfTag } from '../../lib/analysis/ner/tags';
import type { TaggedDoc, TaggedSentence } from './corpus';

/** Options every text-level evaluation tags with (set by the experiment runner). */
export const TAG_OPTIONS: { consistent?: boolean } = {};

export const SCORED = ['PER', 'ORG', 'LOC'] as const;
export interface Counts { tp: number; fp: number; fn: number }
export type Score = Record<'all' | (typeof SCORED)[number], Counts>;

const empty = (): Score => ({ all: { tp: 0, fp: 0, fn: 0 }, PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } });
export const f1 = (c: Counts) => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
export const precision = (c: Counts) => (c.tp ? c.tp / (c.tp + c.fp) : 0);
export const recall = (c: Counts) => (c.tp ? c.tp / (c.tp + c.fn) : 0);

/** Typed spans "type|a|b" of a tag sequence (token indices). */
function spans(tags: ArrayLike<number>): { type: string; a: number; b: number }[] {
  const out: { type: string; a: number; b: number }[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!isBegin(tags[i]!)) continue;
    let j = i + 1;
    while (j < tags.length && isInside(tags[j]!) && tags[j] === tags[i]! + 1) j++;
    out.push({ type: typeOfTag(tags[i]!), a: i, b: j });
    i = j - 1;
  }
  return out;
}

function count(score: Score, gold: Set<string>, pred: Set<string>, neutral: Set<string> = new Set()) {
  const typeOf = (k: string) => k.slice(0, k.indexOf('|')) as (typeof SCORED)[number];
  const scored = (k: string) => (SCORED as readonly string[]).includes(typeOf(k));
  for (const k of pred) {
    if (!scored(k) || neutral.has(k.slice(k.indexOf('|') + 1))) continue;
    const hit = gold.has(k) ? 'tp' : 'fp';
    score.all[hit]++; score[typeOf(k)][hit]++;
  }
  for (const k of gold) if (scored(k) && !pred.has(k)) { score.all.fn++; score[typeOf(k)].fn++; }
}

export function evaluateTokens(model: NerModel, docs: readonly TaggedDoc[]): Score {
  const score = empty();
  for (const doc of docs) {
    const stats = documentStats(doc.map((s) => s.words));
    for (const s of doc) {
      const pred = viterbi(emissions(model, sentenceFeatures(s.words, stats, model.features)), model.transitions, s.words.length);
      const key = (x: { type: string; a: number; b: number }) => `${x.type}|${x.a}|${x.b}`;
      count(score, new Set(spans(s.tags).map(key)), new Set(spans(pred).map(key)));
    }
  }
  return score;
}

const detok = (ts: string[]) => ts.join(' ').replace(/ ([,.;:!?%)»”])/g, '$1').replace(/([($«“]) /g, '$1').replace(/ (n't|'s)\b/g, '$1');

/** The sentence's text and each token's character offsets in it (-1 where a token cannot be found). */
export function aligned(s: TaggedSentence): { text: string; at: number[] } {
  const text = s.text ?? detok(s.words);
  let cursor = 0;
  const at = s.words.map((w) => {
    const k = text.indexOf(w, cursor);
    if (k < 0 || k - cursor > 20) return -1;
    cursor = k + w.length;
    return k;
  });
  return { text, at };
}

/** Gold mentions of a sentence as typed character spans (offset by `base`), with their surface text. */
export function goldSpans(s: TaggedSentence, base: number) {
  const { text, at } = aligned(s);
  return spans(s.tags).filter((x) => at[x.a]! >= 0 && at[x.b - 1]! >= 0).map((x) => {
    const a = at[x.a]!, b = at[x.b - 1]! + s.words[x.b - 1]!.length;
    return { type: x.type, start: base + a, end: base + b, surface: text.slice(a, b) };
  });
}

export function evaluateText(model: NerModel, docs: readonly TaggedDoc[], minScore = 0): Score {
  const score = empty();
  for (const doc of docs) {
    let text = '';
    const gold = new Set<string>();
    for (const s of doc) {
      if (text) text += '\n\n';
      for (const g of goldSpans(s, text.length)) gold.add(`${g.type}|${g.start}|${g.end}`);
      text += aligned(s).text;
    }
    const pred = new Set(tagText(model, text, TAG_OPTIONS).filter((m) => m.score >= minScore).map((m) => `${m.type}|${m.start}|${m.end}`));
    count(score, gold, pred);
  }
  return score;
}

/** The shared scorer's choice of sentences: 8+ tokens, mostly lower-case words (or Han), few numbers. */
export function isProse(s: TaggedSentence): boolean {
  const words = s.words.filter((t) => /\p{L}/u.test(t)), cjk = s.words.some((t) => /\p{sc=Han}/u.test(t));
  const lower = words.filter((t) => /^\p{Ll}/u.test(t)).length, nums = s.words.filter((t) => /\d/.test(t)).length;
  return s.words.length >= 8 && (cjk || lower / Math.max(1, words.length) > 0.4) && nums / s.words.length < 0.3;
}

export function evaluateSurfaces(model: NerModel, docs: readonly TaggedDoc[], minScore = 0): Score {
  const score = empty(), prose = docs.flat().filter(isProse);
  const key = (type: string, s: string) => `${type}|${s.toLowerCase().replace(/\s+/g, ' ').trim()}`;
  for (let i = 0; i < prose.length; i += 8) {
    const group = prose.slice(i, i + 8), gold = new Set<string>(), neutral = new Set<string>();
    let text = '';
    for (const s of group) {
      if (text) text += '\n\n';
      for (const g of goldSpans(s, text.length)) {
        if (g.type === 'MISC') neutral.add(g.surface.toLowerCase().replace(/\s+/g, ' ').trim()); else gold.add(key(g.type, g.surface));
      }
      text += aligned(s).text;
    }
    const pred = new Set(tagText(model, text, TAG_OPTIONS).filter((m) => m.score >= minScore).map((m) => key(m.type, m.text)));
    count(score, gold, pred, neutral);
  }
  return score;
}

export function formatScore(s: Score): string {
  const f = (c: Counts) => `${f1(c).toFixed(3)}`;
  return `F1 ${f(s.all)} (P ${precision(s.all).toFixed(3)} R ${recall(s.all).toFixed(3)}; PER ${f(s.PER)} ORG ${f(s.ORG)} LOC ${f(s.LOC)})`;
}

/** Precision and recall of the mentions kept at each probability threshold (text mode): how to filter by score. */
export function thresholds(model: NerModel, docs: readonly TaggedDoc[], cuts = [0, 0.5, 0.7, 0.9]): string {
  return cuts.map((c) => {
    const s = evaluateText(model, docs, c).all;
    return `≥${c}: P ${precision(s).toFixed(2)} R ${recall(s).toFixed(2)}`;
  }).join(', ');
}
