// A name as a party: its titles and roles moved into the description, and the evidence for its type (head words,
// the words around it, its shape, the tagger's vote).

import { norm, type PartyKind, type PartyRecord, type Evidence } from './registry';
import type { Word } from './words';
import { genderOf, isOrgHead, roleOf } from './lexicon';
import { EVIDENCE, PARTY_FILTER } from '../weights';
import { housesActor, placeNounAfter, placeNounBefore } from './settings';
import { nextLower } from './capitals';
import { isInitial } from './titles';
import { nounAfter, orgNounRightBefore, rightBefore, roleBefore, stopBefore, wordBefore } from './around';
import { isLower, isUpper } from '../letters';
import { knownName, namesThings } from './known-names';
import type { Candidate, ClassifyContext } from './classify';
import type { WordUse } from './repeated';
import { LANGUAGES, placeNameLists, type Rules } from '../../rules/languages';
import { contestSide } from './contests';
import { knownOrg } from '../../rules/gazetteer';
import { placeTeam } from './place-teams';

/** A name of one word said twice ("Bela Bela", "Baden-Baden" written apart). */
const doubled = (words: readonly Word[]) => words.length === 2 && words[0]!.l === words[1]!.l;

/** Add the name as a party (or a mention of one already known) with the evidence around it. */
export function addName(c: ClassifyContext, cand: Candidate, words: Word[], name: string, prefix: Word[]) {
  let aliasHead: string | null = null;
  // "Reederei Nordlicht Container Line": a head noun before an organisation's own name is an alias, where every noun
  // is capitalised (elsewhere the capital makes it the name's own word: "International Pacific Halibut Commission")
  if (c.rules.nounsCapitalised && words.length >= 3 && isOrgHead(words[0]!.t, c.rules) && words[1]!.cap && words.slice(1).some((w) => isOrgHead(w.t, c.rules))) {
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
  // ("Bela Bela": a word said twice is a place's or a thing's name, hardly a person's, whatever the tagger reads)
  if (!(cand.tag === 'PER' && doubled(words))) vote(p, cand);
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

/** "Gulf of Mexico", "Golf von Mexiko": a place noun that opens the name before a particle (rules.namedPlaceHeads);
 * or a place's name in another language, its place noun and particle both of that language ("Serra da Estrela" in
 * an English text). */
const namedPlace = (words: readonly Word[], rules: ClassifyContext['rules']) => words.length > 2 && words[2]!.cap
  && ((rules.namedPlaceHeads.has(words[0]!.l) && rules.nameParticles.has(words[1]!.l)) || foreignPlaces().has(`${words[0]!.l} ${words[1]!.l}`));

let foreign: Set<string> | null = null;
/** Every language's place nouns with each of its particles ("serra da", "golfo de"). */
const foreignPlaces = () => foreign ??= new Set(LANGUAGES.flatMap((l) => {
  const r = placeNameLists(l);
  return [...r.placeHeads].flatMap((h) => [...r.particles].map((p) => `${h} ${p}`));
}));

/** The tagger is sure of a person (a surname that is a paper's head is then no paper: "Anne Spiegel", "Emily
 * Post"), unless the given name is none the data knows and the head names no one there ("Vatican News"). */
function surePersonOf(c: ClassifyContext, cand: Candidate, words: Word[]): boolean {
  return cand.tag === 'PER' && (cand.confidence ?? 0) >= PARTY_FILTER.taggerConfidence && (knownName(words[0]!.t, c.rules) || !namesThings(words[words.length - 1]!.t));
}

/** A capitalised word right before `s`, one space apart, that is no article or function word ("Frankfurter", not "Die"). */
function nameWordBefore(text: string, s: number, rules: Rules): boolean {
  const w = /(\p{Lu}\p{L}+) $/u.exec(text.slice(Math.max(0, s - 30), s))?.[1];
  return !!w && !rules.determiners.has(w.toLowerCase()) && !rules.functionWords.has(w.toLowerCase());
}

/** The kind a name's head words say (a paper, a body, a place), with the evidence they add to `ev`. */
function headKind(c: ClassifyContext, cand: Candidate, words: Word[], ev: Evidence): PartyKind {
  const { rules, reg } = c;
  // (the parts of a hyphened word too: "Agence France-Presse")
  const heads = words.flatMap((w) => w.l.split('-'));
  let kind: PartyKind = 'unknown';
  const surePerson = surePersonOf(c, cand, words);
  // (a place noun opening the name before a particle is its head, whatever heads follow: "Line of Control")
  const placeFirst = namedPlace(words, rules);
  if (heads.some((h) => rules.mediaHeads.has(h)) && words.length > 1 && !surePerson && !heads.some((h) => /^(union|association|party|agency)$/.test(h))) kind = 'media';
  // ("der Frankfurter Rundschau" read as "Rundschau": a paper's head alone, after a capitalised word the tagger left
  // out, is that paper's name cut short, no place)
  else if (words.length === 1 && cand.tag !== 'PER' && rules.mediaHeads.has(words[0]!.l) && nameWordBefore(reg.text, words[0]!.s, rules)) kind = 'media';
  else if (!placeFirst && words.some((w, i) => isOrgHead(w.t, rules) && (w.cap || i > 0))) { kind = 'organization'; ev.org += EVIDENCE.orgHead * (words.length > 1 ? 2 : 1); }
  else if (housesActor(words, nextLower(reg.text.slice(cand.e, cand.e + 30)), rules)) ev.org += EVIDENCE.orgHead;
  else if (placeTeam(reg.text, cand, words, c.gaz, rules)) { kind = 'organization'; ev.org += EVIDENCE.orgHead * 2; }
  else if (rules.placeHeads.has(heads[heads.length - 1]!) || (heads.length > 1 && /^(mount|lake|port|palazzo|piazza|via|rue|place)$/.test(heads[0]!)) || placeFirst) {
    ev.place += EVIDENCE.placeHead;
    // "Leslie Field", "Anna Hill": a surname that is a place noun, where the tagger reads a person, is evidence weighed
    // with the party's other mentions (kinds.ts), not the type (after a full name it names a place: "Cal Anderson Park")
    if (cand.tag !== 'PER' || words.length !== 2) kind = 'place';
  }
  return kind;
}

/** The kind a name's own words say, and the evidence its context adds. */
function evidenceFor(c: ClassifyContext, cand: Candidate, words: Word[], titled: boolean): [PartyKind, Evidence] {
  const { rules, reg } = c;
  const ev: Evidence = { person: 0, org: 0, place: 0, country: 0, group: 0 };
  const kind = headKind(c, cand, words, ev);
  // ("Titelverteidiger Manchester City", "market leader Siemens": a title before a name the tagger reads as a body
  // is that body's standing, no person's)
  if (titled && !(cand.tag === 'ORG' && (cand.confidence ?? 0) >= PARTY_FILTER.unsurePerson)) ev.person += EVIDENCE.title;
  if (kind !== 'unknown') return [kind, ev];
  const prev = cand.prevWord;
  // "the X" hints at an organisation, in the languages whose data lists such articles; "in the X", a place (unless
  // the article is a noun's the name stands before, "in the Strava community", or the tagger reads a body: "in the
  // Pre-Raphaelite Brotherhood" is membership)
  if (words.length <= 3 && rules.orgArticles.has(prev)) {
    if (cand.tag !== 'ORG' && rules.locatives.has(wordBefore(reg.text, words[0]!.s)) && !nounAfter(reg.text, words[words.length - 1]!.e, rules)) ev.place += EVIDENCE.locative;
    // (not where the tagger reads a place: "the Arctic", "the Sahara" named again and again are no body; one that
    // owns something still acts: "the Marble House’s word")
    else if (cand.tag !== 'LOC' || words[words.length - 1]!.poss) ev.org += EVIDENCE.article;
  }
  // ("VP analyst at Gartner": a role's workplace is its employer)
  if (rules.workplaces.has(prev) && roleBefore(reg.text, words[0]!.s, prev, rules)) ev.org += EVIDENCE.orgNounBefore;
  // ("a shift in Disney’s strategy": the preposition governs the noun a possessive name stands before)
  // (nor where the tagger reads a body after a workplace's preposition: "bei West Ham United" is a club's ground)
  // (a preposition of a workplace too only: "in Den Haag" the tagger reads as a body is still a place)
  else if (rules.locatives.has(prev) && !words[words.length - 1]!.poss && !(cand.tag === 'ORG' && rules.workplaces.has(prev))) ev.place += EVIDENCE.locative;
  // ("5:0 gegen Chelsea": the opponent in a match the sentence scores is a team, unless the tagger reads a person,
  // however unsure: "gegen Lionel Messi und Co.")
  if (cand.tag !== 'PER' && contestSide(c.doc, words[0]!.s, prev, rules)) ev.org += EVIDENCE.orgNounBefore;
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
  // "Tanzania Mainland", "Kenya Coast": a country's name opening a name the tagger is unsure of is a part of that
  // country, not a given name
  const countryLed = words.length >= 2 && (cand.confidence ?? 0) < PARTY_FILTER.unsurePerson && c.gaz.names.has(norm(words[0]!.t)) && !c.givenNames?.has(words[0]!.l);
  if (countryLed) ev.place += EVIDENCE.gazetteer;
  const shaped = !countryLed && !doubled(words) && caps.length >= 2 && caps.length <= 4 && caps.every((w) => (isUpper(w.t[0]) && (isLower(w.t[1]) || /^.[’'-]/.test(w.t))) || /^(?:al|el|de|van|von|bin|ibn)-/.test(w.t) || isInitial(w.t));
  if ((cand.tag === 'PER' || (!cand.tag && !nounPhrase)) && shaped) ev.person += EVIDENCE.nameShape;
  // "Giftanschlag auf Sergej Skripal", the tagger reading a place in "Skripal" alone: the word before, that it left
  // out, is a given name the text gives a person
  else if (shaped && words.length <= 3 && (cand.tagStart ?? 0) > words[0]!.s && c.givenNames?.has(words[0]!.l)) ev.person += EVIDENCE.givenName;
  // "Imelda Marcos" read as a body at 0.54: a name of two or three words, each one the name data knows as a person's
  // and none as a thing's, that the tagger reads as a body or a place without being sure, is someone's: as much
  // evidence as an unsure tagger's vote can weigh (less than the strong evidence that shows a name met once where
  // the language has no model of its own: rank.ts)
  else if (shaped && allPersonWords(words, c.rules) && (cand.tag === 'ORG' || cand.tag === 'LOC') && (cand.confidence ?? 0) < PARTY_FILTER.taggerConfidence) ev.person += EVIDENCE.tagger * PARTY_FILTER.taggerConfidence;
  // (where the tagger reads a place, it is one: "East Jerusalem", "Nova Brasília")
  if (cand.tag !== 'LOC' && clubOfCapital(c, words, surePersonOf(c, cand, words) || titled)) ev.org += EVIDENCE.capitalTail;
  // "J. Anasa", "L. Patikas": initials and a surname are a person's name in any language written in Latin letters,
  // whatever type a tagger unsure of one word gives it (a head word made it a body or a place before: "W. County Road");
  // the type of a name the tagger found (not a name of its own), unless it is sure of a body or a place
  if (cand.tag && (cand.tag === 'PER' || (cand.confidence ?? 0) < PARTY_FILTER.taggerConfidence) && (initialled(words, reg.uses, rules) || undotted(c, words))) ev.person += EVIDENCE.initials;
  // (", 34," or "(34)" after the name: "Anna Berg (34)", "Granny (78) suffers in silence")
  if (/^(?:,\s*\d{1,3}\s*(?:,|anni|ans|años|Jahre|years|anos|jaar|år|lat)|\s?\(\d{1,3}\))/.test(reg.text.slice(words[words.length - 1]!.e, words[words.length - 1]!.e + 14))) ev.person += EVIDENCE.age;
  // (or an age before it: "21-year-old Madison Mogen", "der 34-jährige Max Berg")
  else if (/\b\d{1,3}-(?:year-old|jährigen?|jähriger|årige?|jarige)\s+$/.test(reg.text.slice(Math.max(0, words[0]!.s - 24), words[0]!.s))) ev.person += EVIDENCE.age;
  return [kind, ev];
}

/** The tagger's vote for the party's type (weighed by kinds.ts as the average over its tagged mentions). */
export function vote(p: PartyRecord, cand: Candidate) {
  if (!cand.tag || cand.tag === 'MISC') return;
  p.votes[cand.tag] += cand.confidence ?? 1;
  p.votes.n++;
}

/** "Partizan Belgrad", "Dinamo Zagreb": a name and then a capital is a club's or a branch's, no person's (a surname is
 * no capital; a tagger sure of a person, a title, or a given name the text gives a person keep "Jack London"). */
function clubOfCapital(c: ClassifyContext, words: readonly Word[], person: boolean): boolean {
  // (words apart by spaces: "München/London" names two cities)
  if (person || words.length < 2 || c.givenNames?.has(words[0]!.l) || !/^ +$/.test(c.reg.text.slice(words[0]!.e, words[1]!.s))) return false;
  const tail = norm(c.reg.text.slice(words[1]!.s, words[words.length - 1]!.e));
  return c.gaz.capitals.has(tail) && !c.gaz.names.has(tail);
}

/** Two or three words, each one the name data knows as a person's and never as a thing's. */
const allPersonWords = (words: readonly Word[], rules: Rules) => words.length >= 2 && words.length <= 3 && words.every((w) => knownName(w.t, rules) && !namesThings(w.t));

/** "JD Vance", "RJ Barrett": two capitals without dots before one word that the name data knows as a person's and
 * never as a thing's are initials, unless the text defines them as an acronym or the data knows them as a body's
 * ("EU", "UN" before a surname are the body's). */
function undotted(c: ClassifyContext, words: readonly Word[]): boolean {
  const [a, b] = words;
  return words.length === 2 && /^\p{Lu}{2}$/u.test(a!.t) && !c.acronyms.has(a!.t) && !knownOrg(a!.t, c.rules.lang) && !c.gaz.names.has(norm(a!.t))
    && knownName(b!.t, c.rules) && !namesThings(b!.t);
}

/** Initials, then one capitalised word or more that are none ("J. Anasa", "B. U. Nzeribe") and that the text never
 * writes in lower case, where a capital marks names ("Bottom line: B. Follow the instructions" grades a drink). */
function initialled(words: readonly Word[], uses: ReadonlyMap<string, WordUse>, rules: Rules): boolean {
  let k = 0;
  while (k < words.length && isInitial(words[k]!.t)) k++;
  const surname = (w: Word) => w.cap && !w.acr && !isInitial(w.t) && (rules.nounsCapitalised || !uses.get(w.l)?.lower) && !rules.functionWords.has(w.l);
  return k > 0 && k < words.length && words.slice(k).every(surname);
}
