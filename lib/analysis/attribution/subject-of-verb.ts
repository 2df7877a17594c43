// The subject of one verb of the sentence before a quotation: the phrase before it, a participle's sentence subject,
// the phrase after it in verb-second languages, a coordinated verb's subject.

import type { Rules } from '../../rules/languages';
import { forwardMention, isNameRun, pronounOf, type MentionSpan } from './mention';
import { LETTER, isUpper } from '../letters';
import { backwardMention } from './subject';
import { plausible } from './plausible';
import { verbMatches } from './verbs';
import { sentenceStart, type Doc } from './site';
import { issuedDocument, issuerOf } from './issued';
import { subjectPastDocument } from './document-aside';
import { subjectBack } from './affiliation';
import { sentenceSubject } from './sentence-subject';
import { knownAt, speaks } from './speaking';
import { PARTICIPLE } from './fronted';
import { bodyDepartment } from './body-department';

/** "… and vowed", "… und sagte dann": a coordinating conjunction (and an adverb) before the verb. */
const AND_BEFORE = new RegExp(`(?:^|\\s)(?:and|but|und|et|y|e|en|og|och|i)\\s+(?:(?:also|then|later|dann|auch|${LETTER}+ly)\\s+)?$`, 'i');
const FIRST_WORD = new RegExp(`^\\s*(${LETTER}+)`);

/** Only capitalised words (a name, with its titles) and opening marks stand in text. */
export const onlyNames = (text: string) => text.trim().replace(/^[“"‘„«]+/, '').split(/\s+/).filter(Boolean).every((w) => isUpper(w[0]));

export const skipSpace = (text: string, i: number) => i + (text.slice(i, i + 40).length - text.slice(i, i + 40).trimStart().length);

/**
 * The subject of the verb at `at` in the sentence from `a` (the speaker phrase may run to `limit`): the phrase
 * before it, a participle's sentence subject, the phrase after it in verb-second languages, a coordinated verb's
 * subject ("X outlined his plan and vowed …").
 */
export function subjectOfVerb(doc: Doc, a: number, at: number, verb: string, limit: number, paraStart: number): MentionSpan | null {
  const { text, rules } = doc;
  let bm = subjectBack(doc, a, at);
  const sentStart = sentenceStart(doc, at, paraStart);
  // (a document after its preposition, "The army in a statement said", is read past below)
  if (bm && objectOfPreposition(doc, a, bm) && !subjectPastDocument(doc, sentStart, bm)) bm = null;
  // participle clauses: ", adding that …" / ", stating that …": the sentence's subject speaks
  if ((!bm || /,\s*$/.test(text.slice(a, at)) || !plausible(text.slice(bm.s, bm.e).trim(), 'before', rules)) && PARTICIPLE.test(verb)) {
    bm = saidBefore(doc, sentStart, at) ?? sentenceSubject(doc, sentStart, at) ?? bm;
  }
  // "X issued a statement saying …": the one who put the document out (named before it)
  if (bm && issuedDocument(doc, bm) && PARTICIPLE.test(verb)) bm = issuerOf(doc, sentStart, bm.s) ?? sentenceSubject(doc, sentStart, bm.s) ?? bm;
  // "The army in a statement said": the subject before the document's preposition
  if (bm) bm = subjectPastDocument(doc, sentStart, bm) ?? bm;
  // verb-second order: "… sagte Albers", "Auf ihrer Seite kritisiert die Vorsitzende, X, …"
  const pre0 = text.slice(a, at).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const fronted = rules.functionWords.has(pre0) && !rules.determiners.has(pre0) && !pronounOf(pre0, rules);
  if (verbSecond(rules) && (!bm || !knownAt(doc, bm) || fronted)) {
    const fm = forwardMention(text, at + verb.length + 1, limit, rules) ?? afterAuxiliary(doc, a, at);
    if (fm && (speaks(doc, fm) || closingDescription(doc, at, fm, limit))) bm = fm;
  }
  // "Trump outlined his plan and vowed to punish “…”": a second verb of the sentence's subject
  if (!bm && AND_BEFORE.test(text.slice(sentStart, at))) {
    const sm = sentenceSubject(doc, sentStart, at);
    if (sm && onlyNames(text.slice(sentStart, sm.s))) bm = sm;
  }
  // ("Zuma-Sambudla had been flagged because … and, on June 30, had posted …, “…”": past an auxiliary and an aside,
  // only a name that opens the sentence, not a pronoun that might stand for someone else the sentence before named:
  // "Beyond Des Moines, the leadership … has declared" is not Des Moines's)
  if (!bm && AND_BEFORE.test(coordinated(rules, text.slice(sentStart, at)))) {
    const sm = sentenceSubject(doc, sentStart, at);
    // (no comma between the name and the conjunction: a clause set off by commas has a subject of its own)
    const between = sm ? coordinated(rules, text.slice(sm.e, at)) : '';
    if (sm && /^[\s“"‘„«]*$/.test(text.slice(sentStart, sm.s)) && !pronounOf(text.slice(sm.s, sm.e).trim(), rules) && !between.includes(',')) bm = sm;
  }
  // ("UPS corporate communications said": the body's part, named by plain nouns after the body)
  if (!bm) bm = bodyDepartment(doc, a, at);
  if (!bm) {
    const g = FIRST_WORD.exec(text.slice(a, at));
    if (g && rules.groups.has(g[1]!.toLowerCase())) { const k = a + text.slice(a, at).indexOf(g[1]!); bm = { s: k, e: k + g[1]!.length }; }
  }
  return bm;
}

/** "…, könne nur selten nachgewiesen werden, sagt der Neurologe.": after a comma, the verb of saying and a description
 * opened by an article that ends the sentence are its inverted subject, whatever noun heads it (none is needed to
 * know it speaks: nothing else is left to). */
function closingDescription(doc: Doc, at: number, fm: MentionSpan, limit: number): boolean {
  const words = doc.text.slice(fm.s, fm.e).trim().split(/\s+/), first = words[0]!.toLowerCase();
  // (an article and its noun at least: "erzählt ein „…“" has its description inside the quotation marks)
  return words.length > 1 && /,\s*$/.test(doc.text.slice(Math.max(0, at - 3), at)) && doc.rules.determiners.has(first) && /^[\s.!?…:]*$/.test(doc.text.slice(fm.e, limit));
}

/** "A letter … obtained by The Associated Press warns", "what he said to Reuters …": a name right after an agent's
 * or a dative's preposition is not the verb's subject. */
function objectOfPreposition(doc: Doc, a: number, m: MentionSpan): boolean {
  // ("criticised by Maria Keller, who said": the relative clause's subject is the one it hangs on)
  if (doc.text.slice(m.s, m.e).includes(',')) return false;
  const w = /(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(a, m.s - 12), m.s))?.[1]?.toLowerCase();
  // (a dative's article, "Aus dem Schulministerium heißt es", is no preposition of its own)
  if (!w) return false;
  if (frontedObject(doc, a, m, w) || describedObject(doc, m, w)) return true;
  return doc.rules.agents.has(w) || (doc.rules.datives.has(w) && !doc.rules.determiners.has(w)) || recipientArticle(doc, a, m, w);
}

/** "Gegenüber dem Redaktionsnetzwerk Deutschland bezeichnete es Miersch …": an article right after a word that says
 * whom words were said to (no article itself) opens that one's phrase, no subject ("Aus dem Ministerium heißt es"
 * stays the source: "aus" says no such thing). */
function recipientArticle(doc: Doc, a: number, m: MentionSpan, article: string): boolean {
  const { rules } = doc;
  // (where the verb comes second and its subject after it; in English the phrase before the verb is the subject:
  // "Speaking to the Daily Mail Lacerda claimed")
  if (!verbSecond(rules) || !rules.determiners.has(article)) return false;
  const w = /(\p{L}+)\s+\p{L}+\s+$/u.exec(doc.text.slice(Math.max(a, m.s - 30), m.s))?.[1]?.toLowerCase() ?? '';
  return rules.recipients.has(w) && !rules.determiners.has(w);
}

/** "Trump in his announcement speech called …": a description (a determiner first) right after a place's
 * preposition is that preposition's object, no subject ("the head of the committee" is left whole). */
function describedObject(doc: Doc, m: MentionSpan, prep: string): boolean {
  const { rules } = doc;
  if (!rules.locatives.has(prep)) return false;
  return rules.determiners.has(/^\S+/.exec(doc.text.slice(m.s, m.e))![0].toLowerCase());
}

/** "In an earlier post, “…”", "In an apparent counter to “…”": a phrase opening on a determiner right after the
 * preposition that opens the sentence is that preposition's object, no subject ("earlier" is no speaking noun). */
function frontedObject(doc: Doc, a: number, m: MentionSpan, prep: string): boolean {
  const { rules } = doc;
  if (!rules.openingPrepositions.has(prep) && !rules.locatives.has(prep)) return false;
  if (!rules.determiners.has(/^\S+/.exec(doc.text.slice(m.s, m.e))![0].toLowerCase())) return false;
  const at = doc.text.slice(a, m.s).toLowerCase().lastIndexOf(prep);
  return at >= 0 && /^[\s“"‘„«]*$/.test(doc.text.slice(a, a + at));
}

/** "„…“, hat Hendel dem Tagesspiegel erzählt: „…“": the finite auxiliary opens the clause and its subject follows. */
function afterAuxiliary(doc: Doc, a: number, at: number): MentionSpan | null {
  const aux = /^[\s,]*(\p{Ll}+)\s+/u.exec(doc.text.slice(a, at));
  return aux && doc.rules.auxiliaries.has(aux[1]!) ? forwardMention(doc.text, a + aux[0].length, at, doc.rules) : null;
}

/** The words before a verb without its auxiliaries and a phrase set off by commas ("… and, on June 30, had
 * posted": "… and"), so that a coordinating conjunction shows. */
function coordinated(rules: Rules, before: string): string {
  let t = before.replace(/\s+$/, '');
  for (let w = LAST_WORD.exec(t); w && rules.auxiliaries.has(w[1]!.toLowerCase()); w = LAST_WORD.exec(t)) t = t.slice(0, w.index).replace(/\s+$/, '');
  return `${t.replace(ASIDE, '')} `;
}
const LAST_WORD = new RegExp(`(?:^|\\s)(${LETTER}+)$`);
const ASIDE = /,[^,;:.!?“”"«»„]{1,40},$/;

/** Languages that put the verb second and the subject after it ("sagte Albers", "zei Rutte"). */
export const verbSecond = (rules: Rules) => ['de', 'nl', 'sv', 'da', 'no'].includes(rules.lang);

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
