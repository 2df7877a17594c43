// Attributions before a quotation, in its own sentence: "according to X, “…”", "Said X: “…”", "X said: “…”",
// "X called it “…”", a participle's subject ("…, adding that “…”"), German verb-second order ("sagte Albers").

import type { Rules } from '../../rules/languages';
import { forwardMention, isAuxiliary, isNameRun, isSpeakerNoun, pronounOf, wordsIn, type MentionSpan } from './mention';
import { isTitleLike, wordCount } from '../quotes/titles';
import { ATTRIBUTION } from '../weights';
import { LETTER, isUpper, startsLower } from '../letters';
import { words as wordSpans } from './phrases';

/** "… and vowed", "… und sagte dann": a coordinating conjunction (and an adverb) before the verb. */
const AND_BEFORE = new RegExp(`(?:^|\\s)(?:and|but|und|et|y|e|en|og|och|i)\\s+(?:(?:also|then|later|dann|auch|${LETTER}+ly)\\s+)?$`, 'i');
/** A participle ("adding", "ajoutant", "añadiendo"): a verb with no subject of its own after it. */
export const PARTICIPLE = /(?:ing|ant|end|ando|endo)$/i;
const FIRST_WORD = new RegExp(`^\\s*(${LETTER}+)`);
const LEAD_WORD = new RegExp(`^(${LETTER}(?:${LETTER}|[’'])*),?\\s+`);
const VERB_AFTER = new RegExp(`^\\s*(?:,[^,]{1,80},\\s*)?(${LETTER})`);

/** Only capitalised words (a name, with its titles) and opening marks stand in text. */
const onlyNames = (text: string) => text.trim().replace(/^[“"‘„«]+/, '').split(/\s+/).filter(Boolean).every((w) => isUpper(w[0]));
import { backwardMention, describedOpening } from './subject';
import { plausible } from './plausible';
import { firstPerson } from './bodies';
import { hitsIn, sayStart, verbMatches } from './verbs';
import { insideQuote, sentenceStart, type Doc, type Site } from './site';
import type { Attr } from './after';
import { issuedDocument, issuerOf } from './issued';
import { subjectBack } from './affiliation';
import { describedSubject } from './described-subject';
import { secondPlaceSubject } from './second-place';

const skipSpace = (text: string, i: number) => i + (text.slice(i, i + 40).length - text.slice(i, i + 40).trimStart().length);

/** "According to X, “…”": the last "according to" of the sentence before the quotation. */
export function accordingBefore(doc: Doc, st: Site): Attr | null {
  const acc = hitsIn(doc, doc.verbs.according, st.sentA, st.q.open).pop();
  if (!acc) return null;
  const fm = forwardMention(doc.text, st.sentA + acc.index + acc[0].length, st.q.open, doc.rules);
  return fm ? { m: fm, how: 'before-acc' } : null;
}

/** "Said X: “…”" (a verb opening the sentence, the speaker after it, a colon or comma before the quotation). */
export function invertedBefore(doc: Doc, st: Site): Attr | null {
  const sent = doc.text.slice(st.sentA, st.q.open);
  const inv = sayStart(doc.verbs, sent.trimStart());
  if (!inv || !/[:,]\s*$/.test(sent)) return null;
  const off = st.sentA + (sent.length - sent.trimStart().length) + inv[0].length;
  const fm = forwardMention(doc.text, skipSpace(doc.text, off), st.q.open, doc.rules);
  return fm ? { m: fm, how: 'before-inv' } : null;
}

/**
 * "Además insistió en que «…»", "Inoltre ha insistito che «…»": in a language that drops subject pronouns, a sentence
 * that opens with a verb of saying (after connectors, or a fronted phrase and its comma) and goes on with a clause
 * word, not a subject, has the subject of the story before: resolved as a pronoun would be (the mention is the verb).
 */
export function subjectlessBefore(doc: Doc, st: Site): Attr | null {
  if (!doc.rules.proDrop) return null;
  const sent = doc.text.slice(st.sentA, st.q.open);
  // "Além disso, insistiu …": a short fronted phrase and its comma
  const fronted = /^\s*[^\s,;:.!?“"«„]+(?:\s+[^\s,;:.!?“"«„]+)?,\s*/.exec(sent);
  for (const off of fronted ? [0, fronted[0].length] : [0]) {
    const rest = sent.slice(off).trimStart();
    const vm = sayStart(doc.verbs, rest);
    if (!vm || vm.index !== 0) continue;
    const lead = vm[0].split(/\s+/)[0]!;
    // a capitalised lead that names someone ("Sánchez insistió") is a subject, not a connector
    if (off === 0 && isUpper(lead[0]) && !doc.verbs.say.start(rest) && !doc.rules.auxiliaries.has(lead.toLowerCase())) continue;
    const next = /^\s*([^\s,.;!?]+)/.exec(rest.slice(vm[0].length))?.[1]?.toLowerCase() ?? '';
    if (!/^\s*[:,]?\s*$/.test(rest.slice(vm[0].length)) && !(doc.rules.clauseWords.has(next) && !doc.rules.determiners.has(next))) continue;
    const a = st.sentA + sent.indexOf(rest);
    return { m: { s: a, e: a + vm[0].length }, how: 'pro-drop' };
  }
  return null;
}

/**
 * "Yakin ärgerte sich darüber, dass die Regel nur Anwendung fand, weil …: „…“": a sentence that announces the
 * quotation with a colon is spoken by its main clause's subject (a name, a pronoun or a speaking noun opening it),
 * not by the subject of its last subordinate clause when that one names nobody.
 */
export function colonSubject(doc: Doc, st: Site): Attr | null {
  const start = afterClosedQuote(doc, st) ? st.sentA : sentenceStart(doc, st.q.open, st.para.start);
  const before = doc.text.slice(start, st.q.open);
  if (!/:\s*$/.test(before) || insideQuote(doc, start)) return null;
  // (only where the last verb's subject names nobody: "…, dass die Regel nur Anwendung fand")
  const last = subjectBefore(doc, st);
  // (nor where its verb is a passive, "Scholz wurde kritisiert: „…“": its subject was spoken to)
  if (last && (speaks(doc, last.m) || /^before-(?:passive|agent)$/.test(last.how))) return null;
  const m = speakingSubject(doc, start + frontedClause(doc, start, before), st.q.open) ?? secondPlaceSubject(doc, start, st.q.open);
  return m ? { m, how: 'before-colon' } : null;
}

/** The quotation's segment opens right after a quotation that ended its sentence ("„… Augenhöhe.“ Er sehe darin …:
 * „…“"): a new sentence, though the sentence splitter may run on over the closing mark. */
function afterClosedQuote(doc: Doc, st: Site): boolean {
  return !!st.prevQ && st.sentA === st.prevQ.close && /[.!?…]\s*[“”"»«„]$/.test(doc.text.slice(Math.max(0, st.sentA - 3), st.sentA))
    && isUpper(doc.text.slice(st.sentA, st.q.open).trimStart()[0]);
}

/** The subject of a verb of the sentence before the quotation, trying the verbs from the last. */
export function subjectBefore(doc: Doc, st: Site): Attr | null {
  const vs = verbMatches(doc, doc.verbs.any, st.sentA, st.q.open);
  // "Cruz said he's certain Rubio will continue to be “…”": a verb of saying governs the verbs after it
  const firstSay = verbMatches(doc, doc.verbs.say, st.sentA, st.q.open)[0];
  const firstSubject = () => subjectOfVerb(doc, st.sentA, st.sentA + firstSay!.index, firstSay![0], st.q.open, st.para.start);
  if (firstSay && vs.length > 1 && pronounClause(doc, st.sentA + firstSay.index + firstSay[0].length, st.q.open)) {
    const bm = firstSubject();
    // ("DeSantis said he backs the bill, which he called “…”": the words are DeSantis's, and "he" is the text's
    // word for him at the verb nearest the quotation)
    const near = bm && reporting(doc, bm) && nearPronoun(doc, st, vs[vs.length - 1]!, firstSay);
    if (bm) return near ? { m: near, ref: bm, how: 'before', verb: firstSay[0] } : { m: bm, how: 'before', verb: firstSay[0] };
  }
  for (let k = vs.length - 1; k >= 0; k--) {
    const v = vs[k]!;
    const passive = passiveSaying(doc, st, v, firstSay);
    if (passive) return passive;
    const bm = subjectOfVerb(doc, st.sentA, st.sentA + v.index, v[0], st.q.open, st.para.start);
    if (!bm) {
      // (a description naming nobody is this verb of saying's subject: not the subject of a verb before it; a verb
      // of framing may be a participle after its object, "the loophole called an “inversion”", and a participle of
      // saying has the sentence's subject)
      const desc = ownVerb(doc, st, v, firstSay) ? describedSubject(doc, st.sentA, st.sentA + v.index) : null;
      if (desc) return { m: desc, how: 'before-desc', verb: v[0] };
      continue;
    }
    // "Meeks said Clinton reassured them that Democrats “…”": the person opening the sentence reports the words,
    // not the other person named in the clause of the verb
    const first = firstSay && firstSay.index < v.index && !pronounOf(doc.text.slice(bm.s, bm.e), doc.rules) ? firstSubject() : null;
    if (first && first.s < bm.s && opensSentence(doc, st.sentA, first) && reporting(doc, first)) return { m: first, how: 'before', verb: firstSay![0] };
    return { m: bm, how: 'before', verb: v[0] };
  }
  return null;
}

/** The personal pronoun subject of the verb v nearest the quotation, the same word as the one after the first verb
 * of saying ("said he …, which he called"): the same person, written as the text writes him there. */
function nearPronoun(doc: Doc, st: Site, v: { index: number; 0: string }, firstSay: { index: number; 0: string }): MentionSpan | null {
  if (v.index <= firstSay.index) return null;
  const m = subjectBack(doc, st.sentA, st.sentA + v.index);
  const w = m ? doc.text.slice(m.s, m.e).trim() : '';
  const after = doc.text.slice(st.sentA + firstSay.index + firstSay[0].length, st.q.open).trim().split(/\s+/).slice(0, 2).map((x) => x.toLowerCase().replace(/['’].*$/, ''));
  const g = pronounOf(w, doc.rules);
  return m && g && g !== 'o' && g !== 'n' && after.includes(w.toLowerCase()) ? m : null;
}

/** "Trump was asked, “…”", "Sanders was asked by host Bill Maher, “…”": the subject of the quotation's own verb of
 * saying in the passive was spoken to; the agent after "by" speaks, else nobody named (how 'before-passive'). */
function passiveSaying(doc: Doc, st: Site, v: { index: number; 0: string }, firstSay: { index: number } | undefined): Attr | null {
  const { text, rules } = doc, at = st.sentA + v.index;
  if (!rules.passives.size || !ownVerb(doc, st, v, firstSay)) return null;
  const before = wordsIn(text, st.sentA, at, rules);
  while (before.length && isAuxiliary(before[before.length - 1]!.w, rules) && !rules.auxiliaries.has(before[before.length - 1]!.w.toLowerCase())) before.pop();
  if (before.length < 2 || !rules.passives.has(before[before.length - 1]!.w.toLowerCase())) return null;
  // ("a paperwork error that was reported in a “hit piece”": a relative clause's passive is about a thing)
  if (rules.clauseWords.has(before[before.length - 2]!.w.toLowerCase())) return null;
  const ve = at + v[0].length, gap = text.slice(ve, st.q.open), agent = /^\s+(\S+)\s+/.exec(gap);
  if (agent && rules.agents.has(agent[1]!.toLowerCase())) {
    const fm = forwardMention(text, ve + agent[0].length, st.q.open, rules);
    return fm ? { m: agentName(doc, fm, st.q.open), how: 'before-agent', verb: v[0] } : null;
  }
  // the quotation follows the verb in its clause ("was asked, “…”", "was asked about the “…” comment"), no other
  // verb between ("is reported to have called the Saudis “…”" is the subject's own words)
  if (!PASSIVE_GAP.test(gap) || verbMatches(doc, doc.verbs.any, ve, st.q.open).length) return null;
  return { m: { s: at, e: ve }, how: 'before-passive', verb: v[0] };
}
const PASSIVE_GAP = /^[^,;:.!?“”"«»„]{0,40}[,:]?\s*$/;

/** "by Fox Business moderator Gerard Baker": the agent's phrase runs on to the person it names. */
function agentName(doc: Doc, fm: MentionSpan, end: number): MentionSpan {
  const p = doc.reg.within(fm.s, Math.min(end, fm.s + 80)).find((x) => doc.reg.get(x.party).kind === 'person');
  return p && p.e > fm.e && !/[,;:]/.test(doc.text.slice(fm.s, p.s)) ? { s: fm.s, e: p.e } : fm;
}

/** The quotation's own verb of saying, finite, the sentence's only one before the quotation: "the attendees chanted,
 * “…”", not "Glenn said the US and its allies respond to “…”" (reported), "the post, in June, acebush1 wrote" (the
 * verb is another), "the force, calling" (a participle has the sentence's subject). */
function ownVerb(doc: Doc, st: Site, v: { index: number; 0: string }, firstSay: { index: number } | undefined): boolean {
  const at = st.sentA + v.index;
  const says = verbMatches(doc, doc.verbs.say, at, st.q.open);
  return !PARTICIPLE.test(v[0]) && says.length === 1 && says[0]!.index === 0 && (!firstSay || firstSay.index >= v.index);
}

/** The mention opens its sentence (after marks, or a pronoun after a fronted phrase: "In court, he said"). */
const opensSentence = (doc: Doc, a: number, m: MentionSpan) => /^[\s“"‘„«]*$/.test(doc.text.slice(a, m.s)) || (!!pronounOf(doc.text.slice(m.s, m.e), doc.rules) && frontedClause(doc, a, doc.text.slice(a, m.s), false) > 0 && /,\s*$/.test(doc.text.slice(a, m.s)));

/** A reporting subject: a person named (not a body or a lone capitalised word) or a personal pronoun. */
function reporting(doc: Doc, m: MentionSpan): boolean {
  const words = doc.text.slice(m.s, m.e).split(/\s+/);
  const g = words.length === 1 ? pronounOf(words[0]!, doc.rules) : undefined;
  if (g && g !== 'o' && g !== 'n') return true;
  return doc.reg.within(m.s, m.e).some((x) => x.e === m.e && doc.reg.get(x.party).kind === 'person');
}

/** A clause after a verb of saying opens with a pronoun, after an optional complementiser ("said (that) he's …"). */
function pronounClause(doc: Doc, a: number, b: number): boolean {
  const ws = doc.text.slice(a, Math.min(b, a + 40)).trim().split(/\s+/).map((w) => w.toLowerCase().replace(/['’].*$/, ''));
  const k = ws[0] && doc.rules.clauseWords.has(ws[0]) && !pronounOf(ws[0], doc.rules) ? 1 : 0;
  const g = ws[k] ? pronounOf(ws[k]!, doc.rules) : undefined;
  return !!g && g !== 'o' && ws[k] !== 'i';
}

/**
 * The subject of the verb at `at` in the sentence from `a` (the speaker phrase may run to `limit`): the phrase
 * before it, a participle's sentence subject, the phrase after it in verb-second languages, a coordinated verb's
 * subject ("X outlined his plan and vowed …").
 */
export function subjectOfVerb(doc: Doc, a: number, at: number, verb: string, limit: number, paraStart: number): MentionSpan | null {
  const { text, rules } = doc;
  let bm = subjectBack(doc, a, at);
  const sentStart = sentenceStart(doc, at, paraStart);
  // participle clauses: ", adding that …" / ", stating that …": the sentence's subject speaks
  if ((!bm || /,\s*$/.test(text.slice(a, at)) || !plausible(text.slice(bm.s, bm.e).trim(), 'before', rules)) && PARTICIPLE.test(verb)) {
    bm = saidBefore(doc, sentStart, at) ?? sentenceSubject(doc, sentStart, at) ?? bm;
  }
  // "X issued a statement saying …": the one who put the document out (named before it)
  if (bm && issuedDocument(doc, bm) && PARTICIPLE.test(verb)) bm = issuerOf(doc, sentStart, bm.s) ?? sentenceSubject(doc, sentStart, bm.s) ?? bm;
  // verb-second order: "… sagte Albers", "Auf ihrer Seite kritisiert die Vorsitzende, X, …"
  const pre0 = text.slice(a, at).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const fronted = rules.functionWords.has(pre0) && !rules.determiners.has(pre0) && !pronounOf(pre0, rules);
  if (verbSecond(rules) && (!bm || !knownAt(doc, bm) || fronted)) {
    const fm = forwardMention(text, at + verb.length + 1, limit, rules);
    if (fm && speaks(doc, fm)) bm = fm;
  }
  // "Trump outlined his plan and vowed to punish “…”": a second verb of the sentence's subject
  if (!bm && AND_BEFORE.test(text.slice(sentStart, at))) {
    const sm = sentenceSubject(doc, sentStart, at);
    if (sm && onlyNames(text.slice(sentStart, sm.s))) bm = sm;
  }
  if (!bm) {
    const g = FIRST_WORD.exec(text.slice(a, at));
    if (g && rules.groups.has(g[1]!.toLowerCase())) { const k = a + text.slice(a, at).indexOf(g[1]!); bm = { s: k, e: k + g[1]!.length }; }
  }
  return bm;
}

/** A name, a pronoun, or a phrase whose head speaks ("die Thüringer Landesvorsitzende"), not any capitalised noun. */
function speaks(doc: Doc, m: MentionSpan): boolean {
  const words = doc.text.slice(m.s, m.e).split(/\s+/);
  if (words.length === 1 && pronounOf(words[0]!, doc.rules)) return true;
  return namedAt(doc, m) || words.some((w) => isSpeakerNoun(w, doc.rules));
}

/** Languages that put the verb second and the subject after it ("sagte Albers", "zei Rutte"). */
export const verbSecond = (rules: Rules) => ['de', 'nl', 'sv', 'da', 'no'].includes(rules.lang);

const knownAt = (doc: Doc, m: MentionSpan) => doc.reg.within(m.s, m.e).length > 0;

/** A person, organisation or country named in the span (not a lone capitalised word of unknown kind). */
const namedAt = (doc: Doc, m: MentionSpan) => doc.reg.within(m.s, m.e).some((x) => {
  const p = doc.reg.get(x.party);
  return (p.kind === 'person' || p.kind === 'organization' || p.kind === 'country') && (p.parts.length > 1 || p.mentions.length > 1 || !x.subject);
});

/** "Trump openly admires Putin as a “strong leader”": a characterisation is the sentence subject's words. */
export function characterisation(doc: Doc, st: Site): Attr | null {
  if (!/\b(?:as|als|comme|come|como)\s+(?:an?\s+|the\s+|ein\s+|eine\s+|un\s+|une\s+)?$/i.test(doc.text.slice(Math.max(st.sentA, st.q.open - 14), st.q.open))) return null;
  const sm = sentenceSubject(doc, st.sentA, st.q.open);
  if (!sm || !onlyNames(doc.text.slice(st.sentA, sm.s))) return null;
  return { m: sm, how: 'as-subject' };
}

/** The first person (or pronoun) of text[a, b): the subject of a participle clause. */
export function sentenceSubject(doc: Doc, a: number, b: number): MentionSpan | null {
  const { text, rules, reg } = doc;
  const seg = text.slice(a, b);
  let pron: MentionSpan | null = null;
  for (const [s, e] of wordSpans(seg)) {
    const w = seg.slice(s, e), g = pronounOf(w, rules);
    if (g && g !== 'o' && w.toLowerCase() !== 'i' && !insideQuote(doc, a + s)) { pron = { s: a + s, e: a + e }; break; }
  }
  let person: MentionSpan | null = null, body: MentionSpan | null = null;
  for (const x of reg.within(a, b)) {
    if (/^['’]/.test(text.slice(x.e, x.e + 1)) || insideQuote(doc, x.s)) continue;
    const kind = reg.get(x.party).kind;
    if (kind === 'person' && !person) person = { s: x.s, e: x.e };
    if ((kind === 'organization' || kind === 'country') && !body) body = { s: x.s, e: x.e };
  }
  if (pron && (!person || pron.s < person.s) && (!body || pron.s < body.s)) return pron;
  // "One operative inside Trump Tower tried to downplay it, saying …": a description opening the sentence is its
  // subject, before any name inside or after it
  // (also after a fronted phrase and its comma: "In December, the prince called for Trump to quit, calling him “…”")
  const desc = describedOpening(doc.text, a, b, doc.rules) ?? describedOpening(doc.text, a + frontedClause(doc, a, seg, false), b, doc.rules);
  if (desc && (!person || desc.s < person.s) && (!body || desc.s < body.s)) return desc;
  // "At the debate, Sanders compared himself to Clinton, saying …" with "Sanders" read as a body: the party opening the
  // clause and followed by its verb is the subject, not the first person named after it
  if (body && (!person || body.s < person.s) && opensClause(doc, a, seg, body) && !(person && modifies(doc, body, person))) return body;
  return person ?? body;
}

/** "NBC reporter Katy Tur": a body a word or two before a person, with no verb between, is the name's modifier. */
function modifies(doc: Doc, body: MentionSpan, person: MentionSpan): boolean {
  return /^\s+(?:\p{Ll}+\s+){1,2}$/u.test(doc.text.slice(body.e, person.s)) && !verbMatches(doc, doc.verbs.any, body.e, person.s).length;
}

/** The mention opens the segment from `a` (after a fronted phrase, an article allowed) and a lower-case word, its
 * verb, follows it: not a name's modifier ("NBC News reporter Katy Tur"). */
function opensClause(doc: Doc, a: number, seg: string, m: MentionSpan): boolean {
  if (!/^\s+\p{Ll}/u.test(doc.text.slice(m.e, m.e + 4))) return false;
  const lead = (from: number) => (from > m.s ? '-' : doc.text.slice(from, m.s).trim().toLowerCase());
  const ok = (w: string) => !w || doc.rules.orgArticles.has(w);
  return ok(lead(a)) || ok(lead(a + frontedClause(doc, a, seg, false)));
}


/** "Mateen left early, Nefzi said, adding, “…”": the speaker of the verb of saying the participle follows. */
function saidBefore(doc: Doc, a: number, at: number): MentionSpan | null {
  const v = verbMatches(doc, doc.verbs.say, a, at).pop();
  if (!v) return null;
  const vs = a + v.index, ve = vs + v[0].length;
  const between = doc.text.slice(ve, at);
  if (!/^[^,.;:!?]{0,60},\s*$/.test(between)) return null;
  // "…, said Dana Spicer, adding": the name after the verb; "…, Nefzi said, adding": the one before it, in its clause
  const clause = a + Math.max(0, doc.text.slice(a, vs).lastIndexOf(',') + 1);
  // (only a name after the verb: "told a rally, saying" names the listeners)
  const after = between.replace(/,\s*$/, '').trim();
  if (after && !isNameRun(after)) return null;
  const m = after ? forwardMention(doc.text, skipSpace(doc.text, ve), at, doc.rules) : backwardMention(doc.text, clause, vs, doc.rules);
  return m && plausible(doc.text.slice(m.s, m.e).trim(), 'before', doc.rules) ? m : null;
}

/**
 * A quotation inside a sentence with no verb of saying, or after its colon: the sentence's subject, when it is a
 * name, a pronoun or a speaking noun ("Sanders pushed his promise of “free college for all”", "She then addressed
 * the supporters: “…”"). Never for one or two words.
 */
export function partialSubject(doc: Doc, st: Site): Attr | null {
  if (wordCount(st.inner) < ATTRIBUTION.partialSubjectMinWords || isTitleLike(st.inner)) return null;
  const start = sentenceStart(doc, st.q.open, st.para.start);
  const before = doc.text.slice(start, st.q.open);
  if (!before.trim() || /[,—–-]\s*$/.test(before) || insideQuote(doc, start)) return null;
  // ("Pour ce tête-à-tête, Mme Binet est « arrivée … »": after a fronted phrase and its comma, unless that phrase
  // gives the source: "According to reports, X … “…”")
  const fronted = frontedClause(doc, start, before, false);
  if (fronted && hitsIn(doc, doc.verbs.according, start, start + fronted).length) return null;
  // a quotation in the first person right after a third person ("where he “grabbed me …”") is not the subject's own
  if (firstPerson(doc, st.inner) && THIRD_BEFORE(doc, before)) return null;
  const m = speakingSubject(doc, start + fronted, st.q.open);
  return m ? { m, how: 'partial-subject' } : null;
}

/** The words before a quotation end with a third-person pronoun ("… where he “…”"). */
const THIRD_BEFORE = (doc: Doc, before: string) => {
  const g = pronounOf(/(\S+)\s*$/.exec(before)?.[1] ?? '', doc.rules);
  return g === 'm' || g === 'f';
};

/** "In a Fox interview later that day, Trump …:", "When Wallace died, Clinton …:": the length of a fronted clause
 * (a preposition or conjunction opening the sentence, up to its comma) before the subject of a colon's sentence. */
export function frontedClause(doc: Doc, start: number, before: string, colonOnly = true): number {
  const lead = /^[\s“"‘„«]*/.exec(before)![0].length;
  const w = LEAD_WORD.exec(before.slice(lead));
  const first = w?.[1]!.toLowerCase() ?? '';
  // only where the sentence introduces the quotation with a colon ("…, Trump went even further: “…”")
  if (!w || (colonOnly && !/:\s*$/.test(before)) || !doc.rules.clauseWords.has(first) || doc.rules.determiners.has(first) || w[0].includes(',')) return 0;
  const comma = before.indexOf(', ', lead);
  return comma > 0 && !insideQuote(doc, start + comma) ? comma + 2 : 0;
}

/** The phrase opening text[a, b) when it is a name, a pronoun or a speaking noun followed by its verb. */
export function speakingSubject(doc: Doc, a: number, b: number): MentionSpan | null {
  let lead = /^[\s“"‘„«]*/.exec(doc.text.slice(a, b))![0].length;
  // "Auch Teamkollege Nico Elvedi haderte …", "And then Smith …": a leading adverb or conjunction is no subject
  for (let k = 0; k < 2; k++) {
    const w = LEAD_WORD.exec(doc.text.slice(a + lead, b));
    if (!w || !(doc.rules.functionWords.has(w[1]!.toLowerCase()) || isAuxiliary(w[1]!, doc.rules)) || doc.rules.determiners.has(w[1]!.toLowerCase()) || pronounOf(w[1]!, doc.rules)) break;
    lead += w[0].length;
  }
  const fm = forwardMention(doc.text, a + lead, b, doc.rules);
  const verb = fm && VERB_AFTER.exec(doc.text.slice(fm.e, fm.e + 90));
  if (!fm || !verb || !startsLower(verb[1]!)) return null;
  if (/^['’]/.test(doc.text.slice(fm.e, fm.e + 1)) || /['’]s?$/.test(doc.text.slice(fm.s, fm.e).split(/\s+/).pop() ?? '')) return null;
  const words = doc.text.slice(fm.s, fm.e).split(/\s+/);
  if (words.some((w) => startsLower(w) && w.endsWith('ing'))) return null;
  const pron = words.length === 1 ? pronounOf(words[0]!, doc.rules) : undefined;
  // a name that ends the phrase ("Former Gov. Mike Huckabee"), a pronoun, or a determiner and a speaking noun
  const named = doc.reg.within(fm.s, fm.e).some((x) => x.e === fm.e) && namedAt(doc, fm);
  // (a possessive name is a determiner too: "Hoff’s letter")
  const det = doc.rules.determiners.has(words[0]!.toLowerCase()) || /['’]s$/.test(words[0]!);
  const speaks = named || (!!pron && pron !== 'o') || (words.length > 1 && det && isSpeakerNoun(words[words.length - 1]!, doc.rules));
  return speaks ? fm : null;
}
