// Countries and capitals in names: the gazetteer's country for a country's name or a capital standing for it ("Moscow
// said"), the city itself where a capital is only a place ("in Kabul", "the London side"), and a country's
// government as a party of its own ("the UK government").

import { norm, type MentionSource, type PartyRecord } from './registry';
import type { Candidate, ClassifyContext } from './classify';
import type { Word } from './words';
import { EVIDENCE, PARTY_FILTER } from '../weights';
import { isOrgHead, isOrgNoun, isTitleWord, roleOf } from './lexicon';
import { holderAfter } from './around';
import { LETTER, allUpper, startsLower } from '../letters';
import { caseStems } from './case-endings';
import { regionNames } from '../../rules/regions';
import { inflectedCountry as inflectedName } from './countries';
import { codePointBefore, isSpaceCode, lowerAt, upperAt } from '../text/props';

/** The particles of "X of Y" ("de", "of", "von"…). */
const OF = /^(?:of|de|del|di|du|da|do|von|van)$/;

/** The word right after a name (NEXT_WORD, in any case), or only when it starts lower case ("the Istanbul talks"). */
const NEXT_WORD = new RegExp(`^\\s+(${LETTER}+)`);
export const nextLower = (s: string) => { const w = NEXT_WORD.exec(s)?.[1]; return w && startsLower(w) ? w : ''; };

/** The party of a country by its gazetteer code. */
export function country(c: ClassifyContext, code: string): PartyRecord {
  const p = c.reg.add(c.gaz.display.get(code) ?? code, 'country');
  p.country = code;
  p.evidence.country += EVIDENCE.gazetteer;
  return p;
}

/**
 * The country a one-word name with a case ending stands for ("Norwegens", "Chinas": genitives of the language's
 * `nameEndings`), when the name without it is a country's and the name itself none.
 */
export function inflectedCountry(c: ClassifyContext, key: string): string | undefined {
  if (/\s/.test(key)) return undefined;
  return caseStems(key, c.rules.nameEndings).map((n) => c.gaz.names.get(n)).find(Boolean);
}

/** The whole candidate is a country or a capital standing for it. */
export function countryRun(c: ClassifyContext, cand: Candidate): boolean {
  const k = norm(cand.text);
  const code = c.gaz.names.get(k) ?? c.gaz.capitals.get(k) ?? inflectedCountry(c, k);
  if (!code) return false;
  const capital = c.gaz.capitals.has(k) && !c.gaz.names.has(k);
  const p = capital ? capitalMention(c, cand, code, cand.text, cand.s, cand.e) : country(c, code);
  if (!p) return true;
  if (!capital) c.reg.mention(p, cand.s, cand.e, cand.source, cand.words[0]?.start);
  governmentOf(c, cand, p);
  return true;
}

/** A capital's mention (the name `name` at [s, e) of the candidate): "in Kabul", "strikes hit Kyiv", "the London
 * side": the city; "Beijing considers…", "le Kremlin a reconnu…": the state acting, a mention of the country (never
 * shown as its alias: rank.ts); "Kyiv resident Olena Marchuk": none. */
export function capitalMention(c: ClassifyContext, cand: Candidate, code: string, name: string, s: number, e: number): PartyRecord | null {
  if (beforeRoleHolder(c, cand)) return null;
  if (!actsForState(c, cand)) return capitalPlace(c, name, s, e, cand.source, cand.words[0]?.start);
  const p = country(c, code);
  c.reg.mention(p, s, e, cand.source, cand.words[0]?.start);
  return p;
}

/** The name (no setting: "in New York trading" was rejected before) is a state or province of a federation
 * (rules/regions.ts): a place, whatever the tagger guessed ("Idaho police" read as a person); "the Queensland
 * government" is its government's party. */
export function regionRun(c: ClassifyContext, cand: Candidate, words: readonly Word[], name: string): boolean {
  if (!regionNames().has(norm(name))) return false;
  const p = c.reg.add(name, 'place');
  p.evidence.place += EVIDENCE.gazetteer;
  c.reg.mention(p, words[0]!.s, words[words.length - 1]!.e, cand.source, words[0]!.start);
  governmentOf(c, cand, p);
  return true;
}

/** "Kyiv resident Olena Marchuk", "Moscow mayor Sergei Sobyanin": a city before a role and its holder's name says
 * where the person lives or serves; it belongs to the person's description, not a mention of its own (it would
 * stand before the person as the one who speaks). */
function beforeRoleHolder(c: ClassifyContext, cand: Candidate): boolean {
  const next = nextLower(c.reg.text.slice(cand.e, cand.e + 30));
  return !!next && !!roleOf(next, c.rules) && holderAfter(c.reg.text, cand.e, next);
}

/** The capital opens its clause (a sentence start, a comma or a clause opener before it, perhaps with an article) and
 * a lower-case word follows: the subject of a verb, the state acting ("Manila accused…", "En juillet, le Kremlin a
 * reconnu…"); or it owns what follows ("Islamabad’s approach"). (Not the tagger's reading of a body: "Washington Redskins", "Washington's child services".) */
function actsForState(c: ClassifyContext, cand: Candidate): boolean {
  // ("a Roma": after a preposition of place the city, whatever the tagger guessed; the model for languages without
  // their own reads the football club)
  if (c.rules.locatives.has(cand.prevWord)) return false;
  // "blaming Islamabad’s approach", "Beijing's response": the state's own (not "Kyiv's mayor")
  const poss = /^[’']s?\s+[“"«‘]?(\p{L}+)/u.exec(c.reg.text.slice(cand.e, cand.e + 30));
  if (poss) return startsLower(poss[1]!) && !roleOf(poss[1]!, c.rules);
  if (!nextLower(c.reg.text.slice(cand.e, cand.e + 30))) return false;
  const ws = c.reg.text.slice(Math.max(0, cand.s - 40), cand.s).split(/\s+/).filter(Boolean);
  let last = ws.pop();
  if (last && c.rules.determiners.has(last.toLowerCase())) last = ws.pop();
  return !last || /[.!?;:,\n]$/.test(last) || c.rules.clauseOpeners.has(last.toLowerCase()) || (cand.s > 0 && /\n\s*$/.test(c.reg.text.slice(Math.max(0, cand.s - 3), cand.s)));
}

/** A capital as a place party of its own: never an alias of its country (the text names the country when it means
 * the state; "Kyiv" merged into Ukraine gave a Kyiv resident's words to Ukraine). */
export function capitalPlace(c: ClassifyContext, name: string, s: number, e: number, source: MentionSource, subject?: boolean): PartyRecord {
  // (named as a name is written, not in a dateline's capitals: "KATHMANDU, May 16 (Reuters) -")
  const p = c.reg.add(allUpper(name) ? titleCase(name) : name, 'place');
  p.evidence.place += EVIDENCE.gazetteer;
  p.capital = true;
  c.reg.mention(p, s, e, source, subject);
  return p;
}

/** "the UK government", "Queensland government": a government party of its own, not the country. */
export function governmentOf(c: ClassifyContext, cand: Candidate, p: PartyRecord) {
  const gm = NEXT_WORD.exec(c.reg.text.slice(cand.e, cand.e + 20));
  if (!gm || !c.rules.governments.has(gm[1]!.toLowerCase())) return;
  const g = c.reg.add(`${cand.text} ${gm[1]}`, 'organization');
  g.evidence.org += EVIDENCE.gazetteer;
  const m = p.mentions.pop()!;
  c.reg.mentions.splice(c.reg.mentions.lastIndexOf(m), 1);
  c.reg.mention(g, cand.s, cand.e + gm[0].length, cand.source);
}

/** False where `(\p{Lu}\p{Ll}*)\s$` cannot match the 16 characters before `s`: no white space right before, or ASCII
 * lower-case letters back to an ASCII character that is no capital ("said Smith"): most names, which then compile
 * and run no pattern. */
function capitalWordBefore(text: string, s: number): boolean {
  const from = Math.max(0, s - 16);
  if (s - 1 < from || text[s - 1]!.trim() !== '') return false;
  let k = s - 2, code = text.charCodeAt(k);
  while (k >= from && code >= 97 && code <= 122) code = text.charCodeAt(--k);
  return k < from || code >= 128 || (code >= 65 && code <= 90);
}

/** `/(\p{Lu}\p{Ll}*)\s$/u.exec(t)`, by the scanner's table (the pattern compiled on most cold pages): a capital, lower-case
 * letters after it, one white-space character ending `t`. */
function capitalisedBeforeSpace(t: string): [string, string] | null {
  if (!t.length || !isSpaceCode(t.charCodeAt(t.length - 1))) return null;
  let k = t.length - 1;
  while (k > 0 && lowerAt(t, codePointBefore(t, k))) k = codePointBefore(t, k);
  const u = codePointBefore(t, k);
  return k > 0 && upperAt(t, u) ? [t.slice(u), t.slice(u, t.length - 1)] : null;
}

/** "in The Hague", "der Vereinigten Arabischen Emirate": a name the gazetteer knows with the capitalised word before
 * it (an article, an inflected adjective), where the candidate left that word out. */
export function articleName(c: ClassifyContext, cand: Candidate): boolean {
  if (!capitalWordBefore(c.reg.text, cand.s)) return false;
  const m = capitalisedBeforeSpace(c.reg.text.slice(Math.max(0, cand.s - 16), cand.s));
  const full = m ? norm(`${m[1]} ${cand.text}`) : '';
  const code = full && (c.gaz.capitals.get(full) ?? c.gaz.names.get(full) ?? inflectedName(c.gaz, full, c.rules.adjectiveInflections));
  if (!code) return false;
  const s = cand.s - m![0].length;
  if (c.gaz.capitals.has(full) && !c.gaz.names.has(full)) capitalPlace(c, c.reg.text.slice(s, cand.e), s, cand.e, cand.source);
  else c.reg.mention(country(c, code), s, cand.e, cand.source);
  return true;
}

/**
 * "Exteriores de Egipto", "People's Republic of China": one word, "of", then a country, that the tagger takes for
 * neither a body nor surely a person, is the country's department or its own long name: a mention of the country
 * (a body's or a place's head keeps the name whole, "Banco de España", "Golfo de México"; so does an acronym, "GP de
 * Qatar", a race).
 */
export function countryAfterOf(c: ClassifyContext, cand: Candidate, words: Word[]): boolean {
  if (words.length < 3 || !OF.test(words[1]!.l) || !words[0]!.cap || words[0]!.acr || cand.tag === 'ORG' || (cand.tag === 'PER' && (cand.confidence ?? 0) >= PARTY_FILTER.taggerConfidence)) return false;
  const w = words[0]!, rules = c.rules;
  // (nor after a noun for a body: "its state oil company, Petróleos de Venezuela")
  if (isOrgHead(w.t, rules) || isOrgNoun(cand.prevWord, rules) || rules.placeHeads.has(w.l) || isTitleWord(w.t, rules) || rules.eventHeads.has(w.l) || rules.dateHeads.has(w.l)) return false;
  const rest = c.reg.text.slice(words[2]!.s, words[words.length - 1]!.e), code = c.gaz.names.get(norm(rest));
  if (!code) return false;
  c.reg.mention(country(c, code), words[2]!.s, words[words.length - 1]!.e, cand.source);
  return true;
}

/** "NEW DELHI" as "New Delhi", "ST. PAUL" as "St. Paul". */
export const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
