// A span the tagger read over two countries and the lower-case word between them ("the United States via Mexico",
// "Russia through Belarus"): two names. Each part is a country or a capital by the gazetteer and the whole is none,
// so the word between is no part of a name ("Bosnia and Herzegovina" is a country whole and stays one).

import type { Rules } from '../../rules/languages';
import type { EntitySpan } from '../entities';
import { countryOrCapital, gazetteer, type Gazetteer } from './countries';
import { startsLower } from '../letters';

/** The two parts of the span around one lower-case word, when each is a country or a capital; else null. */
function pairParts(text: string, span: EntitySpan, gaz: Gazetteer): [EntitySpan, EntitySpan] | null {
  const name = text.slice(span.start, span.end);
  if (countryOrCapital(gaz, name)) return null;
  const words = [...name.matchAll(/\S+/g)];
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!startsLower(w[0])) continue;
    const left = name.slice(0, words[i - 1]!.index + words[i - 1]![0].length), right = name.slice(words[i + 1]!.index);
    if (!countryOrCapital(gaz, left) || !countryOrCapital(gaz, right)) continue;
    return [
      { ...span, end: span.start + left.length },
      { ...span, start: span.start + words[i + 1]!.index },
    ];
  }
  return null;
}

/** The spans with each one over two countries split into both. */
export function countryPairs(text: string, spans: readonly EntitySpan[], rules: Rules): EntitySpan[] {
  const gaz = gazetteer(rules.lang);
  return spans.flatMap((s) => (s.type === 'LOC' || s.type === 'ORG' ? pairParts(text, s, gaz) : null) ?? [s]);
}
