// "The elder Soros" beside George Soros and his son Alexander Soros: a comparative of age before a surname that two
// people named in full share picks one of them, never the nearer by default. The text says which by the same words
// around a full name: "his son Alexander Soros" is the younger, so the elder is the other one; "his father, George
// Soros" the elder. When it says nothing, the mention is left to no one (ageOf → -1).

import type { Rules } from '../../rules/languages';
import type { Mention, PartyRecord, Registry } from './registry';

/** How far before a name its kin word or comparative may stand ("his son ", "The elder "). */
const REACH = 24;

/** 'elder' or 'younger' when one of the language's words for it ends text[·, at) (an article or a comma between). */
function ageBefore(text: string, at: number, rules: Rules): 'elder' | 'younger' | null {
  const words = text.slice(Math.max(0, at - REACH), at).toLowerCase().replace(/[,\s]+$/, '').split(/[^\p{L}]+/u);
  const last = words[words.length - 1] ?? '';
  return rules.elderWords.has(last) ? 'elder' : rules.youngerWords.has(last) ? 'younger' : null;
}

/**
 * For a surname's mention `m` after a comparative of age: the index in `candidates` of the one it names, -1 when the
 * text does not say which, undefined when `m` has no such comparative before it (the usual choice stands).
 */
export function ageOf(reg: Registry, rules: Rules, m: Mention, candidates: readonly PartyRecord[]): number | undefined {
  if (candidates.length !== 2 || !rules.elderWords.size) return undefined;
  const age = ageBefore(reg.text, m.s, rules);
  if (!age) return undefined;
  const said = candidates.map((f) => f.mentions.map((x) => ageBefore(reg.text, x.s, rules)).find((a) => a !== null) ?? null);
  const same = said.findIndex((a) => a === age), other = said.findIndex((a) => a !== null && a !== age);
  if (same >= 0 && other < 0) return same;
  if (other >= 0 && same < 0) return 1 - other;
  return -1;
}
