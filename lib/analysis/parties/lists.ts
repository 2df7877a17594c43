// Names listed together are of one type: in "Michigan, Pennsylvania and Wisconsin" a name the tagger took for a
// person among places is a place, in "Google, Meta and Apple" an organisation among organisations.

import type { Rules } from '../../rules/languages';
import type { Evidence, PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';
import { EVIDENCE, PARTY_FILTER } from '../weights';
import type { Word } from './words';

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

/** The word after `w` across a list's joint (", " or " and "): the next item's first word, past a determiner. */
function across(words: readonly Word[], i: number, step: 1 | -1, text: string, rules: Rules): { w: Word; conj: boolean } | null {
  const a = words[i], b = words[i + step];
  if (!a || !b) return null;
  const gap = step > 0 ? text.slice(a.e, b.s) : text.slice(b.e, a.s);
  if (/^\s*,\s*$/.test(gap)) {
    const c = words[i + 2 * step];
    return rules.determiners.has(b.l) && step > 0 && c ? { w: c, conj: false } : { w: b, conj: false };
  }
  if (!/^\s+$/.test(gap) || !rules.conjunctions.has(b.l) || b.cap) return null;
  let c = words[i + 2 * step];
  if (c && step > 0 && rules.determiners.has(c.l)) c = words[i + 3 * step];
  return c && /^\s+$/.test(step > 0 ? text.slice(b.e, c.s) : text.slice(c.e, b.s)) ? { w: c, conj: true } : null;
}

/**
 * "Miete, Kita, Unterhalt", "hospitals and ICUs", "Eisen und Nickel": one word the tagger took, unsure, for a name
 * once, with nothing else to say so, listed beside an item that is no name is an item of a list of things. (A list
 * must be one: a conjunction beside it, or commas on both sides; "Birmingham, Alabama" alone is no list.)
 */
export function markListedNouns(reg: Registry, words: readonly Word[], rules: Rules) {
  reg.seal();
  // (a name's mention over the word: "Northern" of "Northern Ireland")
  const covered = (w: Word) => reg.within(w.s - 100, w.e + 100).some((m) => m.s < w.e && m.e > w.s);
  const byStart = new Map(words.map((w) => [w.s, w.i]));
  // a lower-case word, or where every noun is capitalised a capitalised one no name covers (elsewhere a capital
  // mid-sentence is a name's, one the tagger missed: "Pepsi, Coca-Cola")
  const thing = (w: Word) => !rules.functionWords.has(w.l) && (!w.cap || (rules.nounsCapitalised && !w.acr && !covered(w)));
  for (const p of reg.live()) {
    const m = p.mentions[0];
    if (p.parts.length !== 1 || p.mentions.length !== 1 || m!.source !== 'tagger' || p.kind === 'country' || p.offStory) continue;
    const ev = p.evidence, v = p.votes;
    if (ev.person + ev.org + ev.place + ev.country + ev.group > 0 || Math.max(v.PER, v.ORG, v.LOC) / Math.max(1, v.n) >= PARTY_FILTER.listedNoun) continue;
    const i = byStart.get(m!.s);
    if (i === undefined || words[i]!.e !== m!.e) continue;
    const next = across(words, i, 1, reg.text, rules), prev = across(words, i, -1, reg.text, rules);
    // the list's side: the one a conjunction joins ("Durban, spoke" ends a list), or, between commas, both ("In
    // the meantime, Pepsi, Coca-Cola" opens a list after an adverb)
    const byConj = [next, prev].filter((x) => x?.conj);
    if (byConj.length ? byConj.some((x) => thing(x!.w)) : !!next && !!prev && thing(next.w) && thing(prev.w)) p.offStory = 'noun';
  }
}
