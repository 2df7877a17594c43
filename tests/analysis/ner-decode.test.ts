// The tagger's decoding against brute force on short random sentences: Viterbi returns the best tag sequence the
// BIO constraints allow, and a mention's probability is the share of all allowed sequences that hold exactly that
// mention (forward–backward read as a linear-chain CRF). The loops are written for cold speed (no index tables);
// these checks say they still compute what they claim.
import { describe, expect, it } from 'vitest';
import { Lattice, transitionFactors, viterbi } from '../../lib/analysis/ner/decode';
import { allowed, isInside, NUM_TAGS as T } from '../../lib/analysis/ner/tags';

let seed = 11;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);

/** Every allowed tag sequence of n tokens with its score. */
function sequences(n: number, emit: Float64Array, trans: Float32Array): { tags: number[]; score: number }[] {
  let out: { tags: number[]; score: number }[] = [{ tags: [], score: 0 }];
  for (let i = 0; i < n; i++) {
    const next: typeof out = [];
    for (const s of out) for (let b = 0; b < T; b++) {
      const a = i === 0 ? -1 : s.tags[i - 1]!;
      if (!allowed(a, b)) continue;
      next.push({ tags: [...s.tags, b], score: s.score + trans[(a + 1) * T + b]! + emit[i * T + b]! });
    }
    out = next;
  }
  return out;
}

function randomSentence(n: number) {
  const emit = Float64Array.from({ length: n * T }, () => (rnd() - 0.6) * 6);
  const trans = Float32Array.from({ length: (T + 1) * T }, () => (rnd() - 0.5) * 4);
  return { emit, trans };
}

describe('decoding a sentence', () => {
  it('Viterbi finds the best sequence the BIO constraints allow', () => {
    for (let it = 0; it < 40; it++) {
      const n = 1 + (it % 4), { emit, trans } = randomSentence(n);
      const best = sequences(n, emit, trans).reduce((x, y) => (y.score > x.score ? y : x));
      expect([...viterbi(emit, trans, n)]).toEqual(best.tags);
    }
  });

  it('gives a mention the probability of the sequences that hold exactly it', () => {
    const temperature = 1.5;
    for (let it = 0; it < 20; it++) {
      const n = 2 + (it % 3), { emit, trans } = randomSentence(n);
      const all = sequences(n, emit, trans), z = all.reduce((s, x) => s + Math.exp(x.score / temperature), 0);
      const lattice = new Lattice(emit, transitionFactors(trans, temperature), n, temperature);
      for (const begin of [1, 3, 5, 7]) for (let first = 0; first < n; first++) for (let last = first + 1; last <= n; last++) {
        // tokens first..last-1 are begin, begin + 1, … and the token after (if any) does not continue the mention
        const holds = (tags: number[]) => tags[first] === begin && tags.slice(first + 1, last).every((t) => t === begin + 1)
          && (last === n || tags[last] !== begin + 1);
        const p = all.filter((x) => holds(x.tags)).reduce((s, x) => s + Math.exp(x.score / temperature), 0) / z;
        expect(lattice.spanProbability(first, last, begin)).toBeCloseTo(p, 9);
        // backward sums from the span's end on only: the same probability, to the bit
        const from = new Lattice(emit, transitionFactors(trans, temperature), n, temperature, last);
        expect(from.spanProbability(first, last, begin)).toBe(lattice.spanProbability(first, last, begin));
      }
    }
  });

  it('never puts an inside tag where its type was not begun', () => {
    for (let it = 0; it < 20; it++) {
      const n = 6, { emit, trans } = randomSentence(n);
      for (let i = 0; i < n; i++) for (const t of [2, 4, 6, 8]) emit[i * T + t] = 5; // inside tags look best everywhere
      const tags = viterbi(emit, trans, n);
      tags.forEach((t, i) => { if (isInside(t)) expect(i > 0 && (tags[i - 1] === t || tags[i - 1] === t - 1)).toBe(true); });
    }
  });
});
