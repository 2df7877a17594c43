// One word the tagger left alone that the text's own forms show to be a name: repeated, never in lower case, and
// written as names are and common nouns are not. A tagger may miss every mention of a story's central actor ("Samsung",
// eleven times, in a German text whose tagger reads none of them), and where every noun is capitalised a repeated
// capital says nothing: the forms must. Structure, not word lists: a name takes a genitive ending or a possessive
// and opens hyphened compounds ("Samsungs", "Samsung-Geräte"), but is never the head of a compound ("Landgericht"
// makes "Gericht" a noun), never takes a plural or another ending ("Patente", "Patentklage"), and never follows an
// article or an article and an adjective ("des europäischen Patents").

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { WordUse } from './repeated';
import { REPEATED_NAME } from '../weights';
import { isOrgHead, isTitleWord } from './lexicon';
import { countryOrCapital, type Gazetteer } from './countries';

/** A name's word this short is as often an abbreviation or a noun's stem as a name. */
const MIN_LETTERS = 4;
const NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/** After an article, an article contraction, or an article and an adjective: a common noun's place. */
function afterArticle(w: Word, words: readonly Word[], rules: Rules): boolean {
  const art = (x: Word | undefined) => !!x && (rules.determiners.has(x.l) || rules.articleContractions.has(x.l));
  const prev = words[w.i - 1];
  if (art(prev)) return true;
  // (the adjective of any case: "im Weissen Haus")
  return !!prev && rules.adjectiveEndings.some((a) => prev.l.endsWith(a)) && art(words[w.i - 2]);
}

/** Written with no capitalised word joined on either side ("kann Samsung dem Gericht"): no part of a longer name. */
function standsAlone(w: Word, words: readonly Word[]): boolean {
  const prev = words[w.i - 1], next = words[w.i + 1];
  return !(w.joined && prev?.cap && !w.start) && !(next?.joined && next.cap);
}

/** What the other words of the text say of `form`: +1 a name's form of it, -1 a common noun's, 0 nothing. */
function formEvidence(form: string, x: Word, rules: Rules): number {
  const l = form.toLowerCase();
  if (x.l === l) return x.poss ? 1 : 0;
  if (x.l.startsWith(l)) {
    const rest = x.t.slice(form.length);
    if (opensCompound(form, x)) return 1;
    return x.t.startsWith(form) && rules.nameEndings.includes(rest) ? 1 : -1;
  }
  // the head of a compound ("Landgericht"), not a hyphened part ("Datang-Gericht" leaves "Gericht" open)
  return x.l.length > l.length && x.l.endsWith(l) && x.l[x.l.length - l.length - 1] !== '-' ? -1 : 0;
}

/** "Vorlan-Geräte": the form opens a hyphened compound. */
const opensCompound = (form: string, x: Word): boolean => x.t.startsWith(form) && /^-\p{L}/u.test(x.t.slice(form.length));

/** Whether a word of this lower-case form is one the lists say is no name (function words, titles, heads, nouns
 * for groups of people), or one the gazetteer names already (a country or a capital has its own paths). */
function listedWord(l: string, rules: Rules, gaz: Gazetteer): boolean {
  return rules.functionWords.has(l) || rules.notNames.has(l) || rules.dateHeads.has(l) || rules.notAlone.has(l)
    || rules.clauseWords.has(l) || rules.placeHeads.has(l) || rules.groups.has(l) || isTitleWord(l, rules)
    || isOrgHead(l, rules) || countryOrCapital(gaz, l);
}

/** Is the text's use of the form that of a repeated proper noun (repeated.ts's counts)? */
function repeatedUse(u: WordUse | undefined, rules: Rules): boolean {
  if (!u || u.lower > 0 || (!rules.nounsCapitalised && u.inName > 0)) return false;
  return u.capsMid >= REPEATED_NAME.midSentence && u.capsMid + u.capsStart >= REPEATED_NAME.mentions;
}

/**
 * The lower-case forms of the one-word names the text shows by their forms: repeated as a proper noun (never in
 * lower case, mid-sentence several times), never after an article, with at least one name's form (a genitive,
 * a possessive, a hyphened compound it opens) and no common noun's form.
 */
export function formNames(words: readonly Word[], rules: Rules, uses: ReadonlyMap<string, WordUse>, gaz: Gazetteer): Set<string> {
  const forms = new Map<string, Word[]>();
  for (const w of words) {
    if (!w.cap || w.acr || w.t.length < MIN_LETTERS || !NAME_SHAPE.test(w.t)) continue;
    const list = forms.get(w.t) ?? [];
    list.push(w);
    forms.set(w.t, list);
  }
  const out = new Set<string>();
  for (const [form, bare] of forms) {
    const l = form.toLowerCase();
    if (listedWord(l, rules, gaz) || !repeatedUse(uses.get(l), rules) || bare.some((w) => afterArticle(w, words, rules))) continue;
    if (bare.filter((w) => standsAlone(w, words)).length < REPEATED_NAME.midSentence) continue;
    let named = false, noun = false;
    for (const x of words) {
      const ev = formEvidence(form, x, rules);
      // (an article before a hyphened compound is its head's: "eines Vorlan-Akkus" says nothing against the name)
      if (ev > 0 && afterArticle(x, words, rules) && !opensCompound(form, x)) noun = true;
      else if (ev > 0) named = true;
      else if (ev < 0) noun = true;
      if (noun) break;
    }
    if (named && !noun) out.add(l);
  }
  return out;
}
