// Names that are no party: a month or a faith alone, a day, a role, a setting, a title in quote marks.

import type { Word } from './words';
import { PARTY_FILTER } from '../weights';
import { afterEventHead, isAdjectiveTerm, isDocument, isPortfolio, isRoleDomain, isSetting } from './settings';
import { nextLower } from './capitals';
import { isOrgHead } from './lexicon';
import { afterMeasure, holderAfter, namedAgain } from './around';
import { caseless } from '../letters';
import { norm } from './registry';
import { storyPlatform } from './platforms';
import { namesAKind } from './kind-phrases';
import { inPortfolioList } from './portfolio-lists';
import { inQuotedTitle } from './quoted-titles';
import type { Candidate, ClassifyContext } from './classify';

/** An opening quotation mark; a closing one (after a stop, as US style sets it: “Bambi.”). */
const OPENING = /^[“"«„‘‹]$/, CLOSING = /^[.,!?]?[”"»“’›]/;
const ACRONYM_PLURAL = /^\p{Lu}{2,}\d*s$/u;
/** A word of letters and a run of three or more digits: a serial number (a patent "EP2237607", a part "XR7400"). */
const SERIAL = /^(?=.*\p{L}).*\d{3,}/u;

/** "des Patents EP2237607": an identifier names a thing, whoever holds it, even where it looks like an acronym (short
 * codes stay: G20, PS4, D4CC). */
export const serialName = (words: readonly Word[]) => words.some((w) => SERIAL.test(w.t));

/** Names that are no party: a month or a faith alone, a place qualifying an event, a title in quote marks. */
export function rejected(c: ClassifyContext, cand: Candidate, words: Word[], name: string, titled: boolean): boolean {
  const { rules } = c;
  const caps = words.filter((w) => w.cap);
  if (words.length === 1 && storyPlatform(words[0]!.l, c.reg.uses, rules)) return false;
  // (a name in a script without letter case (Han, Hangul, Arabic) has no capitals: its whole form is checked instead)
  if (caps.length ? caps.every((w) => rules.notNames.has(w.l) && !w.kept) : !caseless(name) || rules.notNames.has(norm(name))) return true;
  if (words.length === 1 && (rules.notNames.has(norm(name)) || rules.notAlone.has(norm(name)))) return true;
  // "eine Bewegung und Miliz": where every noun is capitalised, a body's bare common noun alone, that the tagger reads
  // as something else than a body (and unsure), is that noun ("der Bundestag", "die Polizei" it reads as bodies; "die
  // Bundesregierung" it may leave to the capitalised runs)
  if (words.length === 1 && rules.nounsCapitalised && !words[0]!.acr && !!cand.tag && cand.tag !== 'ORG' && (rules.orgHeads.has(words[0]!.l) || rules.orgNouns.has(words[0]!.l)) && (cand.confidence ?? 0) < PARTY_FILTER.taggerConfidence) return true;
  // "she and I. My apartment…": pronouns and function words across a sentence's end name no one
  if (words.every((w) => rules.firstPerson.has(w.l.replace(/\.$/, '')) || rules.functionWords.has(w.l.replace(/\.$/, '')))) return true;
  // "SUVs", "ICUs", "ILC2s": an acronym's plural is a class of things, unless the tagger is sure of a name
  if (words.length === 1 && name.endsWith('s') && ACRONYM_PLURAL.test(name) && (cand.confidence ?? 0) < PARTY_FILTER.taggerConfidence) return true;
  // "Election Day", "Tag der Arbeit": a day, not a party
  if (words.length > 1 && cand.tag !== 'PER' && (rules.dateHeads.has(words[words.length - 1]!.l) || rules.dateHeads.has(words[0]!.l))) return true;
  const next = nextLower(c.reg.text.slice(words[words.length - 1]!.e, words[words.length - 1]!.e + 30));
  // "the Labour party leader": a role, not a name
  if (words.length === 1 && !words[0]!.acr && rules.eventNouns.has(next) && cand.tag !== 'PER') return true;
  // (but a body before a role and the name of its holder, that the text names again, is that person's employer:
  // "Walt Disney Co. executive Kevin Mayer", and "Disney" all through; "retired Supreme Court judge Margaret Oduya"
  // names the court once, as her role)
  if (words.some((w) => isOrgHead(w.t, rules)) && rules.roles.has(next) && !(holderAfter(c.reg.text, words[words.length - 1]!.e, next) && namedAgain(c, words))) return true;
  if (isSetting(c, cand, words, next) || isPortfolio(c, words) || inPortfolioList(c, cand, words) || isDocument(words, cand.prevWord, rules)) return true;
  if (afterEventHead(c, cand, words)) return true;
  if (afterMeasure(c, cand, words, name)) {
    // (after a price, "$99 Logitech MX Master", the name is the thing bought, no unit)
    if (!/\p{Sc}\s?\d[\d.,]*\s$/u.test(c.reg.text.slice(Math.max(0, words[0]!.s - 16), words[0]!.s))) (c.units ??= new Set()).add(norm(name));
    return true;
  }
  if (namesAKind(c, cand, words)) return true;
  if ((cand.tag === undefined && isAdjectiveTerm(words, rules)) || isRoleDomain(c, words, name)) return true;
  // a name alone in quotation marks is a title or a term, unless the tagger is sure it names a body, or fairly sure
  // it names a person ("Mary Poppins" at 0.33 is a film)
  // (a person's name only when the marks hold it alone: „nového začiatku od Krista”)
  const { text } = c.reg, e = words[words.length - 1]!.e;
  const alone = OPENING.test(text[words[0]!.s - 1] ?? '') && CLOSING.test(text.slice(e, e + 2));
  const sure = (cand.confidence ?? 0) >= (cand.tag === 'PER' ? (alone ? PARTY_FILTER.unsurePerson : 0) : PARTY_FILTER.taggerConfidence);
  // (a name among more words of a title in title case, unless the tagger is sure: “So High School”)
  const piece = (cand.confidence ?? 0) < PARTY_FILTER.taggerConfidence && inQuotedTitle(text, words[0]!.s, e, rules);
  if (titled || !c.inShortQuote(words[0]!.s) || (sure && !piece)) return false;
  c.terms.set(norm(name), (c.terms.get(norm(name)) ?? 0) + 1);
  return true;
}
