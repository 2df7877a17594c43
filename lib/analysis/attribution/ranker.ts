// The learnt speaker ranker: after the rule cascade has read every quotation, each quotation's candidates
// (candidates.ts: the cascade's answer, the parties named around it, recent speakers, nobody) are scored with a
// handful of learnt weights and the best one speaks. The weights (ranker-weights.json) are made by
// scripts/train-speakers.mjs from PolNeAR's training split (gold sources); no word or name is a feature, so what
// was learnt is where speakers stand, in any language. Where the cascade's answer scores best nothing changes.

import WEIGHTS from './ranker-weights.json';
import { candidates, FEATURES, STRONG, type Candidate, type Context, type Seen } from './candidates';
import { isBodyMention } from './bodies';
import type { Attributed } from './index';
import type { Doc, Site } from './site';
import type { Speakers } from './speakers';
import { isScareQuote } from '../quotes';

/** Weights by feature name (a feature without a weight weighs 0). */
export interface RankerWeights { about?: string; weights: Record<string, number> }

export const DEFAULT_RANKER: RankerWeights = WEIGHTS;

/** One quotation's candidates as the ranker saw them (for training and for looking at its choices). */
export interface RankTrace { qi: number; cascade: Attributed; cands: Candidate[]; chosen: number }

export function weightVector(r: RankerWeights): Float64Array {
  const known = new Set<string>(FEATURES);
  for (const k of Object.keys(r.weights)) if (!known.has(k)) throw new Error(`speaker ranker: unknown feature ${k}`);
  return Float64Array.from(FEATURES, (f) => r.weights[f] ?? 0);
}

export function score(w: Float64Array, c: Candidate): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]! * c.x[i]!;
  return s;
}

/** The best candidate; a tie goes to the cascade's answer. */
export function best(w: Float64Array, cands: Candidate[]): number {
  let bi = cands.findIndex((c) => c.cascade), bs = bi >= 0 ? score(w, cands[bi]!) : -Infinity;
  cands.forEach((c, i) => { const s = score(w, c); if (s > bs) { bs = s; bi = i; } });
  return Math.max(0, bi);
}

/**
 * Ranks the candidates of every quotation the cascade has read (`skip`: quotations that are part of an attribution,
 * never a speaker's words) and returns the answers, features read from the cascade's answers only.
 */
export function rankSpeakers(doc: Doc, book: Speakers, out: readonly Attributed[], sites: readonly Site[], skip: ReadonlySet<number>,
  ranker: RankerWeights | null, trace?: (t: RankTrace) => void): Attributed[] {
  const w = ranker ? weightVector(ranker) : null;
  let maxMentions = 1;
  for (const p of doc.reg.live()) maxMentions = Math.max(maxMentions, p.mentions.length);
  const seen = new Map<number, Seen>();
  const note = (res: Attributed) => {
    if (res.who === null) return;
    const id = book.id(res.who), s = seen.get(id);
    seen.set(id, { count: (s?.count ?? 0) + 1, para: res.q.para, mention: res.mention ?? book.name(res.who) });
  };
  return out.map((res, qi) => {
    if (qi > 0) note(out[qi - 1]!);
    // (the passive's subject was spoken to, "Trump was asked, “…”": the person nearby is the one the cascade ruled out;
    // a thing's words, "a sign that read “…”", are nobody's)
    // (nor is reported speech's speaker, read from the verb mood of a language the training text does not have)
    if (skip.has(qi) || (!w && !trace) || res.how === 'before-passive' || res.how === 'thing' || (res.how === 'reported' && res.who !== null && w)) return res;
    const c: Context = { doc, book, out, qi, st: sites[qi]!, maxMentions, seen };
    const cands = candidates(c, res);
    const chosen = w ? best(w, cands) : cands.findIndex((x) => x.cascade);
    trace?.({ qi, cascade: res, cands, chosen });
    const pick = cands[chosen];
    if (!w || !pick || pick.cascade) return res;
    // the ranker says who spoke, not what is a quotation: a short or title-like one without a speaker is dropped
    // from the list, so it keeps the cascade's speaker rather than vanish
    if (pick.nobody && (doc.titleLike[qi] || isScareQuote(sites[qi]!.inner))) return res;
    // words a verb gives to a body with no party ("rapporte le ministère") are no nearby person's
    if (pick.who !== null && book.kind(pick.who) === 'person' && res.who === null && STRONG.test(res.how) && isBodyMention(doc, res.mention)) return res;
    return { ...res, who: pick.who, mention: pick.mention, how: pick.nobody ? 'ranker-none' : 'ranker' };
  });
}
