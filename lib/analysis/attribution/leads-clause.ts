// Whether a mention reads as its sentence's subject (the one a later pronoun or role may stand for).

import { inModifier, modifierOfHead } from './apposition';
import { insideQuote, sentenceAt, type Doc } from './site';
import { pronounOf, wordsIn } from './mention';
import type { Mention } from '../parties';
import { readDateline } from '../text/dateline';
import { modifierOf } from './sentence-subject';

const WORD_BEFORE = /([^\s,;:()]+)\s*$/;
const FIRST_WORD = /^\s*([^\s,;:()]+)/;

/**
 * The mention reads as its sentence's subject: it opens the sentence, or is the first party named in it and no
 * preposition or clause word (other than a conjunction opening the sentence) stands right before it ("Regarding the tweets, Mpofu adopted …", "Doch Annika
 * Poestges, die …, ist überzeugt", but not "a letter to Obama").
 */
export function leadsClause(doc: Doc, m: Mention): boolean {
  if (dateline(doc, m)) return false;
  const sent = sentenceAt(doc, m.s);
  // "Le colistier de Marc Durand, Paul Lefèvre, …": the apposition is the subject, the name in its modifier is not
  if (inModifier(doc, m)) return false;
  const modifier = sent && modifierOfHead(doc, m, sent.start);
  if (modifier) return !doc.reg.within(sent.start, modifier.s).length && !doc.rules.clauseWords.has(FIRST_WORD.exec(doc.text.slice(sent.start, modifier.s))?.[1]?.toLowerCase() ?? '');
  if (m.subject) return true;
  // (a body in the person's own title, "However, Acme pipelines executive Ray Holt has …", is part of the subject;
  // not a word that opens the sentence, whose capital says nothing of a name: "Opposition leader Mark Dunn …")
  if (!sent || doc.reg.within(sent.start, m.s).some((x) => !modifierOf(doc, x, m) || !doc.text.slice(sent.start, x.s).trim()) || personPronounBefore(doc, sent.start, m.s)) return false;
  const before = WORD_BEFORE.exec(doc.text.slice(sent.start, m.s))?.[1]!.toLowerCase();
  // ("But Murray struck …", "Aber Müller sagte …": a conjunction that opens the sentence's main clause has its subject
  // after it; "After Lily won, …" opens a clause within the sentence, whose subject is not the sentence's)
  const opener = !!before && doc.rules.coordinators.has(before) && !doc.text.slice(sent.start, m.s).trim().includes(' ');
  return !before || !doc.rules.clauseWords.has(before) || opener;
}

/** "On July 27, he emailed Gaiman about …": a personal pronoun before the first name of the sentence is its subject;
 * the name is whom it acted on. */
function personPronounBefore(doc: Doc, a: number, b: number): boolean {
  return wordsIn(doc.text, a, b, doc.rules).some((x) => { const g = pronounOf(x.w, doc.rules); return (g === 'm' || g === 'f') && !insideQuote(doc, x.s); });
}

/** "NEW DELHI: Pakistan's …", "PARIS (Reuters) -": the place a dateline names says where the story was filed; it is
 * no subject. */
function dateline(doc: Doc, m: Mention): boolean {
  const d = (m.s === 0 || doc.text[m.s - 1] === '\n') && readDateline(doc.text, m.s);
  return !!d && m.e <= d.end;
}
