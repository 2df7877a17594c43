// "du Village Augustin" (PER) + "Tran" + "Van Chau" (PER): a person's long name the tagger read as two people around
// a word it left out, the first piece opened by the place's head before the name.

import type { Rules } from '../../rules/languages';
import type { EntitySpan } from '../entities';
import { isOrgHead, isTitleWord, roleOf } from './lexicon';
import { countryOrCapital, gazetteer } from './countries';

/** One or two capitalised words alone between two spans, one space apart each. */
const GAP = /^ (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) $/u;

/** A word that names no part of a person: a place's or a body's head, a title or a role, a country, a capital, a
 * word of no name. */
function notPersonWord(w: string, rules: Rules): boolean {
  const l = w.toLowerCase(), gaz = gazetteer(rules.lang);
  return rules.placeHeads.has(l) || isOrgHead(w, rules) || isTitleWord(w, rules) || !!roleOf(l, rules) || rules.notNames.has(l) || countryOrCapital(gaz, w);
}

/** A name of three words or more after a head word opening the span ("Village"): the span from the name on, the
 * tagger's chance of a word before it nil (widen.ts then leaves the head out); else the span as it is. */
function withoutHead(e: EntitySpan, text: string, rules: Rules): EntitySpan {
  const ws = text.slice(e.start, e.end).split(' ');
  if (ws.length < 4 || (!rules.placeHeads.has(ws[0]!.toLowerCase()) && !isOrgHead(ws[0]!, rules))) return e;
  return ws.slice(1).some((w) => notPersonWord(w, rules)) ? e : { ...e, start: e.start + ws[0]!.length + 1, before: 0 };
}

/** Two person's spans with one or two capitalised words between them that the tagger left out, and that name no place,
 * body or country: one person's name, of the words of all three (a head word opening it left out). */
export function gappedNames(text: string, spans: readonly EntitySpan[], rules: Rules): EntitySpan[] {
  // (where every noun is capitalised, a word between two names is mostly a noun: "Kardinal Robert Prevost Papst Leo XIV.")
  if (rules.nounsCapitalised) return [...spans];
  const out: EntitySpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!, b = spans[i + 1];
    const gap = b && a.type === 'PER' && b.type === 'PER' ? GAP.exec(text.slice(a.end, b.start)) : null;
    if (!gap || gap[1]!.split(' ').some((w) => notPersonWord(w, rules)) || !/^\p{Lu}/u.test(text.slice(b!.start, b!.end))) { out.push(a); continue; }
    out.push(withoutHead({ ...a, end: b!.end, score: Math.min(a.score, b!.score) }, text, rules));
    i++;
  }
  return out;
}
