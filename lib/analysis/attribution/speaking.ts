// What a subject that speaks looks like: a name, a personal pronoun, or a phrase headed by a speaking noun ("die
// Thüringer Landesvorsitzende"), not any capitalised noun; and the phrase opening a clause when it is one.

import { forwardMention, isAuxiliary, isSpeakerNoun, pronounOf, type MentionSpan } from './mention';
import { LETTER, startsLower } from '../letters';
import { LEAD_WORD } from './fronted';
import type { Doc } from './site';

const VERB_AFTER = new RegExp(`^\\s*(?:,[^,]{1,80},\\s*)?(${LETTER})`);

/** A name, a pronoun, or a phrase whose head speaks ("die Thüringer Landesvorsitzende"), not any capitalised noun. */
export function speaks(doc: Doc, m: MentionSpan): boolean {
  const words = doc.text.slice(m.s, m.e).split(/\s+/);
  if (words.length === 1 && pronounOf(words[0]!, doc.rules)) return true;
  return namedAt(doc, m) || words.some((w) => isSpeakerNoun(w, doc.rules));
}

/** Some party is named in the span. */
export const knownAt = (doc: Doc, m: MentionSpan) => doc.reg.within(m.s, m.e).length > 0;

/** A person, organisation or country named in the span (not a lone capitalised word of unknown kind). */
export const namedAt = (doc: Doc, m: MentionSpan) => doc.reg.within(m.s, m.e).some((x) => {
  const p = doc.reg.get(x.party);
  return (p.kind === 'person' || p.kind === 'organization' || p.kind === 'country') && (p.parts.length > 1 || p.mentions.length > 1 || !x.subject);
});

/** A reporting subject: a person named (not a body or a lone capitalised word) or a personal pronoun. */
export function reporting(doc: Doc, m: MentionSpan): boolean {
  const words = doc.text.slice(m.s, m.e).split(/\s+/);
  const g = words.length === 1 ? pronounOf(words[0]!, doc.rules) : undefined;
  if (g && g !== 'o' && g !== 'n') return true;
  return doc.reg.within(m.s, m.e).some((x) => x.e === m.e && doc.reg.get(x.party).kind === 'person');
}

/** The phrase opening text[a, b) when it is a name, a pronoun or a speaking noun followed by its verb. */
export function speakingSubject(doc: Doc, a: number, b: number): MentionSpan | null {
  let lead = /^[\s“"‘„«]*/.exec(doc.text.slice(a, b))![0].length;
  // "Auch Teamkollege Nico Elvedi haderte …", "And then Smith …": a leading adverb or conjunction is no subject
  for (let k = 0; k < 2; k++) {
    const w = LEAD_WORD.exec(doc.text.slice(a + lead, b));
    if (!w || !(doc.rules.functionWords.has(w[1]!.toLowerCase()) || isAuxiliary(w[1]!, doc.rules)) || doc.rules.determiners.has(w[1]!.toLowerCase()) || pronounOf(w[1]!, doc.rules)) break;
    lead += w[0].length;
  }
  const fm = forwardMention(doc.text, a + lead, b, doc.rules);
  // (else a phrase the forward reading ran on past its verb: "The ad targets a “…”", "the statement talked about")
  return (fm && subjectWithVerb(doc, fm)) ? fm : nounThenVerb(doc, a + lead, b);
}

/** The phrase is a name, a pronoun or a determiner and a speaking noun, and a lower-case verb follows it. */
function subjectWithVerb(doc: Doc, fm: MentionSpan): boolean {
  const verb = VERB_AFTER.exec(doc.text.slice(fm.e, fm.e + 90));
  if (!verb || !startsLower(verb[1]!)) return false;
  if (/^['’]/.test(doc.text.slice(fm.e, fm.e + 1)) || /['’]s?$/.test(doc.text.slice(fm.s, fm.e).split(/\s+/).pop() ?? '')) return false;
  const words = doc.text.slice(fm.s, fm.e).split(/\s+/);
  if (words.some((w) => startsLower(w) && w.endsWith('ing'))) return false;
  const pron = words.length === 1 ? pronounOf(words[0]!, doc.rules) : undefined;
  // a name that ends the phrase ("Former Gov. Mike Huckabee"), a pronoun, or a determiner and a speaking noun
  const named = doc.reg.within(fm.s, fm.e).some((x) => x.e === fm.e) && namedAt(doc, fm);
  // (a possessive name is a determiner too: "Hoff’s letter")
  const det = doc.rules.determiners.has(words[0]!.toLowerCase()) || /['’]s$/.test(words[0]!);
  return named || (!!pron && pron !== 'o') || (words.length > 1 && det && isSpeakerNoun(words[words.length - 1]!, doc.rules));
}

/** A noun that heads a phrase that speaks, by the language's lists (not by its ending alone: "the persistent pull"). */
const speakingHead = (w: string, rules: Doc['rules']) => {
  const l = w.toLowerCase();
  return rules.documentNouns.has(l) || rules.orgNouns.has(l) || rules.spokes.has(l) || rules.roles.has(l);
};

/** "The ad targets a “…”", "The email goes on to say: “…”": an article, at most two more words and a speaking noun
 * right before a lower-case word that is no function word (the verb). */
function nounThenVerb(doc: Doc, a: number, b: number): MentionSpan | null {
  const ws = [...doc.text.slice(a, b).matchAll(/\S+/g)], { rules } = doc;
  if (ws.length < 3 || !rules.determiners.has(ws[0]![0].toLowerCase()) || rules.indefinites.has(ws[0]![0].toLowerCase())) return null;
  for (let k = 1; k <= 3 && k < ws.length - 1; k++) {
    // (a verb that closes the sentence keeps its full stop: "“…,” the department detailed.")
    const noun = ws[k]![0], next = k + 2 === ws.length ? ws[k + 1]![0].replace(/[.!?]$/, '') : ws[k + 1]![0];
    if (!/^\p{L}+$/u.test(noun)) return null;
    if (!startsLower(noun) || !speakingHead(noun, rules)) continue;
    if (isSpeakerNoun(next, rules)) continue; // ("the company spokesman": the phrase goes on)
    if (!startsLower(next) || !/^\p{L}+$/u.test(next) || rules.functionWords.has(next.toLowerCase()) || isAuxiliary(next, rules)) return null;
    return { s: a + ws[0]!.index, e: a + ws[k]!.index + noun.length };
  }
  return null;
}
