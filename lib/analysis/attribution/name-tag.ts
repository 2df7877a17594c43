// Short tags written after a person's name that say which side and seat the person has, not who: the US party
// and state of a politician ("Sen. Ben Sasse, R-Neb., said", "Rep. Adam Schiff (D-Calif.)", "Gowdy, R -S.C.,",
// "Sen. Kelly Ayotte (R)"). The shape is enough: one capital letter, a hyphen, a capitalised abbreviation or word.

import { charWidth } from '../text/chars';
import { isSpaceCode, letterAt, upperAt } from '../text/props';

/** After a capital at `i`, the end of the letters and dots that follow it (`\p{Lu}[\p{L}.]*`), or -1. */
function capitalRunEnd(s: string, i: number): number {
  if (!upperAt(s, i)) return -1;
  for (i += charWidth(s, i); i < s.length && (letterAt(s, i) || s[i] === '.'); i += charWidth(s, i));
  return i;
}

/** `/^\p{Lu}(?:\s?-\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?$/u.test(s)` by a scan (the pattern was compiled on
 * a page in four): each optional space is taken where it stands, as no other piece can start on it. */
export function isTagShape(s: string): boolean {
  if (!upperAt(s, 0)) return false;
  let i = charWidth(s, 0);
  if (i === s.length) return true;
  if (isSpaceCode(s.charCodeAt(i))) i++;
  if (s[i] !== '-') return false;
  if (isSpaceCode(s.charCodeAt(i + 1))) i++;
  i = capitalRunEnd(s, i + 1);
  if (i === s.length) return true;
  return i > 0 && isSpaceCode(s.charCodeAt(i)) && capitalRunEnd(s, i + 1) === s.length;
}

/** The words (with or without their parentheses) are such a tag: "R-Neb.", "(D-Calif.)", "(R)". */
export function isNameTag(s: string): boolean {
  const t = s.trim().replace(/,$/, '');
  const inner = /^\((.*)\)$/.exec(t)?.[1] ?? t;
  // (a bare capital without parentheses is an initial, not a tag)
  return isTagShape(inner) && (inner !== t || inner.length > 1);
}

/** The phrase without a tag in parentheses at its end ("Gov. John Kasich (R-OH)" → "Gov. John Kasich"). */
export function withoutTrailingTag(s: string): string {
  const m = /\s*(\([^()]{1,20}\))\s*$/.exec(s);
  return m && isNameTag(m[1]!) ? s.slice(0, m.index) : s;
}
