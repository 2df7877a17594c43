// The subject of a sentence with no verb of saying of its own (a participle clause's, a characterisation's): the
// first pronoun, description, body or person that opens it.

import { isSpeakerNoun, pronounOf, type MentionSpan } from './mention';
import { words as wordSpans } from './phrases';
import { describedOpening } from './subject';
import { verbMatches } from './verbs';
import { insideQuote, type Doc } from './site';
import { frontedClause } from './fronted';

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
    // ("Snopes fact checker and staff writer David Emery": a name before the role nouns of a person is that person's
    // modifier; the person is the head)
    if (kind === 'person' && (!person || (modifies(doc, person, x, MODIFIER_WORDS) && rolesBefore(doc, x)))) person = { s: x.s, e: x.e };
    if ((kind === 'organization' || kind === 'country') && !body) body = { s: x.s, e: x.e };
  }
  if (pron && (!person || pron.s < person.s) && (!body || pron.s < body.s)) return pron;
  // "One operative inside Trump Tower tried to downplay it, saying …": a description opening the sentence is its
  // subject, before any name inside or after it
  // (also after a fronted phrase and its comma: "In December, the prince called for Trump to quit, calling him “…”")
  const desc = describedOpening(doc.text, a, b, doc.rules) ?? describedOpening(doc.text, a + frontedClause(doc, a, seg, false, true), b, doc.rules);
  // (a body before it that is an object, "Appearing before the World Court, the delegation …", does not count)
  if (desc && (!person || desc.s < person.s) && (!body || desc.s < body.s || !atClauseStart(doc, a, body))) return desc;
  // "At the debate, Sanders compared himself to Clinton, saying …" with "Sanders" read as a body: the party opening the
  // clause and followed by its verb is the subject, not the first person named after it
  if (body && (!person || body.s < person.s) && opensClause(doc, a, seg, body) && !(person && modifies(doc, body, person))) return body;
  // (a body after a word of its clause, "Appearing before the World Court, …", "considers Taiwan part of …", is an
  // object; one opening the sentence or following a comma, "Here in Columbia, Sanders …", may be the subject)
  return person ?? (body && atClauseStart(doc, a, body) ? body : null);
}

/** "NBC reporter Katy Tur": a body a word or two (`most`) before a person, with no verb between, is the name's
 * modifier. The word right before the person is no function word ("Obama and Biden" are two subjects). */
function modifies(doc: Doc, body: MentionSpan, person: MentionSpan, most = 2): boolean {
  const between = doc.text.slice(body.e, person.s), words = between.trim().split(/\s+/);
  if (!LOWER_WORDS.test(between) || words.length > most || doc.rules.functionWords.has(words[words.length - 1]!)) return false;
  return !verbMatches(doc, doc.verbs.any, body.e, person.s).length;
}

const LOWER_WORDS = /^\s+(?:\p{Ll}+\s+)+$/u;

/** "Acme pipelines executive Ray Holt": the party x names the body in the person m's title (role nouns before m,
 * no verb between): part of m's phrase, not another subject before it. */
export const modifierOf = (doc: Doc, x: MentionSpan, m: MentionSpan) => modifies(doc, x, m, MODIFIER_WORDS) && rolesBefore(doc, m);

/** Lower-case words a name may stand before as a person's modifier: "fact checker and staff writer". */
const MODIFIER_WORDS = 5;

/** The word right before the person is a noun for a person ("writer"), not a verb no list knows ("Ishiba brushed
 * Tamaki off"). */
const rolesBefore = (doc: Doc, m: MentionSpan) => isSpeakerNoun(/(\S+)\s+$/.exec(doc.text.slice(Math.max(0, m.s - 40), m.s))?.[1] ?? '', doc.rules);

/** The mention opens the segment from `a` (after a fronted phrase, an article allowed) and a lower-case word, its
 * verb, follows it: not a name's modifier ("NBC News reporter Katy Tur"). */
function opensClause(doc: Doc, a: number, seg: string, m: MentionSpan): boolean {
  if (!/^\s+\p{Ll}/u.test(doc.text.slice(m.e, m.e + 4))) return false;
  const lead = (from: number) => (from > m.s ? '-' : doc.text.slice(from, m.s).trim().toLowerCase());
  const ok = (w: string) => !w || doc.rules.orgArticles.has(w);
  return ok(lead(a)) || ok(lead(a + frontedClause(doc, a, seg, false)));
}

/** Only marks, or a comma, and determiners stand between `a` or the clause's start and the mention (or the phrase
 * opening the sentence that it ends), and a lower-case word (its verb) follows it. */
function atClauseStart(doc: Doc, a: number, m: MentionSpan): boolean {
  const before = doc.text.slice(a, m.s).replace(/[\s“"‘„«]+$/, '').split(/\s+/);
  while (before.length && doc.rules.determiners.has(before[before.length - 1]!.toLowerCase())) before.pop();
  const rest = before.join(' ').trim();
  // ("Der Vertreter des US-Regionalkommandos Centcom bemühte sich": in the phrase that opens the sentence)
  const opening = doc.rules.determiners.has(before[0]?.toLowerCase() ?? '') && !/[,;:]/.test(rest) && !verbMatches(doc, doc.verbs.any, a, m.s).length;
  return (!rest || /[,;:]$/.test(rest) || opening) && /^\s+\p{Ll}/u.test(doc.text.slice(m.e, m.e + 4));
}
