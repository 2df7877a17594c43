// The subject phrase that ends right before a verb of saying, read backward: a pronoun, a name with its titles
// ("Agriculture Minister Maria Keller"), a determiner phrase ("a spokeswoman for the company"), or the name in an
// apposition ("X, the chief spokesman for the IEA," / "the alliance's director, Victor Nuñez,"); and read forward,
// the description that opens a sentence ("A Chinese official responded …").

import type { Rules } from '../../rules/languages';
import { isTitleWord, roleOf } from '../parties/lexicon';
import { isAuxiliary, isCapWord, isNameRun, isSpeakerNoun, pronounOf, wordsIn, type MentionSpan } from './mention';
import { LETTER, startsLower } from '../letters';
import { isNameTag, withoutTrailingTag } from './name-tag';
import { isHandle } from './handle';
import { charWidth } from '../text/chars';
import { isSpaceCode, letterAt, upperAt } from '../text/props';

const LAST_WORD = new RegExp(`((?:${LETTER}|[’'-])+)\\s*$`);

const RELATIVE = /^(?:who|which|whose|que|qui|dont|che|cui|der|die|das|welche|welcher|quien|quienes|die|dat|som|который|которая)$/i;
/** Relatives that are the subject of their clause ("X, who said"), not its object ("X, que califica de …"). */
export const SUBJECT_RELATIVE = /^(?:who|which|qui|quien|quienes|der|die|das|welche|welcher|dat|som|который|которая)$/i;
const CONTRACTION = /^(he|she|they|we|i)['’](?:s|ll|d|ve|re)$/i;
const NAME_JOIN = /^(?:of|for|de|des|du|di|del|della|der|van|von|bin|al|y|and|&|da|do|dos)$/i;
const PHRASE_STOP = /^(?:that|which|who|and|but|because|when|if|while|as|than|so|que|qui|che|dass|weil|und|et|e|y|og|och|en)$/i;

/** Strip auxiliaries and adverbs that stand before the verb ("he later told", "Trump has said"). */
function beforeAuxiliaries(text: string, a: number, b: number, rules: Rules): number {
  let pre = text.slice(a, b);
  for (;;) {
    const m = LAST_WORD.exec(pre);
    if (!m || !isAuxiliary(m[1]!, rules)) break;
    if (isCapWord(m[1]!) && !/^(?:Also|Later|Then)$/.test(m[1]!)) break;
    pre = pre.slice(0, m.index);
  }
  return a + pre.replace(/\s+$/, '').length;
}

/** The subject phrase that ends at `b` (just before a verb), from no earlier than `a`. */
export function backwardMention(text: string, a: number, b: number, rules: Rules): MentionSpan | null {
  const endAt = beforeAuxiliaries(text, a, b, rules);
  const pre = text.slice(a, endAt);
  if (!pre.trim()) return null;
  if (/,\s*$/.test(pre)) return apposition(text, a, pre, rules);
  const ws = wordsIn(text, a, endAt, rules);
  if (!ws.length) return null;
  const last = ws[ws.length - 1]!, ll = last.w.toLowerCase();
  const contr = CONTRACTION.exec(ll);
  if (contr) return { s: last.s, e: last.s + contr[1]!.length };
  if (pronounOf(ll, rules)) return { s: last.s, e: last.e };
  if (last.w === ')') {
    // "the Islamic Emirate of Afghanistan (IEA)"
    const open = pre.lastIndexOf('(');
    return open > 0 ? backwardMention(text, a, a + open, rules) : null;
  }
  if (isCapWord(last.w)) return nameBefore(ws, rules);
  // ("In an earlier post, acebush1 had written": a user name is the subject as a name would be)
  const handle = /(\S+)\s*$/.exec(pre);
  if (handle && isHandle(handle[1]!)) return { s: a + handle.index, e: a + handle.index + handle[1]!.length };
  return nounPhraseBefore(ws, rules);
}

/** "X, the chief spokesman for the IEA," (the name) or "the alliance's director, Victor Nuñez," (the name). */
function apposition(text: string, a: number, pre: string, rules: Rules): MentionSpan | null {
  const body = pre.replace(/,\s*$/, '');
  const k = body.lastIndexOf(',');
  // "Speaking to reporters outside the department, he said" is no apposition: there is no comma pair
  if (k < 0) return null;
  const np2Raw = body.slice(k + 1), np2 = withoutTrailingTag(np2Raw.trim());
  const np2s = a + k + 1 + (np2Raw.length - np2Raw.trimStart().length);
  // "Sen. Ben Sasse, R-Neb., said": a party-and-state tag stands for no one; the name before it speaks
  if (isNameTag(np2)) return backwardMention(text, a, a + k, rules);
  const first = np2.split(/\s+/)[0]?.toLowerCase() ?? '';
  const isRel = RELATIVE.test(first) || (rules.clauseWords.has(first) && !rules.determiners.has(first)) || /ing$/.test(first);
  if (!isRel && isNameRun(np2) && !rules.determiners.has(first)) return { s: np2s, e: np2s + np2.length };
  // "On Monday, the People's Daily, the mouthpiece of …, warned": a phrase opened by a preposition before the comma
  // is fronted, no noun phrase: the one after it heads the apposition
  if (!isRel && frontedBefore(body, k, rules) && rules.determiners.has(first) && /\s\p{Lu}/u.test(np2)) return { s: np2s, e: np2s + np2.length };
  // "X, a spokesperson for Y, the operation against Z, told": a second description after the first; the name before both
  if (rules.determiners.has(first) && body.slice(0, k).includes(',')) {
    const outer = apposition(text, a, body.slice(0, k + 1), rules);
    if (outer && isNameRun(text.slice(outer.s, outer.e))) return outer;
  }
  const inner = backwardMention(text, a, a + k, rules);
  if (inner) {
    const t = text.slice(inner.s, inner.e);
    if (isNameRun(t) || isRel || rules.determiners.has(first) || /^\d/.test(first) || t !== t.toLowerCase() || pronounOf(t, rules)) return inner;
  }
  return !isRel && np2 ? { s: np2s, e: np2s + np2.length } : null;
}

/** The comma segment ending at body[k] opens with a function word that is no determiner or pronoun ("On Monday",
 * "Am Montag"): an adverbial phrase. */
function frontedBefore(body: string, k: number, rules: Rules): boolean {
  const w0 = (body.slice(body.lastIndexOf(',', k - 1) + 1, k).trim().split(/\s+/)[0] ?? '').toLowerCase();
  return rules.functionWords.has(w0) && !rules.determiners.has(w0) && !pronounOf(w0, rules);
}

/** The capitalised run ending the words, with a role or title and its determiner before it. */
function nameBefore(ws: { s: number; e: number; w: string }[], rules: Rules): MentionSpan | null {
  let i = ws.length - 1;
  while (i > 0 && (isCapWord(ws[i - 1]!.w) || (NAME_JOIN.test(ws[i - 1]!.w) && i > 1 && isCapWord(ws[i - 2]!.w)))) i--;
  // "The Conservatives’ letter to Daniel Greenberg, …, said": the name a document was sent to did not write it
  if (i > 1 && rules.datives.has(ws[i - 1]!.w.toLowerCase()) && rules.documentNouns.has(ws[i - 2]!.w.toLowerCase())) return nounPhraseBefore(ws.slice(0, i - 1), rules);
  // "la sindaca Giulia Martelli": a lower-case role (and its determiner) before the name; "le ministre russe de la
  // Défense": a role, an adjective and particles before a portfolio
  let j = i;
  let k = j;
  while (k > 0 && j - k < 3 && /^(?:of|the|de|la|le|l’|l'|du|des|del|della|di|der|des|do|da|für)$/i.test(ws[k - 1]!.w)) k--;
  if (k < j && k > 0 && !roleOf(ws[k - 1]!.w, rules) && k > 1 && roleOf(ws[k - 2]!.w, rules) && !isCapWord(ws[k - 1]!.w)) k--;
  if (k < j && k > 0 && roleOf(ws[k - 1]!.w, rules)) j = k;
  if (j > 0 && (roleOf(ws[j - 1]!.w, rules) || isTitleWord(ws[j - 1]!.w, rules))) {
    j--;
    if (j > 0 && rules.determiners.has(ws[j - 1]!.w.toLowerCase())) j--;
  }
  // a sentence-initial function word is not part of the name
  while (j < ws.length - 1 && rules.functionWords.has(ws[j]!.w.toLowerCase()) && !rules.determiners.has(ws[j]!.w.toLowerCase())) j++;
  return { s: ws[j]!.s, e: ws[ws.length - 1]!.e };
}

/** "the minister", "a spokesman for Brannock", "officials": a determiner phrase whose head may speak. */
function nounPhraseBefore(ws: { s: number; e: number; w: string }[], rules: Rules): MentionSpan | null {
  const last = ws[ws.length - 1]!;
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - 7); k--) {
    const w = ws[k]!.w.toLowerCase();
    if (/^[,;:]$/.test(w) || PHRASE_STOP.test(w)) break;
    if (!rules.determiners.has(w)) continue;
    const head = ws.slice(k + 1);
    if (!head.some((x) => isSpeakerNoun(x.w, rules) || isCapWord(x.w))) break;
    // "a spokeswoman for the company": the spokesperson with the organisation
    if (k >= 3 && /^(?:for|of|de|des|du|der|di|del|della)$/i.test(ws[k - 1]!.w) && (rules.spokes.has(ws[k - 2]!.w.toLowerCase()) || roleOf(ws[k - 2]!.w, rules)) && rules.determiners.has(ws[k - 3]!.w.toLowerCase())) {
      return { s: ws[k - 3]!.s, e: last.e };
    }
    return { s: ws[k]!.s, e: last.e };
  }
  if (!isSpeakerNoun(last.w, rules)) return null;
  let k = ws.length - 1;
  if (k > 0 && !/[,;:()]/.test(ws[k - 1]!.w) && !/^(?:that|and|but|said|the)$/i.test(ws[k - 1]!.w) && !startsLower(ws[k - 1]!.w)) k--;
  return { s: ws[k]!.s, e: last.e };
}

/** A determiner and a speaking noun opening text[a, b) ("A Chinese official", "The billionaire businessman"). */
export function describedOpening(text: string, a: number, b: number, rules: Rules): MentionSpan | null {
  const lead = /^[\s“"‘„«]*/.exec(text.slice(a, Math.min(b, a + 8)))![0].length;
  let seg = text.slice(a + lead, Math.min(b, a + lead + 80)), shift = 0;
  // ("Hillary Clinton’s right-hand woman", "Ryan’s campaign": a possessive name is the phrase's determiner)
  // (not a contraction, "There’s", nor a day's, "Saturday's gaffes": a name's, and then a listed speaking noun)
  const owner = possessor(seg), ownerWord = owner ? owner.replace(/['’]s?$/, '').split(/\s+/).pop()!.toLowerCase() : '';
  if (owner && (rules.functionWords.has(ownerWord) || rules.notNames.has(ownerWord) || pronounOf(ownerWord, rules))) return null;
  if (owner) { seg = `the${seg.slice(owner.length)}`; shift = owner.length - 3; }
  // (most sentences open on no determiner: one look at the first word before the phrase patterns)
  if (!rules.determiners.has(/^\S*/.exec(seg)![0].toLowerCase())) return null;
  // the longest phrase first ("The former secretary", not "The former")
  for (const re of DESCRIBED) {
    const m = re.exec(seg);
    if (!m || !rules.determiners.has(m[1]!.toLowerCase())) continue;
    if ((m[2] ?? '').trim().split(/\s+/).some((w) => rules.clauseWords.has(w.toLowerCase()) || rules.functionWords.has(w.toLowerCase()))) continue;
    // (a common noun, then a verb or preposition: not "The Sanders" of "The Sanders campaign", not "Four hours earlier,")
    const noun = m[3]!, common = (rules.nounsCapitalised || startsLower(noun)) && !rules.auxiliaries.has(noun.toLowerCase());
    if (common && (owner ? listedSpeaker(noun, rules) : isSpeakerNoun(noun, rules)) && /^\s+\p{Ll}/u.test(seg.slice(m[0].length))) return { s: a + lead, e: a + lead + shift + m[0].length };
  }
  return null;
}
/** A speaking noun a word list names (not one read from its ending: "danger", "reminiscent"). */
const listedSpeaker = (w: string, rules: Rules) => { const l = w.toLowerCase(); return !!roleOf(l, rules) || rules.spokes.has(l) || rules.groups.has(l) || rules.orgNouns.has(l); };
/** One to three capitalised words ending in a possessive ("Hillary Clinton’s"), where a determiner would stand. */
/** One to three capitalised words, the last with a possessive ending, opening `s` before white space ("Hillary
 * Clinton’s "): `/^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?(?=\s)/u.exec(s)?.[0]` by a scan (the pattern was
 * compiled on a page in four). A word's run of letters, dots and hyphens is maximal where an apostrophe or white
 * space must follow, so no other reading can match. */
export function possessor(s: string): string | null {
  for (let i = 0, words = 0; ; words++) {
    if (!upperAt(s, i)) return null;
    let e = i + charWidth(s, i);
    while (e < s.length && (letterAt(s, e) || s[e] === '.' || s[e] === '-')) e += charWidth(s, e);
    if (s[e] === "'" || s[e] === '’') {
      const k = s[e + 1] === 's' && isSpaceCode(s.charCodeAt(e + 2)) ? e + 2 : e + 1;
      return isSpaceCode(s.charCodeAt(k)) ? s.slice(0, k) : null;
    }
    if (words === 2 || !isSpaceCode(s.charCodeAt(e))) return null;
    for (i = e; isSpaceCode(s.charCodeAt(i)); i++);
  }
}
const DESCRIBED = [2, 1, 0].map((k) => new RegExp(`^(${LETTER}+)\\s+((?:${LETTER}[\\p{L}’'-]*\\s+){${k}})(${LETTER}[\\p{L}-]*)(?=[\\s,])`, 'u'));
