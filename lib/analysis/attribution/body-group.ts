// "“…,” Acme Freight drivers said", "dijeron los pilotos de Aerolíneas Acme": a plural of people (a group word, or the
// plural of a role) naming the body's people is an unnamed group of them. Their words are not the body's own: only a
// spokesperson speaks for it, and the story has not said which of them spoke.

import { roleOf } from '../parties/lexicon';
import type { Rules } from '../../rules/languages';

const GENITIVE = /^(?:of|for|de|du|des|del|della|di|der|von|do|da)$/;

/** The mention's head noun: the last word before any genitive ("los pilotos de …"), or its last word. */
function headNoun(words: string[]): string {
  const end = words.findIndex((w, i) => i > 0 && GENITIVE.test(w));
  return (end < 0 ? words : words.slice(0, end)).at(-1) ?? '';
}

/** A plural of a role by the endings plural nouns take in the languages with word lists ("drivers", "pilotos"). */
function pluralRole(w: string, rules: Rules): boolean {
  const one = [w.endsWith('s') ? w.slice(0, -1) : '', w.endsWith('ies') ? `${w.slice(0, -3)}y` : '', w.endsWith('es') ? w.slice(0, -2) : ''];
  return one.some((x) => x.length > 2 && !!roleOf(x, rules));
}

/** The mention names a group of a body's people, not one who speaks for it (a noun the body's name ends in, "the
 * Metropolitan Police", is the body itself: the head must be written in lower case). */
export function groupOfBody(mt: string, rules: Rules): boolean {
  const raw = headNoun(mt.trim().split(/[\s’']+/));
  const words = mt.trim().toLowerCase().split(/[\s’']+/), head = raw.toLowerCase();
  if (!/^\p{Ll}/u.test(raw) || words.some((w) => rules.spokes.has(w))) return false;
  return (rules.groups.has(head) && !rules.indefinites.has(words[0] ?? '')) || pluralRole(head, rules);
}
