// A name candidate (a capitalised run, or a tagger mention as words) to a party mention: countries and their capitals
// and demonyms from the gazetteer, acronyms, titles and roles moved off the name into the description, and the
// evidence for the party's type (organisation head words, place heads, the words around it).

import type { Rules } from '../../rules/languages';
import { knownOrg } from '../../rules/gazetteer';
import { inflectedCountry, type Gazetteer } from './countries';
import { wordAcronymDefined } from './acronyms';
import { norm, type PartyKind, type PartyRecord, type Registry, type Evidence, type MentionSource } from './registry';
import type { Word } from './words';
import { genderOf, isOrgHead, roleOf } from './lexicon';
import { EVIDENCE, PARTY_FILTER } from '../weights';
import { afterEventHead, housesActor, isAdjectiveTerm, isDocument, isPortfolio, personAfterPortfolio, isRoleDomain, isSetting, placeNounAfter, placeNounBefore } from './settings';
import { articleName, country, countryAfterOf, countryRun, governmentOf, nextLower, regionRun } from './capitals';
import { personTag } from './party-tags';
import { isInitial, splitTitles } from './titles';
import { afterMeasure, holderAfter, namedAgain, nounAfter, orgNounRightBefore, rightBefore, roleBefore, stopBefore, wordBefore } from './around';
import { allUpper, caseless, isLower, isUpper } from '../letters';

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
}

export interface ClassifyContext {
  reg: Registry;
  rules: Rules;
  gaz: Gazetteer;
  acronyms: Map<string, PartyRecord>;
  /** Is `pos` inside a quotation of at most four words (a title or a term, not a name)? */
  inShortQuote: (pos: number) => boolean;
  /** Names met as such a term, and how often ("the so-called “Job-Turbo”"). */
  terms: Map<string, number>;
  /** Datelines closed by a colon ("NEW DELHI:", headings.ts): the place the story is filed from. */
  datelines?: readonly { start: number; end: number }[];
}

/** An opening quotation mark; a closing one (after a stop, as US style sets it: “Bambi.”). */
const OPENING = /^[“"«„‘‹]$/, CLOSING = /^[.,!?]?[”"»“’›]/;
const ACRONYM_PLURAL = /^\p{Lu}{2,}\d*s$/u;

/** Acronyms that name nothing on their own. */
const JUNK_ACRONYMS = /^(?:X|I|II|III|IV|V|VI|SC|QC|KC|AG|OK|TV|AM|PM|CEO|GDP|AI|ID|PC|USD|EUR|GBP|CET|GMT|UTC|PDF|FAQ|VAR)$/;

/** Turn one candidate into mentions (none when it names no party). */
export function classify(c: ClassifyContext, cand: Candidate) {
  if (articleName(c, cand)) return;
  cand = withoutArticle(c, cand);
  if (datelineCapital(c, cand.words, cand.source)) return;
  if (cand.words.length === 1 && personTag(c.reg, cand.words[0]!)) return;
  if (qualifiesEvent(c, cand) || countryRun(c, cand) || pluralDemonym(c, cand)) return;
  let words = stripDemonym(c, cand);
  if (!words.length) return;
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
  const name = c.reg.text.slice(words[0]!.s, words[words.length - 1]!.e);
  if (rejected(c, cand, words, name, split.prefix.length > 0)) return;
  const known = c.gaz.names.get(norm(name)) ?? c.gaz.capitals.get(norm(name)) ?? inflectedCountry(c.gaz, norm(name), c.rules.adjectiveInflections);
  if (!split.prefix.length && (regionRun(c, cand, words, name) || countryAfterOf(c, cand, words))) return;
  if (known && !split.prefix.length) {
    const p = country(c, known);
    if (c.gaz.capitals.has(norm(name)) && !c.gaz.names.has(norm(name))) p.aliases.add(name);
    c.reg.mention(p, words[0]!.s, words[words.length - 1]!.e, cand.source, words[0]!.start);
    return;
  }
  addName(c, cand, words, name, split.prefix);
}

/** "NEW DELHI: …": a capital in a dateline is where the story is filed from, a place, not its country (India is
 * no party of a story on Pakistan filed in New Delhi). Named as a name is written (not in capitals). */
function datelineCapital(c: ClassifyContext, words: Word[], source: MentionSource): boolean {
  const s = words[0]!.s, e = words[words.length - 1]!.e, name = c.reg.text.slice(s, e);
  if (!c.datelines?.some((d) => d.start <= s && e <= d.end) || !c.gaz.capitals.has(norm(name)) || c.gaz.names.has(norm(name))) return false;
  const p = c.reg.add(name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()), 'place');
  p.evidence.place += EVIDENCE.gazetteer;
  p.roles.add('dateline');
  c.reg.mention(p, s, e, source, words[0]!.start);
  return true;
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
  while (k < cand.words.length - 1 && (rules.determiners.has(cand.words[k]!.l) || rules.functionWords.has(cand.words[k]!.l)) && !rules.nameParticles.has(cand.words[k]!.l)) k++;
  if (!k) return cand;
  const words = cand.words.slice(k), s = words[0]!.s;
  return { ...cand, words, s, text: c.reg.text.slice(s, cand.e), prevWord: cand.words[k - 1]!.l };
}

/** "Palestinians", "Israelis": a people, so a group (not a person, not the country its adjective names). */
function pluralDemonym(c: ClassifyContext, cand: Candidate): boolean {
  const w = cand.words.length === 1 ? cand.words[0]! : null;
  if (!w || w.t.length < 4 || !/s$/.test(w.l) || !c.gaz.demonyms.has(norm(w.t.slice(0, -1)))) return false;
  const p = c.reg.add(w.t, 'group');
  p.evidence.group += EVIDENCE.gazetteer;
  c.reg.mention(p, w.s, w.e, cand.source, w.start);
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

/** A lone acronym: one defined in the text, a country code, a known organisation, or a new organisation. */
function acronymRun(c: ClassifyContext, cand: Candidate, w: Word): boolean {
  const t = w.t.replace(/-.*$/, '');
  const defined = c.acronyms.get(t.toUpperCase());
  if (defined) { c.reg.mention(defined, w.s, w.s + t.length, 'acronym', w.start); return true; }
  const code = c.gaz.names.get(norm(t));
  if (code) { const p = country(c, code); p.aliases.add(t); c.reg.mention(p, w.s, w.e, cand.source, w.start); governmentOf(c, cand, p); return true; }
  const known = knownOrg(t, c.rules.lang);
  if (known) {
    const p = c.reg.add(known, 'organization');
    p.evidence.org += EVIDENCE.gazetteer;
    if (known !== t) p.aliases.add(t);
    c.reg.mention(p, w.s, w.e, cand.source);
    return true;
  }
  if (t.length < 2 || JUNK_ACRONYMS.test(t)) return true;
  // an acronym is an organisation unless the tagger types it ("EUA" a place, "JFK" a person): its vote weighs then
  const p = c.reg.add(t, cand.tag ? 'unknown' : 'organization');
  p.evidence.org += EVIDENCE.acronym;
  vote(p, cand);
  c.reg.mention(p, w.s, w.e, cand.source, w.start);
  return true;
}

/** "l’Otan", "Nato": a known organisation's acronym that the language writes as a word (capital, then lower case),
 * mentioned at `s`. Four letters at least: "Un", "Eu" are words of their own. */
function wordAcronym(c: ClassifyContext, t: string, s: number, source: MentionSource): boolean {
  if (t.length < 4 || t.length > 6 || !isUpper(t[0]) || allUpper(t)) return false;
  const known = knownOrg(t.toUpperCase(), c.rules.lang);
  if (!known) return false;
  const p = c.reg.add(known, 'organization');
  p.evidence.org += EVIDENCE.gazetteer;
  if (norm(known) !== norm(t)) p.aliases.add(t);
  c.reg.mention(p, s, s + t.length, source);
  return true;
}

/** Names that are no party: a month or a faith alone, a place qualifying an event, a title in quote marks. */
function rejected(c: ClassifyContext, cand: Candidate, words: Word[], name: string, titled: boolean): boolean {
  const { rules } = c;
  const caps = words.filter((w) => w.cap);
  // (a name in a script without letter case (Han, Hangul, Arabic) has no capitals: its whole form is checked instead)
  if (caps.length ? caps.every((w) => rules.notNames.has(w.l)) : !caseless(name) || rules.notNames.has(norm(name))) return true;
  if (words.length === 1 && (rules.notNames.has(norm(name)) || rules.notAlone.has(norm(name)))) return true;
  // "SUVs", "ICUs", "ILC2s": an acronym's plural is a class of things, unless the tagger is sure of a name
  if (words.length === 1 && ACRONYM_PLURAL.test(name) && (cand.confidence ?? 0) < PARTY_FILTER.taggerConfidence) return true;
  // "Election Day", "Tag der Arbeit": a day, not a party
  if (words.length > 1 && cand.tag !== 'PER' && (rules.dateHeads.has(words[words.length - 1]!.l) || rules.dateHeads.has(words[0]!.l))) return true;
  const next = nextLower(c.reg.text.slice(words[words.length - 1]!.e, words[words.length - 1]!.e + 30));
  // "the Labour party leader": a role, not a name
  if (words.length === 1 && !words[0]!.acr && rules.eventNouns.has(next) && cand.tag !== 'PER') return true;
  // (but a body before a role and the name of its holder, that the text names again, is that person's employer:
  // "Walt Disney Co. executive Kevin Mayer", and "Disney" all through; "retired Supreme Court judge Margaret Oduya"
  // names the court once, as her role)
  if (words.some((w) => isOrgHead(w.t, rules)) && rules.roles.has(next) && !(holderAfter(c.reg.text, words[words.length - 1]!.e, next) && namedAgain(c, words))) return true;
  if (isSetting(c, cand, words, next) || isPortfolio(c, words) || isDocument(words, cand.prevWord, rules)) return true;
  if (afterEventHead(c, cand, words) || afterMeasure(c, cand, words, name)) return true;
  if ((cand.tag === undefined && isAdjectiveTerm(words, rules)) || isRoleDomain(c, words, name)) return true;
  // a name alone in quotation marks is a title or a term, unless the tagger is sure it names a body, or fairly sure
  // it names a person ("Mary Poppins" at 0.33 is a film)
  // (a person's name only when the marks hold it alone: „nového začiatku od Krista”)
  const { text } = c.reg, e = words[words.length - 1]!.e;
  const alone = OPENING.test(text[words[0]!.s - 1] ?? '') && CLOSING.test(text.slice(e, e + 2));
  const sure = (cand.confidence ?? 0) >= (cand.tag === 'PER' ? (alone ? PARTY_FILTER.unsurePerson : 0) : PARTY_FILTER.taggerConfidence);
  if (titled || !c.inShortQuote(words[0]!.s) || sure) return false;
  c.terms.set(norm(name), (c.terms.get(norm(name)) ?? 0) + 1);
  return true;
}

/** Add the name as a party (or a mention of one already known) with the evidence around it. */
function addName(c: ClassifyContext, cand: Candidate, words: Word[], name: string, prefix: Word[]) {
  let aliasHead: string | null = null;
  // "Reederei Nordlicht Container Line": a head noun before an organisation's own name is an alias
  if (words.length >= 3 && isOrgHead(words[0]!.t, c.rules) && words[1]!.cap && words.slice(1).some((w) => isOrgHead(w.t, c.rules))) {
    aliasHead = words[0]!.t;
    words = words.slice(1);
    name = c.reg.text.slice(words[0]!.s, words[words.length - 1]!.e);
  }
  // German genitive: "des Bundesverkehrsministeriums" names the Bundesverkehrsministerium
  if (c.rules.lang === 'de' && words.length === 1 && /s$/.test(name) && c.rules.orgSuffixes.some((x) => name.toLowerCase().slice(0, -1).endsWith(x))) name = name.slice(0, -1);
  const [kind, ev] = evidenceFor(c, cand, words, prefix.length > 0);
  const p = c.reg.add(name, kind);
  if (aliasHead) p.aliases.add(aliasHead);
  if (p.kind === 'unknown' && kind !== 'unknown') p.kind = kind;
  for (const k of Object.keys(ev) as (keyof Evidence)[]) p.evidence[k] += ev[k];
  vote(p, cand);
  p.confidence = Math.max(p.confidence, cand.confidence ?? 0);
  const m = c.reg.mention(p, words[0]!.s, words[words.length - 1]!.e, cand.source, cand.words[0]!.start);
  if (!prefix.length) return;
  m.titles = prefix.map((w) => w.l.replace(/\.$/, ''));
  const roleWords: string[] = [];
  for (const w of prefix) {
    const g = genderOf(w.t, c.rules);
    if (g) m.gender = g;
    const r = roleOf(w.t, c.rules);
    if (r && !c.rules.honorifics.has(w.l.replace(/\.$/, ''))) roleWords.push(w.l, r);
  }
  m.roleWords = roleWords;
  if (words.length < 2) return;
  if (m.gender) p.gender ??= m.gender;
  for (const r of roleWords) p.roleWords.add(r);
  const desc = prefix.filter((w) => !c.rules.honorifics.has(w.l) && !c.rules.honorifics.has(w.l.replace(/\.$/, ''))).map((w) => w.t).join(' ');
  if (desc) p.description ??= desc;
}

/** The kind a name's own words say, and the evidence its context adds. */
function evidenceFor(c: ClassifyContext, cand: Candidate, words: Word[], titled: boolean): [PartyKind, Evidence] {
  const { rules, reg } = c;
  const ev: Evidence = { person: 0, org: 0, place: 0, country: 0, group: 0 };
  // (the parts of a hyphened word too: "Agence France-Presse")
  const heads = words.flatMap((w) => w.l.split('-'));
  let kind: PartyKind = 'unknown';
  if (heads.some((h) => rules.mediaHeads.has(h)) && words.length > 1 && !heads.some((h) => /^(union|association|party|agency)$/.test(h))) kind = 'media';
  else if (words.some((w, i) => isOrgHead(w.t, rules) && (w.cap || i > 0))) { kind = 'organization'; ev.org += EVIDENCE.orgHead * (words.length > 1 ? 2 : 1); }
  else if (housesActor(words, nextLower(reg.text.slice(cand.e, cand.e + 30)), rules)) ev.org += EVIDENCE.orgHead;
  else if (rules.placeHeads.has(heads[heads.length - 1]!) || (heads.length > 1 && /^(mount|lake|port|palazzo|piazza|via|rue|place)$/.test(heads[0]!))) {
    ev.place += EVIDENCE.placeHead;
    // "Leslie Field", "Anna Hill": a surname that is a place noun, where the tagger reads a person, is evidence weighed
    // with the party's other mentions (kinds.ts), not the type (after a full name it names a place: "Cal Anderson Park")
    if (cand.tag !== 'PER' || words.length !== 2) kind = 'place';
  }
  if (titled) ev.person += EVIDENCE.title;
  if (kind !== 'unknown') return [kind, ev];
  const prev = cand.prevWord;
  // "the X" hints at an organisation, in the languages whose data lists such articles; "in the X", a place (unless
  // the article is a noun's the name stands before, "in the Strava community", or the tagger reads a body: "in the
  // Pre-Raphaelite Brotherhood" is membership)
  if (words.length <= 3 && rules.orgArticles.has(prev)) {
    if (cand.tag !== 'ORG' && rules.locatives.has(wordBefore(reg.text, words[0]!.s)) && !nounAfter(reg.text, words[words.length - 1]!.e, rules)) ev.place += EVIDENCE.locative;
    else ev.org += EVIDENCE.article;
  }
  // ("VP analyst at Gartner": a role's workplace is its employer)
  if (rules.workplaces.has(prev) && roleBefore(reg.text, words[0]!.s, prev, rules)) ev.org += EVIDENCE.orgNounBefore;
  // ("a shift in Disney’s strategy": the preposition governs the noun a possessive name stands before)
  else if (rules.locatives.has(prev) && !words[words.length - 1]!.poss) ev.place += EVIDENCE.locative;
  // ("die Stadt Khan Yunis": where every noun is capitalised, a place noun right before the name says place, whether
  // or not it was kept apart as an epithet, where the same word as a body's noun would say organisation)
  if (rules.placeHeads.has(prev) && (cand.epithet || (rules.nounsCapitalised && rightBefore(reg.text, words[0]!.s)))) ev.place += EVIDENCE.placeNounBefore;
  else if ((rules.orgNouns.has(prev) && (words.length === 1 || cand.tag !== 'PER') && !(rules.nounsCapitalised && stopBefore(reg.text, words[0]!.s))) || orgNounRightBefore(reg.text, words[0]!.s, prev, rules) || (cand.epithet && isOrgHead(cand.epithet, rules))) ev.org += EVIDENCE.orgNounBefore;
  // "ihren Mann Aviv": a common noun before a name the tagger reads as a person's is a relation or a role (glued.ts)
  else if (cand.epithet && cand.tag === 'PER') ev.person += EVIDENCE.title;
  if (!titled && (placeNounBefore(c, words[0]!.s) || placeNounAfter(rules, reg.text.slice(words[words.length - 1]!.e, words[words.length - 1]!.e + 40)))) ev.place += EVIDENCE.placeNounBefore;
  const caps = words.filter((w) => w.cap);
  // (the shape says little where the tagger read this very mention as something else: "South Dakota", LOC)
  // (nor where every noun is capitalised, no tagger spoke and an article, a preposition or an adjective comes
  // before: "die Vereinten Nationen", "laut Vereinten Nationen", "der Wirkstoff Sema"; "Murat Kessler war wütend"
  // keeps its shape)
  const nounPhrase = rules.nounsCapitalised && (rules.determiners.has(prev) || rules.articleContractions.has(prev) || rules.functionWords.has(prev) || rules.adjectiveEndings.some((a) => prev.endsWith(a)));
  if ((cand.tag === 'PER' || (!cand.tag && !nounPhrase)) && caps.length >= 2 && caps.length <= 4 && caps.every((w) => (isUpper(w.t[0]) && (isLower(w.t[1]) || /^.[’'-]/.test(w.t))) || /^(?:al|el|de|van|von|bin|ibn)-/.test(w.t) || isInitial(w.t))) ev.person += EVIDENCE.nameShape;
  if (/^,\s*\d{1,3}\s*(?:,|anni|ans|años|Jahre|years|anos|jaar|år|lat)/.test(reg.text.slice(words[words.length - 1]!.e, words[words.length - 1]!.e + 14))) ev.person += EVIDENCE.age;
  return [kind, ev];
}

/** The tagger's vote for the party's type (weighed by kinds.ts as the average over its tagged mentions). */
function vote(p: PartyRecord, cand: Candidate) {
  if (!cand.tag || cand.tag === 'MISC') return;
  p.votes[cand.tag] += cand.confidence ?? 1;
  p.votes.n++;
}
