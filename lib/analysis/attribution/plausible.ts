// Whether words found where a speaker stands can be one: not a weekday, a conjunction, a clause, a heading in capitals.

import type { Rules } from '../../rules/languages';
import { allUpper, startsLower, startsUpper } from '../letters';
import { onlyAtStarts } from '../parties/repeated';
import { isSpeakerNoun, pronounOf, type MentionSpan } from './mention';
import type { Doc } from './site';
import { isHandle } from './handle';
import { isSpaceCode, lowerAt, upperAt, wordAfterSpaces } from '../text/props';
import { charWidth } from '../text/chars';

const CLAUSE = /^(?:that|whether|if|how|why|what|dass|que|che|ob|si)$/;
const isParticiple = (w: string) => startsLower(w) && /(?:ed|ing)$/.test(w) && w.toLowerCase() === w;

/** Could `m`, found by the pattern `how`, name a speaker? */
export function plausible(m: string, how: string, rules: Rules): boolean {
  // (a Chinese pronoun is one character: "他说：")
  if (!m || (m.length < 2 && !(how === 'cjk' && pronounOf(m, rules)))) return false;
  const ws = m.split(/\s+/);
  const w0 = ws[0]!.toLowerCase();
  if (rules.notNames.has(m.toLowerCase()) || /^(?:after|before|when|while|and|but|or|so|then|compared|including|i)$/i.test(m)) return false;
  if (rules.functionWords.has(w0) && !rules.determiners.has(w0) && !pronounOf(w0, rules)) return false;
  if (how !== 'transcript' && ws.length >= 2 && allUpper(m) && m.replace(/[^\s]/g, '').length < m.length - 3) return false;
  if (/[<>="]/.test(m)) return false;
  // "“…” suggests that Phoenix …", "told reporters that only Sen. X …": a clause after a verb, not its speaker
  if (CLAUSE.test(w0)) return false;
  // "expected Trump to…" is no speaker; "retired Air Force general Lloyd Newton" is (a participle before a name)
  if (isParticiple(ws[0]!) && !rules.roles.has(w0)) {
    const named = /ed$/.test(w0) && ws.length >= 3 && ws.length <= 7 && startsUpper(ws[ws.length - 1]!) && startsUpper(ws[ws.length - 2]!);
    if (!named) return false;
  }
  // "Jenna Golden, the director of political advertising": an apposition's last word is no clause's verb
  const name = m.includes(',') ? m.slice(0, m.indexOf(',')).trim().split(/\s+/) : ws;
  const head = startsUpper(name[name.length - 1]!) ? name : ws;
  const wl = head[head.length - 1]!.toLowerCase();
  return !(head.length > 1 && ((rules.functionWords.has(wl) && !pronounOf(wl, rules)) || isParticiple(head[head.length - 1]!)));
}

/** "said one Republican involved in the planning": a participle after the speaker's noun opens its modifier, so the
 * speaker phrase ends before it (at least two words, or a name, left). */
export function beforeParticiple(text: string, m: MentionSpan): MentionSpan {
  const s = text.slice(m.s, m.e).trimEnd(), k = s.lastIndexOf(' ');
  if (k < 0 || !isParticiple(s.slice(k + 1))) return m;
  const head = s.slice(0, k).trimEnd();
  return head.includes(' ') || startsUpper(head) ? { s: m.s, e: m.s + head.length } : m;
}

/** "the strikers will hold banners", "The U.S. media has always": a phrase that runs on past an auxiliary is its
 * clause; the speaker is the words before the auxiliary (none after a comma: "Warren, who has not endorsed"). */
export function beforeAuxiliary(text: string, m: MentionSpan, rules: Rules): MentionSpan {
  const s = text.slice(m.s, m.e);
  const re = /[^\s]+/g;
  let first = true;
  for (let w = re.exec(s); w; w = re.exec(s)) {
    if (w[0].includes(',')) return m;
    // (the words kept name somebody: more than a determiner, "The first incident" stays whole)
    const head = s.slice(0, w.index).trimEnd();
    // (nor an adverb in a modifier's place, after a determiner or a possessive: "his last post", "Acebush1’s last")
    const prev = prevWord(s, w.index);
    const modifier = rules.determiners.has(prev) || /['’]s?$/.test(prev);
    if (!first && rules.auxiliaries.has(w[0]) && !rules.clauseWords.has(prev) && !modifier && head.split(/\s+/).some((x) => !rules.functionWords.has(x.toLowerCase()))) return { s: m.s, e: m.s + head.length };
    first = false;
  }
  return m;
}
const prevWord = (s: string, at: number) => /(\S+)\s*$/.exec(s.slice(0, at))?.[1]?.toLowerCase() ?? '';

/** "“What?” Good question, kid.": one capitalised word nobody is named by, written capitalised only where it opens a
 * sentence, is a common word (an adjective, an interjection), not a speaker. */
export function commonWordAlone(doc: Doc, m: MentionSpan): boolean {
  const w = doc.text.slice(m.s, m.e).trim();
  const l = w.toLowerCase(), { rules } = doc;
  // ("Some", "Another", "Aides": a quantifier or a speaking noun alone stands for people)
  // (nor a user name, "Acebush1" where a sentence opens and "acebush1" elsewhere)
  if (/\s/.test(w) || !startsUpper(w) || pronounOf(w, rules) || rules.determiners.has(l) || isSpeakerNoun(w, rules) || doc.reg.within(m.s, m.e).length || isHandle(w)) return false;
  return onlyAtStarts(l, doc.reg.uses, rules);
}

/** `/^\p{Lu}\.\s*(\p{Lu}\p{Ll}+)$/u.exec(t)?.[1]` by a scan (an initial, then one capitalised word ending `t`). */
function initialWord(t: string): string | undefined {
  if (!upperAt(t, 0) || t[charWidth(t, 0)] !== '.') return undefined;
  let k = charWidth(t, 0) + 1;
  while (k < t.length && isSpaceCode(t.charCodeAt(k))) k++;
  const w = k;
  if (!upperAt(t, k)) return undefined;
  k += charWidth(t, k);
  const lows = k;
  while (k < t.length && lowerAt(t, k)) k += charWidth(t, k);
  return k > lows && k === t.length ? t.slice(w) : undefined;
}

/** "Bottom line: B. Follow the instructions: “…”": an initial and one word the text otherwise writes in lower case, or
 * that an article follows (a verb's object, not a surname's verb), is a list label and a common word, not a name. */
export function initialAndCommonWord(doc: Doc, m: MentionSpan): boolean {
  const w = initialWord(doc.text.slice(m.s, m.e).trim());
  if (!w) return false;
  const u = doc.reg.uses.get(w.toLowerCase()), next = wordAfterSpaces(doc.text.slice(m.e, m.e + 30))?.[1]?.toLowerCase();
  return (!!u && u.lower > 0 && u.capsMid === 0) || (!!next && doc.rules.determiners.has(next));
}
