// Evidence from the whole document about a word, whatever the language: is it written with a capital where a
// capital is not required (away from the start of a sentence and outside title-case headings), or in lower case,
// and how often does it come back. A sentence-initial "The" seen as "the" elsewhere is a common word; "Nokia"
// capitalised mid-sentence five times is a name.

import { Cap, capClass, initialFlags, isTitleLine } from './word-class';

/** Bucket of what the rest of the document says about a word's case (0 nothing … 5). */
const EVIDENCE = { NONE: 0, ALWAYS_CAP: 1, MOSTLY_CAP: 2, MOSTLY_LOWER: 3, ALWAYS_LOWER: 4, UNCASED: 5 } as const;

export class DocStats {
  private capMid = new Map<string, number>();
  private lower = new Map<string, number>();
  private count = new Map<string, number>();

  add(lower: string, cap: number, initial: boolean, titleLine: boolean) {
    this.count.set(lower, (this.count.get(lower) ?? 0) + 1);
    if (cap === Cap.LOWER) this.lower.set(lower, (this.lower.get(lower) ?? 0) + 1);
    else if (countsAsCapMid(cap, initial, titleLine)) this.capMid.set(lower, (this.capMid.get(lower) ?? 0) + 1);
  }

  /** What the other occurrences of the word say about its case (this occurrence left out). */
  evidence(lower: string, cap: number, initial: boolean): number {
    return caseEvidence(this.capMid.get(lower) ?? 0, this.lower.get(lower) ?? 0, cap, initial);
  }

  /** How often the word occurs in the document: 0 once, 1 twice, 2 three or four times, 3 more. */
  repetition(lower: string): number {
    return repetitionBucket(this.count.get(lower) ?? 0);
  }
}

/** Whether a token's case counts toward the word's mid-sentence capitals (`capMid`) in DocStats.add. */
export const countsAsCapMid = (cap: number, initial: boolean, titleLine: boolean): boolean =>
  !initial && !titleLine && (cap === Cap.UPPER || cap === Cap.CAPS || cap === Cap.MIXED);

/**
 * The evidence bucket from a word's counts over the document (`caps` capitalised mid-sentence, `lows` lower-case),
 * this occurrence (`cap`, `initial`) left out.
 */
export function caseEvidence(caps: number, lows: number, cap: number, initial: boolean): number {
  if (cap === Cap.NONE) return EVIDENCE.NONE;
  if (cap === Cap.UNCASED) return EVIDENCE.UNCASED;
  if (cap === Cap.LOWER) lows--;
  else if (!initial) caps--;
  if (caps <= 0 && lows <= 0) return EVIDENCE.NONE;
  if (lows <= 0) return EVIDENCE.ALWAYS_CAP;
  if (caps <= 0) return EVIDENCE.ALWAYS_LOWER;
  return caps >= lows ? EVIDENCE.MOSTLY_CAP : EVIDENCE.MOSTLY_LOWER;
}

/** A count of occurrences as a bucket: 0 once, 1 twice, 2 three or four times, 3 more. */
export const repetitionBucket = (n: number): number => (n <= 1 ? 0 : n === 2 ? 1 : n <= 4 ? 2 : 3);

/** The document's evidence, from its sentences as token strings. */
export function documentStats(doc: readonly (readonly string[])[]): DocStats {
  const stats = new DocStats();
  for (const s of doc) {
    const caps = s.map(capClass), initial = initialFlags(s), titleLine = isTitleLine(caps);
    s.forEach((w, i) => { if (caps[i] !== Cap.NONE) stats.add(w.toLowerCase(), caps[i]!, initial[i]!, titleLine); });
  }
  return stats;
}
