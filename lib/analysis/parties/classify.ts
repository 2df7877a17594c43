// A name candidate (a capitalised run, or a tagger mention as words) to a party mention: countries and their capitals
// and demonyms from the gazetteer, acronyms, titles and roles moved off the name into the description, and the
// evidence for the party's type (organisation head words, place heads, the words around it).

import type { Rules } from '../../rules/languages';
import type { ScannedText } from '../text';
import { inflectedCountry, type Gazetteer } from './countries';
import { wordAcronymDefined } from './acronyms';
import { norm, type PartyRecord, type Registry, type MentionSource } from './registry';
import type { Word } from './words';
import { isOrgHead, isTitleWord } from './lexicon';
import { EVIDENCE, PARTY_FILTER } from '../weights';
import { personAfterPortfolio } from './settings';
import { regionNames } from '../../rules/regions';
import { articleName, capitalMention, capitalPlace, country, titleCase, countryAfterOf, countryRun, nextLower, regionRun } from './capitals';
import { personTag } from './party-tags';
import { splitTitles } from './titles';
import { countryAfterTitle } from './role-domain';
import { slashParts } from './slashed';
import { inIdentifier } from './identifiers';
import { allUpper } from '../letters';
import { rejected, serialName } from './rejected';
import { countryLed } from './country-led';
import { addName } from './add-name';
import { acronymRun, wordAcronym } from './lone-acronyms';
import { knownOrg } from '../../rules/gazetteer';

export interface Candidate {
  words: Word[];
  s: number;
  e: number;
  text: string;
  prevWord: string;
  source: MentionSource;
  /** A common noun before the name that is no part of it ("der Terrororganisation Hamas": index.ts). */
  epithet?: string;
  /** The tagger's type and confidence, when a model found it. */
  tag?: 'PER' | 'ORG' | 'LOC' | 'MISC';
  confidence?: number;
  /** The tagger's probability that the name begins one word earlier (EntitySpan.before). */
  before?: number;
  /** Where the tagger's own span starts (before a widening to the capitalised run around it). */
  tagStart?: number;
  /** Where the tagger's own span ends (before a widening). */
  tagEnd?: number;
}

export interface ClassifyContext {
  reg: Registry;
  /** The scanned text the registry's names are in (its sentences bound a match's score: contests.ts). */
  doc: ScannedText;
  rules: Rules;
  gaz: Gazetteer;
  acronyms: Map<string, PartyRecord>;
  /** Is `pos` inside a quotation of at most four words (a title or a term, not a name)? */
  inShortQuote: (pos: number) => boolean;
  /** Names met as such a term, and how often ("the so-called “Job-Turbo”"). */
  terms: Map<string, number>;
  /** Names met as a number's unit ("1,5 Grad Celsius"): a unit wherever else the text writes it ("fünf Grad Celsius"). */
  units?: Set<string>;
  /** The first words (lower case) of names of several words the tagger is sure name people: given names. */
  givenNames?: ReadonlySet<string>;
  /** Acronyms the text spells out as common noun phrases ("allgemeinen Geschäftsbedingungen (AGB)"): no party. */
  termAcronyms?: ReadonlySet<string>;
  /** Datelines closed by a colon ("NEW DELHI:", headings.ts): the place the story is filed from. */
  datelines?: readonly { start: number; end: number }[];
}

/** Turn one candidate into mentions (none when it names no party). */
export function classify(c: ClassifyContext, cand: Candidate) {
  const parts = slashParts(c.reg.text, cand);
  if (parts) { for (const p of parts) classify(c, p); return; }
  if (articleName(c, cand) || inAddress(c.reg.text, cand.s, c.rules) || inIdentifier(c.reg.text, cand.s, cand.e)) return;
  cand = withoutArticle(c, cand);
  if (datelineCapital(c, cand.words, cand.source)) return;
  if (cand.words.length === 1 && personTag(c.reg, cand.words[0]!)) return;
  if (qualifiesEvent(c, cand) || countryRun(c, cand) || pluralDemonym(c, cand) || placePeople(c, cand)) return;
  let words = stripDemonym(c, cand);
  if (!words.length || serialName(words)) return;
  // "The MEC emphasised", "the CEO said": an office written as an acronym names its holder, no body
  if (words.length === 1 && words[0]!.acr && c.rules.roles.has(words[0]!.l)) return;
  if (words.length === 1 && (words[0]!.acr || wordAcronymDefined(c.acronyms, words[0]!.t)) && acronymRun(c, cand, words[0]!)) return;
  if (words.length === 1 && wordAcronym(c, words[0]!.t, words[0]!.s, cand.source)) return;
  for (const w of words) {
    const hm = w.t.length > 2 && w.t.includes('-') ? /^([^-]{2,6})-/.exec(w.t) : null;
    if (hm && !allUpper(hm[1]!)) { wordAcronym(c, hm[1]!, w.s, 'gazetteer'); continue; }
    const a = hm ? c.acronyms.get(hm[1]!) : undefined;
    if (a) c.reg.mention(a, w.s, w.s + hm![1]!.length, 'acronym');
  }
  const split = splitTitles(c, words, cand.tagStart, cand.tag === 'PER' && (cand.confidence ?? 0) >= PARTY_FILTER.taggerConfidence);
  if (!split) return;
  // no title opens a name the text defines ("Human Rights Watch (HRW)", then "Human Rights Watch" that the tagger read
  // as "Rights Watch", PER: its reading of a part is left out)
  const defined = split.prefix.length ? definedName(c, words) : undefined;
  if (defined) { c.reg.mention(defined, words[0]!.s, words[words.length - 1]!.e, cand.source, words[0]!.start); return; }
  if (split.epithet) cand = { ...cand, epithet: split.epithet.t, prevWord: split.epithet.l };
  words = personAfterPortfolio(c, cand, split.name) ?? split.name;
  // ("in Deutschland Probleme": a country and the common noun after it, country-led.ts)
  if (!split.prefix.length) words = countryLed(cand, words, c.rules, c.gaz) ?? words;
  const name = c.reg.text.slice(words[0]!.s, words[words.length - 1]!.e);
  if (rejected(c, cand, words, name, split.prefix.length > 0)) return;
  const known = c.gaz.names.get(norm(name)) ?? c.gaz.capitals.get(norm(name)) ?? inflectedCountry(c.gaz, norm(name), c.rules.adjectiveInflections);
  if (!split.prefix.length && (regionRun(c, cand, words, name) || countryAfterOf(c, cand, words))) return;
  if (known && (!split.prefix.length || countryAfterTitle(c, cand, words))) {
    const s = words[0]!.s, e = words[words.length - 1]!.e;
    if (c.gaz.capitals.has(norm(name)) && !c.gaz.names.has(norm(name))) capitalMention(c, { ...cand, s, e }, known, name, s, e);
    else c.reg.mention(country(c, known), s, e, cand.source, words[0]!.start);
    return;
  }
  addName(c, cand, words, name, split.prefix);
}

/** "Web Football.London to vidí": a name glued by a dot to a word of three letters or more before it is part of a
 * web address (a site's name), no party of its own, and no capital standing for its state (an initial or a title
 * glued so, "J.Smith", "Prof.Müller", stays). */
function inAddress(text: string, s: number, rules: Rules): boolean {
  if (text[s - 1] !== '.') return false;
  const before = /[\p{L}\p{N}]{3,}$/u.exec(text.slice(Math.max(0, s - 40), s - 1))?.[0];
  return !!before && !isTitleWord(before, rules);
}

/** "NEW DELHI: …": a capital in a dateline is where the story is filed from, a place, not its country (India is
 * no party of a story on Pakistan filed in New Delhi). Named as a name is written (not in capitals). */
function datelineCapital(c: ClassifyContext, words: Word[], source: MentionSource): boolean {
  const s = words[0]!.s, e = words[words.length - 1]!.e, name = c.reg.text.slice(s, e);
  if (!c.datelines?.some((d) => d.start <= s && e <= d.end) || c.gaz.names.has(norm(name))) return false;
  if (c.gaz.capitals.has(norm(name))) { capitalPlace(c, titleCase(name), s, e, source, words[0]!.start).roles.add('dateline'); return true; }
  return datelinePlace(c, words, name, source);
}

/** "LINDI: It's around 8pm…": any other place in such a dateline is a place too, whatever the tagger reads in a
 * word in capitals at a paragraph's start (a person, often) and although its capitals look like an acronym's (one
 * the text defines, or an organisation the data knows, stays theirs). Named as the name is written, not in capitals. */
function datelinePlace(c: ClassifyContext, words: readonly Word[], name: string, source: MentionSource): boolean {
  // (a word the text writes in lower case is a common one: "UPDATE:", "BREAKING NEWS:" are labels; so is one that
  // opens other paragraphs the same way, "DEAR ABBY:" before each letter)
  if (c.acronyms.has(name) || knownOrg(name, c.rules.lang) || words.some((w) => c.reg.uses.get(w.l)?.lower) || labelAgain(c.reg.text, words[0]!.s)) return false;
  const p = c.reg.add(allUpper(name) ? titleCase(name) : name, 'unknown');
  p.evidence.place += EVIDENCE.placeNounBefore;
  c.reg.mention(p, words[0]!.s, words[words.length - 1]!.e, source, words[0]!.start);
  p.roles.add('dateline');
  return true;
}

/** The dateline's capitals and colon, from its paragraph's start, open another paragraph too: a label, no dateline. */
function labelAgain(text: string, s: number): boolean {
  const start = text.lastIndexOf('\n', s) + 1, colon = text.indexOf(':', s);
  return colon > 0 && text.indexOf(`\n${text.slice(start, colon + 1)}`, colon) >= 0;
}

/** The party whose name the text defines (an acronym's long form) that the words write in full. */
function definedName(c: ClassifyContext, words: Word[]): PartyRecord | undefined {
  const p = c.reg.find(c.reg.text.slice(words[0]!.s, words[words.length - 1]!.e));
  return p?.mentions.some((m) => m.source === 'alias') ? p : undefined;
}

/** "Le Kazakhstan", "Selon Océolienne": an article or a preposition opening a candidate is no part of the name. */
function withoutArticle(c: ClassifyContext, cand: Candidate): Candidate {
  let k = 0;
  const { rules } = c;
  while (k < cand.words.length - 1 && (rules.determiners.has(cand.words[k]!.l) || rules.functionWords.has(cand.words[k]!.l)) && !rules.nameParticles.has(cand.words[k]!.l) && !cand.words[k]!.kept) k++;
  if (!k) return cand;
  const words = cand.words.slice(k), s = words[0]!.s;
  return { ...cand, words, s, text: c.reg.text.slice(s, cand.e), prevWord: cand.words[k - 1]!.l };
}

/** "Palestinians", "Israelis": a people, so a group (not a person, not the country its adjective names). So is a
 * people qualified by adjectives of origin ("African Americans", "Korean Americans"): every word before it a
 * demonym, or ending as one in the language. */
function pluralDemonym(c: ClassifyContext, cand: Candidate): boolean {
  const w = cand.words.length <= 3 ? cand.words[cand.words.length - 1] : undefined;
  if (!w || w.t.length < 4 || !/s$/.test(w.l) || !c.gaz.demonyms.has(norm(w.t.slice(0, -1)))) return false;
  const origin = (x: Word) => x.cap && (c.gaz.demonyms.has(norm(x.t)) || c.rules.demonymEndings.some((e) => x.l.endsWith(e) && x.l.length > e.length + 2));
  if (!cand.words.slice(0, -1).every(origin)) return false;
  const first = cand.words[0]!;
  const p = c.reg.add(c.reg.text.slice(first.s, w.e), 'group');
  p.evidence.group += EVIDENCE.gazetteer;
  c.reg.mention(p, first.s, w.e, cand.source, first.start);
  return true;
}

/** "South Dakotans", "Californians", "Texans": the plural of a demonym (the language's demonymEndings) of a region, a
 * country or a capital the gazetteer knows, its stem that place's name but for at most two letters, is its people:
 * a group, not a place nor a person. */
function placePeople(c: ClassifyContext, cand: Candidate): boolean {
  const last = cand.words[cand.words.length - 1]!;
  if (cand.words.length > 3 || !/s$/.test(last.l) || !c.rules.demonymEndings.length) return false;
  const name = c.reg.text.slice(cand.words[0]!.s, last.e - 1), key = norm(name);
  const ending = c.rules.demonymEndings.find((x) => key.endsWith(x));
  const stem = ending ? key.slice(0, -ending.length) : '';
  const of = (n: string) => n.startsWith(stem) && n.length - stem.length <= 2;
  if (stem.length < 3 || !([...regionNames()].some(of) || [...c.gaz.names.keys()].some(of) || [...c.gaz.capitals.keys()].some(of))) return false;
  const p = c.reg.add(`${name}s`, 'group');
  p.evidence.group += EVIDENCE.gazetteer;
  c.reg.mention(p, cand.words[0]!.s, last.e, cand.source, cand.words[0]!.start);
  return true;
}

/** "the Istanbul talks", "the Minsk agreement": a lone name qualifying an event names no party. */
function qualifiesEvent(c: ClassifyContext, cand: Candidate): boolean {
  if (cand.words.length !== 1 || cand.words[0]!.acr || cand.tag === 'PER') return false;
  const next = nextLower(c.reg.text.slice(cand.e, cand.e + 30));
  return c.rules.eventNouns.has(next);
}

/** A demonym opening the candidate ("Pakistani Taliban") names its country; the rest goes on. */
function stripDemonym(c: ClassifyContext, cand: Candidate): Word[] {
  let words = cand.words;
  const code = words.length ? c.gaz.demonyms.get(norm(words[0]!.t)) : undefined;
  if (!code || (words.some((w) => isOrgHead(w.t, c.rules)) && words.length > 2)) return words;
  // "US Marines", "British Airways": the tagger's organisation keeps its demonym
  if (cand.tag === 'ORG' && words.length > 1) return words;
  c.reg.mention(country(c, code), words[0]!.s, words[0]!.e, 'demonym');
  words = words.slice(1);
  while (words.length && !words[0]!.cap) words = words.slice(1);
  // ("An American Journey", "Russian Popeye": one word left of a person the tagger was unsure of names no one)
  if (words.length === 1 && cand.tag === 'PER' && (cand.confidence ?? 0) < PARTY_FILTER.unsurePerson) return [];
  return words;
}

