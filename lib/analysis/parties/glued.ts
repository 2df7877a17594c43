// Common nouns glued to a name where every noun is capitalised (German): the tagger's person span "Avivs Leichnam"
// (Aviv's body), "ihren Mann Aviv" (her husband Aviv), the run "Teile Österreichs" (parts of Austria). Capitals say
// nothing there; the text's own evidence does: a name written elsewhere without the case ending is the name, a
// word after an article is a common noun, a genitive name after a noun is governed by it.

import type { Rules } from '../../rules/languages';
import type { Candidate } from './classify';
import { countryOrCapital, type Gazetteer } from './countries';
import type { Word } from './words';
import type { WordUse } from './repeated';
import { caseStems } from './case-endings';
import { isOrgHead, isTitleWord } from './lexicon';
import { PARTY_FILTER } from '../weights';
import { genitiveEpithet } from './genitive-epithet';

/** Is the word a name with a case ending whose bare form the tagger finds elsewhere in a name (`named`: the words
 * of its spans, lower case), or a country or capital? A title is no name ("Staatschefs Xi Jinping"). */
export function isGenitiveName(w: Word, named: ReadonlySet<string>, rules: Rules, gaz: Gazetteer): boolean {
  if (!w.cap || w.acr || isTitleWord(w.t, rules)) return false;
  return caseStems(w.l, rules.nameEndings).some((stem) => named.has(stem) || countryOrCapital(gaz, stem));
}

/** A common noun by its place: after an article, an article contraction or an adjective ("die Festnahme"). */
const afterArticle = (prev: string, rules: Rules) =>
  rules.determiners.has(prev) || rules.articleContractions.has(prev) || rules.adjectiveEndings.some((a) => prev.endsWith(a));

/** A word that makes a name an organisation's or a place's, in any case ("Israels Armee", "des Rotary Clubs"). */
const namesBody = (w: Word, rules: Rules) => [w.l, ...caseStems(w.l, rules.nameEndings)].some((l) =>
  isTitleWord(l, rules) || isOrgHead(l, rules) || rules.placeHeads.has(l) || rules.orgSuffixes.some((x) => l.endsWith(x)));

/**
 * A two-word span of a genitive name and a common noun, either way round: "die Festnahme Maduros", "die
 * Souveränität Venezuelas" (a noun after an article, governing the name), "Trumps Mut" (the name owning the noun,
 * whatever the tagger typed the phrase). The name's index in the span, or -1. The phrase's type is not the name's.
 */
function governedName(c: Candidate, named: ReadonlySet<string>, rules: Rules, gaz: Gazetteer): number {
  if (c.words.length !== 2 || !c.words.every((w) => w.cap && !w.acr)) return -1;
  const [a, b] = c.words as [Word, Word];
  if (!namesBody(a, rules) && !namesBody(b, rules) && !rules.nameParticles.has(a.l) && afterArticle(c.prevWord, rules) && isGenitiveName(b, named, rules, gaz)) return 1;
  if (c.tag === 'ORG' && !namesBody(b, rules) && isGenitiveName(a, named, rules, gaz)) return 0;
  return -1;
}

/** "Israels Armee", "Hamburgs Polizei": a genitive name before an organisation's head alone, not a compound
 * ("Russlands Verteidigungsministerium" names a body, as "Russia's Defense Ministry"), is the name's own body as
 * "Israel's army" is: the party is the owner, as in a language that writes the noun in lower case. */
function ownsBareHead(c: Candidate, named: ReadonlySet<string>, rules: Rules, gaz: Gazetteer): boolean {
  if (c.words.length !== 2 || !c.words.every((w) => w.cap && !w.acr)) return false;
  const [a, b] = c.words as [Word, Word];
  return rules.orgHeads.has(b.l) && !rules.orgSuffixes.some((x) => b.l.endsWith(x) && b.l.length > x.length)
    && !namesBody(a, rules) && isGenitiveName(a, named, rules, gaz);
}

/** The lower-case words of the tagger's candidates. */
export function namedWords(cands: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) for (const w of c.words) out.add(w.l);
  return out;
}

/** The word ends a longer word of the text, as a role ends its compounds ("Kontrolleur", "Chefkontrolleur"). */
const compoundHead = (w: Word, words: readonly Word[]) => words.some((x) => x.l.length > w.l.length && x.l.endsWith(w.l));

/** A candidate cut to words [a, b). */
function part(c: Candidate, a: number, b: number, text: string, words: readonly Word[], epithet?: string): Candidate {
  const ws = c.words.slice(a, b), s = ws[0]!.s, e = ws[ws.length - 1]!.e, pi = ws[0]!.i;
  return { ...c, words: ws, s, e, text: text.slice(s, e), prevWord: pi > 0 ? words[pi - 1]!.l : '', ...(epithet ? { epithet } : {}) };
}

/**
 * A candidate without the words glued to its name, where every noun is capitalised: a conjunction that opens the
 * sentence ("Obwohl Liat", a run the tagger left alone: capitalised only there, in no span of the tagger, no
 * compound's head, and the rest of the name in one); the nouns after a genitive name
 * ("Avivs Leichnam" ends at "Avivs", whose bare form the tagger finds elsewhere: merge.ts makes it Aviv; the phrase's
 * type is not the genitive's; so for a place's span: "Israels Grenze"); the noun an article or a possessive opens before a person's one-word name ("ihren Mann
 * Aviv": a given name follows none; a title, or a noun before a full name, stays for splitTitles to make the
 * description: "ihren Anführer Tomas Verlind").
 */
export function unglue(c: Candidate, text: string, words: readonly Word[], named: ReadonlySet<string>, uses: ReadonlyMap<string, WordUse>, rules: Rules, gaz: Gazetteer): Candidate {
  // (V8 compiles a function whole at its first call: the body, for some languages only, is compiled where it runs)
  return !rules.nounsCapitalised || c.words.length < 2 ? c : unglued(c, text, words, named, uses, rules, gaz);
}

function unglued(c: Candidate, text: string, words: readonly Word[], named: ReadonlySet<string>, uses: ReadonlyMap<string, WordUse>, rules: Rules, gaz: Gazetteer): Candidate {
  const first = c.words[0]!;
  const rest = c.words.findIndex((w, i) => i > 0 && w.cap);
  if (rest > 0 && !c.tag && first.start && !named.has(first.l) && c.words.slice(rest).every((w) => !w.cap || named.has(w.l)) && !isTitleWord(first.t, rules)
    && (uses.get(first.l)?.capsMid ?? 0) === 0 && !compoundHead(first, words)) {
    return unglue(part(c, rest, c.words.length, text, words), text, words, named, uses, rules, gaz);
  }
  const governed = governedName(c, named, rules, gaz);
  if (governed >= 0) return { ...part(c, governed, governed + 1, text, words), tag: undefined, confidence: undefined };
  if (ownsBareHead(c, named, rules, gaz)) return { ...part(c, 0, 1, text, words), tag: undefined, confidence: undefined };
  // ("des Inselstaates Taiwan": a genitive noun glued before a name, genitive-epithet.ts; a person's, below)
  if (c.tag !== 'PER' && genitiveEpithet(c.words, words, rules, gaz)) return part(c, 1, 2, text, words, c.words[0]!.t);
  if (c.tag === 'ORG' || c.tag === 'MISC') return c;
  // (one noun after it: "Avivs Mutter Talma Atzili" is a name with its description, for splitTitles)
  // (an organisation's head after it names the body: "Israels Verteidigungsministerium"; a bare head is the owner's)
  const g = c.words.length - 2, head = c.words[g + 1]!;
  if (g >= 0 && head.cap && !isTitleWord(head.t, rules) && !isOrgHead(head.t, rules) && isGenitiveName(c.words[g]!, named, rules, gaz)) {
    // (the tagger's type stays where its own span was the genitive name alone: "Hillary Clintons Verweis")
    const own = c.tagEnd === c.words[g]!.e && c.tagStart === c.s;
    return unglue({ ...part(c, 0, g + 1, text, words), ...(own ? {} : { tag: undefined, confidence: undefined }) }, text, words, named, uses, rules, gaz);
  }
  // (not an organisation's or a place's name: "die Reederei Nordlicht Container Line")
  // (the article must be in the name's own sentence: "… Legislatur sein. David Angel (OGBL)")
  if (c.tag === 'PER' && c.words.length === 2 && first.cap && !first.acr && c.words[1]!.cap && !first.start && rules.determiners.has(c.prevWord) && !isTitleWord(first.t, rules) && !isTitleWord(c.words[1]!.t, rules)
    && !rules.nameParticles.has(first.l) && !c.words.some((w) => isOrgHead(w.t, rules) || rules.placeHeads.has(w.l))) {
    return part(c, 1, c.words.length, text, words, first.t);
  }
  return c;
}

/** "Präsident Barack Obamas Rettungsaktion": where every noun is capitalised, a full name the tagger is sure of,
 * ending in a case ending, owns the noun after it: the name goes on no further. */
export function fullNameGenitive(c: Candidate, rules: Rules): boolean {
  if (!rules.nounsCapitalised || c.tag !== 'PER' || (c.confidence ?? 0) < PARTY_FILTER.taggerConfidence) return false;
  const own = c.words.filter((w) => w.s >= (c.tagStart ?? c.s));
  return own.length >= 2 && own.every((w) => w.cap) && caseStems(own[own.length - 1]!.l, rules.nameEndings).length > 0;
}

/** "Geschäftsführerin der Denkfabrik New America": where every noun is capitalised, a role and its particle before
 * a name the tagger calls no person are a person's role at that body, no part of its name: the words from the
 * last particle before the tagger's span on (`cs`) are left ("Denkfabrik New America", an epithet and the name). */
export function roleOfBody(ws: readonly Word[], c: Candidate, cs: number, rules: Rules): readonly Word[] {
  if (!rules.nounsCapitalised || c.tag === 'PER' || !isTitleWord(ws[0]!.t, rules)) return ws;
  let k = -1;
  ws.forEach((w, i) => { if (w.s < cs && !w.cap) k = i; });
  // (a noun between the particle and the name, its epithet; right after the particle the body is the role's own
  // domain, for splitTitles: "Generalsekretär der CPM-K")
  return k < 0 || ws[k + 1]!.s >= cs ? ws : ws.slice(k + 1);
}
