// Who may have spoken a quotation, for the learnt speaker ranker (ranker.ts): the rule cascade's answer, the parties
// named in a window around the quotation (its sentence, a few sentences before, the next one), the speakers of the
// quotations just before, and "nobody". Each candidate gets features that say where it stands, never which words it
// is made of: position, distance, clause subject, punctuation between, previous speaker, type, salience, a verb of
// saying beside it (the per-language lists, one feature among others) and whether the cascade chose it.

import type { Sentence } from '../text';
import type { Attributed } from './index';
import type { Doc } from './site';
import { insideQuote, type Site } from './site';
import type { Speakers, Who } from './speakers';
import { verbMatches } from './verbs';
import { lastSpeechEvent } from './events';
import { RANKER } from '../weights';
import { spaceRunStart } from '../text/props';

/** The features, by name, in the order of the weights file (ranker-weights.json). */
export const FEATURES = [
  'nobody', 'nobodyCascadeNone', 'nobodyShort', 'nobodyNoVerb', 'nobodyOpensPara', 'nobodyCandidates',
  'cascade', 'cascadeStrong', 'cascadeCarried', 'cascadeMentionOnly',
  'before', 'after', 'sameSentence', 'nextSentence', 'sentencesApart', 'distance', 'paraCrossed', 'paraBefore',
  'subject', 'firstInSentence', 'colonBetween', 'prevSpeaker', 'prevSpeakerSamePara', 'prevSpeakerParaBefore',
  'recentSpeaker', 'speakerCount', 'person', 'organisation', 'place', 'otherKind', 'mentions', 'mostMentioned',
  'verbBeside', 'insideOther', 'nearestBefore', 'nearest', 'prevSpeakerOpensPara',
  // pairs a linear score cannot make from the single features
  'subjectBefore', 'verbSameSentence', 'verbAfter', 'nearestBeforeSame', 'media', 'speechEvent',
  'nobodyLong', 'nobodyFull', 'nobodyMulti',
] as const;
export type Feature = (typeof FEATURES)[number];

export interface Candidate {
  /** null: nobody (or the cascade's mention that names nobody it could resolve). */
  who: Who | null;
  mention: string | null;
  /** The speaker's name (null for nobody). */
  name: string | null;
  /** The cascade's own answer. */
  cascade: boolean;
  nobody: boolean;
  x: Float64Array;
}

/** Patterns that read a verb of saying next to the quotation (the others borrow a speaker from around it). */
export const STRONG = /^(?:after|before|incise|cjk|dash|colon|as-subject|inv|late|transcript)/;
const SHORT_WORDS = 3;

interface Near { who: Who; s: number; e: number; count: number; subject: boolean }

function sentenceIndex(ss: readonly Sentence[], pos: number): number {
  let lo = 0, hi = ss.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ss[mid]!.start <= pos) lo = mid + 1; else hi = mid; }
  return Math.max(0, lo - 1);
}

/** Parties named in the window around the quotation (not inside it), the nearest mention of each. */
function nearParties(doc: Doc, st: Site): Near[] {
  const ss = doc.sentences, a = sentenceIndex(ss, st.q.open), b = sentenceIndex(ss, Math.max(st.q.open, st.q.close - 1));
  const from = ss[Math.max(0, a - RANKER.sentencesBefore)]?.start ?? 0;
  const to = ss[Math.min(ss.length - 1, b + RANKER.sentencesAfter)]?.end ?? doc.text.length;
  const byWho = new Map<Who, Near>();
  for (const m of doc.reg.within(from, to)) {
    if (m.s >= st.q.open && m.e <= st.q.close) continue;
    const p = doc.reg.get(m.party);
    if (p.kind === 'place' || p.kind === 'country' ? !RANKER.placesSpeak : false) continue;
    const dist = m.e <= st.q.open ? st.q.open - m.e : m.s - st.q.close;
    const old = byWho.get(p.id);
    const oldDist = old ? (old.e <= st.q.open ? st.q.open - old.e : old.s - st.q.close) : Infinity;
    if (!old) byWho.set(p.id, { who: p.id, s: m.s, e: m.e, count: 1, subject: !!m.subject });
    else { old.count++; if (dist < oldDist) Object.assign(old, { s: m.s, e: m.e, subject: !!m.subject }); }
  }
  return [...byWho.values()];
}

/** A speaker of the quotations before: how many, the paragraph of the last one and the words it used. */
export interface Seen { count: number; para: number; mention: string }

export interface Context {
  doc: Doc; book: Speakers; out: readonly Attributed[]; qi: number; st: Site; maxMentions: number;
  /** The cascade's speakers of quotations 0 … qi-1 (kept by the caller, so that no quotation walks back over all). */
  seen: ReadonlyMap<Who, Seen>;
}

function kindFeatures(book: Speakers, who: Who | null): Partial<Record<Feature, number>> {
  if (who === null) return { otherKind: 1 };
  const k = book.kind(who);
  if (k === 'person') return { person: 1 };
  if (k === 'media') return { organisation: 1, media: 1 };
  if (k === 'organization' || k === 'group') return { organisation: 1 };
  if (k === 'place' || k === 'country') return { place: 1 };
  return { otherKind: 1 };
}

const INDEX = new Map<string, number>(FEATURES.map((n, i) => [n, i]));

function vector(f: Partial<Record<Feature, number>>): Float64Array {
  const x = new Float64Array(FEATURES.length);
  for (const k in f) x[INDEX.get(k)!] = f[k as Feature] ?? 0;
  return x;
}

// What a mention's sentence says of it does not depend on the quotation: worked out once a document (the same
// mentions are candidates for quotation after quotation).
const byDoc = new WeakMap<Doc, { first: Map<number, number | undefined>; verb: Map<number, boolean> }>();
const memoOf = (doc: Doc) => { let m = byDoc.get(doc); if (!m) byDoc.set(doc, m = { first: new Map(), verb: new Map() }); return m; };

/** Where the first mention of sentence k outside quotation marks starts. */
function firstFreeMention(doc: Doc, k: number): number | undefined {
  const memo = memoOf(doc).first;
  if (memo.has(k)) return memo.get(k);
  const sent = doc.sentences[k]!, at = doc.reg.within(sent.start, sent.end).find((m) => !insideQuote(doc, m.s))?.s;
  memo.set(k, at);
  return at;
}

/** A verb of saying outside quotation marks within reach of the mention text[s, e) in its sentence. */
function verbBesideMention(doc: Doc, sent: Sentence | undefined, s: number, e: number): boolean {
  const memo = memoOf(doc).verb, key = s * 65536 + (e - s); // (a mention is far shorter than 65 536 characters)
  const known = e - s < 65536 ? memo.get(key) : undefined;
  if (known !== undefined) return known;
  const sa = sent ? Math.max(sent.start, s - RANKER.verbReach) : s, sb = sent ? Math.min(sent.end, e + RANKER.verbReach) : e;
  const beside = verbMatches(doc, doc.verbs.say, sa, sb).some((v) => !insideQuote(doc, sa + v.index));
  if (e - s < 65536) memo.set(key, beside);
  return beside;
}

/** Features of a candidate named at text[s, e) (s < 0: named nowhere near). */
function placeFeatures(c: Context, s: number, e: number): Partial<Record<Feature, number>> {
  const { doc, st } = c, ss = doc.sentences, text = doc.text;
  if (s < 0) return { sentencesApart: 1, distance: 1, paraCrossed: 1 };
  const qs = sentenceIndex(ss, st.q.open), ms = sentenceIndex(ss, s), before = e <= st.q.open;
  const apart = before ? Math.max(0, qs - ms) : Math.max(0, ms - sentenceIndex(ss, Math.max(st.q.open, st.q.close - 1)));
  const dist = Math.max(0, before ? st.q.open - e : s - st.q.close);
  const sent = ss[ms];
  const gap = before ? text.slice(e, st.q.open) : text.slice(st.q.close, s);
  const firstInSentence = !!sent && firstFreeMention(doc, ms) === s;
  const verbBeside = verbBesideMention(doc, sent, s, e);
  const mPara = sent?.paragraph ?? st.q.para;
  return {
    before: before ? 1 : 0, after: before ? 0 : 1, sameSentence: apart === 0 ? 1 : 0, nextSentence: !before && apart === 1 ? 1 : 0,
    sentencesApart: Math.min(apart, RANKER.maxSentencesApart) / RANKER.maxSentencesApart,
    distance: Math.min(1, Math.log1p(dist) / Math.log1p(RANKER.farChars)),
    paraCrossed: mPara !== st.q.para ? 1 : 0, paraBefore: mPara === st.q.para - 1 ? 1 : 0,
    firstInSentence: firstInSentence ? 1 : 0,
    colonBetween: before && /[:—–]\s*$/.test(gap) && gap.length < RANKER.colonGap ? 1 : 0,
    verbBeside: verbBeside ? 1 : 0, insideOther: insideQuote(doc, s) ? 1 : 0,
  };
}

/** What the quotations before say about a candidate: the previous quotation's speaker, a recent one, how often. */
function speakerFeatures(c: Context, who: Who | null, opensPara: boolean): Partial<Record<Feature, number>> {
  if (who === null) return {};
  const { out, qi, st } = c, prev = out[qi - 1], seen = c.seen.get(who);
  const isPrev = !!prev && prev.who !== null && c.book.id(prev.who) === who;
  return {
    prevSpeaker: isPrev ? 1 : 0, prevSpeakerSamePara: isPrev && prev.q.para === st.q.para ? 1 : 0,
    prevSpeakerParaBefore: isPrev && prev.q.para === st.q.para - 1 ? 1 : 0, prevSpeakerOpensPara: isPrev && opensPara ? 1 : 0,
    recentSpeaker: seen && st.q.para - seen.para <= RANKER.recentParas ? 1 : 0,
    speakerCount: Math.min(1, Math.log1p(seen?.count ?? 0) / Math.log1p(RANKER.manyQuotes)),
  };
}

function nobody(c: Context, res: Attributed, n: number, opensPara: boolean): Candidate {
  const { doc, st } = c, ss = doc.sentences;
  const sa = ss[sentenceIndex(ss, st.q.open)]?.start ?? st.para.start, sb = Math.max(st.afterSentEnd, st.q.close);
  const verbs = verbMatches(doc, doc.verbs.say, sa, sb).filter((v) => !insideQuote(doc, sa + v.index));
  const words = st.inner.split(/\s+/).length;
  const x = vector({
    nobody: 1, nobodyCascadeNone: res.who === null && !res.mention ? 1 : 0,
    nobodyShort: words <= SHORT_WORDS ? 1 : 0, nobodyNoVerb: verbs.length ? 0 : 1,
    nobodyOpensPara: opensPara ? 1 : 0, nobodyCandidates: Math.min(1, n / RANKER.manyCandidates),
    nobodyLong: Math.min(1, Math.log1p(words) / Math.log1p(RANKER.longQuoteWords)),
    nobodyFull: /[.!?…]["”»“]?$/.test(st.inner.trim()) ? 1 : 0, nobodyMulti: st.q.multi ? 1 : 0,
  });
  return { who: null, mention: null, name: null, cascade: res.who === null && !res.mention, nobody: true, x };
}

/** The candidates for quotation `qi` whose cascade answer is `res`; the first is "nobody". */
export function candidates(c: Context, res: Attributed): Candidate[] {
  const { doc, book, st } = c;
  const near = nearParties(doc, st);
  const opensPara = spaceRunStart(doc.text, st.q.open) <= st.para.start; // (not the paragraph sliced once a quotation)
  const cascadeWho = res.who === null ? null : book.id(res.who);
  const whos = new Set<Who>(near.map((n) => n.who));
  for (let k = c.qi - 1; k >= 0 && st.q.para - c.out[k]!.q.para <= RANKER.recentParas; k--) {
    const w = c.out[k]!.who;
    if (w !== null) whos.add(book.id(w));
  }
  if (cascadeWho !== null) whos.add(cascadeWho);
  const dists = near.map((n) => (n.e <= st.q.open ? st.q.open - n.e : n.s - st.q.close));
  const nearest = near[dists.indexOf(Math.min(...dists))]?.who;
  const befores = near.filter((n) => n.e <= st.q.open).sort((a, b) => b.e - a.e);
  // the person who last spoke outside quotation marks ("Levitt said the deal was possible.") since the paragraph before
  const from = doc.paras[Math.max(0, st.q.para - 1)]?.start ?? 0;
  const ev = lastSpeechEvent(doc, from, st.q.open), event = ev ? book.id(ev.who) : null;
  const out: Candidate[] = [];
  for (const who of whos) {
    const n = near.find((x) => x.who === who), isCascade = who === cascadeWho;
    const strong = isCascade && STRONG.test(res.how);
    // written straight into the vector: a record per candidate made by spreading cost more than the rest
    const x = new Float64Array(FEATURES.length);
    const g = (k: Feature) => x[INDEX.get(k)!]!, set = (k: Feature, v: number | boolean) => { x[INDEX.get(k)!] = +v; };
    const put = (f: Partial<Record<Feature, number>>) => { for (const k in f) set(k as Feature, f[k as Feature]!); };
    const at = isCascade ? cascadePlace(c, res, n) : n;
    put(at ? placeFeatures(c, at.s, at.e) : placeFeatures(c, -1, -1));
    put(speakerFeatures(c, who, opensPara));
    put(kindFeatures(book, who));
    set('cascade', isCascade); set('cascadeStrong', strong); set('cascadeCarried', isCascade && !strong);
    set('subject', !!n?.subject); set('nearest', who === nearest); set('nearestBefore', who === befores[0]?.who);
    const mentions = who >= 0 ? book.party(who)!.mentions.length : 1;
    set('subjectBefore', !!(g('sameSentence') && g('before') && g('firstInSentence')));
    set('verbSameSentence', !!(g('sameSentence') && g('verbBeside')));
    set('verbAfter', !!(g('after') && g('verbBeside') && (g('sameSentence') || g('nextSentence'))));
    set('nearestBeforeSame', !!(g('nearestBefore') && g('sameSentence')));
    set('speechEvent', who === event);
    set('mentions', Math.min(1, Math.log1p(mentions) / Math.log1p(c.maxMentions)));
    set('mostMentioned', mentions >= c.maxMentions);
    const mention = isCascade ? res.mention : n ? doc.text.slice(n.s, n.e) : lastMention(c, who);
    out.push({ who, mention, name: book.name(who), cascade: isCascade, nobody: false, x });
  }
  // the cascade's words that name nobody it could resolve ("the spokesman" with no party for him)
  if (res.who === null && res.mention) out.push({ who: null, mention: res.mention, name: null, cascade: true, nobody: false, x: vector({ cascade: 1, cascadeStrong: STRONG.test(res.how) ? 1 : 0, cascadeMentionOnly: 1, otherKind: 1 }) });
  return [nobody(c, res, out.length, opensPara), ...out];
}

/**
 * Where the cascade read its answer: its own words in the quotation's paragraph, outside quotation marks, nearest the
 * quotation ("Le président du Kazakhstan a ordonné de «…»"), when the speaker's name itself is not as near (the name
 * comes paragraphs later, or only inside another quotation).
 */
function cascadePlace(c: Context, res: Attributed, n: Near | undefined): { s: number; e: number } | undefined {
  const { doc, st } = c, words = res.mention;
  // (a description of two words or more: a pronoun's place is not where its person stands)
  if (!words || !/\S\s+\S/.test(words) || (n && !insideQuote(doc, n.s) && st.para.start <= n.s && n.e <= st.para.end)) return n;
  const gap = (s: number, e: number) => (e <= st.q.open ? st.q.open - e : s - st.q.close);
  let best = n && !insideQuote(doc, n.s) ? { s: n.s, e: n.e } : undefined;
  for (let k = doc.text.indexOf(words, st.para.start); k >= 0 && k < st.para.end; k = doc.text.indexOf(words, k + 1)) {
    const e = k + words.length;
    if (isLetterAt(doc.text, k - 1) || isLetterAt(doc.text, e) || insideQuote(doc, k) || (k < st.q.close && e > st.q.open)) continue;
    if (!best || gap(k, e) < gap(best.s, best.e)) best = { s: k, e };
  }
  return best ?? n;
}

const isLetterAt = (t: string, i: number) => i >= 0 && i < t.length && t[i]!.toLowerCase() !== t[i]!.toUpperCase();

/** The words an earlier quotation used for the speaker. */
function lastMention(c: Context, who: Who): string | null {
  return c.seen.get(who)?.mention ?? c.book.name(who);
}
