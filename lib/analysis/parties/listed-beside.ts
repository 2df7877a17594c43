// "the Chicago Tribune, New York Daily News, Baltimore Sun and Hartford Courant", "support for Alexa, Google
// Assistant, and other smart home platforms": a list joins names of one kind. A one-word or two-word "person" with
// no person evidence of its own, set in a list right beside a name the text types as a paper or a body, is of that
// kind: a paper (the press, left out) or a body. The evidence is the list's structure, not a list of brands.

import type { Rules } from '../../rules/languages';
import type { PartyKind, PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';
import { listedAfter, listedBefore, type Listed } from './list-scan';

const REACH = 60;

/** A capitalised name (up to four words) ending right before a list's separator (a comma, a conjunction, then maybe
 * an article: "the Baltimore Sun and the"); the conjunction and the article (list-scan.ts), where it can give a kind,
 * else null. A kind needs a list's separator right before the final space: a comma, or a conjunction or an article
 * of the language (the conjunction and article read are checked against those lists after it). Where the text ends
 * otherwise, no scan is run: most mentions stand in no list. */
export function nameBefore(text: string, rules: Rules): Listed | null {
  if (!text.endsWith(' ')) return null;
  const last = text.slice(text.lastIndexOf(' ', text.length - 2) + 1, -1);
  if (!last.endsWith(',') && !rules.conjunctions.has(last) && !rules.determiners.has(last)) return null;
  return listedBefore(text);
}

/** A list's separator and the capitalised name (up to four words) right after it; the conjunction and the article
 * (list-scan.ts), where it can give a kind, else null: the text opens with a comma and a space, or with a space and
 * a conjunction of the language (without a comma, the first word read is the conjunction). */
export function nameAfter(text: string, rules: Rules): Listed | null {
  if (!text.startsWith(', ')) {
    const end = text.indexOf(' ', 1);
    if (text[0] !== ' ' || !rules.conjunctions.has(text.slice(1, end < 0 ? text.length : end))) return null;
  }
  return listedAfter(text);
}

/** The kinds the text gives the names beside [s, e) across a comma or a conjunction (null where none), each with
 * its name. */
function besideKinds(reg: Registry, rules: Rules, s: number, e: number): [string, PartyKind | null][] {
  const before = nameBefore(reg.text.slice(Math.max(0, s - REACH), s), rules);
  const after = nameAfter(reg.text.slice(e, e + REACH), rules);
  const sides = [[before?.[1], before?.[2], before?.[3]], [after?.[3], after?.[1], after?.[2]]];
  return sides.map(([name, conj, article]) => {
    if (!name || (conj && !rules.conjunctions.has(conj)) || (article && !rules.determiners.has(article))) return [name ?? '', null];
    const q = reg.find(name);
    return [name, q && q.mergedInto === undefined ? (q.kind === 'media' ? 'media' : kindOf(q, rules)) : null];
  });
}

/** The kind of a name beside the mention, when the text types it as a body or a paper. `sure` (a name the tagger is
 * sure of by its shape): only a paper in a list of three names or more counts (a comma before the name before, or
 * after the name after), or a body on both sides in a list of four names or more ("managed FC Porto, Inter Milan,
 * Chelsea, Real Madrid and …"; three names, a body, a person and a body, may be a panel's list). */
function besideKind(reg: Registry, rules: Rules, s: number, e: number, sure = false): PartyKind | null {
  const sides = besideKinds(reg, rules, s, e);
  if (sure && sides.every(([, k]) => k === 'organization') && sides.some(([name]) => longList(reg.text, s, e, name, rules))) return 'organization';
  for (const [name, k] of sides) {
    if (sure && (k !== 'media' || !longList(reg.text, s, e, name))) continue;
    if (k === 'media' || k === 'organization') return k;
  }
  return null;
}

/** The name beside [s, e) has a comma on its far side too: the list has three names or more. With `rules`, a
 * conjunction before a further name counts as well ("Harbour City, Brenton United and Corran Rovers"). */
function longList(text: string, s: number, e: number, name: string, rules?: Rules): boolean {
  const before = text.slice(Math.max(0, s - REACH), s), at = before.lastIndexOf(name);
  if (at >= 0 && /,\s*$/.test(before.slice(0, at))) return true;
  const after = text.slice(e, e + REACH), to = after.indexOf(name);
  if (to < 0) return false;
  const further = rules ? nameAfter(after.slice(to + name.length), rules) : null;
  return after.startsWith(',', to + name.length) || (!!rules && !!further?.[1] && rules.conjunctions.has(further[1]));
}

/** The kind a list gives a "person" with no person evidence of its own (`evidenced`), or null. A name whose only
 * evidence is the tagger's word and its shape (`shapeOnly`) is a paper in a list of three or more beside a paper
 * ("the Chicago Tribune, New York Daily News, Baltimore Sun and Hartford Courant"), a body between two bodies
 * ("FC Porto, Inter Milan, Chelsea"): a tagger is sure of a person's name by its shape, which bodies share. */
export function listedKind(p: PartyRecord, evidenced: boolean, reg: Registry, rules: Rules, shapeOnly = false): PartyKind | null {
  if ((evidenced && !shapeOnly) || p.parts.length > 2) return null;
  for (const m of p.mentions) { const k = besideKind(reg, rules, m.s, m.e, evidenced); if (k) return k; }
  return null;
}
