// "Acebush1 answered, “Absolutely not.” / “I have been complicit …,” they said": the person behind a user account is
// of no gender the writer knows, so the text calls them "they". Such a pronoun stands for the user named last before
// it, while no person is named between; otherwise "they" stays a group, no one speaker.

import { RESOLVE } from '../weights';
import { handleAsWritten, isHandle } from './handle';
import { insideQuote, type Doc } from './site';
import type { Speakers, Who } from './speakers';

/** Runs of non-space characters without the punctuation around a word. */
const TOKEN = /[^\s“”"«»„‘’'()[\],;:!?]+/g;

/** The user a singular "they" at `pos` stands for, or null. */
export function handleAntecedent(doc: Doc, book: Speakers, pos: number, word: string): Who | null {
  if (!doc.rules.singularThey.has(word.toLowerCase())) return null;
  const from = Math.max(0, pos - RESOLVE.pronounWindow);
  let at = -1, handle = '';
  for (const m of doc.text.slice(from, pos).matchAll(TOKEN)) {
    const w = m[0].replace(/\.$/, '');
    if (isHandle(w) && !insideQuote(doc, from + m.index!)) { at = from + m.index!; handle = w; }
  }
  if (at < 0) return null;
  const between = doc.reg.within(at + handle.length, pos).some((x) => doc.reg.get(x.party).kind === 'person' && !insideQuote(doc, x.s));
  return between ? null : book.add(handleAsWritten(doc.text, handle), 'person', at);
}
