// Korean names no title follows: a story's side named a dozen times with its particles ("류화영은", "류화영의",
// "류화영이") and never with a role. No capital marks a Korean name and no model of ours reads the language, so the
// structure does, as in titled-after.ts: a word of a family name and a given name of two syllables, repeated as a word
// of its own with several different case particles written onto it (a noun takes them too, so two more tests): its
// stem without the last syllable is no word of the text ("사안" of "사안들" is, a family name and one syllable of
// a given name never are), and no other Hangul is written onto it.

import type { Rules } from '../../rules/languages';
import type { Gazetteer } from './countries';
import type { Registry } from './registry';
import { HANGUL } from '../../chars';
import { REPEATED_NAME } from '../weights';
import { bare, isName } from './titled-after';

/** A Hangul word with the text's offsets. */
const WORD = /[\uAC00-\uD7A3]+/g;

/** The particle each whole-word use of `stem` carries ('' bare), or null when another ending is written onto it. */
function particlesOf(stem: string, words: readonly string[], rules: Rules): string[] | null {
  const out: string[] = [];
  for (const w of words) {
    if (!w.startsWith(stem)) continue;
    const rest = w.slice(stem.length);
    if (rest && !rules.caseParticles.includes(rest)) return null;
    out.push(rest);
  }
  return out;
}

/** Names repeated with several particles and no title, added as persons; the spans taken. */
export function addParticledNames(reg: Registry, rules: Rules, gaz: Gazetteer): { s: number; e: number }[] {
  if (!rules.surnames.size || !rules.caseParticles.length) return [];
  const { text } = reg;
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  const stems = new Set(words.map((w) => bare(w, rules)));
  const taken: { s: number; e: number }[] = [];
  for (const name of [...stems].filter((w) => (w.length === 3 || w.length === 4) && isName(w, rules, gaz))) {
    const uses = particlesOf(name, words, rules);
    if (!uses || uses.length < REPEATED_NAME.mentions || new Set(uses.filter(Boolean)).size < 2) continue;
    if (stems.has(name.slice(0, -1)) || reg.find(name)) continue;
    const p = reg.add(name, 'person');
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (HANGUL.test(text[i - 1] ?? '')) continue;
      reg.mention(p, i, i + name.length, 'structure');
      taken.push({ s: i, e: i + name.length });
    }
  }
  return taken;
}
