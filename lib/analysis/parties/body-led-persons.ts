// "muestra en la Asamblea Juan Lobato": a body's head noun right before a person's name ("the Assembly" where the
// sentence's subject Juan Lobato follows) is read by the tagger as one person, "Asamblea Juan Lobato". The person's
// own name is the evidence: its first word is a given name the name data knows, and the text names the person again
// without the head, while the whole is written only once. The head then opens no part of the person's name.

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate } from './classify';
import { isOrgHead, isTitleWord } from './lexicon';
import { knownName } from './known-names';

const count = (text: string, s: string) => { let n = 0; for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) n++; return n; };

/** The person's candidate opens with a body's head glued to a given name and surname. */
function bodyHeadFirst(c: Candidate, text: string, rules: Rules): boolean {
  const [head, given, last] = c.words;
  if (c.tag !== 'PER' || !head || !given || !last || !head.cap || !given.cap || !last.cap) return false;
  // (a title is the person's own: "Senator John Smith"; a head that is also a given name may open the name)
  if (!isOrgHead(head.t, rules) || isTitleWord(head.t, rules) || knownName(head.t, rules)) return false;
  if (!knownName(given.t, rules) || isOrgHead(given.t, rules)) return false;
  const rest = text.slice(given.s, c.e);
  return count(text, c.text) === 1 && count(text, rest) > 1;
}

/** The candidate without a body's head glued before a person's name (the candidate itself otherwise). */
export function withoutBodyHead(c: Candidate, text: string, words: readonly Word[], rules: Rules): Candidate {
  if (!bodyHeadFirst(c, text, rules)) return c;
  const ws = c.words.slice(1), s = ws[0]!.s, pi = ws[0]!.i;
  return { ...c, words: ws, s, text: text.slice(s, c.e), prevWord: pi > 0 ? words[pi - 1]!.l : '' };
}
