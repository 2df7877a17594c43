// A one-word "person" the text uses as a thing: "the Chrome browser", "your Siri setup", "a Lyft driver",
// "Siri-enabled". A person's name is rarely the modifier of a noun inside a noun phrase that an article or a
// possessive opens; a product's, an app's or a brand's is, all the time. The evidence is that structure, not a
// list of products: a name never given a title, a given name or a pronoun (person-evidence.ts) and written so is
// no person. (A surname the tagger's data knows needs more of its mentions before a noun than elsewhere: "the Smith
// family", "Indian Rafale jets … three Rafale aircraft", but "Langejans also makes banjo-guitars … a Langejans
// guitar" is the luthier and his make.)

import type { Rules } from '../../rules/languages';
import type { Mention, PartyRecord } from './registry';
import { wordBefore } from '../letters';
import { hasPersonEvidence } from './person-evidence';
import { knownName } from './known-names';

/** The lower-case word right after a mention, through one space or a hyphen ("Chrome browser", "Siri-enabled"). */
const NEXT = /^(?: |-)(\p{Ll}+)/u;

/** A lower-case word right after `e` that is no verb the language lists (an auxiliary, a verb of saying) and no
 * function word: the name before `e` modifies it ("Chrome browser"; "la Meloni ha detto" is a person). */
export function modifiesNext(text: string, e: number, rules: Rules): boolean {
  const next = NEXT.exec(text.slice(e, e + 40))?.[1];
  return !!next && !rules.functionWords.has(next) && !rules.auxiliaries.has(next) && !rules.say.includes(next) && !rules.conjunctions.has(next);
}

/** The mention is a noun's modifier inside a noun phrase: a determiner or a possessive before it. */
function modifies(m: Mention, text: string, rules: Rules): boolean {
  const before = wordBefore(text, m.s);
  return (rules.determiners.has(before) || rules.possessives.has(before)) && modifiesNext(text, m.e, rules);
}

/** A one-word party without person evidence that the text writes as a noun's modifier: a thing, no person. */
export function thingName(p: PartyRecord, quotes: number, text: string, rules: Rules): boolean {
  if (p.parts.length !== 1 || rules.nounsCapitalised) return false;
  const uses = p.mentions.filter((m) => modifies(m, text, rules)).length;
  if (!uses) return false;
  const beforeNoun = p.mentions.filter((m) => modifiesNext(text, m.e, rules)).length;
  if (knownName(p.parts[0]!, rules) && beforeNoun * 2 <= p.mentions.length) return false;
  return !hasPersonEvidence(p, quotes, text, rules);
}
