// "des Wiener Zentrums für Migrationspolitik": a body's name whose head is in the genitive, governed by the article
// before it, goes by its base form ("Zentrum für Migrationspolitik"), as a reader names the body. The evidence is the
// structure, in a language with case endings (rules.nameEndings): every mention's first word carries an ending, a
// lower-case link follows it ("für", "der"), and an article in the genitive stands right before it or one word
// earlier (its own ending says so: "des", "eines"; an adjective may stand between). genitive-base.ts reads names
// written with the ending at their end; this one reads the head that opens a longer name.

import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';

/** The stem of `w` without the longest of the endings that leaves at least three letters ("Hauses" → "Haus",
 * "Zentrums" → "Zentrum"), or null. */
function stemOf(w: string, endings: readonly string[]): string | null {
  const x = [...endings].sort((a, b) => b.length - a.length).find((e) => w.length >= e.length + 3 && w.endsWith(e));
  return x ? w.slice(0, -x.length) : null;
}

/** The mention's first word is governed by an article of the case: a determiner with the language's longest case
 * ending ("des", "eines"; "das" ends in an "s" of no case), right before it or one word earlier. */
function governed(text: string, s: number, rules: Rules): boolean {
  const ending = [...rules.nameEndings].sort((a, b) => b.length - a.length)[0]!;
  const before = text.slice(Math.max(0, s - 40), s).split(/\s+/).filter(Boolean).slice(-2);
  return before.some((w) => rules.determiners.has(w.toLowerCase()) && w.toLowerCase().endsWith(ending));
}

/** The base form of p's name when its head is in the genitive at every mention, or null. */
function baseForm(reg: Registry, p: PartyRecord, rules: Rules): string | null {
  const words = p.name.split(' ');
  // (a person's name is no body's: "des Hans von Berg")
  if (words.length < 3 || !/^\p{Lu}/u.test(words[0]!) || !/^\p{Ll}/u.test(words[1]!) || kindOf(p, rules) === 'person') return null;
  const stem = stemOf(words[0]!, rules.nameEndings);
  // (the mentions that write the name whole; a short form, "Migrationspolitik", says nothing of its case)
  const whole = p.mentions.filter((m) => reg.text.startsWith(words[0]! + ' ', m.s));
  if (!stem || !whole.length) return null;
  return whole.every((m) => governed(reg.text, m.s, rules)) ? [stem, ...words.slice(1)].join(' ') : null;
}

/** Bodies named with a genitive head renamed to their base form (merged into the party already so named). */
export function genitiveHeads(reg: Registry, rules: Rules) {
  if (!rules.nounsCapitalised || !rules.nameEndings.length) return;
  for (const p of reg.live()) {
    const base = baseForm(reg, p, rules);
    if (!base) continue;
    const q = reg.find(base);
    if (q && q !== p) reg.merge(p, q);
    else { reg.rename(p, base); p.aliases.delete(base); }
  }
}

/** `form` writes `name` with a case ending on its first word alone ("zentrums für migrationspolitik" of "zentrum für
 * migrationspolitik"; both normalised): the name shown stays the base form. */
export function writesHeadWithEnding(form: string, name: string, endings: readonly string[]): boolean {
  const f = form.split(' '), n = name.split(' ');
  return f.length === n.length && f.length >= 2 && f.slice(1).join(' ') === n.slice(1).join(' ') && endings.some((x) => f[0] === n[0] + x);
}
