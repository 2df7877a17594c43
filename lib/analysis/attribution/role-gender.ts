// "la portavoz", "la porte-parole", "la presidente": where a role noun does not say the person's gender, its article
// does (per-language data: rules.articleGender); where it does ("ministra", "spokeswoman", "Kriminologin"), the noun.
// Both tell who "the spokeswoman said" is, and which named person the role before a name describes.

import { genderOf, roleOf } from '../parties/lexicon';
import type { Gender, Rules } from '../../rules/languages';
import { trimToLetters } from '../text/props';

/** The gender of a role noun with the article before it (undefined: neither says one). */
export function roleNounGender(rules: Rules, article: string | undefined, noun: string): Gender | undefined {
  const a = article && roleOf(noun, rules) ? rules.articleGender.get(article.toLowerCase()) : undefined;
  return a ?? genderOf(noun, rules);
}

/** The gender a mention's role says ("la portavoz del Gobierno": its words, lower case), or undefined. */
export function mentionGender(rules: Rules, words: readonly string[]): Gender | undefined {
  const at = words.findIndex((w) => roleOf(w, rules));
  return at < 0 ? undefined : roleNounGender(rules, words[at - 1], words[at]!);
}

/** Words of a clause before a name: the role noun and its article, right before the name ("la portavoz Ana Ruiz"),
 * or before lower-case qualifiers and a comma ("La portavoz socialista, Esther Peña"). */
export function roleBeforeName(text: string, at: number, rules: Rules): { article?: string; noun: string } | null {
  const tail = text.slice(Math.max(0, at - 80), at);
  const clause = tail.slice(Math.max(...[...'.;:!?“”"«»()'].map((c) => tail.lastIndexOf(c))) + 1);
  const apposed = /,\s*$/.test(clause);
  const ws = clause.replace(/,\s*$/, '').split(/\s+/).filter(Boolean);
  if (!ws.length || /,$/.test(ws[ws.length - 1]!)) return null;
  // (right before the name any noun may say it, "Kriminologin"; before an apposition's comma only a role noun)
  if (!apposed) return { article: ws[ws.length - 2], noun: trimToLetters(ws[ws.length - 1]!) };
  for (let k = 0; k <= QUALIFIERS && k < ws.length; k++) {
    const noun = trimToLetters(ws[ws.length - 1 - k]!);
    if (noun && roleOf(noun, rules)) return { article: ws[ws.length - 2 - k], noun };
  }
  return null;
}
/** Words after the role noun of an apposition ("portavoz socialista", "porte-parole du gouvernement"). */
const QUALIFIERS = 4;
