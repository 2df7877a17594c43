// "the Chicago Tribune, New York Daily News, Baltimore Sun and Hartford Courant", "support for Alexa, Google
// Assistant, and other smart home platforms": a list joins names of one kind. A one-word or two-word "person" with
// no person evidence of its own, set in a list right beside a name the text types as a paper or a body, is of that
// kind: a paper (the press, left out) or a body. The evidence is the list's structure, not a list of brands.

import type { Rules } from '../../rules/languages';
import type { PartyKind, PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';

/** A capitalised name (up to four words) ending right before a list's separator (a comma, a conjunction, then maybe
 * an article: "the Baltimore Sun and the"); the conjunction and the article. */
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3})(?:,|,? (\p{Ll}+)) (?:(\p{Ll}+) )?$/u;
/** A list's separator and the capitalised name (up to four words) right after it; the conjunction and the article. */
const NAME_AFTER = /^(?:,|,? (\p{Ll}+)) (?:(\p{Ll}+) )?(\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3})/u;
const REACH = 60;

/** The kind of a name beside the mention across a comma or a conjunction, when the text types it as a body or a paper.
 * `papersOnly`: only a paper counts, and only one in a list of three names or more (a comma before the name
 * before, or after the name after). */
function besideKind(reg: Registry, rules: Rules, s: number, e: number, papersOnly = false): PartyKind | null {
  const before = NAME_BEFORE.exec(reg.text.slice(Math.max(0, s - REACH), s));
  const after = NAME_AFTER.exec(reg.text.slice(e, e + REACH));
  const sides = [[before?.[1], before?.[2], before?.[3]], [after?.[3], after?.[1], after?.[2]]];
  for (const [name, conj, article] of sides) {
    if (!name || (conj && !rules.conjunctions.has(conj)) || (article && !rules.determiners.has(article))) continue;
    const q = reg.find(name);
    const k = q && q.mergedInto === undefined ? (q.kind === 'media' ? 'media' : kindOf(q, rules)) : null;
    if (papersOnly && (k !== 'media' || !longList(reg.text, s, e, name))) continue;
    if (k === 'media' || k === 'organization') return k;
  }
  return null;
}

/** The name beside [s, e) has a comma on its far side too: the list has three names or more. */
function longList(text: string, s: number, e: number, name: string): boolean {
  const before = text.slice(Math.max(0, s - REACH), s), at = before.lastIndexOf(name);
  if (at >= 0 && /,\s*$/.test(before.slice(0, at))) return true;
  const after = text.slice(e, e + REACH), to = after.indexOf(name);
  return to >= 0 && after.startsWith(',', to + name.length);
}

/** The kind a list gives a "person" with no person evidence of its own (`evidenced`), or null. A name whose only
 * evidence is the tagger's word and its shape (`shapeOnly`) is a paper in a list of three or more beside a paper
 * ("the Chicago Tribune, New York Daily News, Baltimore Sun and Hartford Courant"): a tagger is sure of a person's
 * name by its shape, which papers share. */
export function listedKind(p: PartyRecord, evidenced: boolean, reg: Registry, rules: Rules, shapeOnly = false): PartyKind | null {
  if ((evidenced && !shapeOnly) || p.parts.length > 2) return null;
  for (const m of p.mentions) { const k = besideKind(reg, rules, m.s, m.e, evidenced); if (k) return k; }
  return null;
}
