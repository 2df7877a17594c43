// The speaker a mention stands for, as a careful reader resolves it: a name inside the mention, a pronoun to the
// nearest compatible person, a role ("the minister", "die Senatorin") to the person who holds it, a spokesperson
// ("a spokeswoman for the company") to the organisation, "the company" to the organisation named last.

import type { Gender } from '../../rules/languages';
import { roleOf } from '../parties/lexicon';
import { onlyAtStarts } from '../parties/repeated';
import { RESOLVE } from '../weights';
import { isAgeNoun, isNameRun, pronounOf, type MentionSpan } from './mention';
import { cjkName } from './cjk';
import { namedElsewhere } from './named-elsewhere';
import { ofAnotherCountry } from './country-role';
import { lastSpeechEvent } from './events';
import { headFor, inModifier, modifierOfHead } from './apposition';
import { LETTER, startsUpper } from '../letters';
import { insideQuote, sentenceAt, type Doc } from './site';
import type { Mention, PartyRecord } from '../parties';
import type { Speakers, Who } from './speakers';

/** The speaker of the quotation before, for pronouns. */
export interface LastSpeaker { who: Who; para: number; pos: number }

export interface Resolver {
  doc: Doc; book: Speakers; last: LastSpeaker | null;
  /** The quotation being attributed speaks in the first person singular: a person's words, not a body's. */
  self?: boolean;
}

const OF = /\b(?:for|of|de|des|du|der|di|del|della|dell’|van|von|do|da|dos)\s/i;
const OF_NAME = /(?:^|\s)(?:for|of|de|des|du|der|di|del|della|dell’|do|da)\s+((?:the\s+)?[^\s,.;:]+(?:\s+[^\s,.;:]+)*)/;
const OF_HEAD = new RegExp(`(?:^|\\s)(?:der|des|du|de la|della|of the|for the|do|da|del)\\s+(${LETTER}+)$`);
const LAST_CAP = /(?:^|\s)([^\s]+)$/;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|M|Mme|Herr|Frau|Sen|Rep|Gov|Gen|Sr|Sra)\.?\s+/;

/** The speaker a mention of text[span] stands for, or null for an anonymous or collective speaker. */
export function resolveMention(r: Resolver, span: MentionSpan): Who | null {
  const { doc, book } = r, { rules } = doc;
  const mt = doc.text.slice(span.s, span.e).trim();
  const low = mt.toLowerCase(), words = low.split(/[\s’']+/);
  const { person, body } = namedInside(r, span, words);
  if (person !== null) return person;
  const bearer = demonymSurname(r, span, mt);
  if (bearer !== null) return bearer;
  // "le président du Kazakhstan": a role of a country or a body stands for the person holding it; "a Western
  // diplomat" for somebody unnamed (only a spokesperson's words are the body's own)
  const headRole = roleHead(words, rules);
  if (headRole && !rules.spokes.has(headRole) && body !== null) {
    if (rules.indefinites.has(words[0]!)) return null;
    const holder = holderOf(r, headRole, span.s) ?? recentPerson(r, span.s, headRole);
    return holder !== null && ofAnotherCountry(doc, book, holder, body) ? null : holder;
  }
  if (body !== null) return body;
  const pron = pronounOf(low, rules);
  if (pron === 'n') return null;
  if (pron === 'o') return lastOrganisation(r, span.s);
  if (pron) return resolvePronoun(r, span.s, pron);
  // "the 56-year-old", "der 56-Jährige": a person the story named, described by age, resolved as "he" or "she" is
  if (words.length === 2 && isAgeNoun(words[1]!, rules) && rules.determiners.has(words[0]!) && !rules.indefinites.has(words[0]!)) return resolvePronoun(r, span.s, null);
  // "el portavoz del grupo rebelde" after "El portavoz militar …, Yahya Sarea,": the spokesperson the story named
  const spoke = words.find((w) => rules.spokes.has(w));
  const definite = rules.determiners.has(words[0]!) && !rules.indefinites.has(words[0]!);
  const named = spoke && definite ? holderOf(r, spoke, span.s) : null;
  if (named !== null) return named;
  if (spoke) {
    const org = spokespersonFor(r, span, mt);
    if (org !== undefined) return org;
  }
  const cap = LAST_CAP.exec(mt);
  if (cap && startsUpper(cap[1]!) && cap[1]!.length > 1 && !rules.groups.has(cap[1]!.toLowerCase())) {
    const who = book.byWord(cap[1]!, span.s);
    if (who !== null) return who;
  }
  const elsewhere = namedElsewhere(doc, span, mt);
  if (elsewhere !== null) return elsewhere;
  const roleAt = words.findIndex((w) => roleOf(w, rules));
  const role = roleAt < 0 ? null : roleOf(words[roleAt]!, rules);
  if (role) {
    // "a Western diplomat" is somebody new; "the minister", "der Trainer" the one the story named
    // ("a juicio del mandatario": a contraction before the phrase makes it definite too)
    const definiteRole = rules.determiners.has(words[0]!) || rules.articleContractions.has(WORD_BEFORE.exec(doc.text.slice(Math.max(0, span.s - 20), span.s))?.[1]!.toLowerCase() ?? '');
    const who = rules.indefinites.has(words[0]!) ? null : holderOf(r, role, span.s, words[roleAt]) ?? (definiteRole ? recentPerson(r, span.s, role) : null);
    if (who !== null) return who;
  }
  const org = organisationNoun(r, span, words) ?? (definite ? describedBody(r, span, words) : null);
  if (org !== null) return org;
  // where every noun is capitalised, one capitalised word nobody tagged is a noun ("Anwendung"), not a new person
  // unless its head names a body ("Schulministerium")
  const lone = rules.nounsCapitalised && !/\s/.test(mt);
  if (lone && isNameRun(mt) && [...rules.orgHeads].some((h) => low.length > h.length + 2 && low.endsWith(h))) return book.add(mt, 'organization', span.s);
  // a word the text capitalises only at sentence starts ("Además insistió …": a pro-drop subject) names nobody
  const connector = !/\s/.test(mt) && onlyAtStarts(low, doc.reg.uses, rules);
  if (isNameRun(mt) && !lone && !connector && !rules.groups.has(low) && !rules.functionWords.has(low)) return book.add(mt.replace(HONORIFIC, ''), 'person', span.s);
  const cjk = cjkName(mt, doc);
  return cjk ? book.add(cjk.name, cjk.org ? 'organization' : 'person', span.s) : null;
}

/** "Cuban said" after "Mark Cuban": a lone word read as a demonym is the surname of a person the text names, not a
 * country speaking. */
function demonymSurname(r: Resolver, span: MentionSpan, mt: string): Who | null {
  if (/\s/.test(mt) || !r.doc.reg.within(span.s, span.e).some((m) => m.source === 'demonym')) return null;
  const who = r.book.byWord(mt, span.s);
  return who !== null && r.book.kind(who) === 'person' ? who : null;
}

/** The role a phrase is headed by, before any "of" ("the minister of …", "a Western diplomat", "le président russe du …"). */
function roleHead(words: string[], rules: Resolver['doc']['rules']): string | null {
  const end = words.findIndex((w, i) => i > 0 && /^(?:of|for|de|du|des|del|della|di|der|des|von|do|da)$/.test(w));
  const head = end < 0 ? words : words.slice(0, end);
  return head.map((w) => roleOf(w, rules)).filter(Boolean).pop() ?? null;
}

/** Names inside the mention: the person ("spokeswoman Saima Qureshi"); an organisation or a country. */
function namedInside(r: Resolver, span: MentionSpan, words: string[]): { person: Who | null; body: Who | null } {
  const { doc } = r;
  const inside = doc.reg.within(span.s, span.e).filter((m) => !/^['’]/.test(doc.text.slice(m.e, m.e + 1)));
  const spokes = words.some((w) => doc.rules.spokes.has(w));
  const persons = inside.filter((m) => doc.reg.get(m.party).kind === 'person');
  // "a spokesman for Brannock": the organisation; "spokeswoman Saima Qureshi": the person
  const own = spokes ? persons.filter((m) => m.s > span.s + 3 && !OF.test(doc.text.slice(span.s, m.s).slice(-6) + ' ')) : persons;
  const bodies = inside.filter((m) => ['organization', 'country'].includes(doc.reg.get(m.party).kind));
  // "Flynn, a top Trump surrogate": the name its apposition describes, not a name inside the apposition
  const head = own[0] && own[0].s === span.s && /^\s*,/.test(doc.text.slice(own[0].e, span.e)) ? own[0] : own[own.length - 1];
  return {
    person: head ? doc.reg.get(head.party).id : null,
    body: bodies.length ? doc.reg.get(bodies[bodies.length - 1]!.party).id : null,
  };
}

/** "a spokesman for Brannock" / "ein Sprecher der Reederei": the organisation; undefined when it says none. */
function spokespersonFor(r: Resolver, span: MentionSpan, mt: string): Who | null | undefined {
  const { book, doc } = r;
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

/** The person named nearest before `pos` who holds the role (else one named right after it). */
function holderOf(r: Resolver, role: string, pos: number, word = role): Who | null {
  const { reg } = r.doc;
  const holds = (words: Set<string>) => [...words].some((w) => w === role || w.endsWith(role) || role.endsWith(w));
  // "der CDU-Spitzenkandidat" is not the person the text called "AfD-Spitzenkandidat"
  const qualified = word !== role && word.endsWith(`-${role}`);
  const otherQualifier = (words: Set<string>) => qualified && !words.has(word) && [...words].some((w) => w.endsWith(`-${role}`));
  const ok = (p: PartyRecord, m: Mention) => p.kind === 'person' && holds(p.roleWords) && !otherQualifier(p.roleWords) && !insideQuote(r.doc, m.s);
  const m = reg.lastBefore(pos, RESOLVE.roleWindow, ok) ?? reg.firstAfter(pos, RESOLVE.roleAheadWindow, ok);
  return m ? reg.get(m.party).id : null;
}

/**
 * "sagte der Tessiner Ständerat" right after "Parteipräsident Marco Chiesa": with nobody named in that role, the
 * definite role stands for the person named last, close before (and of the role's gender, when it says one).
 */
function recentPerson(r: Resolver, pos: number, role: string): Who | null {
  const { doc } = r, { rules } = doc;
  if (introducedUnnamed(doc, pos, role) || unlikeRecent(doc, pos, role)) return null;
  const g = rules.roleGender.get(role), mates = clauseMates(doc, pos);
  // a person named inside a quotation is whom the words are about ("dem Spieler Gelb"), not the role's holder; the
  // role re-describes the one a sentence is about, its subject or the first person it names ("el mensaje de
  // Lambiase"), not a name in passing ("a letter to Trump"); nor anyone named beside it in its own clause ("the
  // prince called for Trump to …")
  const m = doc.reg.lastBefore(pos, RESOLVE.recentPersonWindow, (p, x) => p.kind === 'person' && (!g || !p.gender || p.gender === g)
    && !insideQuote(doc, x.s) && !mates.has(p.id) && (leadsClause(doc, x) || firstPersonOfSentence(doc, x)));
  if (m) return doc.reg.get(m.party).id;
  // (with a person named close before who could not be the one, the role is somebody else: not the story's voice)
  return doc.reg.lastBefore(pos, RESOLVE.recentPersonWindow, (p, x) => p.kind === 'person' && !insideQuote(doc, x.s)) ? null : describedPerson(r, pos, role);
}

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

/** Words after an indefinite article that may stand before its noun ("a police officer", "ein junger Polizist"). */
const INTRO_GAP = 2;

/**
 * "Even when a police officer first called, Heidnik shrugged … the officer recalled": the role was brought in
 * without a name by an indefinite article, close before, so the definite role is that unnamed person, not the person
 * named last.
 */
function introducedUnnamed(doc: Doc, pos: number, role: string): boolean {
  const words = doc.text.slice(Math.max(0, pos - RESOLVE.recentPersonWindow), pos).toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  for (let i = 0; i < words.length - 1; i++) {
    if (!doc.rules.indefinites.has(words[i]!)) continue;
    for (let k = i + 1; k <= Math.min(words.length - 1, i + 1 + INTRO_GAP); k++) if (words[k] === role || words[k]!.endsWith(role)) return true;
  }
  return false;
}

/**
 * "Pour la syndicaliste, …" paragraphs after "Sophie Binet …": a definite role that nobody the text names holds, and
 * no person named just before, stands for the person the story goes on about, found as "she" would be.
 */
function describedPerson(r: Resolver, pos: number, role: string): Who | null {
  const g = r.doc.rules.roleGender.get(role);
  const gender = g === 'm' || g === 'f' ? g : null;
  const near = resolvePronoun(r, pos, gender, false);
  // else the person who spoke last, however far back: a role describes a voice of the story, not a newcomer
  const who = near ?? (r.last && (!gender || !r.book.gender(r.last.who) || r.book.gender(r.last.who) === gender) ? r.last.who : null);
  return who !== null && r.book.kind(who) === 'person' ? who : null;
}

/** "the alliance said", "the company said": an organisation named by that word, or the one named last. */
function organisationNoun(r: Resolver, span: MentionSpan, words: string[]): Who | null {
  const { rules } = r.doc;
  const head = words[words.length - 1]!;
  if (words.length > 3 || !rules.determiners.has(words[0] ?? '') || rules.groups.has(head)) return null;
  const who = r.book.byWord(head, span.s, true);
  if (who !== null && r.book.kind(who) === 'organization') return who;
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

/**
 * "la ONG", "el texto", "the document" with no word list naming it: a two-word definite description that is no role,
 * no group and no pronoun speaks for the organisation named just before, outside quotations, when no person has been
 * the subject of a clause since.
 */
function describedBody(r: Resolver, span: MentionSpan, words: string[]): Who | null {
  const { doc } = r, { rules } = doc, head = words[1] ?? '';
  // (a noun of a kind of body, "das Ministerium", was read by organisationNoun: none of that kind was named)
  if (words.length !== 2 || roleOf(head, rules) || rules.orgNouns.has(head) || rules.groups.has(head) || pronounOf(head, rules) !== undefined || rules.functionWords.has(head)) return null;
  // "« … », explique la ONG. « … », añade el texto": the organisation that spoke the quotation before
  const last = r.last, lastKind = last && r.book.kind(last.who);
  if (last && (lastKind === 'organization' || lastKind === 'country') && span.s - last.pos < RESOLVE.descriptionWindow) return last.who;
  const outside = (m: Mention) => !insideQuote(doc, m.s);
  const org = doc.reg.lastBefore(span.s, RESOLVE.descriptionWindow, (p, m) => p.kind === 'organization' && outside(m));
  if (!org || doc.reg.lastBefore(span.s, span.s - org.e, (p, m) => p.kind === 'person' && outside(m) && m.s > org.e && leadsClause(doc, m))) return null;
  return doc.reg.get(org.party).id;
}

/** The organisation mentioned last before `pos`, within a few paragraphs; with a kind (`head`, "das Ministerium")
 * that the last one's name says it is not, the last one whose name says it is, or none. */
export function lastOrganisation(r: Resolver, pos: number, head?: string): Who | null {
  const { reg, rules } = r.doc;
  let m = reg.lastBefore(pos, RESOLVE.organisationWindow, (p) => p.kind === 'organization');
  if (m && head && otherKind(reg.get(m.party).name, head, rules)) m = reg.lastBefore(pos, RESOLVE.organisationWindow, (p) => p.kind === 'organization' && p.name.toLowerCase().split(/[\s-]+/).some((w) => w.endsWith(head)));
  return m ? reg.get(m.party).id : null;
}

const WORD_BEFORE = /([^\s,;:()]+)\s*$/;
const FIRST_WORD = /^\s*([^\s,;:()]+)/;

/**
 * The mention reads as its sentence's subject: it opens the sentence, or is the first party named in it and no
 * preposition or clause word stands right before it ("Regarding the tweets, Mpofu adopted …", "Doch Annika
 * Poestges, die …, ist überzeugt", but not "a letter to Obama").
 */
function leadsClause(doc: Doc, m: Mention): boolean {
  const sent = sentenceAt(doc, m.s);
  // "Le colistier de Marc Durand, Paul Lefèvre, …": the apposition is the subject, the name in its modifier is not
  if (inModifier(doc, m)) return false;
  const modifier = sent && modifierOfHead(doc, m, sent.start);
  if (modifier) return !doc.reg.within(sent.start, modifier.s).length && !doc.rules.clauseWords.has(FIRST_WORD.exec(doc.text.slice(sent.start, modifier.s))?.[1]?.toLowerCase() ?? '');
  if (m.subject) return true;
  if (!sent || doc.reg.within(sent.start, m.s).length) return false;
  const before = WORD_BEFORE.exec(doc.text.slice(sent.start, m.s));
  return !before || !doc.rules.clauseWords.has(before[1]!.toLowerCase());
}

/** Whoever spoke last before `pos`, in quotation marks or in reported speech ("Yakin sagte, …"), close before. */
export function lastSpeaker(r: Resolver, pos: number): Who | null {
  const event = lastSpeechEvent(r.doc, Math.max(r.last?.pos ?? 0, pos - RESOLVE.lastSpeakerWindow), pos);
  if (event) return event.who;
  return r.last && pos - r.last.pos < RESOLVE.lastSpeakerWindow ? r.last.who : null;
}

/** "he", "sie": the last speaker unless another person became the subject since; else the nearest person. */
/** The subject a verb without one stands for ("“…”, confesó."): a pronoun of either gender, or the person a new
 * paragraph opens on. */
export const resolveImplicit = (r: Resolver, pos: number): Who | null => paragraphTopic(r, pos) ?? resolvePronoun(r, pos, null);

/**
 * "A Ruiz, cuarto en la meta, …. «…», rememoró": a paragraph whose first sentence names a person, after a quotation
 * of someone it does not name, is about that person; the verb without a subject is theirs, not the last speaker's.
 */
function paragraphTopic(r: Resolver, pos: number): Who | null {
  const { doc, book, last } = r;
  const start = doc.text.lastIndexOf('\n', pos - 1) + 1;
  if (!last || last.pos >= start) return null;
  const named = doc.reg.within(start, pos).filter((m) => !insideQuote(doc, m.s));
  const first = named[0], sent = sentenceAt(doc, start);
  if (!first || !sent || first.s >= sent.end || doc.reg.get(first.party).kind !== 'person') return null;
  const lastId = book.id(last.who);
  return named.some((m) => doc.reg.get(m.party).id === lastId) ? null : doc.reg.get(first.party).id;
}

function resolvePronoun(r: Resolver, pos: number, gender: Gender | null, learn = true): Who | null {
  const { reg } = r.doc, { book } = r;
  const fits = (who: Who) => { const g = book.gender(who); return !gender || !g || g === gender; };
  // a person named inside a quotation is whom the words are about, not who speaks them
  const outside = (s: number) => !insideQuote(r.doc, s);
  const person = reg.lastBefore(pos, RESOLVE.pronounWindow, (p, m) => p.kind === 'person' && fits(p.id) && outside(m.s));
  const subject = reg.lastBefore(pos, RESOLVE.pronounWindow, (p, m) => p.kind === 'person' && fits(p.id) && outside(m.s) && leadsClause(r.doc, m));
  // reported speech since the last quotation ("Levitt said …") makes its speaker the one "he" refers to
  const event = lastSpeechEvent(r.doc, Math.max(r.last?.pos ?? 0, pos - RESOLVE.lastSpeakerWindow), pos);
  const last = event ? { who: event.who, para: -1, pos: event.pos } : r.last;
  if (last && fits(last.who) && last.pos < pos && pos - last.pos < RESOLVE.lastSpeakerWindow) {
    // an organisation (its unnamed spokesperson's words) only while no person has been named since
    const k = book.kind(last.who);
    const body = k === 'organization' || k === 'country';
    const orgSince = body && ((person !== null && person.s > last.pos) || !!r.self);
    const lastId = book.id(last.who);
    if (!orgSince && (!subject || subject.s <= last.pos || reg.get(subject.party).id === lastId)) return lastId;
  }
  // "He told me that Himalayan glaciers …; he called it “…”": the same pronoun earlier in the paragraph, with no new
  // subject since, stands for the same person, not for a name the clause between only mentions
  const chain = person && (!subject || subject.s < person.s) ? samePronounBefore(r.doc, pos) : -1;
  if (person && chain >= 0 && person.s > chain && !(subject && subject.s > chain)) return resolvePronoun(r, chain, gender, learn);
  const pick = subject && person && subject.s >= person.s - RESOLVE.subjectPreference ? subject : person;
  if (!pick) return null;
  // "Le colistier de Marc Durand, Paul Lefèvre, …": the apposition, not the name in its modifier
  const who = headFor(r.doc, book, pick) ?? reg.get(pick.party).id;
  if (gender && learn) book.learnGender(who, gender);
  return who;
}

/** Where the pronoun at `pos` was last used before, in its paragraph and outside quotations (-1 when it was not). */
function samePronounBefore(doc: Doc, pos: number): number {
  const w = PRONOUN_AT.exec(doc.text.slice(pos, pos + 20))?.[0];
  if (!w || !pronounOf(w, doc.rules)) return -1;
  const para = doc.text.slice(doc.text.lastIndexOf('\n', pos - 1) + 1, pos);
  const l = w.toLowerCase();
  const re = PRONOUN_RES.get(l) ?? PRONOUN_RES.set(l, new RegExp(`(?<!\\p{L})${l}(?!\\p{L})`, 'giu')).get(l)!;
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(para); m; m = re.exec(para)) if (!insideQuote(doc, pos - para.length + m.index)) at = pos - para.length + m.index;
  return at;
}
const PRONOUN_AT = new RegExp(`^${LETTER}+`);
const PRONOUN_RES = new Map<string, RegExp>();
