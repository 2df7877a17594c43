// "La revancha de Verstappen frente a Russell …" over "El tetracampeón eligió … contra Russell. … él contestó": a
// sentence about somebody the text only describes is about the person the story is about, whom its headline names
// first. Only that far: a description the text never names is nobody else it names.

import type { Gender } from '../../rules/languages';
import type { Resolver } from './resolve';
import type { Who } from './speakers';

/** The first person the headline names who is named in the text too (of the gender asked, when known); not `not`.
 * A name of several words must be that person's whole ("Hillary Clinton" is not Chelsea Clinton). */
export function storyPerson(r: Resolver, gender: Gender | null, not: Who): Who | null {
  const { book, doc } = r;
  for (const run of doc.headline?.match(NAME_RUN) ?? []) {
    const words = run.split(/\s+/), last = words[words.length - 1]!.replace(/['’]s?$/, '');
    const who = book.byWord(last, doc.text.length);
    if (who === null || book.kind(who) !== 'person') continue;
    const name = book.name(who).toLowerCase().split(/\s+/);
    if (words.length > 1 && !words.every((w) => name.includes(w.replace(/['’]s?$/, '').toLowerCase()))) continue;
    const g = book.gender(who);
    return who === book.id(not) || (gender && g && g !== gender) ? null : who;
  }
  return null;
}
const NAME_RUN = /\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)*/gu;
