// An organisation's words when no party stands for it: "« … », rapporte le ministère. Il précise : « … »" (the
// ministry never became a party). "le ministère" speaks for a body, so the nearest person is not its speaker, and
// "Il" in the next sentence goes on with the ministry, not with a person named before it.

import { isOrgHead, roleOf } from '../parties/lexicon';
import { pronounOf } from './mention';
import { insideQuote, type Doc, type Site } from './site';
import type { Attributed } from './index';
import { beforeElision, someWord } from '../text/props';
import { everyLanguage } from '../../rules/languages';

/** Words of a body's noun phrase, before any "of" ("the defence ministry", "le ministère russe"): fewer than this. */
const MAX_WORDS = 4;
/** "Of" words the noun phrase stands before (narrower than phrase-end.ts OF_LINKS: the determiners cut at articles). */
const OF_WORDS = everyLanguage('bodyLinks');

/** A definite description headed by an organisation noun ("the ministry", "le ministère", "das Ministerium"). */
export function isBodyMention(doc: Doc, mention: string | null): boolean {
  if (!mention) return false;
  const { rules } = doc, words = mention.toLowerCase().split(/\s+/);
  if (!rules.determiners.has(words[0]!) || rules.indefinites.has(words[0]!)) return false;
  // the noun phrase stands before any "of" or genitive article ("le ministère russe de la Défense"; "der Chef der
  // Labour-Regierung" is a person)
  const end = words.findIndex((w, i) => i > 1 && (OF_WORDS.has(w) || rules.determiners.has(w)));
  const head = words.slice(1, end < 0 ? words.length : end);
  return head.length > 0 && head.length < MAX_WORDS && head.some((w) => rules.orgNouns.has(w) || isOrgHead(w, rules)) && !head.some((w) => roleOf(w, rules));
}

/**
 * A pronoun's quotation right after one spoken by an unresolved body ("…», rapporte le ministère. Il précise : «…»"):
 * the body goes on speaking while no person has been named since, outside quotations.
 */
export function bodyContinued(doc: Doc, st: Site, res: Attributed, prev: Attributed | undefined): Attributed | null {
  if (!prev || prev.who !== null || !isBodyMention(doc, prev.mention) || !res.mention || /\s/.test(res.mention)) return null;
  // (only a pronoun that could land on a person: "Il", "Er"; English "It" goes to organisations anyway)
  const g = pronounOf(res.mention, doc.rules);
  if ((g !== 'm' && g !== 'f') || prev.q.para < st.q.para - 1) return null;
  return personBetween(doc, prev.q.end, st.q.open) ? null : { ...res, who: null, mention: prev.mention };
}

/** A person named in text[a, b), outside quotations. */
export function personBetween(doc: Doc, a: number, b: number): boolean {
  return doc.reg.within(a, b).some((m) => doc.reg.get(m.party).kind === 'person' && !insideQuote(doc, m.s));
}

const UNSPACED = new Set(['ja', 'zh', 'ko']);

/** The quotation speaks in the first person singular (a word of the language's list; in a script without spaces, a
 * substring): a person's words, which an organisation named before does not speak (organisations say "we"). */
export function firstPerson(doc: Doc, inner: string): boolean {
  const fp = doc.rules.firstPerson;
  if (!fp.size) return false;
  if (UNSPACED.has(doc.rules.lang)) return [...fp].some((w) => inner.includes(w));
  return someWord(inner.toLowerCase(), (w) => fp.has(w) || fp.has(beforeElision(w)));
}
