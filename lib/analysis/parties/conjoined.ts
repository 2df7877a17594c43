// Two names a tagger span joins with a conjunction ("Israel y Palestina", "Nigeria y Palestina") or a possessive
// ("the National Weather Service’s Storm Prediction Center", the latter named alone too) are two parties; an owner
// named alone owns no part of its name ("Kohberger’s DNA" is Kohberger's), and a person's name ends before a linking
// word of organisations' names ("Ethan Chapin of Conway").
// A name particle that is also a conjunction stays inside a name ("Ortega y Gasset"): a span is split only when
// each side is a name by other evidence, the gazetteer's or the tagger's (the side tagged alone elsewhere).

import type { Rules } from '../../rules/languages';
import common from '../../rules/common';
import type { Candidate } from './classify';
import type { Gazetteer } from './countries';
import { norm } from './registry';
import { isOrgHead } from './lexicon';
import type { WordUse } from './repeated';

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

/** The side of a span as a candidate of its own. */
function side(c: Candidate, ws: Candidate['words'], text: string, prevWord: string): Candidate {
  const s = ws[0]!.s, e = ws[ws.length - 1]!.e;
  return { ...c, words: ws, s, e, text: text.slice(s, e), prevWord };
}

/**
 * "Mayer’s mettle": what a possessive owns in lower case is a thing of the owner's, no name, and the span goes (its
 * owner kept as a mention would be read as a sentence's subject); unless the thing is a body, by its head or by the
 * text writing it elsewhere as a name ("India’s embassy", then "The Embassy says").
 */
function ownsCommonNoun(c: Candidate, rules: Rules, uses: ReadonlyMap<string, WordUse>): boolean {
  const p = c.words.findIndex((w, i) => w.poss && i < c.words.length - 1);
  const thing = p >= 0 ? c.words.slice(p + 1) : [];
  if (!thing.length || thing.some((w) => w.cap || w.acr)) return false;
  return !thing.some((w) => isOrgHead(w.t, rules) || rules.placeHeads.has(w.l) || (uses.get(w.l)?.capsMid ?? 0) > 0);
}

/**
 * "the National Weather Service’s Storm Prediction Center", then "the Storm Prediction Center": a span holding a
 * possessive whose owned part the tagger finds alone elsewhere names two parties, the owner and the owned. An owner
 * the text names alone ("Bryan Kohberger’s Pullman", "Salesforce's Dreamforce") is the party, the owned part a
 * thing of its, unless a head makes it a body or a place ("Russia’s Defense Ministry" stays whole). The span's type
 * was the owned thing's: the owner goes untyped ("Kohberger’s DNA", ORG).
 */
function splitPossessive(c: Candidate, text: string, alone: ReadonlySet<string>, rules: Rules, uses: ReadonlyMap<string, WordUse>): Candidate[] {
  if (ownsCommonNoun(c, rules, uses)) return [];
  const k = c.words.findIndex((w, i) => w.poss && i < c.words.length - 1 && c.words[i + 1]!.cap);
  if (k < 0) return [c];
  const owned = c.words.slice(k + 1), owner = c.words.slice(0, k + 1);
  const ownedName = side(c, owned, text, owner[k]!.l), ownerName = side(c, owner, text, c.prevWord);
  if (alone.has(norm(ownedName.text))) return [ownerName, ownedName];
  // (named alone, or a surname of a name named alone: "Kohberger’s DNA" after "Bryan Kohberger")
  const lastWords = (n: string) => [...alone].some((a) => a.endsWith(' ' + n));
  if (!alone.has(norm(ownerName.text)) && !(owner.length === 1 && lastWords(norm(ownerName.text)))) return [c];
  // (an owned body stays the owner's: "Russia’s Defense Ministry" is not Ukraine's)
  if (owned.some((w) => isOrgHead(w.t, rules) || rules.placeHeads.has(w.l))) return [c];
  return [{ ...ownerName, tag: undefined, confidence: undefined, before: undefined, tagStart: undefined }];
}

/** Particles of people's names in any language ("von der", "bin", "de la"). */
const PERSON_PARTICLES = new Set(common.nameParticles!.split(/\s+/));

/**
 * "Ethan Chapin of Conway": a person's span that goes on after a full name with a lower-case word that joins the
 * words of organisations' names (rules.nameParticles: "of", "for") but no person's ("de", "von": common.ts) names
 * the person by its words before it; the words after (a home town) are not the person's.
 */
function cutPerson(c: Candidate, rules: Rules): Candidate[] {
  if (c.tag !== 'PER') return [c];
  const k = c.words.findIndex((w, i) => i >= 2 && !w.cap && rules.nameParticles.has(w.l) && !PERSON_PARTICLES.has(w.l) && !rules.conjunctions.has(w.l));
  if (k < 0 || !c.words[k + 1]?.cap || !c.words.slice(0, k).every((w) => w.cap)) return [c];
  const ws = c.words.slice(0, k);
  return [{ ...c, words: ws, e: ws[k - 1]!.e, text: c.text.slice(0, ws[k - 1]!.e - c.s) }];
}

/** The tagger's candidates with conjoined names, and possessives joining two names, split. */
export function splitConjoined(cands: readonly Candidate[], text: string, rules: Rules, gaz: Gazetteer, uses: ReadonlyMap<string, WordUse>): Candidate[] {
  const alone = new Set(cands.filter((c) => !c.words.some((w) => (!w.cap && rules.conjunctions.has(w.l)) || w.poss)).map((c) => norm(c.text)));
  return cands.flatMap((c) => split(c, text, rules, gaz, alone)).flatMap((c) => splitPossessive(c, text, alone, rules, uses)).flatMap((c) => cutPerson(c, rules));
}
