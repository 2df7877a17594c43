// "…, den Granit Xhaka zusammenfasste: „…“" with "Xhaka" the only name the tagger read: a speaker known by a surname
// alone is given the full name the text writes, a capitalised word right before the surname that the text uses
// nowhere else and that no list knows as anything but a name (not a role, a title, an article, a body's or a
// place's word, nor a sentence's first word; where every noun is capitalised, nor a word the text inflects as a noun).

import type { Rules } from '../../rules/languages';
import { isOrgHead, isOrgNoun, isTitleWord, roleOf } from '../parties/lexicon';
import { namesThings } from '../parties/known-names';
import { insideQuote, type Doc } from './site';
import type { Speakers, Who } from './speakers';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where a word before a name cannot be a given name: a sentence's or a quotation's start. */
const OPENS = /(?:^|[.!?:;“”„"«»‘’(]\s*|\n\s*)$/;

/** "Granit Xhaka" for the speaker "Xhaka", when the text gives that one given name and no other; else null. */
export function givenNameOf(doc: Doc, surname: string): string | null {
  const { text, rules } = doc;
  if (rules.unspaced || /\s/.test(surname) || surname.length < 3) return null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}’'-]+)[ \\u00A0]${esc(surname)}(?![\\p{L}\\p{N}])`, 'gu');
  let found: string | null = null, n = 0;
  for (const m of text.matchAll(re)) {
    if (insideQuote(doc, m.index)) continue;
    const w = m[1]!;
    if (!nameLike(w, rules) || OPENS.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (found !== null && found !== w) return null;
    found = w;
    n++;
  }
  if (found === null) return null;
  // (a word the text also writes elsewhere is a word of its own: "der Schweizer Xhaka" beside "der Schweizer Frust")
  const uses = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${esc(found)}(?![\\p{L}\\p{N}])`, 'giu'))?.length ?? 0;
  return uses === n && !(rules.nounsCapitalised && inflected(text, found, rules)) ? `${found} ${surname}` : null;
}

/** "der Soldat Andrij" beside "die Soldaten": where every noun is capitalised, a word the text also writes with a
 * noun's ending or as a compound's first part is a noun (a name takes only its genitive ending, rules.nameEndings). */
function inflected(text: string, word: string, rules: Rules): boolean {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${esc(word)}(\\p{Ll}+)`, 'gu'))) if (!rules.nameEndings.includes(m[1]!)) return true;
  return false;
}

function nameLike(w: string, rules: Rules): boolean {
  const l = w.toLowerCase();
  if (rules.functionWords.has(l) || rules.determiners.has(l) || rules.pronouns.has(l) || rules.honorifics.has(l.replace(/\.$/, ''))) return false;
  if (roleOf(w, rules) || isTitleWord(w, rules) || isOrgHead(w, rules) || isOrgNoun(w, rules) || rules.placeHeads.has(l)) return false;
  return !namesThings(w);
}

/** The name a quotation's speaker is shown by: a person known by a surname alone with the given name the text writes
 * (once per speaker: the names are kept in `seen`). */
export function shownName(doc: Doc, book: Speakers, who: Who, seen: Map<Who, string>): string {
  let name = seen.get(who);
  if (name === undefined) {
    name = book.name(who);
    if (book.kind(who) === 'person' && !/\s/.test(name)) name = givenNameOf(doc, name) ?? name;
    seen.set(who, name);
  }
  return name;
}
