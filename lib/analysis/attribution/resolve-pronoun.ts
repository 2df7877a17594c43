// "he", "sie", a verb without a subject: the last speaker unless another person became the subject since, else the
// nearest person (not one named inside a quotation).

import type { Gender } from '../../rules/languages';
import { RESOLVE } from '../weights';
import { pronounOf, wordsIn } from './mention';
import { roleOf } from '../parties/lexicon';
import { lastSpeechEvent } from './events';
import { describedHead, headFor } from './apposition';
import { LETTER } from '../letters';
import { insideQuote, sentenceAt, type Doc } from './site';
import type { Who } from './speakers';
import type { Resolver } from './resolve';
import { leadsClause } from './leads-clause';
import { talkedAbout } from './talked-about';
import { inAskedClause } from './asked';
import { descriptionRole, opensWithDescription } from './described-subject';
import { holderOf } from './resolve-role';
import type { Mention, PartyRecord } from '../parties';
import { personShaped } from './person-shaped';
import { storyPerson } from './story-person';

/** Whoever spoke last before `pos`, in quotation marks or in reported speech ("Yakin sagte, …"), close before. */
export function lastSpeaker(r: Resolver, pos: number): Who | null {
  const event = lastSpeechEvent(r.doc, Math.max(r.last?.pos ?? 0, pos - RESOLVE.lastSpeakerWindow), pos);
  if (event) return event.who;
  return r.last && pos - r.last.pos < RESOLVE.lastSpeakerWindow ? r.last.who : null;
}

/** The subject a verb without one stands for ("“…”, confesó."): a pronoun of either gender, or the person a new
 * paragraph opens on. */
export const resolveImplicit = (r: Resolver, pos: number): Who | null => paragraphTopic(r, pos) ?? resolvePronoun(r, pos, null);

/**
 * "A Ruiz, cuarto en la meta, …. «…», rememoró": a paragraph whose first sentence names a person, after a quotation
 * of someone it does not name, is about that person; the verb without a subject is theirs, not the last speaker's.
 */
export function paragraphTopic(r: Resolver, pos: number): Who | null {
  const { doc, book, last } = r;
  const start = doc.text.lastIndexOf('\n', pos - 1) + 1;
  if (!last || last.pos >= start) return null;
  const named = doc.reg.within(start, pos).filter((m) => !insideQuote(doc, m.s));
  const first = named[0], sent = sentenceAt(doc, start);
  if (sent && (!first || first.s >= sent.end)) return describedTopic(r, sent, book.id(last.who));
  if (!first || !sent || first.s >= sent.end || doc.reg.get(first.party).kind !== 'person' || opensWithDescription(doc, first)) return null;
  const lastId = book.id(last.who);
  return named.some((m) => doc.reg.get(m.party).id === lastId) ? null : doc.reg.get(first.party).id;
}

/**
 * "El consejero ha lanzado un mensaje: «…», ha insistido." after the mayor's words: a paragraph that opens on a role
 * with its definite article, naming nobody, is about the person the story gave that role (not the last speaker,
 * whose role is another); null when nobody holds it, or the last speaker does.
 */
function describedTopic(r: Resolver, sent: { start: number; end: number }, lastId: Who): Who | null {
  const { doc } = r, { rules } = doc;
  const ws = wordsIn(doc.text, sent.start, sent.end, rules), det = ws[0]?.w.toLowerCase() ?? '';
  if (!rules.determiners.has(det) || rules.indefinites.has(det) || rules.possessives.has(det) || pronounOf(det, rules)) return null;
  const role = ws[1] ? roleOf(ws[1].w, rules) : null;
  const who = role ? holderOf(r, role, sent.start, ws[1]!.w.toLowerCase(), rules.roleGender.get(role)) : null;
  return who === null || who === lastId ? null : who;
}

/** "he", "sie": the last speaker unless another person became the subject since; else the nearest person. */
export function resolvePronoun(r: Resolver, pos: number, gender: Gender | null, learn = true): Who | null {
  const { reg } = r.doc, { book } = r;
  const fits = (who: Who) => { const g = book.gender(who); return !gender || !g || g === gender; };
  // a person named inside a quotation is whom the words are about, not who speaks them; one named in an opening
  // "Asked about X," clause is whom the question was about
  const outside = (s: number) => !insideQuote(r.doc, s) && !inAskedClause(r.doc, s);
  const near = (human: (p: PartyRecord) => boolean) => reg.lastBefore(pos, RESOLVE.pronounWindow, (p, m) => human(p) && fits(p.id) && outside(m.s));
  // (a first-person quotation is a person's: with no person named, a name typed a body but shaped as a person's is
  // theirs, person-shaped.ts)
  const shaped = !!gender && !!r.self && !near((p) => p.kind === 'person');
  const human = (p: PartyRecord) => p.kind === 'person' || (shaped && personShaped(p, r.doc.rules));
  const person = near(human);
  const subject = reg.lastBefore(pos, RESOLVE.pronounWindow, (p, m) => human(p) && fits(p.id) && outside(m.s) && leadsClause(r.doc, m));
  // reported speech since the last quotation ("Levitt said …") makes its speaker the one "he" refers to
  const event = lastSpeechEvent(r.doc, Math.max(r.last?.pos ?? 0, pos - RESOLVE.lastSpeakerWindow), pos);
  const last = event ? { who: event.who, para: -1, pos: event.pos } : r.last;
  if (last && fits(last.who) && last.pos < pos && pos - last.pos < RESOLVE.lastSpeakerWindow) {
    // an organisation (its unnamed spokesperson's words) only while no person has been named since
    const k = book.kind(last.who);
    const body = k === 'organization' || k === 'country';
    const orgSince = body && ((person !== null && person.s > last.pos) || !!r.self);
    const lastId = book.id(last.who);
    // (a subject since who was named inside a report is whom the account is about: talked-about.ts)
    const newSubject = subject && subject.s > last.pos && reg.get(subject.party).id !== lastId && !talkedAbout(r.doc, subject, last.pos);
    if (!orgSince && !newSubject) return lastId;
  }
  // "He told me that Himalayan glaciers …; he called it “…”": the same pronoun earlier in the paragraph, with no new
  // subject since, stands for the same person, not for a name the clause between only mentions
  const chain = person && (!subject || subject.s < person.s) ? samePronounBefore(r.doc, pos) : -1;
  if (person && chain >= 0 && person.s > chain && !(subject && subject.s > chain)) return resolvePronoun(r, chain, gender, learn);
  const pick = subject && person && subject.s >= person.s - RESOLVE.subjectPreference ? subject : person;
  if (!pick) return null;
  // (a sentence opened by a description naming nobody is that one's: the story's person, not the name it mentions)
  // ("The senator criticized Trump. He said": the person the text named in that role, when it did)
  if (sentenceAt(r.doc, pick.s) !== sentenceAt(r.doc, pos) && opensWithDescription(r.doc, pick)) return describedHolder(r, pick, gender) ?? storyPerson(r, gender, reg.get(pick.party).id);
  // "Le colistier de Marc Durand, Paul Lefèvre, …": the apposition, not the name in its modifier
  // (and "Abdullah bin Zayed, Außenminister der Vereinigten Arabischen Emirate,": the person the role describes)
  const who = headFor(r.doc, book, pick) ?? reg.get((describedHead(r.doc, pick) ?? pick).party).id;
  if (gender && learn) book.learnGender(who, gender);
  return who;
}

/** The person holding the role the description before `pick` names (of the pronoun's gender), other than `pick`. */
function describedHolder(r: Resolver, pick: Mention, gender: Gender | null): Who | null {
  const role = descriptionRole(r.doc, pick);
  const sent = role ? sentenceAt(r.doc, pick.s) : null;
  const who = role && sent ? holderOf(r, role, sent.start) : null;
  const g = who === null ? undefined : r.book.gender(who);
  return who === null || who === r.doc.reg.get(pick.party).id || (gender && g && g !== gender) ? null : who;
}

/** Where the pronoun at `pos` was last used before, in its paragraph and outside quotations (-1 when it was not). */
function samePronounBefore(doc: Doc, pos: number): number {
  const w = PRONOUN_AT.exec(doc.text.slice(pos, pos + 20))?.[0];
  if (!w || !pronounOf(w, doc.rules)) return -1;
  const para = doc.text.slice(chainStart(doc, pos), pos);
  const l = w.toLowerCase();
  const re = PRONOUN_RES.get(l) ?? PRONOUN_RES.set(l, new RegExp(`(?<!\\p{L})${l}(?!\\p{L})`, 'giu')).get(l)!;
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(para); m; m = re.exec(para)) if (!insideQuote(doc, pos - para.length + m.index)) at = pos - para.length + m.index;
  return at;
}
/** Where a pronoun's chain may start: its paragraph, and the one before while the paragraph between opens in a
 * quotation ("He said they were briefed. / “It gave us hope … / “I may be wrong …,” he said": the same "he"). */
function chainStart(doc: Doc, pos: number): number {
  let start = doc.text.lastIndexOf('\n', pos - 1) + 1;
  for (let k = 0; k < CHAIN_PARAGRAPHS && start > 0 && (insideQuote(doc, start) || QUOTE_OPEN.test(doc.text.slice(start, start + 2))); k++) {
    let end = start - 1;
    while (end > 0 && doc.text[end - 1] === '\n') end--;
    start = doc.text.lastIndexOf('\n', end - 1) + 1;
  }
  return start;
}
const CHAIN_PARAGRAPHS = 3, QUOTE_OPEN = /^\s*[“"«„‘]/;
const PRONOUN_AT = new RegExp(`^${LETTER}+`);
const PRONOUN_RES = new Map<string, RegExp>();
