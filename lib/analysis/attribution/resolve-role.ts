// A role that stands for the person who holds it: "the minister" to the person named in that role, "der Tessiner
// Ständerat" to the person the sentence before is about, "a Western diplomat" to nobody.

import { RESOLVE } from '../weights';
import { insideQuote, sentenceAt, type Doc } from './site';
import type { Mention, PartyRecord } from '../parties';
import type { Who } from './speakers';
import type { Resolver } from './resolve';
import { leadsClause } from './leads-clause';
import { resolvePronoun } from './resolve-pronoun';
import { introducedUnnamed } from './introduced';
import type { Gender } from '../../rules/languages';
import { qualifierFits } from './role-qualifier';
import { ofAnotherCountry } from './country-role';
import { givenModifier, type RoleModifier } from './role-modifier';

/** The person named nearest before `pos` who holds the role (else one named right after it), of the gender the role
 * phrase says ("la portavoz": not the man who is the other party's spokesman) and of the body it names, if it names
 * one (`qualifier`: role-qualifier.ts); a person given the role with the phrase's own qualifier first (`modifier`:
 * role-modifier.ts). */
export function holderOf(r: Resolver, role: string, pos: number, word = role, gender?: Gender, qualifier?: Set<string> | null, modifier?: RoleModifier | null): Who | null {
  const { reg } = r.doc;
  const holds = (words: Set<string>) => [...words].some((w) => w === role || w.endsWith(role) || role.endsWith(w));
  // "der CDU-Spitzenkandidat" is not the person the text called "AfD-Spitzenkandidat"
  const qualified = word !== role && word.endsWith(`-${role}`);
  const otherQualifier = (words: Set<string>) => qualified && !words.has(word) && [...words].some((w) => w.endsWith(`-${role}`));
  const fits = (p: PartyRecord) => !gender || !r.book.gender(p.id) || r.book.gender(p.id) === gender;
  const person = (p: PartyRecord, m: Mention) => p.kind === 'person' && !otherQualifier(p.roleWords) && fits(p) && !insideQuote(r.doc, m.s)
    && (!qualifier || qualifierFits(r.doc, p, qualifier));
  // (a spokesperson is not the holder whose spokesperson he is: "le porte-parole du président, X" for "le président")
  const spokesman = (p: PartyRecord) => !r.doc.rules.spokes.has(role) && [...p.roleWords].some((w) => r.doc.rules.spokes.has(w));
  const ok = (p: PartyRecord, m: Mention) => holds(p.roleWords) && !spokesman(p) && person(p, m);
  // ("der Übergangstrainer": the person given that qualified role, before one named nearer with the bare role)
  const mod = modifier ?? null;
  const given = (p: PartyRecord, m: Mention) => !!mod && person(p, m) && givenModifier(r.doc, p, mod, role, holds(p.roleWords));
  const m = (mod && reg.lastBefore(pos, RESOLVE.roleWindow, given)) || reg.lastBefore(pos, RESOLVE.roleWindow, ok) || reg.firstAfter(pos, RESOLVE.roleAheadWindow, ok);
  return m ? reg.get(m.party).id : null;
}

/**
 * "Le président du Kazakhstan … a ordonné" in a story's opening, "le président Tokaïev" paragraphs later: a role of
 * a named country or body that nobody before holds is the person the text gives that role further on (outside
 * quotation marks), unless the text ties that person to another country ("le président russe Vladimir Poutine").
 */
export function laterHolder(r: Resolver, role: string, pos: number, gender: Gender | undefined, body: Who): Who | null {
  const { reg } = r.doc;
  // (the role written before that very name, "le président Tokaïev", not a role of his words, "le porte-parole du président, X")
  const ok = (p: PartyRecord, m: Mention) => p.kind === 'person' && !!m.roleWords?.includes(role) && !insideQuote(r.doc, m.s)
    && (!gender || !r.book.gender(p.id) || r.book.gender(p.id) === gender) && !ofAnotherCountry(r.doc, r.book, p.id, body);
  const m = reg.firstAfter(pos, RESOLVE.laterHolderWindow, ok);
  return m ? reg.get(m.party).id : null;
}

/**
 * "sagte der Tessiner Ständerat" right after "Parteipräsident Marco Chiesa": with nobody named in that role, the
 * definite role stands for the person named last, close before (and of the role's gender, when it says one).
 */
export function recentPerson(r: Resolver, pos: number, role: string, gender?: Gender): Who | null {
  const { doc } = r, { rules } = doc;
  if (introducedUnnamed(doc, pos, role, RESOLVE.recentPersonWindow) || unlikeRecent(doc, pos, role) || opensHeading(doc, pos)) return null;
  const g = gender ?? rules.roleGender.get(role), mates = clauseMates(doc, pos);
  // a person named inside a quotation is whom the words are about ("dem Spieler Gelb"), not the role's holder; the
  // role re-describes the one a sentence is about, its subject or the first person it names ("el mensaje de
  // Lambiase"), not a name in passing ("a letter to Trump"); nor anyone named beside it in its own clause ("the
  // prince called for Trump to …")
  const m = doc.reg.lastBefore(pos, RESOLVE.recentPersonWindow, (p, x) => p.kind === 'person' && (!g || !r.book.gender(p.id) || r.book.gender(p.id) === g)
    && !insideQuote(doc, x.s) && !mates.has(p.id) && (leadsClause(doc, x) || firstPersonOfSentence(doc, x)));
  if (m) return doc.reg.get(m.party).id;
  // (with a person named close before who could not be the one, the role is somebody else: not the story's voice)
  return doc.reg.lastBefore(pos, RESOLVE.recentPersonWindow, (p, x) => p.kind === 'person' && !insideQuote(doc, x.s)) ? null : describedPerson(r, pos, g);
}

/** The phrase opens a subheading: a short paragraph of its own with no sentence end ("El juez defiende la
 * «imparcialidad» de la UCO"). A heading opens a section; it re-describes nobody named in the paragraph before it,
 * so its subject stays the description (or the holder the text named in that role, holderOf). */
function opensHeading(doc: Doc, pos: number): boolean {
  const para = doc.paras.find((p) => p.start <= pos && pos < p.end);
  if (!para || doc.text.slice(para.start, pos).trim()) return false;
  const line = doc.text.slice(para.start, para.end).trim();
  return !HEADING_END.test(line) && line.split(/\s+/).length <= HEADING_MAX_WORDS;
}
const HEADING_END = /[.!?…:;。！？"”»’)]$/u, HEADING_MAX_WORDS = 14;

/** No person is named before the mention in its sentence (outside quotation marks), save one it is in apposition
 * to ("Die Vorsitzende des Gremiums, Sofia Östmark, …"). */
function firstPersonOfSentence(doc: Doc, m: Mention): boolean {
  const sent = sentenceAt(doc, m.s);
  return !!sent && !doc.reg.within(sent.start, m.s).some((x) => doc.reg.get(x.party).kind === 'person' && !insideQuote(doc, x.s) && !/^\s*,\s*$/.test(doc.text.slice(x.e, m.s)));
}

/** "his physician", "the prime minister's spokesman": a role of somebody's, or a spokesperson, is never that
 * somebody (the person named last), and is nobody the text has named unless it named the holder of the role. */
function unlikeRecent(doc: Doc, pos: number, role: string): boolean {
  const phrase = doc.text.slice(pos, pos + 80).toLowerCase(), at = phrase.indexOf(role);
  const first = FIRST_WORD.exec(phrase)?.[1] ?? '';
  return doc.rules.spokes.has(role) || doc.rules.possessives.has(first) || (at > 0 && /\p{L}['’]s?\s/u.test(phrase.slice(0, at)));
}
const FIRST_WORD = /^\s*([^\s,;:()]+)/;

/** The persons named in the clause of the phrase at `pos`, outside quotation marks: before it in its sentence, not
 * across a quotation ("Cruz defends his record: “…,” the senator says" re-describes Cruz), save a name it stands in
 * apposition to ("Rubio, the Florida senator", "Anthony Anton, president and CEO of …"); after it, up to a comma, a
 * dash or a quotation ("the prince called for Trump to …", not "the victim added …, who Lacerda said"). */
function clauseMates(doc: Doc, pos: number): Set<number> {
  const sent = sentenceAt(doc, pos), out = new Set<number>();
  if (!sent) return out;
  const before = doc.text.slice(sent.start, pos), after = doc.text.slice(pos, sent.end);
  const a = sent.start + Math.max(0, ...[...before.matchAll(QUOTE_MARK)].map((m) => m.index + 1));
  const next = after.search(CLAUSE_END), b = next < 0 ? sent.end : pos + next;
  for (const m of doc.reg.within(a, b)) {
    if (insideQuote(doc, m.s) || (m.e <= pos && APPOSED.test(doc.text.slice(m.e, pos)))) continue;
    const p = doc.reg.get(m.party);
    if (p.kind === 'person') out.add(p.id);
  }
  return out;
}
const QUOTE_MARK = /[“”"«»„‘]/g, CLAUSE_END = /[“”"«»„‘,;:–—()]/;
const APPOSED = /^\s*,(?:\s+\p{Ll}+){0,4}\s*$/u;

/**
 * "Pour la syndicaliste, …" paragraphs after "Sophie Binet …": a definite role that nobody the text names holds, and
 * no person named just before, stands for the person the story goes on about, found as "she" would be.
 */
function describedPerson(r: Resolver, pos: number, g: Gender | undefined): Who | null {
  const gender = g === 'm' || g === 'f' ? g : null;
  const near = resolvePronoun(r, pos, gender, false);
  // else the person who spoke last, however far back: a role describes a voice of the story, not a newcomer
  const who = near ?? (r.last && (!gender || !r.book.gender(r.last.who) || r.book.gender(r.last.who) === gender) ? r.last.who : null);
  return who !== null && r.book.kind(who) === 'person' ? who : null;
}

/**
 * "afirma el portavoz de la Asociación" after "David Campo, portavoz de la Asociación Vecinal …": a spokesperson of a
 * body is the one person the text describes in that role for that body (two or none: the body's own words).
 */
export function spokespersonOf(r: Resolver, spoke: string, body: Who): Who | null {
  const { reg } = r.doc, org = reg.get(body);
  const names = [org.name, ...org.aliases].map((n) => n.toLowerCase()).filter((n) => n.length > 2);
  const holders = reg.live().filter((p) => p.kind === 'person' && p.roleWords.has(spoke) && names.some((n) => p.description?.toLowerCase().includes(n)));
  return holders.length === 1 ? holders[0]!.id : null;
}
