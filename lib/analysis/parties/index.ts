// The parties stage, before attribution: name mentions (the tagger's, or capitalised runs without a model) made
// into parties with types, aliases, descriptions and roles. Attribution reads the registry; `rankParties` (rank.ts)
// then lists the parties with what attribution found (who spoke).

import type { Rules } from '../../rules/languages';
import type { ScannedText } from '../text';
import type { RawQuote } from '../quotes';
import type { EntitySpan } from '../entities';
import { Registry, norm } from './registry';
import { wordsOf, type Word } from './words';
import { colonDatelines, headingBlocks, labelLines, shoutingRuns, uncapDatelines, uncapHeadings } from './headings';
import { markOffStory } from './offstory';
import { classify, type Candidate, type ClassifyContext } from './classify';
import { termAcronyms } from './term-acronyms';
import { candidatesOf } from './candidates';
import { joinNicknames } from './quoted-nicknames';
import { country } from './capitals';
import { gazetteer } from './countries';
import { bracketedAcronyms, bracketedNames, definedAcronyms, knownAs } from './acronyms';
import { baseNames, linkShortForms, mergeInflected, mergeInflectedAdjectives } from './merge';
import { mergeVariants } from './variants';
import { describeParties, eventRoles } from './describe';
import { kindOf, settleKinds } from './kinds';
import { exampleKinds, listKinds, placeRegions } from './lists';
import { addUnspacedNames } from './unspaced';
import { creditSpans } from './credits';
import { headlineWords, isRepeatedName, onlyAtStarts, wordUses, type WordUse } from './repeated';
import { PARTY_FILTER } from '../weights';
import { givenNamesOf } from './tagged';
import { markNameWords } from './name-words';
import { mergeNameForms } from './name-forms';
import { mergeEndingForms } from './ending-forms';
import { genitiveHeads } from './genitive-head';
import { shoutedRun, unshouted } from './shouted';
import { isOrgHead } from './lexicon';
import { bracketTagSpans, bracketTags } from './party-tags';
import { addTitledNames } from './titled-after';
import { addParticledNames } from './particled-names';
import { surnamesFirst } from './surname-first';
import { mergeRenamed } from './renamed';
import { mergeTransliterated } from './transliterated';
import { regionNamesakeKinds } from './region-namesakes';
import { dropPhraseNouns } from './phrase-nouns';
import { mendCjkSpans } from './cjk-spans';
import { wordEdges } from './cjk-words';
import { formNames } from './form-names';
import { mergeLedGovernments } from './led-governments';
import { dropCompoundStems } from './compound-stems';
import { countLatinNames } from './latin-in-cjk';
import { reportDatelines } from './report-datelines';
import { joinCutWords } from './cut-words';
import { joinHeadNames } from './head-joined';

export { Registry, type PartyRecord, type Mention, type PartyKind } from './registry';
export { rankParties, type SpeakerEvidence } from './rank';
export { kindOf } from './kinds';
export { candidatesOf } from './candidates';

/** A test for "inside a quotation of at most four words" (a title or a term, not a name), by binary search. */
export function shortQuoteTest(text: string, quotes: readonly RawQuote[]): (pos: number) => boolean {
  const short = quotes.filter((q) => text.slice(q.start, q.end).split(/\s+/).length <= 4);
  return (pos) => {
    let lo = 0, hi = short.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (short[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
    return lo < short.length && short[lo]!.start <= pos;
  };
}

/** A name the text sets in quotation marks as a term as often as it names it otherwise ("Job-Turbo") is no party. */
function dropTerms(reg: Registry, terms: ReadonlyMap<string, number>) {
  for (const p of reg.live()) {
    const n = terms.get(norm(p.name));
    if (n && n >= p.mentions.length) reg.drop(p);
  }
}

/** A name the text writes once as a number's unit ("1,5 Grad Celsius") is that unit after a number word too ("fünf
 * Grad Celsius"), unless the tagger is sure of a name somewhere. */
function dropUnits(reg: Registry, units: ReadonlySet<string> | undefined) {
  if (!units) return;
  for (const p of reg.live()) {
    const v = p.votes;
    if (units.has(norm(p.name)) && v.PER + v.ORG + v.LOC < PARTY_FILTER.taggerConfidence * Math.max(1, v.n)) reg.drop(p);
  }
}

/** An organisation's name of several words that the text also writes with its first word in lower case ("die
 * künstliche Intelligenz" beside "Künstliche Intelligenz (KI)"): a common noun phrase that a capital at a sentence's
 * or a term's start made look like a name. An organisation's head word ("ministerio de Exteriores") opens its name in
 * lower case in some languages' style, an article or a particle ("De Nederlandsche Bank") in running text: those stay. */
function dropCommonPhrases(reg: Registry, text: string, rules: Rules) {
  for (const p of reg.live()) {
    const first = p.name.split(' ')[0]!;
    const low = first.toLowerCase();
    if (p.kind !== 'organization' || first === p.name || isOrgHead(first, rules) || rules.functionWords.has(low) || rules.nameParticles.has(low)) continue;
    const lower = low + p.name.slice(first.length);
    if (lower === p.name) continue;
    let at = text.indexOf(lower);
    while (at >= 0 && (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + lower.length] ?? ''))) at = text.indexOf(lower, at + 1);
    if (at >= 0) reg.drop(p);
  }
}

/** One-word parties the text writes as proper nouns, again and again (repeated.ts): they show without a model's
 * say-so (rank.ts), typed by the evidence around them (kinds.ts). */
function markRepeated(reg: Registry, words: readonly Word[], uses: ReadonlyMap<string, WordUse>, rules: Rules, title?: string | null) {
  const headline = headlineWords(title);
  const byWord = new Map<string, Word>();
  for (const w of words) if (w.cap && !byWord.has(w.l)) byWord.set(w.l, w);
  for (const p of reg.live()) {
    const w = p.parts.length === 1 ? byWord.get(p.parts[0]!) : undefined;
    if (w && isRepeatedName(w, uses, rules, headline)) p.repeated = true;
  }
}

/** One-word parties whose forms show a name the tagger missed (form-names.ts) show as repeated names do. Named by
 * that one word alone throughout, with no given name, title or role and no reading of the tagger's, and opening
 * compounds for things ("Samsung-Geräte"), such an actor is an organisation, as kinds.ts's `unnamedActor` (a person
 * in the news is introduced by name and role: a surname of a full name the text gives, "Bennett", stays open). */
function markFormed(reg: Registry, formed: ReadonlySet<string>, words: readonly Word[], rules: Rules) {
  const surnames = new Set(reg.live().filter((o) => o.parts.length > 1).map((o) => o.parts[o.parts.length - 1]!));
  for (const p of reg.live()) {
    const l = p.parts.length === 1 ? p.parts[0]! : '';
    // (a name the tagger read somewhere shows on its reading: the flag would make kinds.ts's unnamedActor retype it)
    if (!formed.has(l) || p.votes.n > 0) continue;
    p.repeated = true;
    const opens = words.some((w) => w.l.startsWith(l + '-'));
    if (opens && !surnames.has(l) && kindOf(p, rules) === 'unknown') p.kind = 'organization';
  }
}

/** "Además insistió": one word the tagger was unsure of, capitalised only where sentences start, is no name (a
 * country the gazetteer knows still is: web text writes "malaysia" in lower case too). */
function connector(c: Candidate, uses: ReadonlyMap<string, WordUse>, ctx: ClassifyContext): boolean {
  if (c.words.length !== 1 || (c.confidence ?? 0) >= PARTY_FILTER.taggerConfidence) return false;
  const l = c.words[0]!.l;
  return onlyAtStarts(l, uses, ctx.rules) && !ctx.gaz.names.has(l) && !ctx.gaz.capitals.has(l);
}

/** The position is inside one of the spans ("NEW DELHI:", a dateline in capitals, names where the story is filed). */
const inSpan = (spans: readonly { start: number; end: number }[] | undefined, at: number) => !!spans?.some((d) => d.start <= at && at < d.end);

/** A place named in a dateline ("LINDI: …") is where the story is filed from: its role says so. */
function datelineRoles(reg: Registry, spans: readonly { start: number; end: number }[]) {
  for (const p of reg.live()) if (p.kind === 'place' && p.mentions.some((m) => spans.some((d) => d.start <= m.s && m.e <= d.end))) p.roles.add('dateline');
}

export interface BuildOptions {
  /** The tagger has no model of its own for the language: its silence says less, the text's own evidence more. */
  strict?: boolean;
  /** The headline: evidence of how the text writes a name (name-words.ts), never a mention. */
  title?: string | null;
}

/** One party a name written several ways: known-as and renamed names, transliterations, inflections, short forms,
 * variants (the order matters: each pass reads the merges before it). */
function mergeForms(reg: Registry, rules: Rules): void {
  knownAs(reg);
  mergeRenamed(reg, rules);
  bracketedNames(reg);
  mergeTransliterated(reg);
  mergeInflected(reg, rules);
  genitiveHeads(reg, rules);
  bracketedAcronyms(reg, rules);
  mergeInflectedAdjectives(reg, rules);
  baseNames(reg, rules);
  surnamesFirst(reg);
  linkShortForms(reg, rules);
  mergeVariants(reg, rules);
  mergeNameForms(reg, rules);
  mergeEndingForms(reg, rules);
  mergeLedGovernments(reg, rules);
}

/** Build the parties of a scanned text. `spans`: the tagger's spans, or null to find names without a model. */
export function buildRegistry(doc: ScannedText, quotes: readonly RawQuote[], rules: Rules, spans: readonly EntitySpan[] | null, opts: BuildOptions = {}): Registry {
  const { text } = doc;
  // (where no space parts words, the tagger's edges mended first: cjk-spans.ts)
  // (and, in Chinese, where they cut a word the training data keeps whole: cjk-words.ts)
  const mended = spans && mendCjkSpans(text, spans);
  const entities = mended && rules.lang === 'zh' ? wordEdges(text, mended) : mended;
  const reg = new Registry(text);
  const words = wordsOf(doc);
  uncapDatelines(text, doc.paragraphs, words);
  const headings = headingBlocks(text, doc.paragraphs, words);
  uncapHeadings(text, doc.paragraphs, words, [...headings, ...shoutingRuns(text, words, rules.functionWords)]);
  markNameWords(text, words, rules, opts.title);
  const uses = wordUses(words, rules);
  reg.uses = uses;
  const gaz = gazetteer(rules.lang);
  const ctx: ClassifyContext = { reg, doc, rules, gaz, acronyms: new Map(), inShortQuote: shortQuoteTest(text, quotes), terms: new Map(), datelines: colonDatelines(text, doc.paragraphs), termAcronyms: termAcronyms(text, rules), givenNames: givenNamesOf(text, entities) };
  ctx.acronyms = definedAcronyms(reg, rules, gaz, (code) => country(ctx, code), ctx.termAcronyms);
  // names only in credits ("Reporting by X", "Photograph: X") are no parties: their spans are taken
  const credits = [...creditSpans(text, doc.paragraphs, entities, rules), ...reportDatelines(text, doc.paragraphs, rules)].map((c) => ({ s: c.start, e: c.end }));
  reg.credited = credits.map((c) => text.slice(c.s, c.e)).join('\n').toLowerCase();
  const tags = bracketTagSpans(text);
  const defined = [...reg.mentions.map((m) => ({ s: m.s, e: m.e })), ...addUnspacedNames(reg, rules, gaz, (code) => country(ctx, code)), ...addTitledNames(reg, rules, gaz), ...addParticledNames(reg, rules, gaz), ...credits, ...tags];
  const plain = unshouted(words);
  const formed = entities ? formNames(words, rules, uses, gaz) : new Set<string>();
  const cands = joinHeadNames(joinCutWords(candidatesOf(text, words, rules, entities, defined, uses, !!opts.strict, formed), text, words, rules), text, words, rules, uses, !!opts.strict);
  for (const c of joinNicknames(cands, text, words, rules)) if (!connector(c, uses, ctx) && !(shoutedRun(c.words, plain) && !inSpan(ctx.datelines, c.s))) classify(ctx, c);
  bracketTags(reg, tags);
  dropTerms(reg, ctx.terms);
  dropUnits(reg, ctx.units);
  mergeForms(reg, rules);
  dropCommonPhrases(reg, text, rules);
  countLatinNames(reg, rules);
  describeParties(reg, rules);
  eventRoles(reg);
  exampleKinds(reg, rules);
  listKinds(reg, rules);
  placeRegions(reg, rules);
  regionNamesakeKinds(reg, rules);
  if (opts.strict || !entities) markRepeated(reg, words, uses, rules, opts.title);
  markFormed(reg, formed, words, rules);
  settleKinds(reg, rules);
  dropCompoundStems(reg, rules, gaz);
  dropPhraseNouns(reg, rules);
  datelineRoles(reg, ctx.datelines ?? []);
  markOffStory(reg, [...headings.map((h) => h.span), ...labelLines(text, doc.paragraphs)].sort((a, b) => a.start - b.start), rules);
  reg.seal();
  return reg;
}
