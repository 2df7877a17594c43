// Chinese is written without spaces and tagged a character at a time, so the tagger's span can stop inside a word:
// "李博灏希" of "李博灏希望" (the verb 希望 cut), "昂国立应用科学院" of "里昂国立应用科学院" (the city 里昂 cut).
// The training data is segmented into words: a pair of characters it never parts between two words is one word's,
// and a span's edge between them is wrong. Which way it is mended is what that word was there: a piece of a name
// ("里昂", "史蒂") takes the span over it; a common word whose character rarely ends (begins) a word ("希望") is
// left out of it. The pairs are learnt by scripts/gen-zh-pairs.mjs; nothing here knows a word.

import PAIRS from '../ner/models/zh-pairs.json';
import type { EntitySpan } from '../entities';

const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
/** A name is at least this many characters once its edges are mended (one Han character alone names nothing). */
const MIN_NAME = 2;

type PairSet = 'join' | 'endCut' | 'startCut';
let sets: Record<PairSet, Set<string>> | null = null;

function has(set: PairSet, a: string, b: string): boolean {
  sets ??= { join: pairsOf(PAIRS.join), endCut: pairsOf(PAIRS.endCut), startCut: pairsOf(PAIRS.startCut) };
  return HAN.test(a) && HAN.test(b) && sets[set].has(a + b);
}

/** The pairs of a set, written one after the other. */
function pairsOf(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i += 2) out.add(s.slice(i, i + 2));
  return out;
}

/** The tagger's spans of a Chinese text with edges that cut a word mended (see the top of the file). */
export function wordEdges(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const mended: EntitySpan[] = [];
  for (const e of spans) {
    const m = mendEnd(text, mendStart(text, e));
    if (m.end - m.start >= MIN_NAME || m === e) mended.push(m);
  }
  // (a span grown over a word may now cover its neighbour: one mention)
  mended.sort((a, b) => a.start - b.start || b.end - a.end);
  return mended.filter((e, i) => !mended.slice(0, i).some((x) => x.start < e.end && e.start < x.end));
}

/** The span's start where it cuts a word: before a name's piece, after a common word's last character. */
function mendStart(text: string, e: EntitySpan): EntitySpan {
  const before = text[e.start - 1] ?? '', first = text[e.start] ?? '';
  if (has('join', before, first)) return { ...e, start: e.start - 1 };
  if (has('startCut', before, first)) return { ...e, start: e.start + 1 };
  return e;
}

/** The span's end where it cuts a word: after a name's piece, before a common word's first character. */
function mendEnd(text: string, e: EntitySpan): EntitySpan {
  const last = text[e.end - 1] ?? '', after = text[e.end] ?? '';
  if (has('join', last, after)) return { ...e, end: e.end + 1 };
  if (has('endCut', last, after)) return { ...e, end: e.end - 1 };
  return e;
}
