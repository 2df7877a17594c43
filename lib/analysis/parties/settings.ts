// Names that are no party of the story though they are names: a minister's portfolio ("ministre de la Défense"),
// a place that is only the setting ("outside City Hall", "in New York trading"), a law or another document, a
// term ("Künstliche Intelligenz"), a role's domain ("Hessens Bauministerin").

import { contestSide } from './contests';
import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate, ClassifyContext } from './classify';
import { isOrgHead, isTitleWord } from './lexicon';
import { LETTER, asciiRunEnd, startsLower } from '../letters';
import { caseStems } from './case-endings';
import { norm } from './registry';

const PARTICLES = `(?:of the|of|for|für|de la|de l’|de l'|de|du|des|del|della|dei|delle|do|da|dos|das|van|voor)`;
const PORTFOLIO_PARTICLE = `${PARTICLES}\\s*$`;
/** A role's domain opening after a title: "MEC for …", "ministre de …". */
const OPENS_DOMAIN = new RegExp(`^\\s+${PARTICLES}\\s`);
export const opensDomain = (after: string) => OPENS_DOMAIN.test(after);
const PORTFOLIO_LINK = new RegExp(`(${LETTER}+)(?:\\s+(${LETTER}+))?\\s+${PORTFOLIO_PARTICLE}`);
/** PORTFOLIO_LINK's end alone: cheap to try (no backtracking over the words), and no match without it. */
const PORTFOLIO_END = new RegExp(`\\s${PORTFOLIO_PARTICLE}`);

/** The one or two words and the particle that end `before` ("ministre de la "), as PORTFOLIO_LINK finds them. */
export const portfolioLink = (before: string) => (PORTFOLIO_END.test(before) ? PORTFOLIO_LINK.exec(before) : null);

/** "ministre de la Défense", "Secretary of State": the minister's portfolio, no party (a country still is one). */
export function isPortfolio(c: ClassifyContext, words: Word[]): boolean {
  // "the general secretary of the Dock Workers’ Union": an organisation, not a portfolio
  if (words.length > 3 || words.some((w) => isOrgHead(w.t, c.rules))) return false;
  const m = portfolioLink(c.reg.text.slice(Math.max(0, words[0]!.s - 40), words[0]!.s));
  return !!m && (c.rules.portfolioRoles.has(m[1]!.toLowerCase()) || (!!m[2] && c.rules.portfolioRoles.has(m[2])));
}

const LAST_WORD = new RegExp(`(${LETTER}+)\\s+$`);

/**
 * "Operation Clean Sweep", "Hurricane Katrina": the name follows a capitalised head that makes it an event's own, or
 * the tagger read head and name as someone ("Operation Smile" read as a body stays one).
 */
export function afterEventHead(c: ClassifyContext, cand: Candidate, words: Word[]): boolean {
  if (cand.tag === 'PER' && words.length > 1 && c.rules.eventHeads.has(words[0]!.l)) return true;
  const head = LAST_WORD.exec(c.reg.text.slice(Math.max(0, words[0]!.s - 20), words[0]!.s))?.[1];
  return !!head && !startsLower(head) && c.rules.eventHeads.has(head.toLowerCase());
}

/** "il ministro della Salute Orazio Schillaci": a portfolio the capitalised run took in before the person the tagger
 * read (its span starts after the portfolio, two words or more): that person's words, else null. */
export function personAfterPortfolio(c: ClassifyContext, cand: Candidate, words: Word[]): Word[] | null {
  if (cand.tag !== 'PER' || cand.tagStart === undefined || !isPortfolio(c, words)) return null;
  const own = words.findIndex((w) => w.s >= cand.tagStart!);
  return own > 0 && words.length - own >= 2 ? words.slice(own) : null;
}

/** A building named as it speaks, acts or owns is the institution it houses ("the White House has said", "City Hall
 * said", "the White House's word"; not "Dodger Stadium was being constructed"). `next`: the lower-case word after
 * the name. */
export function housesActor(words: readonly Word[], next: string, rules: Rules): boolean {
  const last = words[words.length - 1]!;
  return rules.facilities.has(last.l.replace(/[’']s$/, '')) && (last.poss || rules.say.includes(next) || (rules.auxiliaries.has(next) && !rules.passives.has(next)));
}

/**
 * A place that is only the story's setting: a building or site ("outside City Hall"), or a place name used as a
 * modifier ("in New York trading", "Paris police"): no party.
 */
export function isSetting(c: ClassifyContext, cand: Candidate, words: Word[], next: string): boolean {
  const { rules } = c;
  const last = words[words.length - 1]!.l;
  // "outside City Hall", "at the Opera House": a building after a preposition of place, whatever the tagger says
  if (rules.locatives.has(cand.prevWord) && (rules.facilities.has(last) || (words.length > 1 && rules.facilities.has(words[0]!.l)))) return true;
  if (cand.tag === 'PER' || cand.tag === 'ORG' || words.some((w) => isOrgHead(w.t, rules))) return false;
  // "to Highway 287", "Terminal 5": a place noun alone before its number is a road or a site
  if (words.length === 1 && rules.placeHeads.has(last) && /^\s+\d/.test(c.reg.text.slice(cand.e, cand.e + 4))) return true;
  const placeLike = cand.tag === 'LOC' || rules.locatives.has(cand.prevWord) || rules.placeHeads.has(words[words.length - 1]!.l);
  // ("3:1 gegen Chelsea gewonnen": a match's opponent, a team, before the verb, is no place qualifying a noun)
  if (!placeLike || contestSide(c.doc, words[0]!.s, cand.prevWord, rules)) return false;
  if (!housesActor(words, next, rules) && (rules.facilities.has(words[words.length - 1]!.l) || (words.length > 1 && rules.facilities.has(words[0]!.l)))) return true;
  // (the word after is told from a noun by the language's lists: in a language we have none for, "West Ham dává"
  // would read as a modifier before every verb, so only the tests above that need no words apply)
  return rules.known && !!next && words.length <= 3 && !rules.functionWords.has(next) && !rules.auxiliaries.has(next) && !rules.clauseWords.has(next)
    && !rules.say.includes(next) && !rules.frame.includes(next);
}

/**
 * The name of a law or another document ("English Devolution Bill", "loi Travail", "Heizungsgesetz"): what the story
 * is about, not who acts in it. A compound of a language that writes them as one word ends with the head.
 */
export function isDocument(words: Word[], prevWord: string, rules: ClassifyContext['rules']): boolean {
  const last = words[words.length - 1]!.l;
  // (a lower-case head before the name: "la loi Travail")
  if (rules.documentLeads.has(prevWord) || (words.length > 1 && rules.documentLeads.has(words[0]!.l))) return true;
  if (words.length > 1) return rules.documentHeads.has(last);
  return rules.nounsCapitalised && [...rules.documentHeads].some((h) => last.length > h.length + 2 && last.endsWith(h));
}

/** "Künstliche Intelligenz": a capitalised adjective before a noun, and no head that would make it a body (a run
 * no tagger found). */
export function isAdjectiveTerm(words: Word[], rules: ClassifyContext['rules']): boolean {
  return words.length > 1 && !words.some((w) => isOrgHead(w.t, rules)) && words.slice(0, -1).some((w) => rules.adjectiveEndings.some((x) => w.l.endsWith(x)));
}

const NEXT_WORD = new RegExp(`^\\s+(${LETTER}+)`);

/** "Hessens Bauministerin": a name with a case ending before a title is the role's domain, no party of its own
 * (merged into the party of that name when the text has one: merge.ts). */
export function isRoleDomain(c: ClassifyContext, words: Word[], name: string): boolean {
  if (words.length !== 1) return false;
  const stem = caseStems(name, c.rules.nameEndings)[0];
  if (stem === undefined || c.reg.find(stem)) return false;
  const next = NEXT_WORD.exec(c.reg.text.slice(words[0]!.e, words[0]!.e + 40))?.[1];
  return !!next && isTitleWord(next, c.rules);
}

const PLACE_PARTICLE = '(?:de|of|di|du|do|da|von|van)\\s*$';
const PLACE_NOUN_LINK = new RegExp(`(${LETTER}+)(?:\\s+(${LETTER}+))?\\s+${PLACE_PARTICLE}`);
/** PLACE_NOUN_LINK's end alone (as PORTFOLIO_END). */
const PLACE_NOUN_END = new RegExp(`\\s${PLACE_PARTICLE}`);
/** The one or two words and the particle that end `before` ("el aeropuerto de "), as PLACE_NOUN_LINK finds them. */
export const placeNounLink = (before: string) => (PLACE_NOUN_END.test(before) ? PLACE_NOUN_LINK.exec(before) : null);
const WORD_BEFORE = new RegExp(`(?:(?:(${LETTER}+)\\s+)?(${LETTER}+)\\s+)?(${LETTER}+)\\s+$`);

/** "la ciudad mediterránea de Tel Aviv", "el aeropuerto de Ben Gurión", "den Hafen von Ashdod": a place noun (an
 * adjective may follow it) and a particle before the name; or a lower-case place noun right before it ("the
 * riverside town Van Vieng"). Where every noun is capitalised, the place noun is too. */
export function placeNounBefore(c: ClassifyContext, s: number): boolean {
  const { rules } = c;
  const before = c.reg.text.slice(Math.max(0, s - 40), s);
  const head = (w: string | undefined) => !!w && (startsLower(w) || rules.nounsCapitalised) && rules.placeHeads.has(w.toLowerCase());
  // (the leftmost match may start a word early, at an article: "contra el aeropuerto de"; not "the radio station of")
  const m = placeNounLink(before);
  // (or a demonym before the noun: "the Lebanese village of Alma al-Chaab")
  if (m && (head(m[1]) || (head(m[2]) && (rules.determiners.has(m[1]!.toLowerCase()) || c.gaz.demonyms.has(norm(m[1]!)))))) return true;
  // (not a role's domain, a word before the particle: "secretary of state Hillary Clinton"; a particle after a mark
  // opens a phrase of its own: "(SAD), do bairro Amizade" is a neighbourhood)
  const wm = WORD_BEFORE.exec(before);
  return !!wm && startsLower(wm[3]!) && rules.placeHeads.has(wm[3]!) && !(wm[2] && rules.nameParticles.has(wm[2].toLowerCase()) && wm[1]);
}

/** "Walter Reed hospital", "the Ben Gurion airport", "the Kunene region": a lower-case building or area noun right
 * after the name (not any place noun: "András falls in love") that ends the phrase: a content word after it makes
 * it a modifier ("Audi park assist"), so only a capital, a mark or a function word may follow. */
export function placeNounAfter(rules: ClassifyContext['rules'], after: string): boolean {
  // (white space, then no ASCII character but a lower-case letter: otherwise no pattern to compile or run)
  const first = after.length - after.trimStart().length, code = after.charCodeAt(first);
  if (first < 1 || (code < 128 && !(code >= 97 && code <= 122))) return false;
  // (a word of ASCII letters that an ASCII character ends is the pattern's word: no building noun, no pattern)
  const end = asciiRunEnd(after, first, true);
  const placeNoun = (w: string) => rules.facilities.has(w) || rules.areaNouns.has(w);
  if (after.charCodeAt(end) < 128 && !placeNoun(after.slice(first, end))) return false;
  const m = /^\s+(\p{Ll}[\p{L}-]*)(\s+\p{Ll}[\p{L}-]*)?/u.exec(after);
  if (!m || !placeNoun(m[1]!)) return false;
  const then = m[2]?.trim();
  return !then || rules.functionWords.has(then) || rules.determiners.has(then) || rules.auxiliaries.has(then) || rules.clauseWords.has(then) || rules.locatives.has(then);
}
