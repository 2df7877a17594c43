// "Samson ‘John’ Tollet", "Dwayne “The Rock” Johnson": a nickname in quotation marks between a given name and a
// surname is part of one person's name. The candidates around it (the tagger cuts at the marks: "Samson" and
// "John’ Tollet") become one, whose text is the whole span as written, so that later "Tollet" is that person.

import type { Rules } from '../../rules/languages';
import type { Candidate } from './classify';
import type { Word } from './words';
import { knownName } from './known-names';

/** One to four words in quotation marks, the first capitalised ("the" may lead in lower case: “the Rock”). */
const NICKNAME = /[‘“"'«„‹]((?:\p{L}{1,3}\s)?\p{Lu}[\p{L}\p{M}.'-]*(?:\s\p{L}[\p{L}\p{M}.'-]*){0,3})[’”"'»“›]/gu;
/** What stands between the nickname and the names around it: one space. */
const GAP = /^[ \u00A0]$/;
const OPENING = '‘“"\'«„‹';

/** A capitalised word, a space and an opening mark: what joinAt asks first of a nickname's place; and after the mark,
 * a closing mark and a space before anything a nickname cannot hold. Asked of the words first, so that NICKNAME,
 * costly to compile on a cold page (~2–6 ms: its big classes are repeated), runs only on a text where a nickname can
 * join names. */
export const mayJoin = (text: string, words: readonly Word[]): boolean =>
  words.some((w) => w.cap && !w.poss && (text[w.e] === ' ' || text[w.e] === '\u00A0') && OPENING.includes(text[w.e + 1] ?? '-') && closedAfter(text, w.e + 2));

const CLOSING = '’”"\'»“›';
/** Most white space characters a nickname holds: one after its lead, one between each of its four words. */
const NICKNAME_SPACES = 4;
/** Whether a closing mark followed by a space (joinAt's gap) comes from `from` on, before an ASCII character no
 * nickname holds (a digit, a comma: NICKNAME's words are letters, marks, dots, apostrophes and hyphens) or more
 * white space than NICKNAME_SPACES. A necessary condition of a match joinAt takes: looser, never stricter. */
function closedAfter(text: string, from: number): boolean {
  for (let k = from, spaces = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (CLOSING.includes(text[k]!) && (text[k + 1] === ' ' || text[k + 1] === '\u00A0')) return true;
    if (c === 32 || (c >= 9 && c <= 13)) { if (++spaces > NICKNAME_SPACES) return false; continue; }
    if (c < 128 && !nicknameAscii(c)) return false;
  }
  return false;
}
/** The ASCII characters a nickname's words may hold: letters, the dot, the apostrophe, the hyphen. */
const nicknameAscii = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 39 || c === 45;

interface Join { s: number; e: number }
interface WordsAt { ending: Map<number, Word>; starting: Map<number, Word> }

/** The span a nickname at [qs, qe) joins: from the capitalised word before it to the one after it, widened to the
 * candidates that reach into either (a given name of two words, "Mary Ann"; a suffix after, "Johnson Jr."). */
function joinAt(qs: number, qe: number, text: string, at: WordsAt, cands: readonly Candidate[], rules: Rules): Join | null {
  if (!GAP.test(text[qs - 1] ?? '') || !GAP.test(text[qe] ?? '')) return null;
  const before = at.ending.get(qs - 1), after = at.starting.get(qe + 1);
  if (!before?.cap || !after?.cap || before.poss) return null;
  const touched = cands.filter((c) => c.e > before.s && c.s < after.e);
  // a person's: the tagger read a person there, or the word before is a given name the data knows
  if (!touched.some((c) => c.tag === 'PER') && !knownName(before.t, rules)) return null;
  // (both must be words of names the finders took: "Beyoncé ‘Lemonade’ Tour" leaves "Tour" alone, and "On “The
  // Alchemy” Swift" the "On" that opens a sentence)
  const covered = (w: Word) => touched.some((c) => c.s <= w.s && c.e >= w.e);
  if (!covered(before) || !covered(after) || rules.functionWords.has(before.l)) return null;
  return { s: Math.min(before.s, ...touched.map((c) => c.s)), e: Math.max(after.e, ...touched.map((c) => c.e)) };
}

/** One candidate over the span, from the candidates inside it (the tagger's type and confidence kept). */
function joined(j: Join, inside: readonly Candidate[], text: string, words: readonly Word[]): Candidate {
  const tagged = inside.find((c) => c.tag === 'PER') ?? inside[0]!;
  const first = inside.reduce((a, b) => (b.s < a.s ? b : a));
  return {
    ...tagged, words: words.filter((w) => w.s >= j.s && w.e <= j.e), s: j.s, e: j.e, text: text.slice(j.s, j.e),
    prevWord: first.prevWord, tag: 'PER', confidence: Math.max(...inside.map((c) => c.confidence ?? 0)), tagStart: j.s, tagEnd: j.e,
  };
}

/** The candidates, with those around a quoted nickname made one person's name. */
export function joinNicknames(cands: readonly Candidate[], text: string, words: readonly Word[], rules: Rules): Candidate[] {
  let out = [...cands], at: WordsAt | null = null;
  if (!mayJoin(text, words)) return out;
  for (const m of text.matchAll(NICKNAME)) {
    at ??= { ending: new Map(words.map((w) => [w.e, w])), starting: new Map(words.map((w) => [w.s, w])) };
    const j = joinAt(m.index, m.index + m[0].length, text, at, out, rules);
    if (!j) continue;
    const inside = out.filter((c) => c.s < j.e && c.e > j.s);
    if (inside.some((c) => c.s < j.s || c.e > j.e)) continue;
    out = [...out.filter((c) => !inside.includes(c)), joined(j, inside, text, words)].sort((a, b) => a.s - b.s);
  }
  return out;
}
