// The words a text uses for a speaker, found from a verb of saying: read forward after the verb ("said the minister
// of finance, Eva Lund"), or backward from it ("the chief spokesman for the IEA said"), up to where the phrase ends.

import { everyLanguage, type Rules } from '../../rules/languages';
import { isTitleWord, roleOf } from '../parties/lexicon';
import { LETTER, WORD, isLetter, isUpper, startsLower } from '../letters';
import { ATTRIBUTION } from '../weights';
import { isArticleName } from '../parties/surname-article';
import { endsNounPhrase } from './phrase-end';

export interface MentionSpan { s: number; e: number }

interface W { s: number; e: number; w: string }

const PUNCT = /^[,;:()]$/;
const ELIDED = /^(?:l|d|dell|all|nell|dall|sull)['’]/i;
const WORD_RE = new RegExp(`${WORD}(?:${WORD}|[’'.\\-])*|[,;:()]`, 'g');
const NAME_WORD = new RegExp(`^${LETTER}(?:${LETTER}|[’'.-])*$`);
/** Words that join a role to what it is of ("minister of finance"): after a name they end the phrase. */
const ROLE_LINKS = everyLanguage('roleLinks');
/** Words that may stand inside a name or a role phrase. */
const LINKS = new Set([...ROLE_LINKS, ...everyLanguage('nameLinks')]);

/** A capitalised word ("Keller", "O’Brien", "St."), or a surname behind its lower-case article ("ad-Din", "al-Scharaa"):
 * "sagt Sheib ad-Din" names the whole surname, not "Sheib". */
export const isCapWord = (w: string) => (isUpper(w[0]) && NAME_WORD.test(w)) || isArticleName(w);

/** Words (and , ; : ( )) with offsets in text[a, b); elided articles split off ("l’", "Union"). */
export function wordsIn(text: string, a: number, b: number, rules: Rules): W[] {
  const out: W[] = [];
  const re = WORD_RE;
  re.lastIndex = a;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < b) {
    let w = m[0];
    if (m.index + w.length > b) w = w.slice(0, b - m.index);
    if (w.length > 1 && w.endsWith('.') && !isAbbreviation(w, rules)) w = w.slice(0, -1);
    const el = ELIDED.exec(w);
    if (el && isLetter(w[el[0].length])) {
      out.push({ s: m.index, e: m.index + el[0].length, w: el[0].toLowerCase().replace("'", '’') });
      out.push({ s: m.index + el[0].length, e: m.index + w.length, w: w.slice(el[0].length) });
      continue;
    }
    out.push({ s: m.index, e: m.index + w.length, w });
  }
  return out;
}

/** A word that keeps its period: an honorific, an initial, a dotted abbreviation. */
export function isAbbreviation(w: string, rules: Rules): boolean {
  const bare = w.replace(/\.$/, '').toLowerCase();
  const core = w.replace(/\.$/, '');
  return rules.honorifics.has(bare) || rules.honorifics.has(`${bare}.`) || (core.length === 1 && isUpper(core)) || /[^\s.]\.[^\s.]/.test(w);
}

/** A pronoun that may name a speaker, with its gender (undefined when the word is none). */
export function pronounOf(w: string, rules: Rules) {
  const g = rules.pronouns.get(w.toLowerCase());
  return g === 'x' ? undefined : g;
}

/** The speaker phrase that starts at `a` (after a verb or "according to"), ending by `b`. */
export function forwardMention(text: string, a: number, b: number, rules: Rules): MentionSpan | null {
  const ws = wordsIn(text, a, b, rules);
  if (!ws.length) return null;
  const w0 = ws[0]!.w.toLowerCase();
  // whom the words were said to ("sagte sie dem Tagesblatt", "told to the AP") is never who said them
  if (rules.datives.has(w0)) return null;
  if (pronounOf(w0, rules) && w0 !== 'i') return { s: ws[0]!.s, e: ws[0]!.e };
  const capSoon = ws.slice(0, 5).findIndex((x) => isCapWord(x.w));
  const lead = capSoon > 0 && !ws.slice(0, capSoon).some((x) => rules.clauseWords.has(x.w.toLowerCase()) || PUNCT.test(x.w) || rules.functionWords.has(x.w.toLowerCase()));
  if (!(rules.determiners.has(w0) || isCapWord(ws[0]!.w) || roleOf(w0, rules) || rules.groups.has(w0) || lead)) return null;
  let end = -1, sawName = false;
  const attribute = attributeEnd(ws, rules);
  for (let i = 0; i < ws.length && i < ATTRIBUTION.mentionMaxWords; i++) {
    const w = ws[i]!.w, l = w.toLowerCase();
    if (i > 0 && i <= attribute) { end = ws[i]!.e; continue; }
    // "der Berner Gesundheits-, Sozial- und Integrationsdirektor": coordinated parts of a compound go on
    const open = i > 0 && ws[i - 1]!.w.endsWith('-');
    if (PUNCT.test(w) && !(w === ',' && open)) break;
    if (w === ',') continue;
    if (i > 0 && endsNounPhrase(ws, i, rules)) break;
    // a particle inside a name ("Von der Leyen", "María de la Cruz"): a capitalised word follows it
    const inName = sawName && particleAt(ws, i, rules) && (isCapWord(ws[i + 1]?.w ?? '') || (particleAt(ws, i + 1, rules) && isCapWord(ws[i + 2]?.w ?? '')));
    // "dijo Ana Ruiz al Diario", "sagte Markus Dahl dem Kurier": whom the words were said to is no part of the speaker
    const link = (LINKS.has(l) && !(sawName && recipientAt(ws, i, rules))) || inName;
    if (i > 0 && rules.clauseWords.has(l) && !link) break;
    // where every noun is capitalised, a lower-case word before a second article is a verb, and the article opens
    // its object ("Das schmälerte den Frust")
    const prev = i > 0 ? ws[i - 1]!.w : '';
    if (rules.nounsCapitalised && rules.determiners.has(l) && !link && startsLower(prev) && !rules.determiners.has(prev) && !LINKS.has(prev) && !rules.nameParticles.has(prev)) break;
    if (i > 0 && ROLE_LINKS.has(l) && sawName && !inName) break;
    if (rules.nounsCapitalised && sawName && verbAfterNoun(ws, i, rules) && !link) break;
    // "Mark Dalton’s running mate": a possessive name opens a noun phrase that goes on
    const possessed = i > 0 && POSSESSIVE_END.test(ws[i - 1]!.w);
    if (isCapWord(w) && !possessed) sawName = true;
    else if (possessed) sawName = false;
    else if (sawName && i > 0 && !rules.determiners.has(w0) && !link && !roleBeforeName(ws, i, rules)) break;
    end = ws[i]!.e;
  }
  if (end < 0) return null;
  // a phrase never ends on a particle or an article
  const span = text.slice(ws[0]!.s, end).replace(/\s+(?:of|for|de|des|du|di|del|della|der|the|la|le)$/i, '');
  return withApposition(text, { s: ws[0]!.s, e: ws[0]!.s + span.length }, b, rules);
}

/**
 * Where every noun is capitalised, an article then a preposition opens an attribute that ends on the lower-case word
 * before the noun ("der [für die Bankenaufsicht zuständige] Fed-Vizechef Michael Barr"): the index of that word, or
 * 0 when the phrase opens otherwise.
 */
function attributeEnd(ws: W[], rules: Rules): number {
  if (!rules.nounsCapitalised || !rules.determiners.has(ws[0]!.w.toLowerCase()) || !rules.clauseWords.has(ws[1]?.w.toLowerCase() ?? '')) return 0;
  for (let k = 2; k < Math.min(ws.length - 1, ATTRIBUTION.attributeMaxWords + 2); k++) {
    const w = ws[k]!.w;
    if (PUNCT.test(w)) return 0;
    if (startsLower(w) && !rules.functionWords.has(w.toLowerCase()) && isCapWord(ws[k + 1]!.w)) return k;
  }
  return 0;
}

/** "Ohio State University professor Paul Beck", "DFA spokesman Neil Sroka": lower-case words from k that end on a
 * role, right before a name, go on with the name run before them (the body the role is held at, then its holder). */
function roleBeforeName(ws: W[], k: number, rules: Rules): boolean {
  for (let j = k; j < k + 3 && j + 1 < ws.length; j++) {
    const l = ws[j]!.w;
    if (!startsLower(l) || rules.functionWords.has(l) || PUNCT.test(l)) return false;
    if ((roleOf(l, rules) || rules.spokes.has(l)) && isCapWord(ws[j + 1]!.w)) return true;
  }
  return false;
}

/** Where every noun is capitalised, a lower-case word right after a noun or name, that is no small word, no name
 * part ("ad-Din") and no adjective before a noun ("35 Jahre alte Aufbauspieler"), is the verb ("Der Staatsrat
 * Mathias Reynard dankte den …"): the phrase ends before it. */
function verbAfterNoun(ws: W[], k: number, rules: Rules): boolean {
  const w = ws[k]!.w, prev = ws[k - 1]?.w ?? '', l = w.toLowerCase();
  if (!startsLower(w) || /-\p{Lu}/u.test(w) || !isCapWord(prev) || rules.functionWords.has(prev.toLowerCase())) return false;
  return !rules.functionWords.has(l) && !rules.clauseWords.has(l) && !isCapWord(ws[k + 1]?.w ?? '');
}

/** A name particle at ws[k]; one that is also an article ("der", "la") only after another particle ("von der
 * Leyen", "de la Cruz"): after a name alone it opens the next phrase ("sagte Markus Dahl der Zeitung"). A word that
 * introduces whom the words were said to ("al", "au") is no particle. */
function particleAt(ws: W[], k: number, rules: Rules): boolean {
  const l = ws[k]?.w ?? '';
  if (!rules.nameParticles.has(l) || recipientAt(ws, k, rules)) return false;
  const prev = (ws[k - 1]?.w ?? '').toLowerCase();
  // (after a role, an article opens its genitive: "die Landesvorsitzende der Familienunternehmen")
  return !rules.determiners.has(l) || OF_PARTICLES.has(l) || rules.nameParticles.has(prev) || !!roleOf(prev, rules);
}

/** A word introducing whom the words were said to. One that is a name particle too ("al") only before a phrase of
 * several words ("al Diario del Sur"), not before a surname alone ("Bashar al Asad"). */
function recipientAt(ws: W[], k: number, rules: Rules): boolean {
  const l = ws[k]?.w ?? '';
  if (!rules.recipients.has(l)) return false;
  const next = ws[k + 1]?.w ?? '', after = ws[k + 2]?.w ?? '';
  return !(rules.nameParticles.has(l) && isCapWord(next) && !isCapWord(after) && !rules.nameParticles.has(after));
}

/** Particles that mean "of" ("Charles de Gaulle", "Vasco da Gama"), a name's own even where they are articles too. */
const OF_PARTICLES = everyLanguage('ofParticles');

const POSSESSIVE_END = /[’']s$/;
const NAMED_MODIFIER = /^\S+\s.*(?:[’']s\s+\S|\s(?:of|de|du|des|d’|von|vom|der|del|di|da|do|dos)\s+\p{Lu})/u;
const APPOSED_NAME = /^,\s+([^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){1,5})(?=\s*(?:[,.;:!?]|$))/;

/** "le ministre russe de la Défense, Andreï Belooussov": a role phrase and the name set beside it. */
function withApposition(text: string, m: MentionSpan, b: number, rules: Rules): MentionSpan {
  const phrase = text.slice(m.s, m.e).split(/\s+/);
  // a role ("le ministre …"), a description ("le PDG") or a noun phrase with a name in its modifier ("le colistier de
  // Marc Durand", "Mark Dalton’s running mate"), whose apposition is the name
  const described = rules.determiners.has(phrase[0]!.toLowerCase()) || NAMED_MODIFIER.test(text.slice(m.s, m.e));
  if (!described && !phrase.some((w) => roleOf(w, rules) || rules.spokes.has(w.toLowerCase()))) return m;
  const am = APPOSED_NAME.exec(text.slice(m.e, Math.min(b + 80, m.e + 80)));
  return am && isNameRun(am[1]!) && am[1]!.includes(' ') ? { s: m.s, e: m.e + am[0].length } : m;
}

/** Words that may stand between a subject and its verb: auxiliaries, adverbs ("has", "later", "-ly"). */
export function isAuxiliary(w: string, rules: Rules): boolean {
  const l = w.toLowerCase();
  return rules.auxiliaries.has(l) || rules.adverbEndings.some((e) => l.endsWith(e) && l.length > e.length + 2);
}

/** A run of capitalised words with name particles ("Ursula von der Leyen"). */
const RUN_PARTICLE = /^(?:of|de|van|von|der|bin|al|di|del|da|la|le)$/;
export function isNameRun(s: string): boolean {
  const ws = s.trim().split(/\s+/);
  if (!ws[0] || !isCapWord(ws[0]) || !isCapWord(ws[ws.length - 1]!)) return false;
  // capitalised words, with at most two particles between two of them ("María de la Cruz")
  const part = (i: number) => RUN_PARTICLE.test(ws[i] ?? '');
  const capOr = (i: number, j: number) => isCapWord(ws[i] ?? '') || (part(i) && isCapWord(ws[j] ?? ''));
  return ws.every((w, i) => isCapWord(w) || (part(i) && capOr(i - 1, i - 2) && capOr(i + 1, i + 2) && !(part(i - 1) && part(i + 1))));
}

/** English nouns for people by what they do ("-ist", "-er", "-man"), and for bodies and documents that speak. */
const ROLE_SUFFIX = /(?:man|woman|person|people|ist|ists|er|ers|or|ors|ant|ants|ent|ents|ian|ians)$/;
export const SPEAKING_NOUNS = new Set(`official officials leader leaders ministers aide aides source sources group campaign committee delegation
agency department ministry office company firm union alliance association chamber council commission government
administration court report statement ruling letter poll survey study ad ads advert article book police clip video piece
memo memorandum document complaint brief lawsuit suit filing release tweet post email advertisement commercial
editorial column message website headline story segment film documentary transcript indictment verdict decision
opinion guidance proposal petition resolution platform analysis review investigation audit assessment estimate
forecast bylaws rules law bill order directive policy notice warning announcement speech interview op-ed newspaper
paper magazine network site blog account feed sign banner placard`.split(/\s+/));

/** text[m] owns what follows ("Omar’s office", "Jones' charge"): a possessive name, no subject of the clause. */
export const isOwner = (text: string, m: MentionSpan) => /^['’]/.test(text.slice(m.e, m.e + 1)) || /['’]s?$/.test(text.slice(m.s, m.e));

/** A noun describing a person by age ("56-year-old", "56-Jährige"). */
export const isAgeNoun = (w: string, rules: Rules) => rules.ageEndings.some((e) => w.length > e.length && w.toLowerCase().endsWith(e));

/** A head noun that may speak in English news: people by their role or age, bodies, and documents ("the memo"). */
export function isSpeakerNoun(w: string, rules: Rules): boolean {
  const l = w.toLowerCase();
  if (isAgeNoun(l, rules) || roleOf(l, rules) || rules.spokes.has(l) || rules.groups.has(l) || rules.orgNouns.has(l) || isTitleWord(w, rules)) return true;
  if (rules.lang !== 'en' || rules.functionWords.has(l)) return false;
  return SPEAKING_NOUNS.has(l) || (ROLE_SUFFIX.test(l) && l.length > 3);
}
