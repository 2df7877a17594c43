// "píše na Twitter Gary Lineker": a capitalised word right before a full name is no given name of it when it is a
// platform (rules.platforms) or a name the text writes elsewhere on its own, never before that full name: a label,
// a source or an organisation glued to the person by the tagger's split, not the person's first name.

import type { Rules } from '../../rules/languages';
import type { Word } from './words';

/** Whether `w` (one capitalised word) is written as a whole word somewhere not followed by `next` (the full name's
 * first word). */
function writtenAlone(w: Word, next: Word, text: string): boolean {
  const letter = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(w.t); at >= 0; at = text.indexOf(w.t, at + 1)) {
    const end = at + w.t.length;
    if (at === w.s || letter(text[at - 1]) || letter(text[end])) continue;
    if (!text.startsWith(' ' + next.t, end)) return true;
  }
  return false;
}

/** `w` labels the full name `name` (two words or more) after it rather than opening it. */
export function labelBefore(w: Word, name: readonly Word[], text: string, rules: Rules): boolean {
  return name.length >= 2 && (rules.platforms.has(w.l) || writtenAlone(w, name[0]!, text));
}
