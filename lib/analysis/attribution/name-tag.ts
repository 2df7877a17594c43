// Short tags written after a person's name that say which side and seat the person has, not who: the US party
// and state of a politician ("Sen. Ben Sasse, R-Neb., said", "Rep. Adam Schiff (D-Calif.)", "Gowdy, R -S.C.,",
// "Sen. Kelly Ayotte (R)"). The shape is enough: one capital letter, a hyphen, a capitalised abbreviation or word.

const TAG = /^\p{Lu}(?:\s?-\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?$/u;

/** The words (with or without their parentheses) are such a tag: "R-Neb.", "(D-Calif.)", "(R)". */
export function isNameTag(s: string): boolean {
  const t = s.trim().replace(/,$/, '');
  const inner = /^\((.*)\)$/.exec(t)?.[1] ?? t;
  // (a bare capital without parentheses is an initial, not a tag)
  return TAG.test(inner) && (inner !== t || inner.length > 1);
}

/** The phrase without a tag in parentheses at its end ("Gov. John Kasich (R-OH)" → "Gov. John Kasich"). */
export function withoutTrailingTag(s: string): string {
  const m = /\s*(\([^()]{1,20}\))\s*$/.exec(s);
  return m && isNameTag(m[1]!) ? s.slice(0, m.index) : s;
}
