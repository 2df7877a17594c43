// Names a title follows, a space between: Korean writes "김민수 과장은", "오세훈 서울시장" (the name, then the title,
// then its particle; or a word of address: "이하늘 형님"). No capital marks a Korean name and no model of ours reads the language, so the structure does:
// a word of three syllables that opens with a family name (rules.surnames, a closed set), right before a title of the
// language (rules.roles, alone or ending a compound with its place: 서울시장 is Seoul's mayor). The title goes to the
// description; the name is counted wherever the text writes it again.

import type { Rules } from '../../rules/languages';
import { countryOrCapital, type Gazetteer } from './countries';
import type { Registry } from './registry';
import { EVIDENCE } from '../weights';
import { HANGUL } from '../../chars';

/** A Hangul word, a space, and the Hangul word after it (looked ahead at, so it may open the next pair). */
const PAIR = /(?<![\uAC00-\uD7A3])([\uAC00-\uD7A3]{3,4}) (?=([\uAC00-\uD7A3]{1,10}))/g;

/** `word` without the particle written onto it ("과장은" → "과장"). */
export function bare(word: string, rules: Rules): string {
  const p = rules.caseParticles.find((x) => word.length > x.length && word.endsWith(x));
  return p ? word.slice(0, -p.length) : word;
}

/** The title `word` is (a role, or a compound ending in one: 서울시장), or null. */
function titleOf(word: string, rules: Rules): string | null {
  for (const w of [word, bare(word, rules)]) {
    if (rules.roles.has(w) || rules.honorifics.has(w) || [...rules.roles].some((r) => r.length >= 2 && w.length > r.length && w.endsWith(r))) return w;
  }
  return null;
}

/** A person's name: a family name (one syllable, or two where the name has four) and a given name of two. */
export function isName(w: string, rules: Rules, gaz: Gazetteer): boolean {
  const family = w.length === 4 ? w.slice(0, 2) : w[0]!;
  if (!rules.surnames.has(family) || rules.roles.has(w) || countryOrCapital(gaz, w)) return false;
  // (a word with a particle on it, or ending in a body's or a place's head, is no name: 정부의, 서울시, 이사회)
  return bare(w, rules) === w && ![...rules.orgHeads, ...rules.placeHeads].some((h) => w.endsWith(h));
}

/** Add the names written before a title; the spans taken, so no other finder splits them. */
export function addTitledNames(reg: Registry, rules: Rules, gaz: Gazetteer): { s: number; e: number }[] {
  if (!rules.surnames.size) return [];
  const { text } = reg, taken: { s: number; e: number }[] = [];
  const found = new Map<string, string>();
  for (const m of text.matchAll(PAIR)) {
    const title = titleOf(m[2]!, rules);
    // (a spokesman's title follows a body's name as often, "고위급 관계자": there the text must name the person again)
    if (!title || (rules.spokes.has(bare(title, rules)) && text.split(m[1]!).length < 3)) continue;
    if (isName(m[1]!, rules, gaz) && !found.has(m[1]!)) found.set(m[1]!, title);
  }
  for (const [name, title] of found) {
    const p = reg.add(name, 'person');
    p.evidence.person = Math.max(p.evidence.person, EVIDENCE.title);
    if (!rules.honorifics.has(bare(title, rules))) p.description ??= title;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const after = text.slice(i + name.length).match(/^[\uAC00-\uD7A3]*/)![0];
      if (HANGUL.test(text[i - 1] ?? '') || (after && bare(name + after, rules) !== name)) continue;
      reg.mention(p, i, i + name.length, 'structure');
      taken.push({ s: i, e: i + name.length });
    }
  }
  return taken;
}
