// "X said … “…”": the subject of a verb of the sentence before the quotation, trying the verbs from the last; a verb
// of saying that opens the sentence governs those after it, and a passive's subject was spoken to.

import { forwardMention, isAuxiliary, isSpeakerNoun, pronounOf, wordsIn, type MentionSpan } from './mention';
import { verbMatches } from './verbs';
import type { Hit } from './phrases';
import type { Doc, Site } from './site';
import type { Attr } from './after';
import { subjectBack } from './affiliation';
import { describedSubject } from './described-subject';
import { subjectOfVerb } from './subject-of-verb';
import { reporting } from './speaking';
import { sentenceSubject } from './sentence-subject';
import { PARTICIPLE, frontedClause } from './fronted';
import { relativeSubject } from './restrictive-relative';

/** The subject of a verb of the sentence before the quotation, trying the verbs from the last. */
export function subjectBefore(doc: Doc, st: Site): Attr | null {
  const vs = verbMatches(doc, doc.verbs.any, st.sentA, st.q.open);
  // "Cruz said he's certain Rubio will continue to be “…”": a verb of saying governs the verbs after it
  const firstSay = verbMatches(doc, doc.verbs.say, st.sentA, st.q.open)[0];
  const firstSubject = () => subjectOfVerb(doc, st.sentA, st.sentA + firstSay!.index, firstSay![0], st.q.open, st.para.start);
  // ("holding a sign that read “…”": the verb nearest the quotation is said by what its relative pronoun stands for)
  // (unless a person reports the sentence with an earlier verb of saying: "Henry added the caption which reads, “…”")
  const rel = relativeSubject(doc, st.sentA, st.q.open);
  if (rel && !(firstSay && st.sentA + firstSay.index < rel.m.s && reportedBy(doc, firstSubject()))) return rel;
  const asker = firstSay ? askerOf(doc, st, firstSay, firstSubject) : null;
  if (asker) return asker;
  const own = colonSpeaker(doc, st, vs, firstSay);
  if (own) return own;
  if (firstSay && vs.length > 1 && pronounClause(doc, st.sentA + firstSay.index + firstSay[0].length, st.q.open)) {
    const bm = firstSubject();
    // ("DeSantis said he backs the bill, which he called “…”": the words are DeSantis's, and "he" is the text's
    // word for him at the verb nearest the quotation)
    const near = bm && reporting(doc, bm) && nearPronoun(doc, st, vs[vs.length - 1]!, firstSay);
    if (bm) return near ? { m: near, ref: bm, how: 'before', verb: firstSay[0] } : { m: bm, how: 'before', verb: firstSay[0] };
  }
  for (let k = vs.length - 1; k >= 0; k--) {
    const v = vs[k]!;
    // (a verb in a fronted phrase, "During the question and answer session, X was asked", governs nothing after it)
    const passive = passiveSaying(doc, st, v, firstSay && firstSay.index < frontedClause(doc, st.sentA, doc.text.slice(st.sentA, st.q.open), false) ? undefined : firstSay);
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
    // ("He called her criticisms “fatuous” and her comments suggesting a parallel “absurd”": a participle right after
    // a phrase naming nobody modifies it; the verb before, or the quotation before, governs the sentence)
    // (nor a verb's object, "hold banners proclaiming: “…”", "wrote a book called “…”")
    if ((k > 0 || (st.prevQ && st.sentA <= st.prevQ.close) || afterContentWord(doc, st.sentA, bm)) && bareParticiple(doc, bm, st.sentA + v.index, v[0])) continue;
    const first = firstSay && firstSay.index < v.index && !pronounOf(doc.text.slice(bm.s, bm.e), doc.rules) && !ownSaying(doc, st, bm, v) ? firstSubject() : null;
    // (the whole phrase that opens the sentence, "Ford and Fry replied that I was threatening", not its first name)
    if (first && (first.s < bm.s || (first.s === bm.s && first.e > bm.e)) && opensSentence(doc, st.sentA, first) && (reporting(doc, first) || (speakingDescription(doc, first) && !speaksOwnClause(doc, st, bm, v)))) return { m: first, how: 'before', verb: firstSay![0] };
    return { m: bm, how: 'before', verb: v[0] };
  }
  return null;
}

const reportedBy = (doc: Doc, m: MentionSpan | null) => !!m && reporting(doc, m);

/** "the South African delegation said Israel continued to act with ‘impunity’": a determiner and a noun that speaks
 * (a role, a group, a body's kind) reports the clause as a named person would, by the language's lists. */
function speakingDescription(doc: Doc, m: MentionSpan): boolean {
  const words = doc.text.slice(m.s, m.e).trim().split(/\s+/);
  // (a short noun phrase only: not a phrase run on through a clause, "The letter described how committee members")
  if (words.length < 2 || words.length > 4 || words.slice(1).some((w) => doc.rules.functionWords.has(w.toLowerCase()))) return false;
  return doc.rules.determiners.has(words[0]!.toLowerCase()) && isSpeakerNoun(words[words.length - 1]!, doc.rules);
}

/** "un discurso de la presidenta Clara Morales considerando que … «duradera»": the nearer speaker's own verb of
 * saying or judging, right after the speaker (a participle, or a verb that opens its clause with a complementiser or a
 * colon), governs the words; a description opening the sentence reports only a clause whose subject does not speak
 * ("the delegation said Israel continued to act with ‘impunity’"). */
function speaksOwnClause(doc: Doc, st: Site, bm: MentionSpan, v: Hit): boolean {
  const at = st.sentA + v.index;
  if (!/^\s+$/.test(doc.text.slice(bm.e, at))) return false;
  if (PARTICIPLE.test(v[0])) return true;
  // ("said, dass": a comma may stand before the complementiser)
  const next = /^\s*,?\s*(:|\p{L}+)/u.exec(doc.text.slice(at + v[0].length, st.q.open))?.[1]?.toLowerCase();
  return !!next && (next === ':' || doc.rules.complementisers.has(next));
}

/** "X demanded that voters answer the question: “…”": a later verb of saying in the clause of a verb that asks
 * someone to speak has the one asked for subject, who has not spoken: the words are the asker's. */
function askerOf(doc: Doc, st: Site, firstSay: Hit, firstSubject: () => MentionSpan | null): Attr | null {
  if (!doc.rules.directives.has(firstSay[0].toLowerCase())) return null;
  const fe = st.sentA + firstSay.index + firstSay[0].length;
  const later = verbMatches(doc, doc.verbs.say, fe, st.q.open)[0];
  if (!later) return null;
  const asked = subjectOfVerb(doc, st.sentA, fe + later.index, later[0], st.q.open, st.para.start);
  // (the one asked right after the verb, past "that" at most: "Asked about it, Ryan said" and "a woman asked for a
  // photo and Clinton said" are answers)
  const between = asked && asked.s >= fe ? doc.text.slice(fe, asked.s).trim().toLowerCase() : null;
  if (between === null || (between && !doc.rules.clauseWords.has(between))) return null;
  // ("X had the courage to demand that …": the sentence's subject; "when asked if she …" has none: left to the rest)
  const asker = firstSubject() ?? sentenceSubject(doc, st.sentA, fe - firstSay[0].length);
  return asker ? { m: asker, how: 'before', verb: firstSay[0] } : null;
}

/** The phrase comes right after a word in lower case that is no function word: a verb whose object it is. */
function afterContentWord(doc: Doc, a: number, m: MentionSpan): boolean {
  const w = /(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(a, m.s - 24), m.s))?.[1];
  return !!w && w === w.toLowerCase() && !doc.rules.functionWords.has(w) && !isAuxiliary(w, doc.rules);
}

/** "Rubio suggested that …, while Cruz said that the “…”": a verb of saying whose subject opens a clause of its own
 * (after the first verb's clause, a comma and a clause opener) attributes what follows it, not the first verb of saying. */
function ownSaying(doc: Doc, st: Site, bm: MentionSpan, v: Hit): boolean {
  const before = doc.text.slice(st.sentA, bm.s), m = /,\s*(\p{L}+)\s+$/u.exec(before);
  if (!m || !doc.rules.clauseOpeners.has(m[1]!.toLowerCase())) return false;
  // (the verb of saying before must have its clause between: "She went on to say that, because Comey testified …"
  // is inside the clause it reports)
  const prev = verbMatches(doc, doc.verbs.say, st.sentA, st.sentA + m.index).pop();
  if (!prev || before.slice(prev.index + prev[0].length, m.index).trim().split(/\s+/).length < OWN_CLAUSE_WORDS) return false;
  return verbMatches(doc, doc.verbs.say, st.sentA + v.index, st.q.open).some((x) => x.index === 0);
}
/** Words of the first verb's clause before the comma, at least. */
const OWN_CLAUSE_WORDS = 3;

/** A participle right after its phrase, with no auxiliary between ("her comments suggesting"), after a phrase that
 * is no person's name or pronoun: it modifies the phrase. */
function bareParticiple(doc: Doc, bm: MentionSpan, at: number, verb: string): boolean {
  if (!PARTICIPLE.test(verb) || !/^\s+$/.test(doc.text.slice(bm.e, at))) return false;
  const w = doc.text.slice(bm.s, bm.e).trim();
  return !pronounOf(w, doc.rules) && !doc.reg.within(bm.s, bm.e).some((x) => x.e === bm.e);
}

/**
 * "Mbumba said he was present when doctors told those at the hospital: “We just lost him.”": a later verb of saying
 * that introduces the quotation with its colon has a speaker of its own (not a pronoun for the reporter), whose
 * words these are.
 */
function colonSpeaker(doc: Doc, st: Site, vs: Hit[], firstSay: Hit | undefined): Attr | null {
  const v = vs[vs.length - 1];
  if (!firstSay || !v || v.index <= firstSay.index || !/:\s*$/.test(doc.text.slice(st.sentA, st.q.open))) return null;
  if (!verbMatches(doc, doc.verbs.say, st.sentA + v.index, st.q.open).length) return null;
  const bm = subjectOfVerb(doc, st.sentA, st.sentA + v.index, v[0], st.q.open, st.para.start);
  if (bm && !pronounOf(doc.text.slice(bm.s, bm.e).trim(), doc.rules)) return { m: bm, how: 'before', verb: v[0] };
  const desc = bm ? null : describedSubject(doc, st.sentA, st.sentA + v.index);
  return desc ? { m: desc, how: 'before-desc', verb: v[0] } : null;
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
export function agentName(doc: Doc, fm: MentionSpan, end: number): MentionSpan {
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
// (after a fronted phrase and its comma too: "By contrast, Sen. Marco Rubio said that once the Senate …, “…”")
// (after a fronted clause, a participle's too: "Appearing before the court, the delegation said Israel continued to act
// with ‘impunity’" is the delegation's word, not Israel's)
const opensSentence = (doc: Doc, a: number, m: MentionSpan) => /^[\s“"‘„«]*$/.test(doc.text.slice(a, m.s)) || (frontedClause(doc, a, doc.text.slice(a, m.s), false, true) > 0 && /,\s*$/.test(doc.text.slice(a, m.s)));


/** A clause after a verb of saying opens with a pronoun, after an optional complementiser ("said (that) he's …"). */
function pronounClause(doc: Doc, a: number, b: number): boolean {
  const ws = doc.text.slice(a, Math.min(b, a + 40)).trim().split(/\s+/).map((w) => w.toLowerCase().replace(/['’].*$/, ''));
  const k = ws[0] && doc.rules.clauseWords.has(ws[0]) && !pronounOf(ws[0], doc.rules) ? 1 : 0;
  const g = ws[k] ? pronounOf(ws[k]!, doc.rules) : undefined;
  return !!g && g !== 'o' && ws[k] !== 'i';
}
