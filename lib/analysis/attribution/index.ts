// Speaker attribution: for each quotation, the words around it that say who spoke (tried pattern by pattern, in
// the order a reader looks: inside the marks, after the quotation, before it in its sentence, the sentence or
// paragraph before), then the speaker those words stand for. Reads the parties; writes only its own result.

import type { QuoteKind } from '../../types';
import type { RawQuote } from '../quotes';
import { isScareQuote, isTitleLike } from '../quotes';
import { accordingAfter, anyVerbAfter, dashName, invertedAfter, invertedAnyVerb, lateAfter, lateInverted, subjectAfter, subjectlessAfter, transcript, type Attr } from './after';
import { verbFinal } from './verb-final';
import { accordingBefore, characterisation, colonSubject, invertedBefore, narrativeBefore, partialSubject, subjectlessBefore } from './before';
import { speakingSubject } from './speaking';
import { subjectBefore } from './subject-before';
import { colonName } from './colon-name';
import { colonIntro } from './colon-intro';
import { backReference } from './back-reference';
import { pronounOf } from './mention';
import { incise } from './inside';
import { opinionBefore, ownViewBefore } from './opinion';
import { adjacentPerson } from './structure';
import { cjkDocument, cjkQuote, cjkTail } from './cjk';
import { cjkVoice } from './cjk-voice';
import { previousParagraph, previousSentence, previousSpeaker, reportedMood, reportedOnly, reportedSource } from './previous';
import { beforeAuxiliary, commonWordAlone, initialAndCommonWord, plausible } from './plausible';
import { resolveMention, type Resolver } from './resolve';
import { lastSpeaker, paragraphTopic, resolveImplicit } from './resolve-pronoun';
import { siteOf, type Doc, type Site } from './site';
import { Speakers, type Who } from './speakers';
import { hitsIn, verbMatches } from './verbs';
import { newVoiceBetween } from './new-voice';
import { startsLower } from '../letters';
import { learnGenders } from './gender';
import { isQuotedName } from './quoted-name';
import { ATTRIBUTION } from '../weights';
import { nameByContinuation } from './continued';
import { bodyContinued, firstPerson } from './bodies';
import { attributeInterview } from './interview';
import { sitePronouns } from './site-pronoun';
import { DEFAULT_RANKER, rankSpeakers, type RankerWeights, type RankTrace } from './ranker';
import { shareGroups, shareRepeats } from './shared-speaker';
import { shareResumed } from './resumed';
import { markJoint } from './joint';
import { gluedConnective } from './glued-connective';
import { surnameAfter } from './surname-after';
import { insertedSaying } from './inserted';
import { listItem } from './list-item';
import { withoutLeadVerb } from './lead-verb';
import { relativeAfterQuote } from './restrictive-relative';
import { possessiveOwner } from './possessive-owner';
import { shareClosingVerb } from './closing-verb';
import { leadIntoGroups } from './lead-in';
export { quotedWithin } from './shared-speaker';

export { makeDoc, type Doc } from './site';
export { Speakers, type Who } from './speakers';
export type { RankerWeights, RankTrace } from './ranker';

export interface AttributeOptions {
  /** The learnt ranker's weights (default: the trained ones); null: the rule cascade alone. */
  ranker?: RankerWeights | null;
  /** Called with each quotation's candidates (training, error dumps). */
  trace?: (t: RankTrace) => void;
}

export interface Attributed {
  q: RawQuote;
  who: Who | null;
  /** The words the text uses for the speaker. */
  mention: string | null;
  kind: QuoteKind;
  /** The pattern that attributed it ('' when none did). */
  how: string;
  /** Persons who speak together ("Ford and Fry replied"), `who` among them, and their joint name. */
  joint?: { who: Who[]; name: string };
}

type Pattern = (doc: Doc, st: Site) => Attr | null;
const AFTER: Pattern[] = [adjacentPerson, cjkQuote, cjkVoice, verbFinal, incise, invertedAfter, subjectAfter, lateAfter, lateInverted, accordingAfter, dashName, transcript, anyVerbAfter, invertedAnyVerb, subjectlessAfter];
const BEFORE: Pattern[] = [cjkDocument, accordingBefore, opinionBefore, ownViewBefore, invertedBefore, narrativeBefore, subjectlessBefore, colonSubject, subjectBefore, insertedSaying];
const ALONE: Pattern[] = [backReference, colonName, colonIntro, characterisation, previousSentence, previousParagraph, partialSubject];

const keep = (doc: Doc, a: Attr | null) => (a && (a.how === 'pro-drop' || a.how === 'thing' || a.how === 'own-view' || a.how === 'before-passive' || surnameAfter(doc, a) || (plausible(doc.text.slice(a.m.s, a.m.e).trim(), a.how, doc.rules) && !commonWordAlone(doc, a.m) && !initialAndCommonWord(doc, a.m))) ? a : null);

/** The first pattern that finds a plausible speaker phrase (an implausible one lets the next pattern try). */
function first(doc: Doc, st: Site, patterns: Pattern[]): Attr | null {
  for (const p of patterns) {
    const a = keep(doc, p(doc, st));
    if (a) return a;
  }
  return null;
}

/** The words that say who spoke the quotation, if any. */
function findAttribution(doc: Doc, st: Site): Attr | null {
  let attr = relativeAfterQuote(doc, st.q.close) ? null : first(doc, st, AFTER);
  // "Ishiba was asked, “…?” The prime minister admitted …": a quotation its sentence introduces and that closes on
  // its own full stop is that sentence's; the words after it begin another
  if (attr && introduced(doc, st)) attr = first(doc, st, BEFORE) ?? attr;
  // Titles of shows, books and operations (“Face the Nation,” “Morning Joe”) have no speaker.
  if (isTitleLike(st.inner) && TITLE_AFTER.test(doc.text.slice(Math.max(0, st.q.open - 12), st.q.open))) return null;
  attr ??= first(doc, st, BEFORE);
  // reported speech ("X sei „…“") is the words of the speaker before, not of the sentence's subject
  return attr ?? (reportedMood(doc, st) ? null : first(doc, st, ALONE));
}

/** The quotation ends its sentence ("…?”", "….”") after words of its sentence that introduce it with a verb of saying
 * and a comma or colon ("Ishiba was asked, “…?”"). */
function introduced(doc: Doc, st: Site): boolean {
  const before = doc.text.slice(st.sentA, st.q.open).trimEnd();
  return /[.?!…]$/.test(st.inner.trimEnd()) && /[,:]$/.test(before) && hitsIn(doc, doc.verbs.say, st.sentA, st.q.open).length > 0;
}

/** Words after which a quotation in title case may be a title (the cascade gives it nobody; the ranker may yet). */
const TITLE_AFTER = /(?:\b(?:on|in|at|to|of|from|for|by|via|the)|['’]s)\s*$/i;
/** Titles of shows and books after a possessive or 'on', 'of', 'with' ('CNN’s “State of the Union”', 'on “Meet the
 * Press.”', 'an interview with “Fox News Sunday.”'): a name inside the words around, nobody's quotation at all
 * ('from “Buffalo to Albany.”', 'goes by “Vito,”' may be words someone said: left to the ranker). */
const TITLE_OF = /(?:\b(?:on|of|with|mit|avec|con)|['’]s)\s*$/i;
/** « Le Monde », “The Times”, „Bild“: a newspaper's name in quotation marks is a title. */
const mediaName = (doc: Doc, st: Site) => doc.rules.mediaHeads.has(/(\p{L}+)\P{L}*$/u.exec(st.inner)?.[1]!.toLowerCase() ?? '');
const namedTitle = (doc: Doc, st: Site) => isTitleLike(st.inner) && (mediaName(doc, st) || TITLE_OF.test(doc.text.slice(Math.max(0, st.q.open - 12), st.q.open)));

/** The stretch text[a, b) between two quotations only attributes them ("“A,” she said. “B”"). */
function attributionOnly(doc: Doc, a: number, b: number, attributedAfter = false, prev: Who | null = null): boolean {
  const g = doc.text.slice(a, b).trim();
  if (!g || g.length > 160) return false;
  // a verb of saying (or the words that attributed the quotation before: "„…“, so der Kandidat, als er …. „…“"), and
  // not two sentences in between
  const breaks = g.split(/[.!?]\s+/).slice(1).filter((x) => x && x[0] !== x[0]!.toLowerCase()).length;
  return breaks < 2 && (attributedAfter || hitsIn(doc, doc.verbs.say, a, b).length > 0) && !newVoiceBetween(doc, a, b, prev);
}

/** "„…“ Sein Urteil: „…“", "“…” His verdict: “…”": a short label and a colon naming nobody between two quotations. */
function colonLabel(doc: Doc, a: number, b: number): boolean {
  const g = doc.text.slice(a, b);
  return g.length <= ATTRIBUTION.colonLabelChars && /^[^.!?:;]*:\s*$/.test(g.replace(/^[\s.!?,]+/, '')) && !doc.reg.within(a, b).length;
}

/**
 * "„…“, regt sie an. Beispielsweise in der Deutschförderung, die vielerorts wichtig ist: „…“": after the words that
 * attribute the quotation before, a sentence that announces the next with a colon and names nobody (no party, no
 * pronoun or speaking noun as its subject) goes on with the same speaker.
 */
function colonAfterAttribution(doc: Doc, a: number, b: number, attributedAfter: boolean): boolean {
  const g = doc.text.slice(a, b);
  const cut = Math.max(g.lastIndexOf('. '), g.lastIndexOf('! '), g.lastIndexOf('? '));
  if (cut < 0 || g.length > ATTRIBUTION.colonLabelChars * 4 || !/:\s*$/.test(g)) return false;
  const s = a + cut + 2;
  // (the part before is the attribution alone: "“…”, regt sie an.")
  if (!attributionOnly(doc, a, s, attributedAfter) || /[.!?]\s/.test(g.slice(0, cut))) return false;
  return !doc.reg.within(s, b).length && !speakingSubject(doc, s, b) && !subjectPronoun(doc, s, b);
}

/** A pronoun of a person anywhere in text[a, b) ("Er sehe darin …:"): the sentence has a subject of its own. */
const subjectPronoun = (doc: Doc, a: number, b: number) => doc.text.slice(a, b).split(/[^\p{L}]+/u).some((w) => { const p = pronounOf(w, doc.rules); return !!p && p !== 'o' && p !== 'n'; });

/** "with the words “we see you” or “I see you”": only a conjunction between two quotations, one speaker's words
 * (not one or two words: “businesses” or “creator” are labels, nobody's words). */
const joinedOnly = (doc: Doc, gap: string) => doc.rules.conjunctions.has(gap.replace(/^[\s,]+|\s+$/g, '').toLowerCase());

/** A quotation right after another by the same speaker, or under the same verb of its sentence. */
function carried(doc: Doc, st: Site, prev: Attributed | undefined): Attributed | null {
  if (!st.prevQ || !prev || (prev.who === null && !prev.mention) || isTitleLike(st.inner)) return null;
  const gap = doc.text.slice(st.prevQ.close, st.q.open);
  // ("„…“, sagte er. (Das Amt fügte in „supporter’s“ …)": words quoted in the author's parenthesis are not his)
  if (gap.lastIndexOf('(') > gap.lastIndexOf(')')) return null;
  // (a sentence's part, as partial as the one before it: no continuation of a full statement)
  if ((joinedOnly(doc, gap) || gluedConnective(gap)) && !isScareQuote(st.inner)) return { ...prev, how: 'joined' };
  if (gap.length < 200 && !/[“"«„]/.test(gap) && (/^[\s,.;:—–-]*$/.test(gap) || attributionOnly(doc, st.prevQ.close, st.q.open, /^after/.test(prev.how), prev.who) || colonAfterAttribution(doc, st.prevQ.close, st.q.open, /^(?:after|inv|late)/.test(prev.how)) || cjkTail(gap) || colonLabel(doc, st.prevQ.close, st.q.open) || reportedOnly(doc, st.prevQ.close, st.q.open))) return { ...prev, how: 'cont' };
  // "X ruled that the claim about “A” is “B”": one verb of saying governs the quotations of its sentence
  // (a verb joined to the first by "and" has the same subject: "a affirmé que … «A» et salué une «B»"; and so has a
  // third quotation under it: "… une «B» des forces russes sur le front qui «C»")
  const verbs = verbMatches(doc, doc.verbs.any, st.prevQ.close, st.q.open).filter((v) => !/(?:^|\s)(?:and|et|und|y|e|en|og|och)\s+$/.test(gap.slice(Math.max(0, v.index - 6), v.index)));
  if (/^(?:before|same-sent)/.test(prev.how) && gap.length < 120 && !/[“"«„.!?;:]/.test(gap) && !/[.!?]$/.test(doc.text.slice(st.prevQ.start, st.prevQ.end)) && !verbs.length) {
    return { ...prev, how: 'same-sent' };
  }
  return null;
}

function kindOf(doc: Doc, st: Site, how: string, attributed: boolean, prev: Attributed | undefined): QuoteKind {
  const { q, inner } = st, text = doc.text;
  if (q.multi) return 'multi-paragraph';
  // 「…」と述べた: a quotation its particle closes is a full statement, wherever the sentence began
  if (how === 'cjk') return 'full';
  const gap = st.prevQ ? text.slice(st.prevQ.close, q.open) : '';
  const prevSpoken = !!prev && prev.q.para === q.para && (prev.who !== null || !!prev.mention) && !isTitleLike(text.slice(prev.q.start, prev.q.end));
  if (q.afterIncise || how === 'cont' || (prevSpoken && !/^[\s,—–-]*$/.test(gap) && attributionOnly(doc, st.prevQ!.close, q.open, false, prev.who))) return 'continuation';
  const before = text.slice(st.sentA, q.open).trim();
  if (before && !/[:,—–\-、，：]$/.test(before)) return 'partial';
  if (!/[.!?…,]$/.test(inner) && startsLower(text.slice(q.close, q.close + 3).trimStart()) && !attributed) return 'partial';
  return 'full';
}

/** A name or title in quotation marks inside the words that attribute the quotation before ("…“, sagte der Coach der
 * „Nati“") is part of those words, nobody's quotation. */
function nameInAttribution(doc: Doc, st: Site, prev: Attributed | undefined): boolean {
  if (!st.prevQ || !prev || (prev.who === null && !prev.mention) || !doc.titleLike[st.qi] || !isScareQuote(st.inner)) return false;
  const gap = doc.text.slice(st.prevQ.close, st.q.open);
  return gap.length < ATTRIBUTION.nameInAttributionGap && !/[.!?:]\s/.test(gap);
}

/** Reported speech goes on with the words of the last speaker; with none close before, of the person the sentence
 * before it is about ("X hat … untersucht. Y habe … – „…“"). */
function reportedBy(r: Resolver, st: Site): Pick<Attributed, 'who' | 'mention' | 'how'> {
  // ("Steinberg wird … herangezogen, … Ganz generell sei es so: „…“": a new paragraph about another person is theirs,
  // unless the sentence is about that person: "Brenner sei „völlig am Boden“" are the words of the speaker before)
  const topic = paragraphTopic(r, st.q.start);
  const about = topic !== null && r.doc.reg.within(st.sentA, st.q.open).some((m) => r.doc.reg.get(m.party).id === topic);
  const who = (about ? null : topic) ?? lastSpeaker(r, st.q.start);
  const src = who === null ? keep(r.doc, reportedSource(r.doc, st)) : null;
  return src ? { who: resolveMention(r, src.m), mention: r.doc.text.slice(src.m.s, src.m.e).trim(), how: 'reported-source' } : { who, mention: null, how: 'reported' };
}

/** A pronoun mention for the person named before it (attr.ref) stands only when the person is known to be of the
 * pronoun's gender ("She said he then announced: “…”" is someone else's "he"); else the person's own mention. */
function fittingPronoun(r: Resolver, attr: Attr): Attr {
  if (!attr.ref) return attr;
  const who = resolveMention(r, attr.ref), g = pronounOf(r.doc.text.slice(attr.m.s, attr.m.e).trim(), r.doc.rules);
  return who !== null && !!g && r.book.gender(who) === g ? attr : { m: attr.ref, how: attr.how };
}

/** Every quotation with its speaker. */
export function attribute(doc: Doc, book: Speakers, opts: AttributeOptions = {}): Attributed[] {
  const out: Attributed[] = [], sites: Site[] = [], skip = new Set<number>();
  const r: Resolver = { doc, book, last: null };
  learnGenders(doc, book);
  for (let qi = 0; qi < doc.quotes.length; qi++) {
    const st = siteOf(doc, qi);
    sites.push(st);
    // (neither is a title in the words around: the ranker gives it nobody, the quotation after goes on past it)
    if (namedTitle(doc, st) || isQuotedName(doc, st) || listItem(doc, st) || nameInAttribution(doc, st, out[out.length - 1])) { skip.add(qi); out.push({ q: st.q, who: null, mention: null, kind: 'full', how: '' }); continue; }
    const attr = findAttribution(doc, st);
    r.self = firstPerson(doc, st.inner);
    let res: Attributed = { q: st.q, who: null, mention: null, kind: 'full', how: attr?.how ?? '' };
    if (attr?.how === 'pro-drop' || attr?.how === 'own-view') res = { ...res, who: resolveImplicit(r, st.q.start) };
    // ("Trump was asked, “…”": somebody unnamed asked)
    else if (attr?.how === 'before-passive' || attr?.how === 'thing') res = { ...res, how: attr.how };
    // (a description with no speaking noun at its head, "the attendees", is somebody unnamed: no party)
    else if (attr) {
      const fit = fittingPronoun(r, attr), a = { ...fit, m: withoutLeadVerb(doc, beforeAuxiliary(doc.text, fit.m, doc.rules)) };
      const mention = doc.text.slice(a.m.s, a.m.e).trim(); // ("ce dernier", "the latter" names the one before)
      const unnamed = a.how === 'before-desc' && !doc.rules.latter.has(mention.toLowerCase());
      res = { ...res, mention, who: unnamed ? null : resolveMention(r, a.ref ?? a.m) };
      // ("Según su análisis" after the source's own words: the owner is who spoke before, not the body named last)
      const owner = res.who === null || book.kind(res.who) !== 'person' ? possessiveOwner(doc, book, a.m, out[out.length - 1]) : null;
      if (owner) res = { ...res, ...owner };
      // ("Wir erinnern an Redepassagen wie: „…“": the writer's "we" quotes someone; the words are no party's)
      if (res.who === null && doc.rules.firstPlural.has(mention.toLowerCase())) res = { ...res, mention: null };
    }
    if (attr) res = bodyContinued(doc, st, res, out[out.length - 1]) ?? res;
    // (a name in quotation marks inside the attribution before, "…“, ereiferte sich der Coach der „Nati“ … und
    // behauptete: „…“", is no quotation: the words go on from the one before it)
    else res = { ...res, ...carried(doc, st, skip.has(qi - 1) ? out[qi - 2] : out[qi - 1]), q: st.q };
    if (!attr && !res.how && previousSpeaker(doc, st)) {
      const prev = out[out.length - 1];
      if (prev && (prev.who !== null || prev.mention)) res = { ...res, who: prev.who, mention: prev.mention, how: 'prev-speaker' };
    }
    if (!attr && !res.how && reportedMood(doc, st)) res = { ...res, ...reportedBy(r, st) };
    res.kind = kindOf(doc, st, res.how, !!attr, out[out.length - 1]);
    // (reported speech carries the last speaker on; it is no new one for the pronouns before it; nor is who asked
    // the person the story is about: "he" after the question is the one who answers)
    if (res.who !== null && res.how !== 'reported' && res.how !== 'before-agent') r.last = { who: res.who, para: st.q.para, pos: st.q.start };
    out.push(res);
  }
  const ranked = rankSpeakers(doc, book, out, sites, skip, opts.ranker === undefined ? DEFAULT_RANKER : opts.ranker, opts.trace);
  nameByContinuation(doc, book, ranked);
  shareClosingVerb(doc, ranked, skip);
  shareGroups(ranked);
  shareResumed(doc, ranked);
  leadIntoGroups(doc, book, ranked);
  // (an answer found by its place speaks for the rest of its multi-paragraph quotation too)
  if (attributeInterview(doc, book, ranked)) shareGroups(ranked);
  shareRepeats(ranked, doc);
  sitePronouns(doc, book, ranked, sites);
  markJoint(doc, book, ranked);
  return ranked;
}
