// A list's name beside a mention, and the names listed before one, read by scans that give what the patterns gave
// (groups included): each `\p{Lu}`/`\p{Ll}` pattern cost 2–3 ms to compile on a cold page, on half the pages or more, where the scans ask the
// scanner's class table (text/props). The pieces are exact because each run they read is maximal: a name's word
// ends where a space or a comma must follow, a lower-case word where a space must, so no shorter run can match.
//   before: /(\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3})(?:,|,? (\p{Ll}+)) (?:(\p{Ll}+) )?$/u
//   after:  /^(?:,|,? (\p{Ll}+)) (?:(\p{Ll}+) )?(\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3})/u

import { charWidth } from '../text/chars';
import { letterAt, lowerAt, numberAt, upperAt } from '../text/props';

/** The match and its three groups, as the pattern's `exec` gives them (a group that took part in no match: undefined). */
export type Listed = [string, string | undefined, string | undefined, string | undefined];

const NAME_MARKS = ".'’&-";

/** The end of a capitalised word (`\p{Lu}[\p{L}\p{N}.'’&-]*`) opening at `i`, or -1. */
function capWordEnd(t: string, i: number): number {
  if (i >= t.length || !upperAt(t, i)) return -1;
  i += charWidth(t, i);
  while (i < t.length && (letterAt(t, i) || numberAt(t, i) || NAME_MARKS.includes(t[i]!))) i += charWidth(t, i);
  return i;
}

/** The ends of the name of one to four capitalised words opening at `i`, shortest first (none: empty). */
function nameEnds(t: string, i: number): number[] {
  const ends: number[] = [];
  for (let e = capWordEnd(t, i); e >= 0 && ends.length < 4; e = t[e] === ' ' ? capWordEnd(t, e + 1) : -1) ends.push(e);
  return ends;
}

/** The end of the run of lower-case letters from `i`. */
function lowerRunEnd(t: string, i: number): number {
  while (i < t.length && lowerAt(t, i)) i += charWidth(t, i);
  return i;
}

/** `\p{Ll}+ ` at `i`: the word's end (the space's offset), or -1. */
function lowerWordEnd(t: string, i: number): number {
  const e = lowerRunEnd(t, i);
  return e > i && t[e] === ' ' ? e : -1;
}

/** After a name ending at `p`, the separator the text ends with: [conjunction, article], or null. */
function tailAt(t: string, p: number): [string | undefined, string | undefined] | null {
  let q = p;
  if (t[q] === ',') {
    if (t[q + 1] !== ' ') return null;
    q += 2;
    // `,` then ` `, then maybe an article: ", " / ", the "
    if (q === t.length) return [undefined, undefined];
    const a = lowerWordEnd(t, q);
    if (a >= 0 && a + 1 === t.length) return [undefined, t.slice(q, a)];
  } else if (t[q] === ' ') q += 1;
  else return null;
  // `,? ` then a conjunction, then maybe an article: " and " / ", and the "
  const c = lowerWordEnd(t, q);
  if (c < 0) return null;
  if (c + 1 === t.length) return [t.slice(q, c), undefined];
  const a = lowerWordEnd(t, c + 1);
  return a >= 0 && a + 1 === t.length ? [t.slice(q, c), t.slice(c + 1, a)] : null;
}

/** The leftmost name that the list's separator ends the text after (the "before" pattern). */
export function listedBefore(t: string): Listed | null {
  for (let i = 0; i < t.length; i += charWidth(t, i)) {
    const ends = nameEnds(t, i);
    for (let k = ends.length - 1; k >= 0; k--) {
      const tail = tailAt(t, ends[k]!);
      if (tail) return [t.slice(i), t.slice(i, ends[k]), tail[0], tail[1]];
    }
  }
  return null;
}

/** The name after the list's separator that opens the text (the "after" pattern). */
export function listedAfter(t: string): Listed | null {
  if (t[0] === ',' && t[1] === ' ') {
    const a = lowerWordEnd(t, 2);
    const named = a >= 0 ? nameEnds(t, a + 1).pop() : undefined;
    if (named !== undefined) return [t.slice(0, named), undefined, t.slice(2, a), t.slice(a + 1, named)];
    const bare = nameEnds(t, 2).pop();
    if (bare !== undefined) return [t.slice(0, bare), undefined, undefined, t.slice(2, bare)];
  }
  const q = t[0] === ',' ? 1 : 0;
  if (t[q] !== ' ') return null;
  const c = lowerWordEnd(t, q + 1);
  if (c < 0) return null;
  const a = lowerWordEnd(t, c + 1);
  const named = a >= 0 ? nameEnds(t, a + 1).pop() : undefined;
  if (named !== undefined) return [t.slice(0, named), t.slice(q + 1, c), t.slice(c + 1, a), t.slice(a + 1, named)];
  const bare = nameEnds(t, c + 1).pop();
  return bare !== undefined ? [t.slice(0, bare), t.slice(q + 1, c), undefined, t.slice(c + 1, bare)] : null;
}

/** From `i`, names of capitalised words each followed by a comma and a space, up to the text's end. */
function namesToEnd(t: string, i: number): boolean {
  for (let k = i; k < t.length; ) {
    let e = capWordEnd(t, k);
    while (e >= 0 && t[e] === ' ') {
      const next = capWordEnd(t, e + 1);
      if (next < 0) break;
      e = next;
    }
    if (e < 0 || t[e] !== ',' || t[e + 1] !== ' ') return false;
    k = e + 2;
  }
  return true;
}

/** `s` without the names listed at its end ("such as Evernote, Dropbox, ": the examples' first names, that no party
 * may hold, a name the tagger missed), as
 * `s.replace(/(?:\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*)*, )+$/u, '')` leaves it: the leftmost start from
 * which the names run to the end. */
export function withoutNamesBefore(s: string): string {
  if (!s.endsWith(', ')) return s;
  for (let i = 0; i < s.length; i += charWidth(s, i)) if (upperAt(s, i) && namesToEnd(s, i)) return s.slice(0, i);
  return s;
}
