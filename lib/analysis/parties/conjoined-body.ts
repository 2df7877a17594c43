// "Philippine Bureau of Fisheries" + "and" + "Aquatic Resources": a body's name whose portfolio lists two fields
// (a head, a particle, then fields joined by a conjunction) that the tagger cut at the conjunction is one name.

import type { Rules } from '../../rules/languages';
import type { Candidate } from './classify';
import type { Word } from './words';
import { gazetteer } from './countries';
import { isOrgHead } from './lexicon';
import { norm } from './registry';
import { wordsAt } from '../text/props';

/** The body's span ends in its portfolio: an organisation's head, later a lower-case particle, then capitalised words
 * to the end ("Bureau of Fisheries", "Ministerium für Arbeit"). */
function endsInPortfolio(ws: readonly Word[], rules: Rules): boolean {
  const head = ws.findIndex((w) => w.cap && isOrgHead(w.t, rules));
  if (head < 0) return false;
  let p = ws.length - 1;
  while (p > head && ws[p]!.cap) p--;
  return p > head && p < ws.length - 1 && !ws[p]!.cap && rules.nameParticles.has(ws[p]!.l) && !rules.conjunctions.has(ws[p]!.l);
}

/** How often `name` is written in the text as words of their own. */
const uses = (text: string, name: string) => wordsAt(text, name, false).length;

/**
 * `c` is the second field of `prev`'s portfolio: one lower-case conjunction alone between them, `prev` a body's span
 * ending in its portfolio, `c` a body's span of capitalised words opening with no head (a second body would name
 * itself: "Ministry of Health and Ministry of Justice"), no country or capital, that the text never names apart
 * (a body of its own, "the Bank of England and Barclays", is named again: "Barclays said").
 */
export function fieldGoesOn(prev: Candidate, c: Candidate, text: string, rules: Rules): boolean {
  if (prev.tag !== 'ORG' || c.tag !== 'ORG' || !endsInPortfolio(prev.words, rules)) return false;
  const gap = text.slice(prev.e, c.s).trim();
  if (!rules.conjunctions.has(gap) || !/^\s+\S+\s+$/.test(text.slice(prev.e, c.s))) return false;
  if (!c.words.every((w, i) => w.cap && !w.acr && (i === c.words.length - 1 || !isOrgHead(w.t, rules)))) return false;
  // (a head at its end may close a field, "Aquatic Resources", or another body's name, "Lloyds Bank": that body's
  // own word is written again, "Lloyds said")
  if (c.words.length < 2 && isOrgHead(c.words[0]!.t, rules)) return false;
  if (isOrgHead(c.words[c.words.length - 1]!.t, rules) && uses(text, c.words[0]!.t) > 1) return false;
  const gaz = gazetteer(rules.lang), name = norm(c.text);
  return !gaz.names.has(name) && !gaz.capitals.has(name) && uses(text, c.text) === 1;
}
