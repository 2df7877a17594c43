// A mention that stands for an organisation: "a spokesman for Brannock", "the company", "la ONG" (the body named
// last, of the kind the noun says).

import { isOrgHead, roleOf } from '../parties/lexicon';
import { RESOLVE } from '../weights';
import { pronounOf, type MentionSpan } from './mention';
import { LETTER, startsUpper } from '../letters';
import { insideQuote } from './site';
import type { Mention } from '../parties';
import type { Who } from './speakers';
import type { Resolver } from './resolve';
import { leadsClause } from './leads-clause';
import { affiliatedPerson } from './affiliated';
import { describedAs } from './described-as';
import { describedVoice } from './described-voice';
import { recentPerson } from './resolve-role';
import { spokesBodyNoun } from './spokes-body';

export const OF = /\b(?:for|of|de|des|du|der|di|del|della|dell’|van|von|do|da|dos)\s/i;
const OF_NAME = /(?:^|\s)(?:for|of|de|des|du|der|di|del|della|dell’|do|da)\s+((?:the\s+)?[^\s,.;:]+(?:\s+[^\s,.;:]+)*)/;
const OF_HEAD = new RegExp(`(?:^|\\s)(?:der|des|du|de la|della|of the|for the|do|da|del)\\s+(${LETTER}+)$`);

/** "a spokesman for Brannock" / "ein Sprecher der Reederei": the organisation; undefined when it says none. */
export function spokespersonFor(r: Resolver, span: MentionSpan, mt: string): Who | null | undefined {
  const { book, doc } = r;
  // ("the company’s spokesman", "der Sprecher des Unternehmens": the body of that kind named before, or nobody named)
  const kind = spokesBodyNoun(mt, doc.rules);
  if (kind) return lastOrganisation(r, span.s, kind, true);
  const om = OF_NAME.exec(mt);
  // the capitalised words after "for"/"of" ("for Brannock Holdings")
  const capsAfter = om ? om[1]!.replace(/^the\s+/, '').split(/\s+/).filter((w, i, a) => a.slice(0, i + 1).every(startsUpper)) : [];
  if (om && capsAfter.length) {
    const name = capsAfter.join(' ');
    const who = book.byWord(name.split(/\s+/)[0]!, span.s) ?? book.byWord(name, span.s);
    return who ?? book.add(doc.rules.lang === 'de' ? name.replace(/s$/, '') : name, 'organization', span.s);
  }
  const hm = OF_HEAD.exec(mt);
  if (hm) {
    const who = book.byWord(hm[1]!, span.s) ?? (doc.rules.orgNouns.has(hm[1]!.toLowerCase()) ? lastOrganisation(r, span.s) : null);
    if (who !== null) return who;
  }
  return OF.test(mt) ? null : undefined;
}

/** "the alliance said", "the company said": an organisation named by that word, or the one named last. */
export function organisationNoun(r: Resolver, span: MentionSpan, words: string[]): Who | null {
  const { rules } = r.doc;
  const head = words[words.length - 1]!;
  if (words.length > 3 || !rules.determiners.has(words[0] ?? '') || rules.groups.has(head)) return null;
  // ("the bank said" after Goldman Sachs: a body whose name has the word but that is named only later in the text,
  // "Saxo Bank" forty lines on, is not the one the reader has in mind)
  const who = r.book.byWord(head, span.s, true);
  if (who !== null && r.book.kind(who) === 'organization' && r.book.lastNamedBefore(who, span.s) > -1e9) return who;
  return words.length === 2 && rules.orgNouns.has(head) ? lastOrganisation(r, span.s, head) : null;
}

/** An organisation whose name is a compound of another kind of body than `head` ("Thüringer Bauernverband" for "das
 * Ministerium"). A kind that is a word of its own ("State Department" for "the agency") may be a broader or a
 * narrower word for the same body: it fits. */
function otherKind(name: string, head: string, rules: Resolver['doc']['rules']): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  if (words.some((w) => w.endsWith(head))) return false;
  return words.some((w) => [...rules.orgNouns].some((n) => n.length > 3 && w.length > n.length && w.endsWith(n) && !head.endsWith(n)));
}

/** A body named by another kind's noun alone ("Gewerkschaft" for "das Unternehmen"). */
const otherNoun = (name: string, head: string, rules: Resolver['doc']['rules']) => { const n = name.toLowerCase(); return n !== head && rules.orgNouns.has(n); };

/**
 * "la ONG", "el texto", "the document" with no word list naming it: a two-word definite description that is no role,
 * no group and no pronoun speaks for the organisation named just before, outside quotations, when no person has been
 * the subject of a clause since.
 */
export function describedBody(r: Resolver, span: MentionSpan, words: string[]): Who | null {
  const { doc } = r, { rules } = doc, head = words[1] ?? '';
  // (a noun of a kind of body, "das Ministerium", was read by organisationNoun: none of that kind was named)
  if (words.length !== 2 || roleOf(head, rules) || pluralRole(head, rules) || rules.orgNouns.has(head) || rules.groups.has(head) || pronounOf(head, rules) !== undefined || rules.functionWords.has(head)) return null;
  // "« … », explique la ONG. « … », añade el texto": the organisation that spoke the quotation before
  const last = r.last, lastKind = last && r.book.kind(last.who);
  if (last && (lastKind === 'organization' || lastKind === 'country') && span.s - last.pos < RESOLVE.descriptionWindow) return last.who;
  const outside = (m: Mention) => !insideQuote(doc, m.s);
  const org = doc.reg.lastBefore(span.s, RESOLVE.descriptionWindow, (p, m) => p.kind === 'organization' && outside(m));
  // ("the letter stated" with no author named: only a body that was the subject of its sentence may have put the
  // document out, not one the sentence merely names, "criticism of the ruling Communist Party")
  if (org && rules.documentNouns.has(head) && !leadsClause(doc, org)) return null;
  // ("sagt der Leseforscher" after "Der Osnabrücker Leseforscher Christian Dawidowski" or after "Markus Albers von der
  // Universität Hamburg": the person the text introduced with that noun, or whose affiliation was the body named)
  const body = rules.documentNouns.has(head) || isOrgHead(head, rules);
  const introduced = body ? null : describedAs(doc, span.s, head);
  if (introduced !== null) return introduced;
  const voice = () => body ? null : describedVoice(r, span.s, rules.articleGender.get(words[0]!));
  if (!org) return voice();
  if (!body && affiliatedPerson(doc, org) !== null) return recentPerson(r, span.s, head);
  if (doc.reg.lastBefore(span.s, span.s - org.e, (p, m) => p.kind === 'person' && outside(m) && m.s > org.e && leadsClause(doc, m))) return voice();
  return doc.reg.get(org.party).id;
}

/** "the physicians", "the nurses": the plural of a role (by the plural endings the organisation nouns are also read
 * with) names people, no body. */
function pluralRole(head: string, rules: Resolver['doc']['rules']): boolean {
  if (!head.endsWith('s')) return false;
  const one = [head.slice(0, -1), head.endsWith('ies') ? `${head.slice(0, -3)}y` : '', head.endsWith('es') ? head.slice(0, -2) : ''];
  return one.some((w) => w.length > 2 && rules.roles.has(w));
}

/** The organisation mentioned last before `pos`, within a few paragraphs; with a kind (`head`, "das Ministerium")
 * that the last one's name says it is not, the last one whose name says it is, or none. */
export function lastOrganisation(r: Resolver, pos: number, head?: string, ofKind = false): Who | null {
  const { doc } = r, { reg, rules } = doc;
  // (a body named inside quoted words, "“…, approved by the National Disaster Management Centre, …,” the department
  // said", is what the speaker talks about, not the speaker)
  const said = (m: Mention) => !insideQuote(doc, m.s);
  // (with `ofKind`, a body the text names by another kind's noun alone, "die Gewerkschaft", is passed over too)
  const fits = (name: string) => !head || !otherKind(name, head, rules) && !(ofKind && otherNoun(name, head, rules));
  let m = reg.lastBefore(pos, RESOLVE.organisationWindow, (p, x) => p.kind === 'organization' && said(x) && (!ofKind || fits(p.name)));
  if (m && head && !fits(reg.get(m.party).name)) m = reg.lastBefore(pos, RESOLVE.organisationWindow, (p, x) => p.kind === 'organization' && said(x) && p.name.toLowerCase().split(/[\s-]+/).some((w) => w.endsWith(head)));
  return m ? reg.get(m.party).id : null;
}

/** "Israel did not appear at the hearings, but … rejected …. It argued …": "it" stands for a country that was the
 * subject of a clause after the organisation named last (else for that organisation). */
export function itsBody(r: Resolver, pos: number): Who | null {
  const { doc } = r, org = doc.reg.lastBefore(pos, RESOLVE.organisationWindow, (p) => p.kind === 'organization');
  const country = doc.reg.lastBefore(pos, RESOLVE.organisationWindow, (p, m) => p.kind === 'country' && !insideQuote(doc, m.s) && (!org || m.s > org.e) && leadsClause(doc, m));
  return country ? doc.reg.get(country.party).id : lastOrganisation(r, pos);
}
