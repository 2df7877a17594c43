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

/** Evidence of its neighbours' type for each party in a list where the others agree on one type. */
export function listKinds(reg: Registry, rules: Rules) {
  const add = new Map<PartyRecord, keyof Evidence>();
  for (const list of listsOf(reg, rules)) {
    const parties = list.map((i) => reg.get(reg.mentions[i]!.party));
    const kinds = parties.map((p) => KEY[kindOf(p, rules)]);
    parties.forEach((p, i) => {
      const others = kinds.filter((_, j) => j !== i);
      const k = others[0];
      if (k && others.every((o) => o === k) && kinds[i] !== k) add.set(p, k);
    });
  }
  for (const [p, k] of add) p.evidence[k] += EVIDENCE.listed;
}
