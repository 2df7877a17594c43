// The tagger's span over the tail of a longer name joined by lower-case links: "Border Protection" of "Customs and
// Border Protection", "Disease Control" of "Centers for Disease Control", "Camp Closure" of "Doctors for Camp
// Closure", "Strategic Competition" of "the House Select Committee on the Strategic Competition Between …". A tail
// names no party of its own: it is either the whole name (the words before it are no name of their own the tagger
// is sure of, nor common words) or nothing (they are a body's name the tagger is sure of, whose longer name the tail
// goes on: the body stays the party). Not where every noun is capitalised: a capital there says nothing of a name
// ("Kontrolle der Hamas"), and nounCore (runs.ts) finds the body in such a run.

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate } from './classify';
import type { Gazetteer } from './countries';
import type { WordUse } from './repeated';
import { isOrgHead, isTitleWord } from './lexicon';
import { norm } from './registry';
import { PARTY_FILTER } from '../weights';

/** At most this many link words between the head and the tail ("on the"). */
const MAX_LINKS = 2;

interface Head { words: Word[]; links: Word[] }

/** A lower-case word that joins parts of one name: a conjunction, a name particle, an organisation's link or article. */
const isLink = (w: Word, rules: Rules) => !w.cap && (rules.conjunctions.has(w.l) || rules.nameParticles.has(w.l) || rules.headLinks.has(w.l) || rules.orgArticles.has(w.l));

/** The capitalised words (and the links after them) right before the tail, in one sentence, one space apart. */
function headOf(t: Candidate, words: readonly Word[], rules: Rules): Head | null {
  let i = t.words[0]!.i - 1;
  if (!t.words[0]!.joined || t.words[0]!.start) return null;
  const links: Word[] = [];
  while (i >= 0 && links.length < MAX_LINKS && isLink(words[i]!, rules) && words[i]!.joined && !words[i]!.stop) links.unshift(words[i--]!);
  if (!links.length) return null;
  const hw: Word[] = [];
  while (i >= 0 && words[i]!.cap && !words[i]!.stop && !words[i]!.poss && (hw.length === 0 || hw[0]!.joined)) {
    hw.unshift(words[i]!);
    if (words[i]!.start) break;
    i--;
  }
  // (an article or a function word opening the sentence is no part of it: "The Centers for …")
  while (hw.length && (rules.determiners.has(hw[0]!.l) || rules.functionWords.has(hw[0]!.l))) hw.shift();
  return hw.length ? { words: hw, links } : null;
}

/** The tail stands on its own: a country or capital, a name ending in a body's head ("Fellow of All Souls College"),
 * or a name the tagger is sure of (a person's unless it guesses). */
function standsAlone(t: Candidate, gaz: Gazetteer, rules: Rules): boolean {
  const key = norm(t.text);
  return gaz.names.has(key) || gaz.capitals.has(key) || (t.confidence ?? 0) >= PARTY_FILTER.taggerConfidence || isOrgHead(t.words[t.words.length - 1]!.t, rules)
    || (t.tag === 'PER' && (t.confidence ?? 0) >= PARTY_FILTER.unsurePerson);
}

/** What becomes of the tail: the whole name, nothing, or itself. */
function verdict(t: Candidate, h: Head, before: readonly Candidate[], text: string, rules: Rules, uses: ReadonlyMap<string, WordUse>): 'whole' | 'drop' | 'keep' {
  const last = h.words[h.words.length - 1]!;
  const sure = before.find((p) => p.tag === 'PER' || (p.confidence ?? 0) >= PARTY_FILTER.taggerConfidence);
  if (sure) {
    // "the House Select Committee on the Strategic Competition": the body's longer name goes on after a link
    const body = sure.tag === 'ORG' && isOrgHead(last.t, rules) && sure.e === last.e;
    return body && !rules.conjunctions.has(h.links[0]!.l) ? 'drop' : 'keep';
  }
  // (a role's portfolio, or a place after a body's head, is its own: "Câmara de Alcobaça" is the town's council)
  if (isTitleWord(last.t, rules) || t.tag === 'LOC') return 'keep';
  // "CRO on the New York Stock Exchange": "on" joins a name only after a body's head
  if (rules.headLinks.has(h.links[0]!.l) && !isOrgHead(last.t, rules)) return 'keep';
  // "Doctors for Camp Closure": a person's tail after a particle and a word the text also writes in lower case names
  // no one; after a name it is left to the tagger ("Fausto de Goethe" is Goethe's), and so over a conjunction ("SLS
  // and Orion": two names)
  if (t.tag === 'PER') return !h.links.some((w) => rules.conjunctions.has(w.l)) && h.words.some((w) => w.acr || (uses.get(w.l)?.lower ?? 0) > 0) ? 'drop' : 'keep';
  // "Lots of AirPower", "Construction for the Los Angeles Coliseum": a word the text also writes in lower case, or
  // capitalises only where a sentence starts, opens no name
  if (h.words.some((w) => (uses.get(w.l)?.lower ?? 0) > 0 || (w.start && (uses.get(w.l)?.capsMid ?? 0) === 0))) return 'keep';
  // "Hamas and Hezbollah" are two names: over a conjunction, only a whole the text writes again is one
  if (h.links.some((w) => rules.conjunctions.has(w.l))) {
    const whole = text.slice(h.words[0]!.s, t.e);
    return text.indexOf(whole) !== text.lastIndexOf(whole) ? 'whole' : 'keep';
  }
  return h.words.some((w) => w.acr) ? 'keep' : 'whole';
}

/** The candidates with each tail made the whole name or left out. In text order, as given. */
export function joinTails(cands: readonly Candidate[], text: string, words: readonly Word[], rules: Rules, gaz: Gazetteer, uses: ReadonlyMap<string, WordUse>): Candidate[] {
  if (rules.nounsCapitalised) return [...cands];
  const out: Candidate[] = [];
  for (const t of cands) {
    const h = headOf(t, words, rules);
    if (!h || standsAlone(t, gaz, rules)) { out.push(t); continue; }
    const hs = h.words[0]!.s;
    let k = out.length;
    while (k > 0 && out[k - 1]!.e > hs) k--;
    const before = out.slice(k);
    // (a candidate that begins before the head, or reaches into the tail, is another reading: left as it is)
    if (before.some((p) => p.s < hs || p.e > t.s)) { out.push(t); continue; }
    const v = verdict(t, h, before, text, rules, uses);
    if (v === 'keep') { out.push(t); continue; }
    if (v === 'drop') continue;
    out.splice(k);
    const ws = [...h.words, ...h.links, ...t.words];
    const pi = ws[0]!.i;
    out.push({ ...t, words: ws, s: hs, text: text.slice(hs, t.e), prevWord: pi > 0 ? words[pi - 1]!.l : '', tagStart: hs, before: undefined });
  }
  return out;
}
