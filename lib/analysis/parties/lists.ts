// Names listed together are of one type: in "Michigan, Pennsylvania and Wisconsin" a name the tagger took for a
// person among places is a place, in "Google, Meta and Apple" an organisation among organisations.

import type { Rules } from '../../rules/languages';
import type { Evidence, PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';
import { EVIDENCE } from '../weights';

const KEY: Partial<Record<string, keyof Evidence>> = { place: 'place', country: 'place', organization: 'org', person: 'person' };

/** The mentions of the text in lists ("A, B and C", "A and B"): groups of two or more, in text order. */
function listsOf(reg: Registry, rules: Rules): number[][] {
  reg.seal();
  const ms = reg.mentions, out: number[][] = [];
  let cur: number[] = [];
  const joins = (a: number, b: number) => {
    const gap = reg.text.slice(ms[a]!.e, ms[b]!.s);
    if (gap.length > 8) return false;
    const g = gap.trim().replace(/^,\s*/, '').toLowerCase();
    return /^,?\s/.test(gap) && (g === '' || rules.conjunctions.has(g));
  };
  for (let i = 0; i < ms.length; i++) {
    if (cur.length && joins(cur[cur.length - 1]!, i)) { cur.push(i); continue; }
    if (cur.length >= 3 || (cur.length === 2 && hasConjunction(reg, ms[cur[0]!]!.e, ms[cur[1]!]!.s))) out.push(cur);
    cur = [i];
  }
  if (cur.length >= 3) out.push(cur);
  return out;
}

/** "A and B" (not "A, B", which may be an apposition: "Trump, Pennsylvania"). */
const hasConjunction = (reg: Registry, a: number, b: number) => /^\s+\S+\s+$/.test(reg.text.slice(a, b));

/** The type all the others agree on, or that at least two of them share and more than half (a list of clubs where the
 * tagger took one for a person and one for a place: "FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester
 * United"). Undefined: no type, or no such majority. */
function majority(others: (keyof Evidence | undefined)[]): keyof Evidence | undefined {
  const n = new Map<keyof Evidence, number>();
  for (const o of others) if (o) n.set(o, (n.get(o) ?? 0) + 1);
  for (const [k, c] of n) if ((c === others.length) || (c >= 2 && c * 2 > others.length)) return k;
  return undefined;
}

/** Evidence of its neighbours' type for each party in a list where the others agree on one type. */
export function listKinds(reg: Registry, rules: Rules) {
  const add = new Map<PartyRecord, keyof Evidence>();
  for (const list of listsOf(reg, rules)) {
    const parties = list.map((i) => reg.get(reg.mentions[i]!.party));
    const kinds = parties.map((p) => KEY[kindOf(p, rules)]);
    parties.forEach((p, i) => {
      const k = majority(kinds.filter((_, j) => j !== i));
      if (k && kinds[i] !== k) add.set(p, k);
    });
  }
  for (const [p, k] of add) p.evidence[k] += EVIDENCE.listed;
}
