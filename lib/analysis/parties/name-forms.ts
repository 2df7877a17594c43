// One person the text names in several forms: "Pat Carlineo", "Patrick Carlineo Jr." and "Patrick W. Carlineo" are
// one man (the same surname, a given name that is the other's short form, a middle initial, a generational suffix).
// Every form of the surname must agree with every other: "Joe Biden" beside "Hunter Biden" stays two people, and so
// do "John Smith Jr." and "John Smith Sr.".

import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';
import { letterAt } from '../text/props';

/** A generational suffix after a surname ("Jr.", "Sr.", "III"): no part of the surname. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;
export const isGenerational = (w: string) => SUFFIX.test(w);
/** A middle initial ("W.", "J"). */
const INITIAL = /^\p{L}\.?$/u;
/** A short form is a prefix of the given name at least this long ("Pat" of "Patrick", not "Al" of "Alan"). */
const SHORT_FORM = 3;

interface Form { p: PartyRecord; given: string; middles: string[]; surname: string; suffix: string }

/** The parts of a person's name of two words or more, or null. */
function formOf(p: PartyRecord): Form | null {
  const parts = [...p.parts];
  const suffix = parts.length > 2 && SUFFIX.test(parts[parts.length - 1]!) ? parts.pop()!.replace(/\.$/, '') : '';
  if (parts.length < 2 || parts.some((w) => !letterAt(w, 0))) return null;
  return { p, given: parts[0]!, middles: parts.slice(1, -1), surname: parts[parts.length - 1]!, suffix };
}

const sameGiven = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= SHORT_FORM && (a.startsWith(b) || b.startsWith(a)));

/** Middle names agree: initials match any name of that letter; full names must be the same. */
function sameMiddles(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => { const y = b[i]!; return x === y || ((INITIAL.test(x) || INITIAL.test(y)) && x[0] === y[0]); });
}

/** A suffix tells a son from his father: "Donald Trump" beside "Donald Trump Jr." are two (the one name with and
 * without it); "Pat Carlineo" beside "Patrick Carlineo Jr." is one. */
function sameSuffix(a: Form, b: Form): boolean {
  if (a.suffix === b.suffix) return true;
  if (a.suffix && b.suffix) return false;
  return a.given !== b.given || a.middles.join(' ') !== b.middles.join(' ');
}

const agree = (a: Form, b: Form) => sameGiven(a.given, b.given) && sameMiddles(a.middles, b.middles) && sameSuffix(a, b);

/** Merge the forms of one person's name into the form named most often. */
export function mergeNameForms(reg: Registry, rules: Rules) {
  const bySurname = new Map<string, Form[]>();
  for (const p of reg.live()) {
    if (!p.mentions.length || p.mergedInto !== undefined || kindOf(p, rules) !== 'person') continue;
    const f = formOf(p);
    if (f) bySurname.set(f.surname, [...(bySurname.get(f.surname) ?? []), f]);
  }
  for (const forms of bySurname.values()) {
    if (forms.length < 2 || !forms.every((a) => forms.every((b) => agree(a, b)))) continue;
    const [owner, ...rest] = [...forms].sort((a, b) => b.p.mentions.length - a.p.mentions.length || a.p.id - b.p.id);
    for (const f of rest) reg.merge(f.p, owner!.p);
  }
}
