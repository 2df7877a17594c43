// The party list the reader sees: typed, filtered (precision first: better no party than a wrong one) and ranked
// by salience, with what attribution found (who spoke, and speakers the text names only as speakers).

import type { Party, PartyType } from '../../types';
import { everyLanguage, type Rules } from '../../rules/languages';
import { SALIENCE, PARTY_FILTER, EVIDENCE } from '../weights';
import { kindOf } from './kinds';
import { isPress } from './press';
import { isPersonTag } from './party-tags';
import { describedOnly, isOrgHead } from './lexicon';
import { onlyAtStarts } from './repeated';
import { storyPlatform } from './platforms';
import { norm, type PartyRecord, type Registry } from './registry';
import { caseless, wordBefore } from '../letters';
import { afterIndefinite } from './around';
import { countryOrCapital, gazetteer } from './countries';
import { caseStems, uninflected, writesWithEnding } from './case-endings';
import { hasPersonEvidence, onlyShapeEvidence, opensBody, opensBodyName } from './person-evidence';
import { knownPersonName, unknownLoneName } from './known-names';
import { writesStem } from './ending-forms';
import { writesHeadWithEnding } from './genitive-head';
import { thingName } from './thing-names';
import { ampersanded, thingLed } from './thing-led';
import { placeLed } from './place-led';
import { functionWordName } from './function-names';
import { listedKind } from './listed-beside';
import { unsureOnce } from './cjk-once';
import { shapeOnlyKind } from './shape-only';
import { particleCut } from './cut-aliases';
import { withoutListedAliases } from './listed-aliases';

/** What attribution found: quotations per party, and names that speak but were no party yet. */
export interface SpeakerEvidence {
  quotes: Map<number, number>;
  newSpeakers: Map<string, { quotes: number; first: number; kind: PartyType }>;
}

export interface RankOptions {
  /** Keep only parties with strong evidence (a language the tagger has no model of its own for). */
  strict: boolean;
  /** The tagger ran: names it did not find need strong evidence. */
  tagged: boolean;
  /** The site's own name: no party of its stories, unless a story is about the site itself. */
  site?: string | null;
}

const SPOKES_DESC = /spokes|porte-parole|portavoce|sprecher|portavoz|woordvoerder|talsperson|talsmand|rzecznik/i;
const MEDIATOR = /\b(mediator|médiateur|médiatrice|mediatore|vermittler|mediador)\b/i;

function rolesOf(p: PartyRecord, type: PartyType, quotes: number, rules: Rules): string[] {
  const roles = new Set(p.roles);
  if (quotes > 0) roles.add('speaker');
  const words = [...p.roleWords];
  if (type === 'person' && (words.some((w) => rules.spokes.has(w)) || (p.description && SPOKES_DESC.test(p.description)))) roles.add('spokesperson');
  if ((p.description && MEDIATOR.test(p.description)) || words.some((w) => MEDIATOR.test(w))) roles.add('mediator');
  return [...roles];
}

/** The site's names: its own, without an address's ending ("Nine.com.au": Nine), and without the words a site adds
 * to its publisher's name ("BBC News": BBC, "heise online": heise; rules.siteWords). */
function siteNames(site: string, rules: Rules): string[] {
  const bare = site.replace(/\.[a-z]{2,3}(\.[a-z]{2})?$/i, '').trim();
  const words = bare.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  return words.length > 1 && rules.siteWords.has(last) ? [site, bare, words.slice(0, -1).join(' ')] : [site, bare];
}

/** The party is the site itself: its name, or the initials of a name of several words ("LTO" of "Legal Tribune
 * Online"), as the party's name or an alias. */
function namesSite(p: PartyRecord, type: PartyType, site: string, rules: Rules, text: string): boolean {
  const words = site.split(/[\s\-–.]+/).filter((w) => /^\p{Lu}/u.test(w));
  // With and without a short first word, an article in most languages ("The New York Times": NYT).
  const initials = [words, words[0] && words[0].length <= 3 ? words.slice(1) : []].filter((ws) => ws.length >= 2).map((ws) => ws.map((w) => w[0]).join(''));
  // (a country or a place keeps its name from a site's shorter one: "Canada" is no "Canada.com")
  const names = new Set((type === 'country' || type === 'place' ? [site] : siteNames(site, rules)).map(norm));
  if ([p.name, ...p.aliases].some((a) => names.has(norm(a)) || initials.includes(a))) return true;
  // "The Hill's request for comment": a site named with its article, written with it each time ("Hill" alone
  // would be a place; "the Atlantic" of a site "The Atlantic" is the site only where the text writes the article)
  const [article, ...rest] = site.trim().split(/\s+/);
  const bare = rest.join(' ');
  return !!bare && rules.determiners.has(article!.toLowerCase()) && norm(p.name) === norm(bare) && p.mentions.every((m) => rules.determiners.has(wordBefore(text, m.s)));
}

/** A story about the outlet itself names it as an actor again and again ("a Reuters reporter", "contracted by
 * Reuters", "Reuters could not verify"): more mentions than this, besides a dateline's "(Reuters)", make the
 * organisation a party (a site's own name read as anything else stays out). */
const SITE_SUBJECT_MENTIONS = 5;
const ownStory = (p: PartyRecord, text: string) => p.mentions.filter((m) => text[m.s - 1] !== '(').length > SITE_SUBJECT_MENTIONS;

/** "Phishing-Masche", "Star-Wars-Sets": where every noun is capitalised, one word of hyphened nouns that the tagger
 * was unsure was a body, named once or twice and with nothing else to say what it is (no head, title, article,
 * alias), is a compound noun as often as a name. (Places and people are left alone, "Oder-Spree", "Ben-Gvir"; so
 * is an acronym's compound, "CPM-K", "Superbike-WM".) */
const COMPOUND_MENTIONS = 2;
function unsureCompound(p: PartyRecord, type: PartyType, mentions: number, rules: Rules): boolean {
  return rules.nounsCapitalised && type === 'organization' && p.parts.length === 1 && /\p{L}-\p{Lu}\p{Ll}+$/u.test(p.name) && mentions <= COMPOUND_MENTIONS
    && p.confidence < PARTY_FILTER.taggerConfidence && !p.aliases.size && Object.values(p.evidence).every((v) => v === 0);
}

/** "Das Phishingradar der Verbraucherzentrale", "Die Kollaborateure": where every noun is capitalised, a name that
 * opens with an article is a noun phrase, never a person's name. */
const articleLed = (name: string, rules: Rules) => rules.nounsCapitalised && /\s/.test(name) && rules.determiners.has(name.split(/\s+/)[0]!.toLowerCase());

/** "der Landesregierung Versagen vorwerfen": where every noun is capitalised, two words the tagger left alone, a
 * body's head and a word that is no acronym, letter or place ("Landtag NRW", "Gruppe B", "Regierung Perus" stay),
 * named once, are a body's common noun and the next noun, not a body's name. */
function headLed(p: PartyRecord, mentions: number, rules: Rules): boolean {
  if (!rules.nounsCapitalised || mentions !== 1 || p.parts.length !== 2 || p.aliases.size || !isOrgHead(p.parts[0]!, rules)) return false;
  const [, w] = p.name.split(' '), gaz = gazetteer(rules.lang);
  const place = (x: string) => countryOrCapital(gaz, x);
  return !!w && /^\p{Lu}\p{Ll}{3,}$/u.test(w) && !isOrgHead(w, rules) && !place(w) && !place(w.replace(/s$/, ''));
}

/** "all Members of Parliament get gifts": a noun for a group of people (rules.groups), capitalised, named once and
 * hardly read as a name by the tagger, is that common noun. */
const groupNounOnce = (p: PartyRecord, mentions: number, rules: Rules) =>
  mentions === 1 && !p.aliases.size && rules.groups.has(norm(p.name)) && p.confidence < PARTY_FILTER.unsurePerson;

/** Does the evidence justify showing the party? */
function shown(p: PartyRecord, type: PartyType, quotes: number, mentions: number, opts: RankOptions, rules: Rules, text: string, uses: Registry['uses']): boolean {
  if (rules.notNames.has(norm(p.name)) && !storyPlatform(norm(p.name), uses, rules)) return false;
  if (type === 'person' && (articleLed(p.name, rules) || (p.parts.length === 1 && functionWordName(norm(p.name), uses, rules)))) return false;
  if (opts.site && namesSite(p, type, opts.site, rules, text) && !(type === 'organization' && ownStory(p, text))) return false;
  if (quotes > 0 || type === 'country') return true;
  // a heading's words, a product beside its model number (offstory.ts)
  if (p.offStory) return false;
  const oneWord = p.parts.length === 1;
  if (oneWord && groupNounOnce(p, mentions, rules)) return false;
  const tagged = p.mentions.some((m) => m.source === 'tagger');
  // a name a language without spaces marks by its suffix or head: met once, only with an honorific (中居正広氏)
  if (p.mentions.some((m) => m.source === 'structure')) return mentions >= PARTY_FILTER.strictMentions || p.evidence.person >= EVIDENCE.title;
  // strong evidence only: a language without a model of its own, or names the tagger did not find
  if (opts.strict || (opts.tagged && !tagged)) {
    if (!opts.strict && headLed(p, mentions, rules)) return false;
    const strong = Math.max(p.evidence.person, p.evidence.org) >= PARTY_FILTER.strongEvidence;
    const repeated = mentions >= PARTY_FILTER.strictMentions;
    // (one word: a proper noun the text repeats mid-sentence and never writes in lower case, repeated.ts)
    // (several words: named twice, strong evidence, or a person's name every word of which the data knows as one)
    return oneWord ? (strong && repeated) || !!p.repeated : repeated || strong || (type === 'person' && knownPersonName(p, rules));
  }
  // where every noun is capitalised, one word the tagger was unsure was someone, named once and with nothing else
  // to say so (no title, given name, role, apposition), is as often a noun ("Hunger", "Bargeld", "Jongleur") as a name
  if (tagged && rules.nounsCapitalised && oneWord && type === 'person' && mentions === 1 && p.confidence < PARTY_FILTER.taggerConfidence
    && Object.values(p.evidence).every((v) => v === 0)) return false;
  if (tagged && unsureCompound(p, type, mentions, rules)) return false;
  if (tagged && unsureOnce(p, quotes, mentions, text)) return false;
  // (a one-word "person" whose word names no one in the tagger's data and with no other person evidence, known-names.ts)
  if (tagged && type === 'person' && unknownLoneName(p, quotes, text, rules, uses)) return false;
  if (tagged) return true;
  if (oneWord && type === 'person' && mentions < 2 && p.evidence.person < PARTY_FILTER.oneWordEvidence) return false;
  if (oneWord && type === 'organization' && mentions < 2 && p.evidence.org < PARTY_FILTER.oneWordEvidence && !p.aliases.size) return false;
  if (rules.lang === 'de' && type === 'person' && p.evidence.person < PARTY_FILTER.oneWordEvidence && mentions < 2) return false;
  return true;
}

function salience(p: PartyRecord, type: PartyType, quotes: number, mentions: number, textLength: number): number {
  const first = p.mentions.length ? Math.min(...p.mentions.map((m) => m.s)) : textLength;
  return mentions + SALIENCE.perQuote * quotes + (first < SALIENCE.leadChars ? SALIENCE.inLead : 0)
    + (type === 'country' || type === 'organization' ? SALIENCE.institution : 0) - (type === 'place' ? SALIENCE.placePenalty : 0);
}

/** The forms the text names the party by (a demonym is no name: "the Pakistani side" does not name Pakistan). */
function surfaces(p: PartyRecord, reg: Registry): string[] {
  const out = new Map<string, string>();
  for (const m of p.mentions) if (m.source !== 'demonym') { const t = reg.text.slice(m.s, m.e); out.set(norm(t), t); }
  return [...out.values()];
}

/**
 * The name to show: the party's own, unless the text never writes it (a country's display name, an acronym's
 * expansion): then the text's longest form, with the known name as the description. A form that is the name with a
 * case ending of the language ("Norwegens", "Vereinigten Staaten") writes the name.
 */
function shownName(p: PartyRecord, written: string[], rules: Rules): { name: string; description: string | null } {
  const own = norm(p.name);
  const key = uninflected(own, rules.adjectiveInflections);
  if (!written.length || written.some((w) => writesWithEnding(norm(w), own, rules.nameEndings) || writesStem(norm(w), own, rules) || writesHeadWithEnding(norm(w), own, rules.nameEndings) || (!!key && uninflected(norm(w), rules.adjectiveInflections) === key))) return { name: p.name, description: p.description };
  // (a country by a name of its own: "UK", not "United Kingdom")
  const gaz = gazetteer(rules.lang), named = p.country ? written.filter((w) => gaz.names.get(norm(w)) === p.country) : [];
  const name = (named.length ? named : written).reduce((a, b) => (b.length > a.length ? b : a));
  return { name, description: p.description ?? p.name };
}

/** "Beijing calls the drills a “stern warning”": a country or its capital that speaks is the state, no person; the
 * country's party, where shown, speaks (and where it is not, the speaker is left out rather than mistyped). */
function stateSpeaks(reg: Registry, rules: Rules, name: string, shownAs: ReadonlyMap<PartyRecord, Party>): boolean {
  const gaz = gazetteer(rules.lang), code = gaz.names.get(norm(name)) ?? gaz.capitals.get(norm(name));
  if (!code) return false;
  const state = reg.live().find((q) => q.country === code), shown = state && shownAs.get(state);
  if (shown && !shown.roles.includes('speaker')) shown.roles.push('speaker');
  return true;
}

let papers: ReadonlySet<string> | null = null;
/** A name of several words that ends in a paper's head of any language ("Vatican News", "Jerusalem Post"). */
function paperName(name: string): boolean {
  const parts = norm(name).split(' ');
  return parts.length > 1 && (papers ??= everyLanguage('mediaHeads')).has(parts[parts.length - 1]!);
}

/** The final party list, most salient first. */
export function rankParties(reg: Registry, rules: Rules, speakers: SpeakerEvidence, opts: RankOptions): Party[] {
  const out: { p: Party; score: number }[] = [];
  const shownAs = new Map<PartyRecord, Party>();
  const bodies = reg.live().filter((o) => o.parts.length > 1 && kindOf(o, rules) === 'organization').map((o) => o.parts);
  const opening = new Set(bodies.map((o) => o[0]!));
  for (const p of reg.live()) {
    const quotes = speakers.quotes.get(p.id) ?? 0;
    let kind = kindOf(p, rules);
    if (kind === 'unknown' && quotes > 0) kind = 'person';
    // a place that speaks is the institution there ("Downing Street said", "New Delhi said": a government)
    if (kind === 'place' && quotes > 0) kind = 'organization';
    // ("Harvard" beside "Harvard University", no person evidence: the body's short name, person-evidence.ts)
    if (kind === 'person' && opensBody(p, quotes, opening, reg.text, rules)) kind = 'organization';
    // ("Athena Advisers" beside "Athena Advisers Portugal", no person evidence: the body's short name, person-evidence.ts)
    if (kind === 'person' && opensBodyName(p, quotes, bodies, reg.text, rules)) kind = 'organization';
    // ("the Chrome browser", "your Siri setup": a thing, a body only where the text says it is one, "the company
    // Lyft", and not where an article alone hints it: thing-names.ts)
    if (kind === 'person' && thingName(p, quotes, reg.text, rules)) { if (p.evidence.org >= EVIDENCE.orgNounBefore) kind = 'organization'; else continue; }
    // ("Cup Series", "App Store", "el Córdoba Patrimonio": a name of things' words, or a body by the words around it,
    // with no person evidence but its capitals, shape-only.ts)
    if (kind === 'person') { const k = shapeOnlyKind(p, quotes, reg.text, rules, reg.uses); if (k === null) continue; kind = k ?? kind; }
    // ("Baltimore Sun and Hartford Courant", "Alexa, Google Assistant": a list's other name says the kind, listed-beside.ts)
    if (kind === 'person') kind = listedKind(p, hasPersonEvidence(p, quotes, reg.text, rules), reg, rules, onlyShapeEvidence(p, quotes, reg.text, rules)) ?? kind;
    // ("Eve Door & Window": words an ampersand joins are a firm's or a thing's, a body where it speaks or the text or
    // the tagger says one, thing-led.ts)
    if (kind === 'person' && ampersanded(p)) { if (quotes > 0 || p.evidence.org > 0 || p.votes.ORG > 0) kind = 'organization'; else continue; }
    // ("Amazon Alexa", "Met Gala": a brand's or a place's word opening a name the tagger barely read as someone's)
    if (kind === 'person' && (thingLed(p, quotes, reg.text, rules) || placeLed(p, quotes, reg, rules))) { if (p.evidence.org > 0 || p.votes.ORG > 0) kind = 'organization'; else continue; }
    if (kind === 'unknown' || kind === 'media' || (!p.mentions.length && !quotes)) continue;
    const mentions = new Set(p.mentions.map((m) => m.s)).size;
    // (a country is named by its own name where the text writes it, not by its capital; a capital standing for the
    // state, "Islamabad's approach", stays among its aliases: the city as a place is a party of its own, capitals.ts)
    const capitals = p.kind === 'country' ? gazetteer(rules.lang).capitals : null;
    const all = surfaces(p, reg), byName = all.filter((w) => !capitals?.has(norm(w)));
    const written = byName.length ? byName : all;
    // (not where the text has that city as a place of its own: one "Berlin" in the list, the city)
    if (!byName.length && all.some((w) => { const q = reg.find(w); return !!q && q !== p && q.kind === 'place'; })) continue;
    if (!written.length && !quotes) continue;
    if (!shown(p, kind, quotes, mentions, opts, rules, reg.text, reg.uses) || isPress(p, kind, reg, rules, quotes)) continue;
    const { name, description } = shownName(p, written, rules);
    const own = new Set(all.map(norm));
    // aliases: the text's own forms, and forms the text defines ("also known as", acronyms in parentheses)
    const aliases = [...new Map([...[...p.aliases].filter((a) => own.has(norm(a)) || p.kind !== 'country'), ...all].map((a) => [norm(a), a])).values()]
      // (a head noun alone that the text also writes as a common noun is no name to show: "Bank" of the "Silicon
      // Valley Bank" beside "der Kollaps einer Bank")
      // ("Lateinamerikas" of "Lateinamerika": the name shown with a case ending is no alias, a mention of the name)
      .filter((a) => norm(a) !== norm(name) && !caseStems(norm(a), rules.nameEndings).includes(norm(name)) && !writesHeadWithEnding(norm(a), norm(name), rules.nameEndings) && !(!/\s/.test(a) && isOrgHead(a, rules) && afterIndefinite(reg.text, a, rules)))
      // ("Leyen" of "Ursula von der Leyen": a tail cut at a surname's particle, cut-aliases.ts)
      .filter((a, _, all) => kind !== 'person' || !particleCut(a, [name, ...all], rules));
    out.push({
      p: { name, type: kind, aliases, description, roles: rolesOf(p, kind, quotes, rules), mentions, salience: 0 },
      score: salience(p, kind, quotes, mentions, reg.text.length),
    });
    shownAs.set(p, out[out.length - 1]!.p);
  }
  for (const [name, s] of speakers.newSpeakers) {
    if (out.some((x) => norm(x.p.name) === norm(name))) continue;
    // (a speaker named by a listed party's alias is that party: "席尔霍尔茨" of "斯蒂芬妮·席尔霍尔茨")
    const aliased = out.find((x) => x.p.aliases.some((a) => norm(a) === norm(name)));
    if (aliased) { if (!aliased.p.roles.includes('speaker')) aliased.p.roles.push('speaker'); continue; }
    // "Además insistió…": a word the text capitalises only where a sentence starts names no one (a script without
    // letter case has no such capitals: "윤석열" opening its sentence is a name)
    if (!/\s/.test(name.trim()) && !caseless(name) && (onlyAtStarts(norm(name), reg.uses, rules) || (s.kind === 'person' && functionWordName(norm(name), reg.uses, rules)))) continue;
    // ("Sen. Ben Sasse, R-Neb., said": the tag is the senator's party and state, party-tags.ts)
    if (isPersonTag(name)) continue;
    if (describedOnly(name, rules) || (s.kind === 'person' && articleLed(name, rules))) continue;
    // ("die „Vatican News“ verkündete": a speaker named by a paper's head, of any language, is that paper, and the
    // press is no party, as a paper the text names otherwise is none: add-name.ts)
    if (paperName(name)) continue;
    if (stateSpeaks(reg, rules, name, shownAs)) continue;
    out.push({ p: { name, type: s.kind, aliases: [], description: null, roles: ['speaker'], mentions: s.quotes, salience: 0 }, score: s.quotes * (1 + SALIENCE.perQuote) });
  }
  out.sort((a, b) => b.score - a.score);
  // (a name is one actor or two, never both: "Moscou" listed as a place is no alias of "Russie" as well)
  const listed = withoutListedAliases(out);
  const max = listed.length ? Math.max(listed[0]!.score, 1e-9) : 1;
  return listed.map(({ p, score }) => ({ ...p, salience: Math.max(0, Math.round((score / max) * 1000) / 1000) }));
}
