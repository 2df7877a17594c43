// "Black Lives Matter issued a statement saying …", "Her campaign sent out an email to supporters stating …": a
// document the sentence's subject puts out carries that subject's words; the document is no speaker of its own.

import type { Doc } from './site';
import { isSpeakerNoun, pronounOf, type MentionSpan } from './mention';
import { backwardMention } from './subject';

/** An indefinite or possessive phrase headed by a document noun ("a statement", "her statement", "a press release"),
 * naming no party. */
export function issuedDocument(doc: Doc, m: MentionSpan): boolean {
  const { rules } = doc;
  if (!rules.documentNouns.size || doc.reg.within(m.s, m.e).length) return false;
  const words = doc.text.slice(m.s, m.e).toLowerCase().split(/\s+/);
  const det = words[0]!;
  if (!rules.determiners.has(det) || rules.orgArticles.has(det)) return false;
  // the head before any preposition ("an email to supporters", "a short press release")
  const stop = words.findIndex((w, i) => i > 0 && rules.functionWords.has(w));
  return words.slice(1, stop < 0 ? undefined : stop).some((w) => rules.documentNouns.has(w));
}

/** Who put the document at `at` out: the subject of the verb right before it ("his campaign sent out", "she quickly
 * released"), read back over up to three lower-case words of verb, particle and adverb (the reading that leaves the
 * most words to the verb). */
export function issuerOf(doc: Doc, sentStart: number, at: number): MentionSpan | null {
  const ws = [...doc.text.slice(sentStart, at).matchAll(/\S+/g)];
  let best: MentionSpan | null = null;
  for (let k = 1; k <= 3 && k < ws.length; k++) {
    const w = ws[ws.length - k]![0];
    if (w !== w.toLowerCase()) break;
    const m = backwardMention(doc.text, sentStart, sentStart + ws[ws.length - k]!.index, doc.rules);
    if (m && speaksFor(doc, m)) best = phraseHead(doc, sentStart, m);
  }
  return best;
}

/** "The new House committee on China sent": a name after a preposition is part of the subject phrase, whose head
 * speaks (when it is a speaking phrase itself). */
function phraseHead(doc: Doc, sentStart: number, m: MentionSpan): MentionSpan {
  const prep = /(\p{Ll}+)\s+$/u.exec(doc.text.slice(Math.max(sentStart, m.s - 12), m.s));
  if (!prep || !doc.rules.functionWords.has(prep[1]!) || doc.rules.determiners.has(prep[1]!)) return m;
  const end = m.s - prep[0].length;
  const head = backwardMention(doc.text, sentStart, end, doc.rules);
  return head && !doc.text.slice(head.e, end).trim() && speaksFor(doc, head) && !pronounOf(doc.text.slice(head.s, head.e), doc.rules) ? head : m;
}

/** A pronoun, a party the text names, or a phrase headed by a speaking noun ("his office", "her campaign"). */
export function speaksFor(doc: Doc, m: MentionSpan): boolean {
  const words = doc.text.slice(m.s, m.e).split(/\s+/);
  const g = words.length === 1 ? pronounOf(words[0]!, doc.rules) : undefined;
  if (g) return g !== 'o';
  return doc.reg.within(m.s, m.e).length > 0 || isSpeakerNoun(words[words.length - 1]!, doc.rules);
}
