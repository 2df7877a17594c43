// "the company’s spokesman", "le porte-parole de l’entreprise", "der Sprecher des Unternehmens": a spokesperson of a
// kind of body the text names only by its common noun speaks for the body of that kind named before, never for the
// person quoted last, and the noun is no new body of its own (German capitalises every noun and inflects it).

import type { Rules } from '../../rules/languages';

/** "the company’s spokesman": a determiner, the body's noun with the possessive ending, the spokesperson noun. */
const POSSESSIVE = /^(\p{L}+)\s+(\p{L}+)['’]s?\s+(\p{L}+)$/u;

/** The noun a kind of body is written with, from its inflected form ("Unternehmens", "Ministeriums"). */
function bodyNoun(word: string, rules: Rules): string | null {
  const w = word.toLowerCase();
  for (const x of [w, w.replace(/e?s$/, '')]) if (rules.orgNouns.has(x)) return x;
  return null;
}

/** The kind of body (its noun, as the lists have it) whose spokesperson the mention names, or null. */
export function spokesBodyNoun(mt: string, rules: Rules): string | null {
  const p = POSSESSIVE.exec(mt);
  if (p) return rules.determiners.has(p[1]!.toLowerCase()) && rules.spokes.has(p[3]!.toLowerCase()) ? bodyNoun(p[2]!, rules) : null;
  // "le porte-parole de l’entreprise", "der Sprecher des Unternehmens", "the spokesman of the company": a determiner,
  // the spokesperson noun, a link, maybe an article, the body's noun
  const words = mt.split(/[\s’']+/), low = words.map((w) => w.toLowerCase());
  if (low.length < 4 || low.length > 5 || !rules.determiners.has(low[0]!) || !rules.spokes.has(low[1]!)) return null;
  if (!rules.genitives.has(low[2]!) && !rules.articleContractions.has(low[2]!)) return null;
  if (low.length === 5 && !rules.determiners.has(low[3]!) && !rules.determiners.has(`${low[3]!}’`)) return null;
  return bodyNoun(words[words.length - 1]!, rules);
}
