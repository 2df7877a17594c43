// Features for text whose script has no letter case (Hangul, Arabic, Hebrew, Thai, Devanagari…), whatever the
// language: nothing here reads a word's identity or its capitals, so a model trained on other languages — their
// text seen as if it had no case — can be tried on a script it never saw. What is left is the form of a token
// (letters, digits, punctuation, length, one character a token), its place in the sentence, its script against
// the sentence's, and what the rest of the document says: how often the token and its pairs with its neighbours
// recur, how common it is there (the commonest tokens of a text are its function words), and whether it recurs
// with short endings attached (Korean particles, inflections) or is such a form itself.

import { charInfo, classOf, C } from '../text/chars';
import { feature, feature2, hashString } from './hash';
import type { SentenceFeatures } from './features';

/** Templates of the caseless features (numbers apart from features.ts's, so the two sets never share a hash). */
const K = {
  BIAS: 40, SH: 41, SHP: 42, SHN: 43, SHPW: 44, SHWN: 45, LEN: 46, POS: 47, REP: 48, RANK: 49, RANKP: 50,
  RANKN: 51, SEQP: 52, SEQN: 53, STEM: 54, SCRIPT: 55, REPLEN: 56, RANKPN: 57, SHP2: 58, SHN2: 59, SEQ: 60, CONJ1: 61, CONJ2: 62, CONJ3: 63, CONJ4: 64,
} as const;

/** Endings up to this many characters make a token another's inflected or particle-bearing form. */
const MAX_ENDING = 2;
/** A token shorter than this (in characters) is never taken as the stem of another. */
const MIN_STEM = 2;

/** One letter class for every script: c letter, d digit, the character itself otherwise; runs collapsed. */
export function caselessShape(w: string): string {
  let out = '', last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const cls = classOf(charInfo(w, i));
    const ch = cls === C.LETTER || cls === C.MARK ? 'c' : cls === C.DIGIT ? 'd' : w[i]!;
    if (ch !== last) out += ch;
    last = ch;
  }
  return out;
}

/** The script number of a token's first letter (0: none). */
function scriptNumber(w: string): number {
  for (let i = 0; i < w.length; i++) {
    const info = charInfo(w, i);
    if (classOf(info) === C.LETTER) return info >> 4;
  }
  return 0;
}

const bucket = (n: number): number => (n <= 1 ? 0 : n === 2 ? 1 : n <= 4 ? 2 : 3);

/** What the whole document says about each token (lower-case, so cased text reads as caseless). */
export class CaselessStats {
  readonly count = new Map<string, number>();
  readonly pairs = new Map<string, number>();
  readonly rank = new Map<string, number>();
  /** 1: other tokens of the document extend it by a short ending; 2: it extends another; 3: both. */
  readonly stem = new Map<string, number>();

  constructor(doc: readonly (readonly string[])[]) {
    for (const s of doc) s.forEach((w, i) => {
      const l = w.toLowerCase();
      this.count.set(l, (this.count.get(l) ?? 0) + 1);
      if (i > 0) { const p = `${s[i - 1]!.toLowerCase()}\u0000${l}`; this.pairs.set(p, (this.pairs.get(p) ?? 0) + 1); }
    });
    const byCount = [...this.count].filter(([w]) => scriptNumber(w) > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    byCount.forEach(([w, n], k) => { if (n >= 2) this.rank.set(w, k < 5 ? 1 : k < 15 ? 2 : k < 40 ? 3 : 0); });
    for (const w of this.count.keys()) {
      if (scriptNumber(w) === 0) continue;
      for (let e = 1; e <= MAX_ENDING && w.length - e >= MIN_STEM; e++) {
        const stem = w.slice(0, w.length - e);
        if (!this.count.has(stem)) continue;
        this.stem.set(stem, (this.stem.get(stem) ?? 0) | 1);
        this.stem.set(w, (this.stem.get(w) ?? 0) | 2);
      }
    }
  }

  pair(a: string, b: string): number { return bucket(this.pairs.get(`${a}\u0000${b}`) ?? 0); }
}

/** The script most of a sentence's letters are in (by token). */
function mainScript(scripts: readonly number[]): number {
  const n = new Map<number, number>();
  let best = 0, most = 0;
  for (const s of scripts) if (s) { const c = (n.get(s) ?? 0) + 1; n.set(s, c); if (c > most) { most = c; best = s; } }
  return best;
}

/** The caseless features of every token of one sentence. */
export function caselessSentenceFeatures(words: readonly string[], stats: CaselessStats): SentenceFeatures {
  const n = words.length, lower = words.map((w) => w.toLowerCase());
  const shape = words.map((w) => hashString(caselessShape(w))), scripts = words.map(scriptNumber), main = mainScript(scripts);
  const rank = lower.map((l) => stats.rank.get(l) ?? 0), PAD = 7;
  const out: number[] = [], offsets = new Int32Array(n + 1);
  let seenWord = false;
  for (let i = 0; i < n; i++) {
    const sh = shape[i]!, shP = i > 0 ? shape[i - 1]! : PAD, shN = i + 1 < n ? shape[i + 1]! : PAD + 1;
    const shP2 = i > 1 ? shape[i - 2]! : PAD, shN2 = i + 2 < n ? shape[i + 2]! : PAD + 1;
    const len = Math.min(words[i]!.length, 9), oneChar = words[i]!.length === 1 && scripts[i]! > 0 ? 1 : 0;
    const rep = bucket(stats.count.get(lower[i]!) ?? 0), rk = rank[i]!;
    const rP = i > 0 ? rank[i - 1]! : PAD, rN = i + 1 < n ? rank[i + 1]! : PAD;
    const seqP = i > 0 ? stats.pair(lower[i - 1]!, lower[i]!) : 4, seqN = i + 1 < n ? stats.pair(lower[i]!, lower[i + 1]!) : 4;
    const script = scripts[i] === 0 ? 0 : scripts[i] === main ? 1 : 2;
    const pos = (!seenWord ? 1 : 0) + (i === n - 1 ? 2 : 0);
    if (scripts[i]! > 0 || /\d/.test(words[i]!)) seenWord = true;
    out.push(feature(K.BIAS, 0), feature(K.SH, sh), feature(K.SHP, shP), feature(K.SHN, shN));
    out.push(feature2(K.SHPW, shP, sh), feature2(K.SHWN, sh, shN), feature(K.SHP2, shP2), feature(K.SHN2, shN2));
    out.push(feature(K.LEN, len * 2 + oneChar), feature(K.POS, pos), feature(K.REP, rep), feature(K.RANK, rk));
    out.push(feature(K.RANKP, rP), feature(K.RANKN, rN), feature(K.RANKPN, rP * 8 + rN));
    out.push(feature(K.SEQP, seqP), feature(K.SEQN, seqN), feature(K.SEQ, seqP * 8 + seqN));
    out.push(feature(K.STEM, stats.stem.get(lower[i]!) ?? 0), feature(K.SCRIPT, script * 2 + oneChar));
    out.push(feature(K.REPLEN, (rep * 10 + len) * 4 + rk));
    // conjunctions: a linear model over a few coarse facts needs their combinations to tell a name's profile
    const st = stats.stem.get(lower[i]!) ?? 0, ctx = ((seqP * 5 + seqN) * 8 + rP) * 8 + rN;
    out.push(feature2(K.CONJ1, ctx, (rep * 4 + rk) * 4 + st), feature2(K.CONJ2, sh, (rep * 10 + len) * 4 + st));
    out.push(feature2(K.CONJ3, shP, (rep * 4 + rk) * 8 + pos * 2 + oneChar), feature2(K.CONJ4, shN, (rep * 4 + rk) * 4 + script));
    offsets[i + 1] = out.length;
  }
  return { hashes: Uint32Array.from(out), offsets };
}

/** Caseless features of every sentence of a document. */
export function caselessDocumentFeatures(doc: readonly (readonly string[])[]): SentenceFeatures[] {
  const stats = new CaselessStats(doc);
  return doc.map((s) => caselessSentenceFeatures(s, stats));
}
