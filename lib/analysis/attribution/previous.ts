// A quotation standing alone takes its speaker from just before it: the previous sentence of its paragraph ("Lind
// spoke first. “…”"), or a previous paragraph that ends with "X said:".

import { frontedClause } from './fronted';
import { sentenceSubject } from './sentence-subject';
import { speakingSubject, speaks } from './speaking';
import { subjectOfVerb } from './subject-of-verb';
import { isNameRun, pronounOf, type MentionSpan } from './mention';
import { sentenceStart } from './site';
import { hitsIn, verbMatches } from './verbs';
import type { Doc, Site } from './site';
import type { Span } from '../text';
import type { Attr } from './after';
import { ATTRIBUTION } from '../weights';
import { startsLower } from '../letters';
import { lastWord } from '../text/props';
import { isScareQuote } from '../quotes/titles';

/** The subject of the last verb of the sentence before the quotation, in its paragraph. */
export function previousSentence(doc: Doc, st: Site): Attr | null {
  if (st.prevQ || !doc.text.slice(st.para.start, st.sentA).trim()) return null;
  // a sentence with its own verb of saying ("the groups who wrote to her say they are “…”") has its own speaker,
  // even where no pattern could name it: not the previous sentence's
  if (verbMatches(doc, doc.verbs.say, st.sentA, st.q.open).length) return null;
  // nor has a sentence whose own verb has a subject before the quotation ("She signed an agreement barring her from
  // publishing a “…”", "His campaign protested that …"): that subject's, if anyone's
  if (ownSubject(doc, st)) return null;
  // ("Audi is promising space. With the front trunk, or “frunk,” you get …": no verb of its own sentence frames a
  // word or two in quotation marks: a term, a scare quote, not the words of the previous sentence's subject; reported
  // speech does frame it: "Die Jahre seien „intensiv“ gewesen" after "schrieb Baerbock")
  if (isScareQuote(st.inner) && doc.text.slice(st.sentA, st.q.open).trim() && !reportedOnly(doc, st.sentA, st.q.open)) return null;
  const end = st.para.start + doc.text.slice(st.para.start, st.sentA).trimEnd().length;
  let ps = sentenceStart(doc, Math.max(st.para.start, end - 1), st.para.start);
  // ("Im Alltag brauche er eine halbe Stunde. „…“": a sentence of reported speech whose subject is a person's pronoun
  // is that person's account, the quotation goes on with it)
  const told = reportedPronoun(doc, ps, st.sentA);
  if (told) return { m: told, how: 'prev-sent' };
  // "Fink geht davon aus, dass … . Dafür brauche es … . „…“": back over sentences of reported speech to their source
  for (let k = 0, e = st.sentA; k < ATTRIBUTION.reportedSentences && ps > st.para.start && reportedOnly(doc, ps, e); k++) [e, ps] = [ps, sentenceStart(doc, ps - 2, st.para.start)];
  // "Carter said that for decades critics had predicted a withdrawal. “…”": the verb of saying governs its clause,
  // so its subject speaks, not the subject of the clause's last verb
  // (after a possessive, the verb is a noun: "In response to Jones' charge that …, she said …")
  for (const v of verbMatches(doc, doc.verbs.say, ps, st.sentA)) {
    const by = subjectOfVerb(doc, ps, ps + v.index, v[0], st.sentA, st.para.start);
    if (by && !/['’]s?$/.test(doc.text.slice(by.s, by.e))) return { m: by, how: 'prev-sent' };
  }
  const vl = verbMatches(doc, doc.verbs.any, ps, st.sentA);
  const lastV = vl[vl.length - 1];
  if (!lastV) return reportedSource(doc, st, ps) ?? personBefore(doc, st, ps);
  const at = ps + lastV.index;
  const bm = subjectOfVerb(doc, ps, at, lastV[0], st.sentA, st.para.start) ?? sentenceSubject(doc, ps, at);
  return bm ? { m: bm, how: 'prev-sent' } : null;
}

/**
 * "…, führt der Geheimdienstexperte Hänni auf … zurück. „Der NDB ist ein kleiner Nachrichtendienst.“": a whole
 * sentence in quotation marks after a sentence with no verb that frames speech, whose subject is a person named by
 * the registry, is that person's (the story lets the person it was about go on speaking).
 */
function personBefore(doc: Doc, st: Site, ps: number): Attr | null {
  if (doc.text.slice(st.sentA, st.q.open).trim() || !/^\p{Lu}/u.test(st.inner) || !/[.!?…]$/.test(st.inner.trimEnd())) return null;
  const sm = sentenceSubject(doc, ps, st.sentA);
  // (a person the story names more than once: one name met once may be a noun the tagger took for one; and not one
  // after a preposition, "Mit Aviv ging sie in den Schutzraum": the object of a phrase, the subject is "sie")
  const person = sm && doc.reg.within(sm.s, sm.e).some((x) => { const p = doc.reg.get(x.party); return p.kind === 'person' && p.mentions.length > 1; });
  const prep = doc.rules.clauseWords.has((lastWord(doc.text.slice(ps, sm?.s ?? ps)) ?? '').toLowerCase());
  return person && !(prep && pronounAfter(doc, sm.e, st.sentA)) ? { m: sm, how: 'prev-sent' } : null;
}

/** The person's pronoun right before or after the verb in the reported mood of text[a, b), a sentence of reported
 * speech alone ("An einem Arbeitstag brauche er …", "Sie habe …"). */
function reportedPronoun(doc: Doc, a: number, b: number): MentionSpan | null {
  if (!reportedOnly(doc, a, b)) return null;
  const words = [...doc.text.slice(a, b).matchAll(/\p{L}+/gu)];
  const person = (w: RegExpMatchArray | undefined) => { const g = w && pronounOf(w[0], doc.rules); return !!g && g !== 'o' && g !== 'n'; };
  for (let i = 0; i < words.length; i++) {
    if (!doc.rules.reportedMood.has(words[i]![0].toLowerCase())) continue;
    const w = person(words[i + 1]) ? words[i + 1]! : i === 1 && person(words[0]) ? words[0]! : null;
    return w ? { s: a + w.index!, e: a + w.index! + w[0].length } : null;
  }
  return null;
}

/** A personal pronoun in text[a, b). */
const pronounAfter = (doc: Doc, a: number, b: number) => doc.text.slice(a, b).split(/[^\p{L}]+/u).some((w) => { const g = pronounOf(w, doc.rules); return !!g && g !== 'o' && g !== 'n'; });

/** The quotation stands inside a clause of its own sentence: a subject and its verb before it, at least a few words
 * after any fronted phrase. */
function ownSubject(doc: Doc, st: Site): boolean {
  const before = doc.text.slice(st.sentA, st.q.open);
  // ("Specifically on July 9 and 10, “…”": a fronted phrase and its comma are no clause)
  if (/,\s*$/.test(before)) return false;
  const words = before.slice(frontedClause(doc, st.sentA, before, false)).split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  // (reported speech, "Zudem kämen junge Männer mit einem «…»", goes on with the words of the sentence before)
  return words.length >= ATTRIBUTION.ownClauseWords && words.some((w) => startsLower(w)) && !words.some((w) => doc.rules.reportedMood.has(w.toLowerCase()));
}

/**
 * "Der Forscher X hat den Atlantik untersucht. Der Atlantik habe … – „…“": a quotation inside reported speech, after a
 * sentence with no verb of saying at all, is the words of the one that sentence is about (its subject, a named
 * person or body).
 */
const SOURCES: readonly string[] = ['person', 'organization'];

export function reportedSource(doc: Doc, st: Site, ps = -1): Attr | null {
  if (!reportedOnly(doc, st.sentA, st.q.open)) return null;
  if (ps < 0) {
    const end = st.para.start + doc.text.slice(st.para.start, st.sentA).trimEnd().length;
    if (end <= st.para.start) return null;
    ps = sentenceStart(doc, end - 1, st.para.start);
  }
  const sm = sentenceSubject(doc, ps, st.sentA);
  const named = sm && doc.reg.within(sm.s, sm.e).some((x) => SOURCES.includes(doc.reg.get(x.party).kind));
  return named ? { m: sm, how: 'prev-sent' } : null;
}

/** text[a, b) is reported speech alone: a verb in the reported mood (per-language `reportedMood`), none of saying. */
export function reportedOnly(doc: Doc, a: number, b: number): boolean {
  if (!doc.rules.reportedMood.size || hitsIn(doc, doc.verbs.any, a, b).length) return false;
  return doc.text.slice(a, b).split(/[^\p{L}]+/u).some((w) => doc.rules.reportedMood.has(w.toLowerCase()));
}

/** A paragraph that opens with the quotation after one that ends "…, X said:". */
export function previousParagraph(doc: Doc, st: Site): Attr | null {
  const { q } = st;
  if (st.prevQ || doc.text.slice(st.para.start, st.sentA).trim() || q.para === 0) return null;
  if (q.multi && doc.quotes.some((x) => x.group === q.group && x.para < q.para)) return null;
  const pp = doc.paras[q.para - 1]!;
  const prevText = doc.text.slice(pp.start, pp.end);
  if (!/:\s*$/.test(prevText)) return reportedBefore(doc, st, pp);
  const ps = sentenceStart(doc, pp.end - 1, pp.start);
  const vl = verbMatches(doc, doc.verbs.any, ps, pp.end);
  for (let k = vl.length - 1; k >= 0; k--) {
    const bm = subjectOfVerb(doc, ps, ps + vl[k]!.index, vl[k]![0], pp.end, pp.start);
    if (bm) return { m: bm, how: 'prev-para' };
  }
  // "President Clinton released the following statement:": the subject of the sentence that announces it, after a
  // fronted clause ("When Wallace died in 1998, …"); "Stated Stone:": the name after its verb
  const from = ps + frontedClause(doc, ps, prevText.slice(ps - pp.start));
  const last = vl[vl.length - 1];
  const sm = last ? sentenceSubject(doc, from, ps + last.index) ?? invertedName(doc, ps + last.index + last[0].length, pp.end) : speakingSubject(doc, from, pp.end);
  return sm ? { m: sm, how: 'prev-para' } : null;
}

/**
 * "Carter said that critics had predicted a withdrawal, but this would not happen.\n\n“That’s because …”": a paragraph
 * that is all quotation, after a paragraph with none whose last sentence reports a person's words, goes on with that
 * person's words.
 */
function reportedBefore(doc: Doc, st: Site, pp: Span): Attr | null {
  const { q, para } = st;
  if (q.multi || q.open > para.start + 1 || doc.text.slice(q.close, para.end).replace(/^[\s.,;:!?…”"»’]+/, '')) return null;
  if (doc.quotes[st.qi - 1]?.para === q.para - 1) return null;
  const ps = sentenceStart(doc, pp.end - 1, pp.start);
  const v = verbMatches(doc, doc.verbs.say, ps, pp.end)[0];
  const by = v ? subjectOfVerb(doc, ps, ps + v.index, v[0], pp.end, pp.start) : null;
  return by && speaks(doc, by) ? { m: by, how: 'prev-para' } : null;
}

/** A paragraph that is all quotation, after a paragraph whose last quotation had a speaker: the same speaker; so
 * too after an interviewer's question between them ("“…,” says Blair.\n\nIs Starmer a good leader?\n\n“Well, …”"). */
export function previousSpeaker(doc: Doc, st: Site): Attr | null {
  const { q, para } = st;
  if (st.prevQ || q.para === 0 || q.multi || q.open > para.start + 1) return null;
  if (doc.text.slice(q.close, para.end).replace(/^[\s.,;:!?…”"»’]+/, '').length > 0) return null;
  const prev = doc.quotes[st.qi - 1];
  if (!prev || (prev.para !== q.para - 1 && !(prev.para === q.para - 2 && questionOnly(doc, doc.paras[q.para - 1]!)))) return null;
  return { m: { s: -1, e: -1 }, how: 'prev-speaker' };
}

/** A paragraph that is one short question and nothing else: no quotation marks, no other sentence before it. */
function questionOnly(doc: Doc, p: Span): boolean {
  const t = doc.text.slice(p.start, p.end).trim();
  return t.length <= ATTRIBUTION.questionMaxChars && /\?$/.test(t) && !/[“”„"«»「」]/.test(t) && !/[.!?]\s/.test(t);
}

/** "Stated Stone:": a name alone between the verb and the colon that ends the paragraph. */
function invertedName(doc: Doc, a: number, b: number): MentionSpan | null {
  const raw = doc.text.slice(a, b), name = raw.replace(/:\s*$/, '').trim();
  if (!name || !isNameRun(name)) return null;
  const s = a + raw.indexOf(name);
  return { s, e: s + name.length };
}

/**
 * "Embolo sei „am Boden zerstört“", "Sie dürften nicht triumphieren, sonst sei es «gute Nacht»": a sentence with no
 * verb of saying whose own verb is in the mood only reported speech uses (per-language `reportedMood`) goes on with
 * the words of whoever spoke before, within the paragraph or the one before it.
 */
export function reportedMood(doc: Doc, st: Site): boolean {
  const { rules } = doc;
  if (!rules.reportedMood.size) return false;
  const prev = doc.quotes[st.qi - 1];
  if (prev && st.q.para - prev.para > 1) return false;
  // (after a quotation that ends its own sentence, the words after it are the next sentence's)
  const after = /[.!?…]\s*$/.test(st.inner) ? '' : doc.text.slice(st.q.close, st.afterSentEnd);
  const outside = [doc.text.slice(st.sentA, st.q.open), after];
  if (hitsIn(doc, doc.verbs.say, st.sentA, st.q.open).length || (after && hitsIn(doc, doc.verbs.say, st.q.close, st.afterSentEnd).length)) return false;
  return outside.some((s) => s.split(/[^\p{L}]+/u).some((w) => rules.reportedMood.has(w.toLowerCase())));
}
