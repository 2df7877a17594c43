// "A spokesperson who did not wish to be named said …. “…,” the spokesperson said.", "Even when a police officer
// first called, Heidnik shrugged … the officer recalled": a definite noun that an indefinite one of the same word
// introduced shortly before stands for that unnamed person, not for whoever spoke or was named last.

import { insideQuote, type Doc } from './site';

/** Words after an indefinite article that may stand before its noun ("a police officer", "ein junger Polizist"). */
const INTRO_GAP = 2;
const WORD = /[\p{L}\p{N}-]+/gu;

/** An indefinite "<a> [up to INTRO_GAP words] <noun>" outside quotations within `window` characters before `pos`. */
export function introducedUnnamed(doc: Doc, pos: number, noun: string, window: number): boolean {
  const from = Math.max(0, pos - window);
  const words = [...doc.text.slice(from, pos).toLowerCase().matchAll(WORD)];
  for (let i = 0; i < words.length - 1; i++) {
    if (!doc.rules.indefinites.has(words[i]![0]) || insideQuote(doc, from + words[i]!.index)) continue;
    for (let k = i + 1; k <= Math.min(words.length - 1, i + 1 + INTRO_GAP); k++) if (words[k]![0] === noun || words[k]![0].endsWith(noun)) return true;
  }
  return false;
}
