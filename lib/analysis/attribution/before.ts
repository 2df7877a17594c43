// Attributions before a quotation, in its own sentence: "according to X, “…”", "Said X: “…”", a colon's sentence
// subject, "X called it “…”" (the subject of a verb: subject-before.ts), a characterisation ("admires Putin as a
// “strong leader”"), a sentence's subject with no verb of saying.

import { forwardMention, pronounOf } from './mention';
import { isTitleLike, wordCount } from '../quotes/titles';
import { ATTRIBUTION } from '../weights';
import { isUpper } from '../letters';
import { firstPerson } from './bodies';
import { hitsIn, sayStart } from './verbs';
import { insideQuote, sentenceStart, type Doc, type Site } from './site';
import type { Attr } from './after';
import { secondPlaceSubject } from './second-place';
import { PARTICIPLE, frontedClause } from './fronted';
import { speaks, speakingSubject } from './speaking';
import { agentName, subjectBefore } from './subject-before';
import { onlyNames, skipSpace } from './subject-of-verb';
import { roleOf } from '../parties/lexicon';
import { sentenceSubject } from './sentence-subject';
import { hasLetter } from '../text/props';
import { namesSpeaker } from './source';

/** "According to X, “…”": the last "according to" of the sentence before the quotation. */
export function accordingBefore(doc: Doc, st: Site): Attr | null {
  const acc = hitsIn(doc, doc.verbs.according, st.sentA, st.q.open).pop();
  if (!acc) return null;
  const fm = forwardMention(doc.text, st.sentA + acc.index + acc[0].length, st.q.open, doc.rules);
  return fm && namesSpeaker(doc, fm) ? { m: fm, how: 'before-acc' } : null;
}

/** "Said X: “…”" (a verb opening the sentence, the speaker after it, a colon or comma before the quotation). */
export function invertedBefore(doc: Doc, st: Site): Attr | null {
  const full = doc.text.slice(st.sentA, st.q.open);
  // ("In other words, explained moderator Nancy Cordes: “…”": past a short fronted phrase and its comma)
  const lead = /^\s*[^\s,;:.!?“"«„]+(?:\s+[^\s,;:.!?“"«„]+){0,3},\s*/.exec(full);
  const skip = !sayStart(doc.verbs, full.trimStart()) && lead ? lead[0].length : 0;
  const sent = full.slice(skip);
  const inv = sayStart(doc.verbs, sent.trimStart());
  if (!inv || !/[:,]\s*$/.test(sent)) return null;
  // ("Emphasizing the urgency of the matter, Trump said, “…”": a participle opens a fronted phrase; its object is
  // no speaker)
  if (PARTICIPLE.test(inv[0].split(/\s+/)[0]!)) return null;
  const off = st.sentA + skip + (sent.length - sent.trimStart().length) + inv[0].length;
  const fm = forwardMention(doc.text, skipSpace(doc.text, off), st.q.open, doc.rules);
  // ("explained CBS moderator Nancy Cordes:": the phrase runs on to the person it names)
  return fm ? { m: agentName(doc, fm, st.q.open), how: 'before-inv' } : null;
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

/** "Et d'ajouter qu'après son décès, « … »": a sentence that opens on a narrative infinitive of saying (rules.narrativeSay)
 * has no subject of its own; the speaker is found as for a dropped subject (the mention is the phrase). */
export function narrativeBefore(doc: Doc, st: Site): Attr | null {
  // (the sentence's own start: a second quotation of it, "… « A » et « B »", is under the same infinitive)
  const a = sentenceStart(doc, st.q.open, st.para.start);
  const sent = doc.text.slice(a, st.q.open), lead = sent.length - sent.trimStart().length;
  const low = sent.trimStart().toLowerCase();
  const p = doc.rules.narrativeSay.find((x) => low.startsWith(x) && !hasLetter(low[x.length] ?? ''));
  return p ? { m: { s: a + lead, e: a + lead + p.length }, how: 'pro-drop' } : null;
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

/** The role the subject's name is introduced by ("Der spanische Ministerpräsident Pedro Sánchez", "The former
 * president Ana Ruiz"): a determiner, then words, the last of them a role. */
function introducedByRole(doc: Doc, text: string): boolean {
  const ws = text.trim().split(/\s+/).filter(Boolean);
  return ws.length >= 2 && ws.length <= 5 && doc.rules.determiners.has(ws[0]!.toLowerCase()) && !!roleOf(ws[ws.length - 1]!, doc.rules) && !/[,;:]/.test(text);
}

/** "Trump openly admires Putin as a “strong leader”": a characterisation is the sentence subject's words. */
export function characterisation(doc: Doc, st: Site): Attr | null {
  if (!/\b(?:as|als|comme|come|como)\s+(?:an?\s+|the\s+|ein\s+|eine\s+|un\s+|une\s+)?$/i.test(doc.text.slice(Math.max(st.sentA, st.q.open - 14), st.q.open))) return null;
  const sm = sentenceSubject(doc, st.sentA, st.q.open);
  if (!sm || !(onlyNames(doc.text.slice(st.sentA, sm.s)) || introducedByRole(doc, doc.text.slice(st.sentA, sm.s)))) return null;
  return { m: sm, how: 'as-subject' };
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
  // (after a comma only a clause of the sentence that goes on in the marks, "X hat Y eingestellt, „weil sie …“", where
  // no quotation before it in the sentence gives the words their speaker)
  const goesOn = /,\s*$/.test(before) && /^\p{Ll}/u.test(st.inner) && !(st.prevQ && st.prevQ.close > start);
  if (!before.trim() || (/[,—–-]\s*$/.test(before) && !goesOn) || insideQuote(doc, start)) return null;
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
