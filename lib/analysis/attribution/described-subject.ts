// "As Trump attacked Clinton, the attendees chanted, “…”": the verb nearest the quotation has a subject of its own,
// a description that names nobody ("the attendees", "a man"). The words are theirs, anonymous: not the subject of a
// verb in an earlier clause, which is where the reading back from verb to verb would otherwise land.

import { isAuxiliary, pronounOf, wordsIn, type MentionSpan } from './mention';
import { startsLower } from '../letters';
import { roleOf } from '../parties/lexicon';
import { OF } from './resolve-body';
import { insideQuote, sentenceAt, type Doc } from './site';

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

/**
 * "El tetracampeón eligió … contra Russell. … y él contestó": the sentence of the mention opens with a definite
 * description that names nobody and no body, and the mention is no part of it (not the name it titles, "the former
 * president Donald Trump"; not its apposition or a name in its modifier, "el mensaje de Lambiase"). The sentence is
 * about that unnamed one; a later pronoun continues its subject, not the name its predicate mentions.
 */
export function opensWithDescription(doc: Doc, m: MentionSpan): boolean {
  const { rules } = doc, sent = sentenceAt(doc, m.s);
  if (!sent) return false;
  const ws = wordsIn(doc.text, sent.start, m.s, rules), det = ws[0]?.w.toLowerCase() ?? '';
  // (not words quoted at the sentence's start, „Die Unverletzlichkeit …“, erklärte X)
  if (!ws.length || insideQuote(doc, ws[0]!.s) || !rules.determiners.has(det) || rules.indefinites.has(det) || rules.possessives.has(det) || pronounOf(det, rules)) return false;
  let k = 1;
  while (k < ws.length && plainWord(doc, ws[k]!.w) && !doc.reg.within(ws[k]!.s, ws[k]!.e).length) k++;
  const run = ws.slice(1, k).map((x) => x.w.toLowerCase()), rest = ws.slice(k);
  // (where nouns are capitalised, the description has one: "Das alles erlebt …" describes nobody)
  const noun = !rules.nounsCapitalised || ws.slice(1, k).some((x) => !startsLower(x.w));
  if (!run.length || !noun || run.some((w) => bodyWord(doc, w))) return false;
  // right before the name, the words may be its title ("The candidate's wife Melania Trump"): its own name; unless
  // the name closes its clause, where a subject would still want its verb ("The senator criticized Trump."): the
  // word before it was that verb, and the words before the verb describe the subject
  if (!rest.length) return run.length > 1 && closesClause(doc, m, sent.end);
  // "best illustrated by Huang": a passive's agent is the one the sentence is about; "the words of Abraham
  // Lincoln": whose they are; ", General Walerij Saluschnyj": the description's apposition
  const near = [...rest];
  while (near.length && (roleOf(near[near.length - 1]!.w, rules) || !startsLower(near[near.length - 1]!.w))) {
    if (/^[,(—–]$/.test(near[near.length - 1]!.w)) return false;
    near.pop();
  }
  const link = near[near.length - 1]?.w.toLowerCase() ?? '';
  if (rules.agents.has(link) || OF.test(`${link} `)) return false;
  return rest.some((x) => plainWord(doc, x.w));
}

/** Nothing but the sentence's end follows the name, or a preposition begins a phrase of its own ("… criticized Trump
 * over the tariffs"): no "of" (it belongs to the name), no "and" (a second subject may follow). */
function closesClause(doc: Doc, m: MentionSpan, end: number): boolean {
  const after = doc.text.slice(m.e, end);
  if (/^[\s"”’»)]*[.!?…]?[\s"”’»)]*$/u.test(after)) return true;
  const w = /^\s+(\p{L}+)\s/u.exec(after)?.[1]?.toLowerCase() ?? '';
  return !!w && doc.rules.functionWords.has(w) && !doc.rules.determiners.has(w) && !doc.rules.conjunctions.has(w) && !OF.test(`${w} `) && !pronounOf(w, doc.rules);
}

/** The role word the description opening the mention's sentence is headed by, in its first few words ("The
 * senator criticized …" → "senator"), if any. */
export function descriptionRole(doc: Doc, m: MentionSpan): string | null {
  const sent = sentenceAt(doc, m.s);
  if (!sent) return null;
  for (const x of wordsIn(doc.text, sent.start, m.s, doc.rules).slice(1, 1 + ROLE_WORDS)) {
    const role = roleOf(x.w, doc.rules);
    if (role) return role;
  }
  return null;
}
const ROLE_WORDS = 3;

const bodyWord = ({ rules }: Doc, w: string) => rules.orgHeads.has(w) || rules.orgNouns.has(w) || rules.groups.has(w) || rules.mediaHeads.has(w);

/** A common word of a description: letters only, lower case where the language writes nouns so, no pronoun,
 * auxiliary or function word. */
function plainWord(doc: Doc, w: string): boolean {
  const l = w.toLowerCase(), { rules } = doc;
  if (!/^\p{L}[\p{L}’'-]*$/u.test(w) || pronounOf(l, rules) || rules.auxiliaries.has(l) || rules.functionWords.has(l) || rules.clauseWords.has(l)) return false;
  return rules.nounsCapitalised || startsLower(w);
}
