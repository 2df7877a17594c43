// Two names a tagger span joins with a conjunction ("Israel y Palestina", "Nigeria y Palestina") or a possessive
// ("the National Weather Service’s Storm Prediction Center", the latter named alone too) are two parties.
// A name particle that is also a conjunction stays inside a name ("Ortega y Gasset"): a span is split only when
// each side is a name by other evidence, the gazetteer's or the tagger's (the side tagged alone elsewhere).

import type { Rules } from '../../rules/languages';
import type { Candidate } from './classify';
import type { Gazetteer } from './countries';
import { norm } from './registry';

/** Is this side of the span a name of its own: a country or capital, or a span the tagger found alone? */
const known = (side: string, gaz: Gazetteer, alone: ReadonlySet<string>) => {
  const k = norm(side);
  return gaz.names.has(k) || gaz.capitals.has(k) || alone.has(k);
};

/** The candidate cut at one lower-case conjunction into two, when both sides are known names; else as it is. */
function split(c: Candidate, text: string, rules: Rules, gaz: Gazetteer, alone: ReadonlySet<string>): Candidate[] {
  const k = c.words.findIndex((w, i) => i > 0 && i < c.words.length - 1 && !w.cap && rules.conjunctions.has(w.l));
  if (k < 0) return [c];
  const left = c.words.slice(0, k), right = c.words.slice(k + 1);
  const side = (ws: typeof left) => text.slice(ws[0]!.s, ws[ws.length - 1]!.e);
  if (!known(side(left), gaz, alone) || !known(side(right), gaz, alone)) return [c];
  const part = (ws: typeof left, prevWord: string): Candidate => ({ ...c, words: ws, s: ws[0]!.s, e: ws[ws.length - 1]!.e, text: side(ws), prevWord });
  return [part(left, c.prevWord), part(right, c.words[k]!.l)];
}

/**
 * "the National Weather Service’s Storm Prediction Center", then "the Storm Prediction Center": a span holding a
 * possessive whose owned part the tagger finds alone elsewhere names two parties, the owner and the owned.
 */
function splitPossessive(c: Candidate, text: string, alone: ReadonlySet<string>): Candidate[] {
  const k = c.words.findIndex((w, i) => w.poss && i < c.words.length - 1 && c.words[i + 1]!.cap);
  if (k < 0) return [c];
  const owned = c.words.slice(k + 1), s = owned[0]!.s;
  if (!alone.has(norm(text.slice(s, c.e)))) return [c];
  const owner = c.words.slice(0, k + 1);
  return [{ ...c, words: owner, e: owner[k]!.e, text: text.slice(c.s, owner[k]!.e) }, { ...c, words: owned, s, text: text.slice(s, c.e), prevWord: owner[k]!.l }];
}

/** The tagger's candidates with conjoined names, and possessives joining two names, split. */
export function splitConjoined(cands: readonly Candidate[], text: string, rules: Rules, gaz: Gazetteer): Candidate[] {
  const alone = new Set(cands.filter((c) => !c.words.some((w) => (!w.cap && rules.conjunctions.has(w.l)) || w.poss)).map((c) => norm(c.text)));
  return cands.flatMap((c) => split(c, text, rules, gaz, alone)).flatMap((c) => splitPossessive(c, text, alone));
}
