// The speaker a mention stands for, as a careful reader resolves it: a name inside the mention, a pronoun to the
// nearest compatible person, a role ("the minister", "die Senatorin") to the person who holds it, a spokesperson
// ("a spokeswoman for the company") to the organisation, "the company" to the organisation named last.

import { roleOf } from '../parties/lexicon';
import { allLetters } from '../text/props';
import { onlyAtStarts } from '../parties/repeated';
import { isAgeNoun, isNameRun, pronounOf, type MentionSpan } from './mention';
import { cjkName } from './cjk';
import { namedElsewhere } from './named-elsewhere';
import { ofAnotherCountry } from './country-role';
import { startsUpper } from '../letters';
import { insideQuote, type Doc } from './site';
import { RESOLVE } from '../weights';
import type { Speakers, Who } from './speakers';
import { OF, describedBody, itsBody, organisationNoun, spokespersonFor } from './resolve-body';
import { holderOf, laterHolder, recentPerson, spokespersonOf } from './resolve-role';
import { lastSpeaker, resolvePronoun } from './resolve-pronoun';
import { documentOwner } from './owner';
import { fullNameOf, isNounPhrase } from './speaker-name';
import { modifiedBody, ownedBody } from './owned-body';
import { handleAsWritten, isHandle } from './handle';
import { handleAntecedent } from './they';
import { fullNameSpeaker } from './cjk-surname';
import { placeRoleHolder } from './place-role';
import { documentAuthor, itsDocument } from './document-author';
import { itsSubject } from './its-subject';
import { membersBody } from './members-of';
import { introducedUnnamed } from './introduced';
import { mentionGender } from './role-gender';
import { compoundSpokesBody } from './compound-spokes';
import { nameAtEnd } from './name-tail';
import { personOnly } from './person-noun';
import { roleQualifier } from './role-qualifier';
import { bodyAfterRole, tiedToBody } from './role-body';
import { roleModifier } from './role-modifier';
import { bearerOfSurname } from './eponymous-body';
import { groupOfBody } from './body-group';
import { bodyByItsName } from './named-body';

/** The speaker of the quotation before, for pronouns. */
export interface LastSpeaker { who: Who; para: number; pos: number }

export interface Resolver {
  doc: Doc; book: Speakers; last: LastSpeaker | null;
  /** The quotation being attributed speaks in the first person singular: a person's words, not a body's. */
  self?: boolean;
}

const LAST_CAP = /(?:^|\s)([^\s]+)$/;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|M|Mme|Herr|Frau|Sen|Rep|Gov|Gen|Sr|Sra)\.?\s+/;
const WORD_BEFORE = /([^\s,;:()]+)\s*$/;

/** The speaker a mention of text[span] stands for, or null for an anonymous or collective speaker. */
export function resolveMention(r: Resolver, span: MentionSpan): Who | null {
  return personOnly(r, span, resolveCascade(r, span));
}

function resolveCascade(r: Resolver, span: MentionSpan): Who | null {
  const { doc, book } = r, { rules } = doc;
  const mt = doc.text.slice(span.s, span.e).trim();
  const low = mt.toLowerCase(), words = low.split(/[\s’']+/);
  const owner = documentOwner(r, span);
  if (owner !== null) return owner;
  // "Ce dernier rappelle que …", "the latter said": the person named last before, outside quotations
  if (rules.latter.has(low)) { const m = doc.reg.lastBefore(span.s, RESOLVE.descriptionWindow, (p, x) => p.kind === 'person' && !insideQuote(doc, x.s)); return m ? doc.reg.get(m.party).id : null; }
  // ("尹氏" after "尹錫悦（ユンソンニョル）大統領": the full name the text gave)
  const full = fullNameSpeaker(doc, book, span);
  if (full !== null) return full;
  const { person, body } = namedInside(r, span, words);
  if (person !== null) return person;
  const eponym = body !== null ? bearerOfSurname(r, span, body) : null;
  if (eponym !== null) return eponym;
  const bearer = demonymSurname(r, span, mt);
  if (bearer !== null) return bearer;
  const placed = placeRoleHolder(r, span, words);
  if (placed !== undefined) return placed;
  // "le président du Kazakhstan": a role of a country or a body stands for the person holding it; "a Western
  // diplomat" for somebody unnamed (only a spokesperson's words are the body's own)
  // ("sagte ein Feuerwehrsprecher": the body a compound spokesperson noun names, as "ein Sprecher der Feuerwehr")
  const compound = body === null ? compoundSpokesBody(r, span.s, words) : null;
  if (compound !== null) return compound;
  // ("Acme drivers said", "los pilotos de Aerolíneas Acme": some of the body's people, not the body)
  if (body !== null && groupOfBody(mt, rules)) return null;
  const headRole = roleHead(words, rules);
  if (headRole && !rules.spokes.has(headRole) && body !== null) {
    if (rules.indefinites.has(words[0]!)) return null;
    const g = mentionGender(rules, words);
    const holder = holderOf(r, headRole, span.s, headRole, g) ?? recentPerson(r, span.s, headRole, g);
    if (holder === null || ofAnotherCountry(doc, book, holder, body)) return laterHolder(r, headRole, span.s, g, body);
    return holder;
  }
  // "a Tory source", "an Israeli official": one unnamed member speaks, not the body his words are of
  if (body !== null && rules.indefinites.has(words[0]!) && rules.groups.has(headWords(words).pop() ?? '')) return null;
  const owned = ownedBody(r, span, words) ?? (body !== null ? modifiedBody(r, span, body) : null);
  if (owned !== null) return owned;
  const spokeOf = words.find((w) => rules.spokes.has(w));
  const holder = body !== null && spokeOf && rules.determiners.has(words[0]!) && !rules.indefinites.has(words[0]!) ? spokespersonOf(r, spokeOf, body) : null;
  if (holder !== null) return holder;
  if (body !== null) return unnamedPost(r, span, mt, words, body) ?? body;
  return bodilessMention(r, span, mt, words);
}

/** resolveCascade for a mention naming no body: a pronoun, "the 56-year-old", a spokesperson, or a name the story
 * gave (split from the cascade to keep it readable; the order of the steps is the cascade's). */
function bodilessMention(r: Resolver, span: MentionSpan, mt: string, words: string[]): Who | null {
  const { doc, book } = r, { rules } = doc;
  const low = mt.toLowerCase();
  const pron = pronounOf(low, rules);
  if (pron === 'n') return handleAntecedent(doc, book, span.s, mt);
  if (pron === 'o') return itsAntecedent(r, span.s);
  if (pron) return resolvePronoun(r, span.s, pron);
  // "the 56-year-old", "der 56-Jährige": a person the story named, described by age, resolved as "he" or "she" is
  if (words.length === 2 && isAgeNoun(words[1]!, rules) && rules.determiners.has(words[0]!) && !rules.indefinites.has(words[0]!)) return resolvePronoun(r, span.s, null);
  // "el portavoz del grupo rebelde" after "El portavoz militar …, Yahya Sarea,": the spokesperson the story named
  const spoke = words.find((w) => rules.spokes.has(w));
  const definite = rules.determiners.has(words[0]!) && !rules.indefinites.has(words[0]!);
  const said = mentionGender(rules, words);
  const named = spoke && definite ? holderOf(r, spoke, span.s, spoke, said, roleQualifier(doc, span.s, span.e)) : null;
  if (named !== null) return named;
  if (spoke) {
    const org = spokespersonFor(r, span, mt);
    if (org !== undefined) return org;
    // "“…,” the government spokesman said." after "Minister Fahmi Fadzil said …. He said …": naming no body and nobody
    // in that role, the spokesperson is the person whose statement the story is reporting
    // (unless "a spokesperson" brought in somebody unnamed just before)
    const voice = definite && !introducedUnnamed(doc, span.s, spoke, RESOLVE.descriptionWindow) ? lastSpeaker(r, span.s) : null;
    if (voice !== null && book.kind(voice) === 'person' && (!said || !book.gender(voice) || book.gender(voice) === said)) return voice;
  }
  return namedOrDescribed(r, span, mt, words, said, definite);
}

/** The rest of resolveMention's cascade: a capitalised word the story named, a role's holder, a document's author, a
 * described body, or a new name (a name run, a user handle, a CJK name) the text gives here. */
function namedOrDescribed(r: Resolver, span: MentionSpan, mt: string, words: string[], said: ReturnType<typeof mentionGender>, definite: boolean): Who | null {
  const { doc, book } = r, { rules } = doc;
  const low = mt.toLowerCase();
  const cap = LAST_CAP.exec(mt);
  // (not the body a role is of, "der Interimscoach der Meidericher": the word after the link names whose coach)
  const ofBody = roleHead(words, rules) !== null && headWords(words).length < words.length;
  if (cap && !ofBody && startsUpper(cap[1]!) && cap[1]!.length > 1 && !rules.groups.has(cap[1]!.toLowerCase())) {
    const who = book.byWord(cap[1]!, span.s);
    if (who !== null) return who;
  }
  const elsewhere = namedElsewhere(doc, span, mt);
  if (elsewhere !== null) return elsewhere;
  // ("the doctors" after "The doctors, members of … D4CC": the organisation the text tied them to)
  const members = definite ? membersBody(r, span, words) : null;
  if (members !== null) return members;
  // ("veteran industry analyst Ken Doctor": the name the description ends in, not another analyst named before)
  const tail = nameAtEnd(mt, rules);
  if (tail) return book.byWord(tail, span.s) ?? book.add(tail, 'person', span.s);
  const roleAt = words.findIndex((w) => roleOf(w, rules));
  const role = roleAt < 0 ? null : roleOf(words[roleAt]!, rules);
  if (role) {
    // "a Western diplomat" is somebody new; "the minister", "der Trainer" the one the story named
    // ("a juicio del mandatario": a contraction before the phrase makes it definite too)
    const definiteRole = rules.determiners.has(words[0]!) || rules.articleContractions.has(WORD_BEFORE.exec(doc.text.slice(Math.max(0, span.s - 20), span.s))?.[1]!.toLowerCase() ?? '');
    const who = rules.indefinites.has(words[0]!) ? null : holderOf(r, role, span.s, words[roleAt], said, null, roleModifier(words, roleAt, role, rules)) ?? (definiteRole ? recentPerson(r, span.s, role, said) : null);
    // ("the director … at SUM": a post of the body named after the phrase is nobody the text does not tie to it)
    const at = who !== null ? bodyAfterRole(doc, span.e) : null;
    if (who !== null && (at === null || tiedToBody(doc, who, at))) return who;
  }
  // ("the statement read" after "X said in a statement": its author)
  const author = documentAuthor(r, span, words, (m) => resolveMention(r, m));
  if (author !== null) return author;
  // ("selon le ministère des Affaires étrangères": a body by its name, the tagger missed it)
  const own = bodyByItsName(mt, rules);
  if (own !== null) return book.byWord(own, span.s) ?? book.add(own, 'organization', span.s);
  const org = organisationNoun(r, span, words) ?? (definite ? describedBody(r, span, words) : null);
  if (org !== null) return org;
  // where every noun is capitalised, one capitalised word nobody tagged is a noun ("Anwendung"), not a new person
  // unless its head names a body ("Schulministerium")
  const lone = rules.nounsCapitalised && !/\s/.test(mt);
  if (lone && isNameRun(mt) && [...rules.orgHeads].some((h) => low.length > h.length + 2 && low.endsWith(h))) return book.add(mt, 'organization', span.s);
  // a word the text capitalises only at sentence starts ("Además insistió …": a pro-drop subject) names nobody
  const connector = !/\s/.test(mt) && onlyAtStarts(low, doc.reg.uses, rules);
  // ("Lin said" after "spokesperson Lin Jian": the one person named in full by that first word)
  const opener = isNameRun(mt) && !/\s/.test(mt) && !connector ? book.byFirstWord(mt, span.s) : null;
  if (opener !== null) return opener;
  if (isNameRun(mt) && !lone && !connector && !rules.groups.has(low) && !rules.functionWords.has(low) && !isNounPhrase(doc, mt)) return book.add(fullNameOf(doc, mt.replace(HONORIFIC, ''), span.s), 'person', span.s);
  // ("acebush1 posted": a user name stands for its owner, written as the text writes it)
  if (isHandle(mt)) return book.add(handleAsWritten(doc.text, mt), 'person', span.s);
  const cjk = cjkName(mt, doc);
  // "同医大病院の40代の女性看護師は": a noun after a modifier that no tagger named describes an unnamed person
  if (cjk && !cjk.org && doc.rules.modifierParticles.some((p) => doc.text.slice(0, span.s).endsWith(p))) return null;
  return cjk ? book.add(cjk.name, cjk.org ? 'organization' : 'person', span.s) : null;
}

/** "Cuban said" after "Mark Cuban": a lone word read as a demonym is the surname of a person the text names, not a
 * country speaking. */
function demonymSurname(r: Resolver, span: MentionSpan, mt: string): Who | null {
  if (/\s/.test(mt) || !r.doc.reg.within(span.s, span.e).some((m) => m.source === 'demonym')) return null;
  const who = r.book.byWord(mt, span.s);
  return who !== null && r.book.kind(who) === 'person' ? who : null;
}

/**
 * "abundó el team principal de Red Bull": "the <post> of <organisation>", its post a common noun no list knows (not a
 * role, body, group, document or place), is somebody holding a post there, not the body speaking: the person the text
 * named just before, as a definite role would be.
 */
function unnamedPost(r: Resolver, span: MentionSpan, mt: string, words: string[], body: Who): Who | null {
  const { rules } = r.doc;
  const head = headWords(words);
  // "of" (not "for": "the project for Mercury") and the organisation's name right after it
  if (r.book.kind(body) !== 'organization' || head.length < 2 || head.length > 4 || !rules.genitives.has(words[head.length] ?? '')) return null;
  const link = span.s + mt.toLowerCase().indexOf(` ${words[head.length]!} `) + words[head.length]!.length + 2;
  if (!r.doc.reg.within(span.s, span.e).some((m) => r.doc.reg.get(m.party).id === body && m.s >= link && m.s - link <= POST_GAP)) return null;
  if (!rules.determiners.has(head[0]!) || rules.indefinites.has(head[0]!) || !/^\p{Ll}/u.test(mt)) return null;
  const known = [rules.groups, rules.documentNouns, rules.placeHeads, rules.mediaHeads, rules.eventNouns, rules.facilities, rules.governments, rules.functionWords];
  const nouns = head.slice(1), bodyNoun = (w: string) => rules.orgHeads.has(w) || rules.orgNouns.has(w);
  // ("team principal": a body's noun may be part of the post's name, not all of it)
  if (nouns.every(bodyNoun) || nouns.some((w) => !allLetters(w) || known.some((k) => k.has(w)) || roleOf(w, rules))) return null;
  if (mt.split(/\s+/).slice(1, head.length).some((w) => !/^\p{Ll}/u.test(w))) return null;
  return recentPerson(r, span.s, nouns[nouns.length - 1]!);
}

/** Characters between "of" and the organisation's name: an article at most ("de la Junta"). */
const POST_GAP = 5;

/** The words of a phrase before any "of" ("the minister of …", "a source close to …" whole). */
function headWords(words: string[]): string[] {
  const end = words.findIndex((w, i) => i > 0 && /^(?:of|for|de|du|des|del|della|di|der|des|von|do|da)$/.test(w));
  return end < 0 ? [...words] : words.slice(0, end);
}

/** The role a phrase is headed by, before any "of" ("the minister of …", "a Western diplomat", "le président russe du …"). */
function roleHead(words: string[], rules: Resolver['doc']['rules']): string | null {
  return headWords(words).map((w) => roleOf(w, rules)).filter(Boolean).pop() ?? null;
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

/** "It": the document a sentence just closed on, else the body the sentence before was about, else the body named
 * last. */
function itsAntecedent(r: Resolver, pos: number): Who | null {
  const resolve = (m: MentionSpan) => resolveMention(r, m);
  let d = itsDocument(r, pos, resolve);
  if (d === undefined) d = itsSubject(r, pos, resolve);
  return d !== undefined ? d : itsBody(r, pos);
}
