// Where every noun is capitalised (German), a capitalised word after a person's name may be a common noun the
// sentence goes on with ("hatte Liat Glück": luck; "Anfang Juli Monat hat sich…"; "nimmt Guido Steinberg Bezug").
// Such a last word goes only on the text's own evidence: the word as the head of a noun phrase elsewhere ("einen
// Monat"), or a surname the same given name already has, or the name's other words written alone, while the word
// itself is never a name elsewhere.

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate } from './classify';
import { PARTY_FILTER } from '../weights';
import { isOrgHead, isTitleWord, roleOf } from './lexicon';

/** Two forms of one noun: the same, or one the other with an ending of at most two letters ("Kritikpunkte(n)"). */
const sameNoun = (a: string, b: string) => {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.length - s.length <= 2 && l.startsWith(s);
};

/** The words the text writes as the head of a noun phrase: right after an article, an article contraction or an
 * adjective, and before no capitalised word of the same sentence ("einen Monat", "die israelische Politik", "des
 * Gazastreifens"; not "der Stiftung Warentest"). Kept by word list. */
const HEADS = new WeakMap<readonly Word[], Set<Word>>();
export function nounHeads(text: string, words: readonly Word[], rules: Rules): Set<Word> {
  const known = HEADS.get(words);
  if (known) return known;
  const out = new Set<Word>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!, p = words[i - 1]!, n = words[i + 1];
    if (!w.cap || w.acr || p.stop || !w.joined || (n && n.cap && n.joined && !w.stop)) continue;
    const adjective = !p.cap && !rules.functionWords.has(p.l) && rules.adjectiveEndings.some((a) => p.l.length >= a.length + 3 && p.l.endsWith(a));
    // (an article right after a comma opens a relative clause: "…, das Harris unterstützt")
    const relative = i > 1 && /,\s*$/.test(text.slice(words[i - 2]!.e, p.s));
    if ((rules.determiners.has(p.l) && !relative) || rules.articleContractions.has(p.l) || adjective) out.add(w);
  }
  HEADS.set(words, out);
  return out;
}

/** `w` is written elsewhere as the head of a noun phrase, in one of its forms. */
export const isNounHead = (w: string, text: string, words: readonly Word[], rules: Rules) => [...nounHeads(text, words, rules)].some((h) => sameNoun(h.l, w));

/** `x` is written as a noun phrase's head at least as often as otherwise (outside the span [s, e)), or `share` times
 * as often: a common noun. A surname the text also writes after an article ("die Biden-Regierung", "braucht ihr
 * Biden") is written alone more often. */
function mostlyNoun(x: string, s: number, e: number, words: readonly Word[], heads: ReadonlySet<Word>, share = 1): boolean {
  let asHead = 0, other = 0;
  for (const w of words) {
    if ((w.s >= s && w.s < e) || !sameNoun(w.l, x)) continue;
    if (heads.has(w)) asHead++; else other++;
  }
  return asHead > 0 && asHead >= other * share;
}

const key = (c: Candidate) => c.words.map((w) => w.l).join(' ');

/** Candidates whose last word is a common noun, cut before it; one left word the text never names alone is dropped,
 * and so is the word alone where only that name made it one (a surname's run, the tagger's doubt). */
export function trimCommonNouns(cands: readonly Candidate[], text: string, words: readonly Word[], rules: Rules): Candidate[] {
  // (V8 compiles a function whole at its first call: the body, for some languages only, is compiled where it runs)
  return rules.nounsCapitalised ? trimmedCommonNouns(cands, text, words, rules) : [...cands];
}

function trimmedCommonNouns(cands: readonly Candidate[], text: string, words: readonly Word[], rules: Rules): Candidate[] {
  const heads = nounHeads(text, words, rules);
  const counts = new Map<string, number>();
  for (const c of cands) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  const alone = new Set(cands.filter((c) => c.words.length === 1).map((c) => c.words[0]!.l));
  const sure = new Set(cands.filter((c) => c.words.length === 1 && (c.confidence ?? 0) >= PARTY_FILTER.taggerConfidence).map((c) => c.words[0]!.l));
  // given name -> the last words of the full names it opens
  const givenNames = new Map<string, Set<string>>();
  for (const c of cands) {
    const ws = c.tag === 'PER' ? named(c, rules) : [];
    if (ws.length >= 2) givenNames.set(ws[0]!.l, (givenNames.get(ws[0]!.l) ?? new Set()).add(ws[ws.length - 1]!.l));
  }
  const cutOff = new Set<string>(), kept = new Set<string>();
  const out: Candidate[] = [];
  for (const c0 of cands) {
    // ("Tesla Akkus von Panasonic": a common noun inside the name ends it, the words after it go too)
    const k = innerNoun(c0, words, heads, sure, rules), c = k > 0 ? { ...c0, words: c0.words.slice(0, k + 1), e: c0.words[k]!.e, text: c0.text.slice(0, c0.words[k]!.e - c0.s) } : c0;
    const n = c.words.length;
    const x = c.words[n - 1]!;
    // "Anfang Juli Monat hat sich…": a month and a common noun
    if (n === 2 && c.tag === 'PER' && rules.notNames.has(c.words[0]!.l) && [...heads].some((h) => sameNoun(h.l, x.l))) { cutOff.add(x.l); continue; }
    // (an organisation's or a place's head word makes the name, it does not end it: "Kawasaki Racing Team(s)")
    const head = [x.t, x.t.slice(0, -1), x.t.slice(0, -2)].some((t) => isOrgHead(t, rules)) || rules.placeHeads.has(x.l);
    const particle = c.words.some((w) => rules.nameParticles.has(w.l));
    if (k <= 0 && (n < 2 || c.tag !== 'PER' || x.acr || head || particle || !c.words[n - 2]!.cap || counts.get(key(c))! > 1 || !commonNoun(c, cands, words, heads, alone, sure, rules))) {
      if (n > 1) kept.add(x.l);
      out.push(c);
      continue;
    }
    cutOff.add(x.l);
    const rest = c.words.slice(0, -1);
    // (one word left stays only as the given name of someone the text names in full: "Liat", of "Liat Atzili")
    if (rest.length === 1 && ![...givenNames.get(rest[0]!.l) ?? []].some((l) => l !== x.l)) continue;
    const e = rest[rest.length - 1]!.e;
    out.push({ ...c, words: rest, e, text: c.text.slice(0, e - c.s) });
  }
  return out.filter((c) => {
    const w = c.words.length === 1 ? c.words[0]!.l : '';
    return !w || kept.has(w) || sure.has(w) || !cutOff.has(w) || (!!c.tag && c.tag !== 'PER');
  });
}

/** A word inside a name before a particle needs to be written as a noun's head half as often as otherwise
 * ("genug Akkus", "zu Akkus" beside "den Akkus", "des Akkus"): a name's inner word is hardly ever a head at all. */
const INNER_SHARE = 0.5;

/** The index of a word inside a person's candidate, after its first name word and right before a particle, that the
 * text writes as a noun phrase's head at least half as often as otherwise, never as a sure name: a common noun the span
 * swallowed with what governs it ("nutzte Tesla Akkus von Panasonic" beside "den Akkus", "des Akkus"); -1 when there
 * is none. A title, a role, a head word or an acronym is no such noun ("Regierung des Kantons Wallis"). */
function innerNoun(c: Candidate, words: readonly Word[], heads: ReadonlySet<Word>, sure: ReadonlySet<string>, rules: Rules): number {
  if (c.tag !== 'PER' || c.words.length < 4) return -1;
  const first = c.words.indexOf(named(c, rules)[0]!);
  for (let k = first + 1; first >= 0 && k < c.words.length - 2; k++) {
    const w = c.words[k]!;
    if (!w.cap || w.acr || !rules.nameParticles.has(c.words[k + 1]!.l) || isOrgHead(w.t, rules) || rules.placeHeads.has(w.l) || sure.has(w.l) || isTitleWord(w.t, rules) || roleOf(w.l, rules)) continue;
    if (mostlyNoun(w.l, c.s, c.e, words, heads, INNER_SHARE)) return k;
  }
  return -1;
}

/** The name's words from its given name on: titles before it go ("Präsident Nicolás Maduro"). */
function named(c: Candidate, rules: Rules): Word[] {
  const from = c.words.findIndex((w) => w.s >= (c.tagStart ?? c.s) && !isTitleWord(w.t, rules) && !roleOf(w.l, rules));
  return from < 0 ? [] : c.words.slice(from);
}

/** The last word of `c` reads as a common noun, and is no name anywhere else in the text. */
function commonNoun(c: Candidate, cands: readonly Candidate[], words: readonly Word[], heads: ReadonlySet<Word>, alone: ReadonlySet<string>, sure: ReadonlySet<string>, rules: Rules): boolean {
  const ws = named(c, rules), n = ws.length;
  if (n < 2) return false;
  const x = ws[n - 1]!.l, first = ws[0]!.l;
  if (sure.has(x) || cands.some((o) => o.words.length > 1 && o.words[o.words.length - 1]!.l === x && named(o, rules)[0]?.l !== first)) return false;
  if (mostlyNoun(x, c.s, c.e, words, heads)) return true;
  // the given name, written alone elsewhere, has another surname in the text ("Liat Atzili"), and the word stands
  // elsewhere outside the name (not "Thomas Lembeck" beside "Thomas Langhoff": neither is "Thomas" alone)
  const other = n === 2 && alone.has(first) && cands.some((o) => o.tag === 'PER' && named(o, rules).length === 2 && named(o, rules)[0]!.l === first && named(o, rules)[1]!.l !== x);
  if (other && words.some((w) => (w.s < c.s || w.s >= c.e) && sameNoun(w.l, x) && words[w.i - 1]?.l !== first)) return true;
  // "Guido Steinberg Bezug": the word before it is a name the text writes alone, the word itself is written only here
  return n >= 3 && alone.has(ws[n - 2]!.l) && words.filter((w) => w.l === x).length === 1;
}
