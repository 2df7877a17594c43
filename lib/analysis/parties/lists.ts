// Names listed together are of one type: in "Michigan, Pennsylvania and Wisconsin" a name the tagger took for a
// person among places is a place, in "Google, Meta and Apple" an organisation among organisations. A town's region
// after it ("Pocatello, Idaho.") is a place too.

import type { Rules } from '../../rules/languages';
import type { Evidence, PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';
import { EVIDENCE } from '../weights';
import { shapeOnlyKind } from './shape-only';
import { escapeRegExp } from '../../chars';
import { isOrgNoun } from './lexicon';
import { withoutNamesBefore } from './list-scan';

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
 * United"), with how many agree. Undefined: no type, or no such majority. */
function majority(others: (keyof Evidence | undefined)[]): { k: keyof Evidence; n: number } | undefined {
  const n = new Map<keyof Evidence, number>();
  for (const o of others) if (o) n.set(o, (n.get(o) ?? 0) + 1);
  for (const [k, c] of n) if ((c === others.length) || (c >= 2 && c * 2 > others.length)) return { k, n: c };
  return undefined;
}

/** A "person" of things' words with nothing but its capitals for a person ("Cup, Xfinity e Truck Series",
 * shape-only.ts): no type to lend its list's other names (a wrong guess would spread). */
const shapedOnly = (p: PartyRecord, reg: Registry, rules: Rules) => kindOf(p, rules) === 'person' && shapeOnlyKind(p, 0, reg.text, rules, reg.uses) !== undefined;

/** Evidence of its neighbours' type for each party in a list where the others agree on one type, once a party (a
 * list in a standfirst and again in the body is one); its weight grows with the neighbours that agree (two, the
 * usual "A, B and C", give it once; three clubs around "Inter Milan" one and a half times). */
export function listKinds(reg: Registry, rules: Rules) {
  const add = new Map<PartyRecord, { k: keyof Evidence; w: number }>();
  for (const list of listsOf(reg, rules)) {
    const parties = list.map((i) => reg.get(reg.mentions[i]!.party));
    const kinds = parties.map((p) => KEY[kindOf(p, rules)]);
    const lent = parties.map((p, i) => (shapedOnly(p, reg, rules) ? undefined : kinds[i]));
    parties.forEach((p, i) => {
      const m = majority(lent.filter((_, j) => j !== i));
      const w = m ? EVIDENCE.listed * Math.max(1, m.n / 2) : 0;
      if (m && kinds[i] !== m.k && w > (add.get(p)?.w ?? 0)) add.set(p, { k: m.k, w });
    });
  }
  for (const [p, { k, w }] of add) p.evidence[k] += w;
  listedAfterLocative(reg, rules);
}

/** "from Kisoro, Mbarara and Lira": a preposition of place before a list governs each name in it, not the first alone
 * (which had the evidence when classified: add-name.ts). Only a list a conjunction closes, up to the name after it
 * ("in Ottawa and Halifax, Cowley broke in": the list ends at "Halifax"; "from Bentheim, Germany, Langejans was
 * born" is no list), and no word that is an article too (Portuguese "a"). */
function listedAfterLocative(reg: Registry, rules: Rules) {
  const add = new Set<PartyRecord>();
  for (const list of listsOf(reg, rules)) {
    const first = reg.mentions[list[0]!]!;
    const before = /(\p{L}+)\s+$/u.exec(reg.text.slice(Math.max(0, first.s - 24), first.s))?.[1]?.toLowerCase();
    if (!before || !rules.locatives.has(before) || rules.determiners.has(before)) continue;
    const closed = list.findIndex((i, k) => k > 0 && hasConjunction(reg, reg.mentions[list[k - 1]!]!.e, reg.mentions[i]!.s));
    if (closed < 0) continue;
    for (const i of list.slice(1, closed + 1)) add.add(reg.get(reg.mentions[i]!.party));
  }
  for (const p of add) p.evidence.place += EVIDENCE.locative;
}

/**
 * "their hometown of Pocatello, Idaho.", "in San Diego, Calif., on May 18": one word after a place and a comma, that
 * ends the phrase (a punctuation mark follows), is the region the place lies in, not someone ("Trump, Pennsylvania"
 * opens with a person; "Kyiv, Odesa and Lviv" goes on: a list, above).
 */
export function placeRegions(reg: Registry, rules: Rules) {
  reg.seal();
  const ms = reg.mentions, text = reg.text;
  const add = new Set<PartyRecord>();
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1]!, b = ms[i]!;
    if (text.slice(a.e, b.s) !== ', ' || /\s/.test(text.slice(b.s, b.e)) || !/^(?:[.,;:)!?]|$)/.test(text.slice(b.e, b.e + 1))) continue;
    // (not inside a list of names: "Chime, Varo, SoFi, Current")
    if (text.slice(Math.max(0, a.s - 2), a.s) === ', ' || (ms[i + 1] && ms[i + 1]!.s === b.e + 2 && text.slice(b.e, b.e + 2) === ', ')) continue;
    const p = reg.get(a.party), q = reg.get(b.party);
    if (p !== q && kindOf(p, rules) === 'place' && kindOf(q, rules) !== 'country') add.add(q);
  }
  for (const q of add) q.evidence.place += EVIDENCE.listed;
}

/** A common noun for a body, in the plural too ("Billigshops", "Plattformen", "retailers"; "Firmen" of "Firma",
 * "aziende" of "azienda"). */
const bodyNoun = (w: string, rules: Rules) => [w, w.replace(/(?:en|e|n|s)$/, ''), w.replace(/(?:en|e)$/, 'a')].some((x) => x.length > 2 && isOrgNoun(x, rules));

interface Examples { alt: string; tail: RegExp; re?: RegExp }
const EXAMPLES = new Map<string, Examples | null>();
/** "companies such as ", "Billigshops wie ": the language's words that open a noun's examples, as patterns. */
function examplesOf(rules: Rules): Examples | null {
  if (!EXAMPLES.has(rules.lang)) {
    const alt = rules.examples.map((x) => escapeRegExp(x).replace(/ /g, '\\s+')).join('|');
    EXAMPLES.set(rules.lang, alt ? { alt, tail: new RegExp(`\\s(?:${alt})\\s+$`, 'iu') } : null);
  }
  return EXAMPLES.get(rules.lang)!;
}

/** A noun, then the words that open its examples, at the end of `s`. `tail` (the words alone) is what the whole
 * pattern needs, and far cheaper to compile and run than its \p{L} under /iu: the whole pattern is made and run only
 * where `tail` matches. */
function examplesAt(ex: Examples, s: string): RegExpExecArray | null {
  if (!ex.tail.test(s)) return null;
  ex.re ??= new RegExp(`(\\p{L}[\\p{L}-]*),?\\s+(?:${ex.alt})\\s+$`, 'iu');
  return ex.re.exec(s);
}

/**
 * "companies such as Petronas, Proton, and others", "Billigshops wie Temu, Aliexpress und Wish": names given as
 * examples of a noun for a body are bodies, each of the list that follows (from the first the text holds as a
 * party: "Firmen wie Evernote, Dropbox oder Google" where "Evernote" is none).
 */
export function exampleKinds(reg: Registry, rules: Rules) {
  const ex = examplesOf(rules);
  if (!ex) return;
  reg.seal();
  const ms = reg.mentions, text = reg.text, add = new Set<PartyRecord>();
  for (let i = 0; i < ms.length; i++) {
    const before = text.slice(Math.max(0, ms[i]!.s - 60), ms[i]!.s);
    // (the examples' first names may stand between: "Firmen wie Evernote, Dropbox oder Google")
    const bare = withoutNamesBefore(before);
    const m = examplesAt(ex, before) ?? (bare === before ? null : examplesAt(ex, bare));
    if (!m || !bodyNoun(m[1]!.toLowerCase(), rules)) continue;
    add.add(reg.get(ms[i]!.party));
    for (let j = i + 1; j < ms.length; j++) {
      const gap = text.slice(ms[j - 1]!.e, ms[j]!.s).trim().replace(/^,\s*/, '').toLowerCase();
      if (!(gap === '' || rules.conjunctions.has(gap)) || !/^,?\s/.test(text.slice(ms[j - 1]!.e, ms[j]!.s))) break;
      add.add(reg.get(ms[j]!.party));
    }
  }
  for (const p of add) p.evidence.org += EVIDENCE.orgNounBefore;
}
