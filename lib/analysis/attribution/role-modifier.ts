// "der Übergangstrainer" after "Trainer Boris Schommers musste gehen" and "Übergangscoach Uwe Schubert": a role
// phrase that qualifies its role ("Übergangs-", "the interim coach", "the former minister") stands for the person
// the text gave that qualified role, not for the one named nearer with the bare role (the coach who was sacked).
// Structure, not a word list: the qualifier the mention repeats from a holder's own role words or description.

import { roleOf } from '../parties/lexicon';
import type { PartyRecord } from '../parties';
import type { Rules } from '../../rules/languages';
import { insideQuote, type Doc } from './site';

/** Letters of a qualifier compared: "Interims-" meets "interim", "Übergangs-" meets "Übergangscoach". */
const STEM = 6;
/** A compound's modifier shorter than this is too often a plain prefix ("Ex-", "Co-", "Vize"). */
const MIN_MODIFIER = 5;

export interface RoleModifier {
  /** The qualifying words, whole ("übergangs", "interim"). */
  words: string[];
  /** The modifier is a compound's first part ("Übergangs|trainer"). */
  compound: boolean;
  /** It says the role is held for the time being or newly (rules.actingRoles): any holder so described holds it now,
   * whatever synonym of the role the text gave him ("Übergangscoach" for "der Übergangstrainer"). */
  acting: boolean;
}

/**
 * The qualifiers of the role word words[at] (lower case; role: its head): the first part of a closed compound
 * ("übergangs" of "übergangstrainer"), or the lower-case words between the article and the role noun ("the interim
 * coach"). Null when it has none.
 */
export function roleModifier(words: readonly string[], at: number, role: string, rules: Rules): RoleModifier | null {
  const word = words[at] ?? '';
  const head = word.length - role.length;
  if (word !== role && word.endsWith(role) && !word.includes('-') && head >= MIN_MODIFIER) {
    const first = word.slice(0, head);
    return { words: [first], compound: true, acting: isActing(first, rules) };
  }
  const from = rules.determiners.has(words[0] ?? '') ? 1 : 0;
  const own = words.slice(from, at).filter((w) => w.length >= MIN_MODIFIER - 2 && /^\p{Ll}+$/u.test(w) && !ofNoUse(w, rules));
  return own.length ? { words: own, compound: false, acting: own.some((w) => isActing(w, rules)) } : null;
}

/** A word (or a compound's first part, "Interims-") that says the role is held for the time being or newly. */
function isActing(w: string, rules: Rules): boolean {
  return rules.actingRoles.has(w) || (w.endsWith('s') && rules.actingRoles.has(w.slice(0, -1)));
}

/** Words that say nothing of which holder: function words, possessives, other roles. */
function ofNoUse(w: string, rules: Rules): boolean {
  return rules.functionWords.has(w) || rules.possessives.has(w) || rules.determiners.has(w) || !!roleOf(w, rules);
}

/**
 * The person was given the qualified role: one of its role words carries the compound's modifier over the same
 * role ("Übergangstrainer"), or any acting modifier over the same role or a synonym of it (rules.roleSynonyms:
 * "Übergangscoach", "Interimscoach" for "der Übergangstrainer"; not "Interimschef", the acting holder of another role);
 * for a modifier in words of its own ("the interim coach"), its description or the title run before one of its
 * mentions has it, and it holds the same role ("Interim coach Bob Jones").
 */
export function givenModifier(doc: Doc, p: PartyRecord, mod: RoleModifier, role: string, holdsRole: boolean): boolean {
  const { rules } = doc;
  const stems = mod.words.map((w) => w.slice(0, STEM));
  const has = (w: string) => stems.some((s) => w.startsWith(s));
  if (mod.compound) return [...p.roleWords].some((w) => (has(w) && w.endsWith(role)) || (mod.acting && actingCompound(w, role, rules)));
  const fits = (w: string) => has(w) || (mod.acting && isActing(w, rules));
  return holdsRole && ((p.description ?? '').toLowerCase().split(/[\s-]+/).some(fits) || p.mentions.some((m) => titleWords(doc, m.s).some(fits)));
}

/** The lower-case words of the title run right before a name, back to a punctuation mark, lower-cased; a capitalised
 * word only when a lower-case one follows it ("Interim coach"), not inside a proper name ("New York Mayor"). */
function titleWords(doc: Doc, at: number): string[] {
  if (insideQuote(doc, at)) return [];
  const back = doc.text.slice(Math.max(0, at - TITLE_REACH), at), cut = Math.max(-1, ...[...'.,;:!?“”"«»()'].map((c) => back.lastIndexOf(c)));
  const run = back.slice(cut + 1).split(/\s+/).filter(Boolean).slice(-TITLE_WORDS);
  const lower = (w: string | undefined) => !!w && w === w.toLowerCase();
  return run.filter((w, i) => lower(w) || lower(run[i + 1])).map((w) => w.toLowerCase());
}
/** How far before a name its title run is read: characters, and words at most. */
const TITLE_REACH = 40, TITLE_WORDS = 3;

/** A role word whose first part is an acting one and whose head is the role or a synonym of it ("übergangscoach",
 * "interimstrainer" for "trainer"). */
function actingCompound(w: string, role: string, rules: Rules): boolean {
  for (let k = MIN_MODIFIER; k <= w.length - 4; k++) {
    const head = isActing(w.slice(0, k), rules) ? roleOf(w.slice(k), rules) : null;
    if (head) return sameRole(head, role, rules);
  }
  return false;
}

/** Two role nouns for one role: the same noun, or nouns of one group of rules.roleSynonyms. */
function sameRole(a: string, b: string, rules: Rules): boolean {
  const g = rules.roleSynonyms.get(a);
  return a === b || (g !== undefined && g === rules.roleSynonyms.get(b));
}
