// The parties stage, before attribution: name mentions (the tagger's, or capitalised runs without a model) made
// into parties with types, aliases, descriptions and roles. Attribution reads the registry; `rankParties` (rank.ts)
// then lists the parties with what attribution found (who spoke).

import type { Rules } from '../../rules/languages';
import type { ScannedText } from '../text';
import type { RawQuote } from '../quotes';
import type { EntitySpan } from '../entities';
import { Registry, norm } from './registry';
import { wordsOf, lowerForms, type Word } from './words';
import { headingBlocks, uncapDatelines, uncapHeadings } from './headings';
import { markOffStory } from './offstory';
import { capitalisedRuns, nounCore } from './runs';
import { classify, type Candidate, type ClassifyContext } from './classify';
import { country } from './capitals';
import { gazetteer } from './countries';
import { definedAcronyms, knownAs } from './acronyms';
import { linkShortForms, mergeInflected, mergeInflectedAdjectives } from './merge';
import { mergeVariants } from './variants';
import { describeParties, eventRoles } from './describe';
import { settleKinds } from './kinds';
import { listKinds, placeRegions } from './lists';
import { isOrgHead, isOrgNoun, isTitleWord, roleOf } from './lexicon';
import { allUpper } from '../letters';
import { addUnspacedNames } from './unspaced';
import { placeAfterFullName } from './particle-places';
import { splitConjoined } from './conjoined';
import { isGenitiveName, namedWords, unglue } from './glued';
import { creditSpans } from './credits';
import { isRepeatedName, onlyAtStarts, wordUses, type WordUse } from './repeated';
import { PARTY_FILTER } from '../weights';

export { Registry, type PartyRecord, type Mention, type PartyKind } from './registry';
export { rankParties, type SpeakerEvidence } from './rank';
export { kindOf } from './kinds';

/** A test for "inside a quotation of at most four words" (a title or a term, not a name), by binary search. */
export function shortQuoteTest(text: string, quotes: readonly RawQuote[]): (pos: number) => boolean {
  const short = quotes.filter((q) => text.slice(q.start, q.end).split(/\s+/).length <= 4);
  return (pos) => {
    let lo = 0, hi = short.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (short[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
    return lo < short.length && short[lo]!.start <= pos;
  };
}

/** Candidates from the tagger's spans: the words each covers (with the titles right before it), its type and confidence. */
function taggerCandidates(text: string, words: readonly Word[], spans: readonly EntitySpan[], rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  let wi = 0;
  for (const sp of spans) {
    while (wi < words.length && words[wi]!.e <= sp.start) wi++;
    let k = wi;
    while (k < words.length && words[k]!.s < sp.end) k++;
    // "rural North Carolina": a lower-case word that is no name particle does not open a name
    let f = wi;
    while (f < k - 1 && !words[f]!.cap && words[f]!.t !== words[f]!.t.toUpperCase() && !rules.nameParticles.has(words[f]!.l)) f++;
    if (k === f) continue;
    // a dateline or a heading in capitals whose words the body never capitalises was set lower case (headings.ts):
    // the tagger's span over it is no name ("WASHINGTON (AP) —")
    if (words.slice(f, k).every((w) => !w.cap && allUpper(w.t))) continue;
    // "Trainer Murat Yakin", "le président Vladimir Poutine": titles right before the span go with it, to be split off
    let a = f;
    while (a > 0 && f - a < 4 && words[a]!.joined && !words[a - 1]!.stop && isTitleWord(words[a - 1]!.t, rules)) a--;
    const ws = words.slice(a, k);
    const s = ws[0]!.s, e = ws[ws.length - 1]!.e;
    out.push({ words: ws, s, e, text: text.slice(s, e), prevWord: a > 0 ? words[a - 1]!.l : '', source: 'tagger', tag: sp.type, confidence: sp.score, before: a === f ? sp.before : undefined, tagStart: words[f]!.s });
  }
  return out;
}

/** "Johanna Baehr von der Universität Hamburg": a span after the particle that the tagger is sure names something
 * else, or that holds an organisation's or a place's head, is the person's institution, not the rest of the name. */
const bodyAfter = (c: Candidate, rules: Rules) => c.tag !== 'PER'
  && ((c.confidence ?? 0) >= PARTY_FILTER.taggerConfidence || c.words.some((w) => isOrgHead(w.t, rules) || rules.placeHeads.has(w.l)));

/** "Ursula" + "von der" + "Leyen": spans of a person the tagger cut at a name particle are one name. */
function joinParticles(text: string, words: readonly Word[], tagged: Candidate[], rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  let wi = 0;
  for (const c of tagged) {
    const prev = out[out.length - 1];
    // the given names tagged a person, the surname after the particle one or two words ("Executivo de John Major" stays two)
    if (prev && prev.tag === 'PER' && c.words.length <= 2 && !placeAfterFullName(text, prev, c, rules) && !bodyAfter(c, rules)) {
      while (wi < words.length && words[wi]!.s < prev.e) wi++;
      const gap: Word[] = [];
      for (let k = wi; k < words.length && words[k]!.e <= c.s; k++) gap.push(words[k]!);
      const between = text.slice(prev.e, c.s).trim().split(/\s+/).filter(Boolean);
      if (gap.length && gap.length <= 3 && between.length === gap.length && gap.every((w) => !w.cap && rules.nameParticles.has(w.l) && !rules.conjunctions.has(w.l))) {
        out[out.length - 1] = { ...prev, words: [...prev.words, ...gap, ...c.words], e: c.e, text: text.slice(prev.s, c.e), tag: 'PER', confidence: Math.max(prev.confidence ?? 0, c.confidence ?? 0) };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** "the Taliban", "Congress": one word the tagger calls neither person, body nor place (MISC: a nationality, a
 * work, an event) that is an organisation's head by itself names a body (its vote stays out: classify.ts). Longer
 * spans are left to the capitalised runs around them ("Moruo Mining and Construction Company"), a work's or an
 * event's title may hold a head too ("Group of Death"). */
const namesBody = (text: string, e: EntitySpan, rules: Rules) => {
  const t = text.slice(e.start, e.end);
  return /^\p{L}+$/u.test(t) && isOrgHead(t, rules);
};

/** The tagger's span opens with a given name only if it never tags that word alone ("Copernicus Samantha Burgess",
 * "Copernicus" named alone elsewhere: a word before the name, for splitTitles to judge). */
const givenName = (c: Candidate, single: ReadonlySet<string>): Candidate =>
  (c.tagStart !== undefined && single.has(c.words[0]!.l) ? { ...c, tagStart: undefined } : c);

/** A run cut to the words given (its core). */
function cut(r: Candidate, ws: readonly Word[], text: string, words: readonly Word[]): Candidate {
  if (ws.length === r.words.length) return r;
  const s = ws[0]!.s, e = ws[ws.length - 1]!.e, pi = ws[0]!.i;
  return { ...r, words: [...ws], s, e, text: text.slice(s, e), prevWord: pi > 0 ? words[pi - 1]!.l : '' };
}

/** One word that is an organisation's compound name ("Bundesregierung", "Schulministerium"), not its bare head. */
const compoundOrg = (w: Word, rules: Rules) => rules.orgSuffixes.some((x) => w.l.endsWith(x) && w.l.length >= x.length + 3);

/** The run that contains the candidate and goes beyond it, when it holds no other candidate. */
function widen(tagged: readonly Candidate[], i: number, runs: readonly Candidate[], k: number, text: string, words: readonly Word[], rules: Rules, governed = false): Candidate {
  const c = tagged[i]!;
  let j = k;
  while (j < runs.length && runs[j]!.e < c.e) j++;
  const whole = runs[j];
  // (a run starts after an article the tagger's span may open with: "The National Institute")
  const cs = c.words.find((w) => !rules.determiners.has(w.l))?.s ?? c.s;
  if (!whole || whole.s > cs || whole.e < c.e || (whole.s === c.s && whole.e === c.e)) return c;
  const core = nounCore(whole.words, rules);
  if (!core || core[0]!.s > cs) return c;
  const r = cut(whole, core, text, words);
  if (governed && r.s < cs) return c;
  // a capitalised word right before a person's name that the tagger itself would not begin the name with (a title,
  // a genitive place, an acronym: "Finansminister Elisabeth Svantesson", "PiS Jarosław Kaczyński")
  // (unless the words before hold an organisation's head: "Association of Muslim Scholars" is no person's name)
  if (c.tag === 'PER' && r.s < cs && c.before !== undefined && c.before < PARTY_FILTER.widenBefore && !r.words.some((w) => w.s < cs && isOrgHead(w.t, rules))) return c;
  // a person the tagger named in full, followed by a particle and words it left out, is not "X Y van Z": the particle
  // opens a portfolio, a party or a place ("Barry Madlener van Infrastructuur", "Annalena Baerbock von den Grünen")
  if (c.tag === 'PER' && r.e > c.e && particleAfter(r, c, rules)) return c;
  const other = (t: Candidate | undefined) => !!t && t.s < r.e && r.s < t.e;
  if (other(tagged[i - 1]) || other(tagged[i + 1])) return c;
  if (isEpithet(c, r, rules)) return { ...c, epithet: r.words[0]!.t };
  return { ...c, words: r.words, s: r.s, e: r.e, text: r.text, prevWord: r.prevWord };
}

/** `c` holds a given name and a surname (two words besides titles and roles: "Sultan Qaboos bin Said" and
 * "EU-Kommissionspräsidentin Ursula von der Leyen" are names the tagger cut short), and the first word of `r` after
 * it is a name particle ("van", "di", "de"). */
function particleAfter(r: Candidate, c: Candidate, rules: Rules): boolean {
  const named = c.words.filter((w) => w.cap && !isTitleWord(w.t, rules) && !roleOf(w.l, rules));
  const next = r.words.find((w) => w.s >= c.e);
  return named.length >= 2 && !!next && !next.cap && rules.nameParticles.has(next.l);
}

/**
 * Where every noun is capitalised, "der Terrororganisation Hamas", "die libanesische Staatsagentur NNA", "die Stadt
 * Rafah": one common noun the tagger left out before its name is an epithet, not part of the name. It is a common
 * noun when an article, an article contraction or an adjective comes before it, or when it holds a head word (the
 * name keeps it as the word before it: its evidence for the type, classify.ts). Given names follow no article.
 */
function isEpithet(c: Candidate, r: Candidate, rules: Rules): boolean {
  if (!rules.nounsCapitalised || r.e !== c.e || r.words.length !== c.words.length + 1) return false;
  const x = r.words[0]!;
  if (!x.cap || x.acr || isTitleWord(x.t, rules) || rules.nameParticles.has(x.l)) return false;
  // before a person the noun is a role ("ihren Anführer Yahya al-Sinwar"): splitTitles makes it the description
  const body = isOrgHead(x.t, rules) || isOrgNoun(x.t, rules) || rules.placeHeads.has(x.l);
  if (c.tag === 'PER' && !body) return false;
  const prev = r.prevWord;
  return rules.determiners.has(prev) || rules.articleContractions.has(prev) || rules.adjectiveEndings.some((a) => prev.endsWith(a)) || body;
}

/**
 * A test of whether a span overlaps none of `taken`, in log time a span: the spans sorted by start, with the furthest
 * end among those starting before each point (a text repeating "Harbour Board (HB)" a thousand times takes a
 * thousand spans, and a loop over them for every candidate grew with the square of the text).
 */
function freeOf(taken: readonly { s: number; e: number }[]): (c: { s: number; e: number }) => boolean {
  const sorted = [...taken].sort((a, b) => a.s - b.s);
  const maxEnd: number[] = [];
  sorted.forEach((t, i) => { maxEnd[i] = Math.max(t.e, i ? maxEnd[i - 1]! : -Infinity); });
  return (c) => {
    let lo = 0, hi = sorted.length; // the first span starting at or after c.e
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.s < c.e) lo = mid + 1; else hi = mid; }
    return lo === 0 || maxEnd[lo - 1]! <= c.s;
  };
}

/**
 * Name candidates in text order: the tagger's spans (widened to the capitalised run around them: "Gul Mohammad
 * Shinwari", "Islamic Emirate of Afghanistan"), and runs of several capitalised words where the tagger found
 * nothing (those count as names only with more evidence: see rank.ts). Spans the text defines (an acronym's
 * long form) are taken already.
 */
export function candidatesOf(text: string, words: readonly Word[], rules: Rules, entities: readonly EntitySpan[] | null, taken: readonly { s: number; e: number }[], uses: ReadonlyMap<string, WordUse> = wordUses(words, rules), strict = false): Candidate[] {
  const runs = capitalisedRuns(text, words, lowerForms(words), rules).map((r): Candidate => ({ ...r, source: 'runs' }));
  const free = freeOf(taken);
  if (!entities) return runs.filter((c) => free(c) && !cutCompound(c, text, rules));
  const gaz = gazetteer(rules.lang);
  const joined = joinParticles(text, words, taggerCandidates(text, words, entities.filter((e) => e.type !== 'MISC' || namesBody(text, e, rules)), rules), rules);
  const named = namedWords(joined);
  const single = new Set(joined.filter((c) => c.words.length === 1).map((c) => c.words[0]!.l));
  const tagged = splitConjoined(joined, text, rules, gaz);
  const out: Candidate[] = [];
  let k = 0;
  tagged.forEach((c, i) => {
    while (k < runs.length && runs[k]!.e <= c.s) k++;
    // "Teile Österreichs": a name in the genitive after a noun is governed by it, no part of it
    const governed = rules.nounsCapitalised && c.words.length === 1 && isGenitiveName(c.words[0]!, named, rules, gaz);
    out.push(givenName(unglue(widen(tagged, i, runs, k, text, words, rules, governed), text, words, named, uses, rules, gaz), single));
  });
  // runs the tagger left alone (any span it found, MISC included, wins): of two capitalised words or more, or one
  // that is the last word of a name found in full ("Voigt" after "Mario Voigt")
  const surnames = new Set(out.filter((c) => c.words.length > 1).map((c) => c.words[c.words.length - 1]!.l));
  let e = 0;
  for (const whole of runs) {
    while (e < entities.length && entities[e]!.end <= whole.s) e++;
    if (e < entities.length && entities[e]!.start < whole.e) continue;
    // a run joined by a particle that the tagger saw and left alone is a noun phrase ("Entwicklung der Migrationspolitik")
    const core = nounCore(whole.words, rules);
    if (!core) continue;
    const r = unglue(cut(whole, core, text, words), text, words, named, uses, rules, gaz);
    const one = r.words.length === 1 ? r.words[0]! : null;
    // (one word: a surname of a name found in full, a compound organisation, or, where the language has no model
    // of its own, a proper noun the text repeats: a model trained on the language left it alone for a reason)
    if (r.words.filter((w) => w.cap).length >= 2 || (one && (surnames.has(one.l) || (core !== whole.words && compoundOrg(one, rules)) || (strict && isRepeatedName(one, uses, rules))))) out.push(r);
  }
  return out.filter((c) => free(c) && !cutCompound(c, text, rules)).sort((a, b) => a.s - b.s);
}

/** A name whose last word makes it an adjective ("South Dakota-sized", "Moscow-based", "AI-powered") or cuts an
 * abbreviation at its dot ("Japan-U" of "Japan-U.S."): the span names no party as it stands. A romanised given name
 * is hyphened to a short lower-case syllable ("Han Dong-hoon", "Hyo-won"), an acronym to a case ending ("NATO-a"):
 * an adjective's ending is long, or of some letters after a name the text writes alone. Languages that write nouns
 * so ("FN-operationen") leave the first test out (rules.hyphenAdjectives). */
function cutCompound(c: Candidate, text: string, rules: Rules): boolean {
  const last = c.words[c.words.length - 1]!.t;
  if (/-\p{Lu}$/u.test(last)) return text[c.e] === '.';
  const m = rules.hyphenAdjectives ? /^(.+)-(\p{Ll}+)$/u.exec(last) : null;
  if (!m) return false;
  const ending = m[2]!.length;
  // (an ending of a few letters is a case ending, "NATO-a", "SAD-u" in Croatian, or a syllable: the name stays)
  return ending >= PARTY_FILTER.compoundEndingMin || (ending >= PARTY_FILTER.compoundEndingAlone && standsAlone(m[1]!, text));
}

/** Whether `word` is written in the text as a word of its own (not inside another, not hyphened to one). */
function standsAlone(word: string, text: string): boolean {
  const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}-]/u.test(ch);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  }
  return false;
}

/** A name the text sets in quotation marks as a term as often as it names it otherwise ("Job-Turbo") is no party. */
function dropTerms(reg: Registry, terms: ReadonlyMap<string, number>) {
  for (const p of reg.live()) {
    const n = terms.get(norm(p.name));
    if (n && n >= p.mentions.length) reg.drop(p);
  }
}

/** One-word parties the text writes as proper nouns, again and again (repeated.ts): they show without a model's
 * say-so (rank.ts), typed by the evidence around them (kinds.ts). */
function markRepeated(reg: Registry, words: readonly Word[], uses: ReadonlyMap<string, WordUse>, rules: Rules) {
  const byWord = new Map<string, Word>();
  for (const w of words) if (w.cap && !byWord.has(w.l)) byWord.set(w.l, w);
  for (const p of reg.live()) {
    const w = p.parts.length === 1 ? byWord.get(p.parts[0]!) : undefined;
    if (w && isRepeatedName(w, uses, rules)) p.repeated = true;
  }
}

/** "Además insistió": one word the tagger was unsure of, capitalised only where sentences start, is no name (a
 * country the gazetteer knows still is: web text writes "malaysia" in lower case too). */
function connector(c: Candidate, uses: ReadonlyMap<string, WordUse>, ctx: ClassifyContext): boolean {
  if (c.words.length !== 1 || (c.confidence ?? 0) >= PARTY_FILTER.taggerConfidence) return false;
  const l = c.words[0]!.l;
  return onlyAtStarts(l, uses, ctx.rules) && !ctx.gaz.names.has(l) && !ctx.gaz.capitals.has(l);
}

export interface BuildOptions {
  /** The tagger has no model of its own for the language: its silence says less, the text's own evidence more. */
  strict?: boolean;
}

/** Build the parties of a scanned text. `entities`: the tagger's spans, or null to find names without a model. */
export function buildRegistry(doc: ScannedText, quotes: readonly RawQuote[], rules: Rules, entities: readonly EntitySpan[] | null, opts: BuildOptions = {}): Registry {
  const { text } = doc;
  const reg = new Registry(text);
  const words = wordsOf(doc);
  uncapDatelines(text, doc.paragraphs, words);
  const headings = headingBlocks(text, doc.paragraphs, words);
  uncapHeadings(text, doc.paragraphs, words, headings);
  const uses = wordUses(words, rules);
  reg.uses = uses;
  const gaz = gazetteer(rules.lang);
  const ctx: ClassifyContext = { reg, rules, gaz, acronyms: new Map(), inShortQuote: shortQuoteTest(text, quotes), terms: new Map() };
  ctx.acronyms = definedAcronyms(reg, rules, gaz, (code) => country(ctx, code));
  // names only in credits ("Reporting by X", "Photograph: X") are no parties: their spans are taken
  const credits = creditSpans(text, doc.paragraphs, entities, rules).map((c) => ({ s: c.start, e: c.end }));
  reg.credited = credits.map((c) => text.slice(c.s, c.e)).join('\n').toLowerCase();
  const defined = [...reg.mentions.map((m) => ({ s: m.s, e: m.e })), ...addUnspacedNames(reg, rules, gaz, (code) => country(ctx, code)), ...credits];
  for (const c of candidatesOf(text, words, rules, entities, defined, uses, !!opts.strict)) if (!connector(c, uses, ctx)) classify(ctx, c);
  dropTerms(reg, ctx.terms);
  knownAs(reg);
  mergeInflected(reg, rules);
  mergeInflectedAdjectives(reg, rules);
  linkShortForms(reg, rules);
  mergeVariants(reg, rules);
  describeParties(reg, rules);
  eventRoles(reg);
  listKinds(reg, rules);
  placeRegions(reg, rules);
  if (opts.strict || !entities) markRepeated(reg, words, uses, rules);
  settleKinds(reg, rules);
  markOffStory(reg, headings.map((h) => h.span), rules);
  reg.seal();
  return reg;
}
