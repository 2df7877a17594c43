// "As Trump attacked Clinton, the attendees chanted, “…”": the verb nearest the quotation has a subject of its own,
// a description that names nobody ("the attendees", "a man"). The words are theirs, anonymous: not the subject of a
// verb in an earlier clause, which is where the reading back from verb to verb would otherwise land.

import { isAuxiliary, pronounOf, wordsIn, type MentionSpan } from './mention';
import { startsLower } from '../letters';
import type { Doc } from './site';

const MAX_NOUN_WORDS = 4;

/** The description (a determiner and lower-case words, no name) ending right before the verb at `at`, read no
 * earlier than `a`; null when the words before the verb are anything else. */
export function describedSubject(doc: Doc, a: number, at: number): MentionSpan | null {
  const { rules } = doc;
  const ws = wordsIn(doc.text, a, at, rules);
  // (adverbs before the verb, "the crowd loudly chanted"; never an auxiliary: "their teams have been urged to" is
  // passive, its subject is who was spoken to)
  while (ws.length && isAuxiliary(ws[ws.length - 1]!.w, rules) && !rules.determiners.has(ws[ws.length - 1]!.w.toLowerCase())) {
    if (rules.auxiliaries.has(ws[ws.length - 1]!.w.toLowerCase())) return null;
    ws.pop();
  }
  for (let k = ws.length - 2, n = 1; k >= 0 && n <= MAX_NOUN_WORDS; k--, n++) {
    const w = ws[k]!.w.toLowerCase();
    if (!rules.determiners.has(w)) {
      if (!plainWord(doc, ws[k]!.w)) return null;
      continue;
    }
    // the description opens its clause: not "the leader of the crowd", "Given his past comments"
    const before = ws[k - 1]?.w.toLowerCase() ?? '';
    if (before && !/^[,;:(—–]$/.test(before) && !rules.clauseOpeners.has(before)) return null;
    const m = { s: ws[k]!.s, e: ws[ws.length - 1]!.e };
    return doc.reg.within(m.s, m.e).length || !ws.slice(k + 1).every((x) => plainWord(doc, x.w)) ? null : m;
  }
  return null;
}

/** A common word of a description: letters only, lower case where the language writes nouns so, no pronoun,
 * auxiliary or function word. */
function plainWord(doc: Doc, w: string): boolean {
  const l = w.toLowerCase(), { rules } = doc;
  if (!/^\p{L}[\p{L}’'-]*$/u.test(w) || pronounOf(l, rules) || rules.auxiliaries.has(l) || rules.functionWords.has(l) || rules.clauseWords.has(l)) return false;
  return rules.nounsCapitalised || startsLower(w);
}
