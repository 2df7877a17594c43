// "«…», a rapporté sur Facebook le porte-parole du président, Berik Uali", "«…», dijo en rueda de prensa el
// ministro": an inverted verb of saying may have a short prepositional phrase (where, on what, when) between it and
// its subject. The subject is the phrase opened by the first article after that aside, when a speaking noun (a role,
// a spokesperson, a body) heads it. The language's function words and nouns, no list of places or channels.

import { forwardMention, isSpeakerNoun, wordsIn, pronounOf, type MentionSpan } from './mention';
import type { Doc } from './site';

/** Words an aside may have before the subject's article, the preposition included. */
const ASIDE_WORDS = 4;

/** The subject after an aside opened by a preposition at `a` (the text after the verb), or null. */
export function subjectAfterAside(doc: Doc, a: number, b: number): MentionSpan | null {
  const { rules, text } = doc;
  const ws = wordsIn(text, a, b, rules);
  const p = ws[0]?.w.toLowerCase() ?? '';
  // (a preposition: a word that ends a speaker phrase and is a function word, but no article, pronoun, relative or
  // conjunction; "to", "à" say to whom, not where)
  if (!rules.clauseWords.has(p) || !rules.functionWords.has(p) || rules.determiners.has(p) || pronounOf(p, rules) || rules.relatives.has(p) || rules.conjunctions.has(p) || rules.datives.has(p)) return null;
  for (let i = 2; i <= ASIDE_WORDS && i < ws.length; i++) {
    const w = ws[i]!.w, l = w.toLowerCase();
    if (/^[,;:.!?()]$/.test(w) || rules.relatives.has(l) || rules.conjunctions.has(l)) return null;
    if (!rules.determiners.has(l) || rules.indefinites.has(l) || rules.determiners.has(ws[i - 1]!.w.toLowerCase())) continue;
    // (the subject is headed by a noun that speaks, "le porte-parole", "el ministro": not "the shooting death of …")
    const head = ws[i + 1]?.w ?? '';
    return isSpeakerNoun(head, rules) ? forwardMention(text, ws[i]!.s, b, rules) : null;
  }
  return null;
}
