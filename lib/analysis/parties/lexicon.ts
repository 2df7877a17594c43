// Word verdicts the party and attribution stages share, from a language's lists: is a word a title or role
// ("Minister", "Wirtschaftssenatorin"), an organisation head ("Union", "Bundesministerium"), an honorific.

import type { Gender, Rules } from '../../rules/languages';

/** Verdicts per language, per word: a word is asked about again and again (every mention, every page). */
type Memo = Map<string, Map<string, boolean>>;
const titleMemo: Memo = new Map(), orgMemo: Memo = new Map(), orgNounMemo: Memo = new Map();
function memoised(memo: Memo, rules: Rules, word: string, f: (t: string, rules: Rules) => boolean): boolean {
  let m = memo.get(rules.lang);
  if (!m) memo.set(rules.lang, m = new Map());
  let v = m.get(word);
  if (v === undefined) {
    if (m.size > 20000) m.clear();
    m.set(word, v = f(word, rules));
  }
  return v;
}

const bare = (t: string) => t.toLowerCase().replace(/\.$/, '');

/** A title, honorific or role written before a name ("Minister", "Dr.", "AfD-Chef", "Wirtschaftssenatorin"). */
export function isTitleWord(t: string, rules: Rules): boolean {
  return memoised(titleMemo, rules, t, titleWord);
}

function titleWord(t: string, rules: Rules): boolean {
  const l = t.toLowerCase();
  // (a noun for a body is none, whatever it ends in: "Marktführer Amazon")
  if (rules.orgNouns.has(l)) return false;
  if (rules.roles.has(l) || rules.honorifics.has(l) || rules.honorifics.has(bare(t)) || rules.roles.has(bare(t))) return true;
  const last = l.split('-').pop() ?? l;
  if (l.includes('-') && (rules.roles.has(last) || rules.honorifics.has(last))) return true;
  return roleSuffix(l, last, rules) !== null;
}

/** The role suffix a compound ends in: "Wirtschaftssenatorin" (a word before it), or after a hyphen the suffix alone,
 * "Zahlungsverkehr-Spezialistin" (the hyphen joins the word before it). */
function roleSuffix(l: string, last: string, rules: Rules): string | null {
  const hyphened = l.includes('-');
  return rules.roleSuffixes.find((suf) => last.endsWith(suf) && (last.length > suf.length + 2 || (hyphened && last === suf))) ?? null;
}

/** A role noun a later mention may use ("the minister"): the word itself or its compound's last part. */
export function roleOf(word: string, rules: Rules): string | null {
  const l = word.toLowerCase();
  if (rules.roles.has(l)) return l;
  const last = l.split('-').pop() ?? l;
  if (rules.roles.has(last)) return last;
  return roleSuffix(l, last, rules);
}

/** The gender a role or honorific says ("spokeswoman", "Mrs", "Ministerin"), or undefined. */
export function genderOf(word: string, rules: Rules): Gender | undefined {
  const l = bare(word);
  const h = rules.honorifics.get(l) ?? rules.honorifics.get(word.toLowerCase());
  if (h) return h;
  const role = roleOf(l, rules);
  return role ? rules.roleGender.get(role) : undefined;
}

/** A head word that makes a name an organisation ("Union", "Ministerium" in a German compound). */
export function isOrgHead(t: string, rules: Rules): boolean {
  return memoised(orgMemo, rules, t, orgHead);
}

function orgHead(t: string, rules: Rules): boolean {
  const l = t.toLowerCase();
  if (rules.orgHeads.has(l)) return true;
  if (!rules.orgSuffixes.length) return false;
  const g = l.endsWith('s') ? l.slice(0, -1) : l;
  return rules.orgSuffixes.some((suf) => (l.endsWith(suf) || g.endsWith(suf)) && l.length > suf.length);
}

/**
 * A common noun for an organisation ("the carmaker", "die Firma"), in the plural ("rights groups"), as a hyphened
 * compound's last part ("vehicle-maker") or, where the language writes compounds as one word (it lists organisation
 * suffixes: German), as a compound's last part ("Rüstungsunternehmen", "Chemiekonzern").
 */
export function isOrgNoun(t: string, rules: Rules): boolean {
  return memoised(orgNounMemo, rules, t, orgNoun);
}

function orgNoun(t: string, rules: Rules): boolean {
  const l = t.toLowerCase(), last = l.split('-').pop() ?? l;
  const one = (w: string) => rules.orgNouns.has(w) || (w.endsWith('ies') && rules.orgNouns.has(w.slice(0, -3) + 'y')) || (w.endsWith('s') && rules.orgNouns.has(w.slice(0, -1)));
  if (one(l) || (l.includes('-') && one(last))) return true;
  if (!rules.orgSuffixes.length) return false;
  // (not a place's: "Hauptstadt", "Eisenhüttenstadt" end in "Stadt", the town, not its administration)
  for (const n of rules.orgNouns) if (n.length >= 5 && l.length >= n.length + 3 && l.endsWith(n) && !rules.placeHeads.has(n)) return true;
  return false;
}

/** The name is made only of common nouns for a person ("女性看護師" = 女性 + 看護師): a description, no name. */
export function describedOnly(name: string, rules: Rules): boolean {
  let rest = name.trim();
  if (!rest || !rules.personNouns.length) return false;
  while (rest) {
    const w = rules.personNouns.find((n) => rest.startsWith(n));
    if (!w) return false;
    rest = rest.slice(w.length);
  }
  return true;
}
