// A name written only with a genitive ending glued on ("Lateinamerikas", "Barack Obamas Rettungsaktion": the rules'
// `nameEndings`) goes by its base form when the base is evidenced; without evidence the name stays as written
// ("Hans", "Paris", "Vereinigte Staaten" end the same way and are no genitives).

import type { Rules } from '../../rules/languages';
import { countryOrCapital, type Gazetteer } from './countries';
import { kindOf } from './kinds';
import { norm, type PartyRecord, type Registry } from './registry';

/** A base this short is evidenced by the gazetteer or a noun after it alone, never by the text writing it ("Han"). */
const TEXT_STEM = 4;

/** The text writes `stem` on its own somewhere, in the same case, between non-letters, outside another party's
 * mention ("Florida" of "University of Florida" is no place's evidence) and as no compound's part ("Berlin-Marathon");
 * never after a determiner ("dem Akkupack", "im Park": a common noun, which German capitalises too). */
function writtenAlone(reg: Registry, stem: string, rules: Rules): boolean {
  const { text } = reg;
  let alone = false;
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    if (/[\p{L}-]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + stem.length] ?? '')) continue;
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? '';
    if (rules.determiners.has(before) || rules.articleContractions.has(before)) return false;
    alone ||= !reg.mentions.some((m) => m.s <= at && at + stem.length <= m.e && m.e - m.s > stem.length);
  }
  return alone;
}

/** Every mention of a person's full name stands right before a capitalised word that is no name of the text's, as a
 * possessor before its noun ("Barack Obamas Rettungsaktion"). */
function beforeNouns(reg: Registry, p: PartyRecord, rules: Rules): boolean {
  if (p.parts.length < 2 || kindOf(p, rules) !== 'person') return false;
  return p.mentions.every((m) => {
    const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(reg.text.slice(m.e, m.e + 40))?.[1];
    return !!next && !rules.functionWords.has(next.toLowerCase()) && !reg.mentions.some((o) => o.s === m.e + 1) && !reg.find(next);
  });
}

/** The base form of p's name without its genitive ending, when evidenced: the text writes the base elsewhere, the
 * gazetteer knows it (and not the name itself), or a person's full name stands before a noun at every mention. */
export function genitiveBase(reg: Registry, p: PartyRecord, stems: readonly string[], rules: Rules, gaz: Gazetteer): string | undefined {
  const key = norm(p.name);
  if (gaz.names.has(key) || gaz.capitals.has(key)) return undefined;
  return stems.find((s) => (s.length >= TEXT_STEM && writtenAlone(reg, s, rules)) || countryOrCapital(gaz, s))
    ?? (beforeNouns(reg, p, rules) ? stems[stems.length - 1] : undefined);
}
