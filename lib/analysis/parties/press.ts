// The press around a story is no party of it: the outlet an interviewee "told" ("told the AP in an interview",
// "told the state-owned Al-Arabiya television"), a reporter named only as such ("told CBC freelance videographer
// Mohamed El Saife", "Yasmine Hassan is a producer filing stories…"). Only for parties that never speak.

import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { PhraseSet } from '../attribution/phrases';
import { codePointBefore, lowerAt } from '../text/props';

const NEAR = 40;
const WORDS_BETWEEN = 3;
/** A credit line is at most this long (characters). */
const CREDIT_LINE_MAX = 200;
/** A line of more words than this that ends like a sentence is one. */
const CREDIT_SENTENCE_WORDS = 12;

const lowerWords = (s: string) => s.toLowerCase().split(/[\s,.;:!?()[\]“”"«»„/]+/).filter(Boolean);

const ADDRESS = new Map<string, PhraseSet>();
const addressSet = (rules: Rules) => ADDRESS.get(rules.lang) ?? ADDRESS.set(rules.lang, new PhraseSet(rules.addressVerbs)).get(rules.lang)!;

/** "told (the) (up to three words) NAME": the words before the mention end on an address verb. */
function addressed(text: string, s: number, rules: Rules): boolean {
  const before = text.slice(Math.max(0, s - NEAR), s);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
  const hits = addressSet(rules).all(clause);
  const last = hits[hits.length - 1];
  if (!last) return false;
  return lowerWords(clause.slice(last.index + last[0].length)).length <= WORDS_BETWEEN;
}

/** A press word among the few words before (a reporter's role) or after (the medium, "in an interview") a mention. */
function pressNear(text: string, s: number, e: number, rules: Rules, press: (w: string) => boolean): { before: boolean; after: boolean } {
  const before = lowerWords(text.slice(Math.max(0, s - NEAR), s)).slice(-WORDS_BETWEEN);
  const afterText = text.slice(e, e + NEAR);
  const after = lowerWords(afterText.split(/[.;!?\n]/)[0]!).slice(0, WORDS_BETWEEN + 1);
  return { before: before.some(press), after: after.some(press) };
}

/** A credit line ("With files from The Associated Press and …"): a short paragraph that opens with a credit phrase,
 * and is no sentence of the story ("Reuters photographer Thaier Al-Sudani, 47, … were also wounded in the attack."
 * ends on a lower-case word and a stop after many words: a credit ends on a name). */
function creditLine(text: string, s: number, rules: Rules): boolean {
  const start = text.lastIndexOf('\n', s) + 1, end = text.indexOf('\n', s);
  const raw = text.slice(start, end < 0 ? text.length : end).trim();
  const line = raw.toLowerCase();
  const sentence = /[.!?]$/.test(raw) && lowerAt(raw, codePointBefore(raw, raw.length - 1)) && raw.split(/\s+/).length > CREDIT_SENTENCE_WORDS;
  return line.length <= CREDIT_LINE_MAX && !sentence && rules.credits.some((c) => line.startsWith(c + ' '));
}

/** The party's name, or a form of it, stands in a credit line. */
const credited = (p: PartyRecord, reg: Registry) => !!reg.credited && [p.name, ...p.aliases].some((n) => reg.credited.includes(n.toLowerCase()));

/** Is the party only the press of the story (an outlet told something, a reporter named as such)? */
export function isPress(p: PartyRecord, kind: string, reg: Registry, rules: Rules, quotes: number): boolean {
  if (quotes > 0 || !p.mentions.length || !rules.pressWords.size) return false;
  const press = (w: string) => rules.pressWords.has(w) || rules.mediaHeads.has(w);
  const { text } = reg;
  // a reporter introduced as such ("X is a producer filing stories …")
  if (kind === 'person' && p.mentions.every((m) => /^\s+is\s+an?\s/.test(text.slice(m.e, m.e + 8)) && pressNear(text, m.s, m.e, rules, press).after)) return true;
  // told things, or credited, wherever named; and named as the press once at least ("told the AP in an interview",
  // "told CBC videographer X", "told the state-owned Al-Arabiya television")
  // (or credited in a credit line: "With files from X")
  return p.mentions.every((m) => addressed(text, m.s, rules) || creditLine(text, m.s, rules))
    && (credited(p, reg) || p.mentions.some((m) => { const n = pressNear(text, m.s, m.e, rules, press); return n.before || n.after; }));
}
