// The quotes stage: quotation spans in the article text, every quotation style, split around inner attributions.
// Which spans are titles or scare quotes rather than quotations is decided after attribution (titles.ts).

import type { Span } from '../text';
import { findQuotes, type RawQuote } from './find';
import { splitIncises } from './incise';
import { dialogueLines } from './dialogue';

export type { RawQuote } from './find';
export { isTitleLike, isScareQuote } from './titles';
export { isNameInMarks, isNamedThing } from './names';
export { isQuotedHeading, isArticledName } from './headings';
export { isBracketedTerm } from './bracketed-term';

/** The quotations of a text whose paragraphs are given, in text order. */
export function quotations(text: string, paras: readonly Span[], lang: string): RawQuote[] {
  const marked = splitIncises(text, findQuotes(text, paras), lang);
  const dialogue = dialogueLines(text, paras, marked, lang);
  if (!dialogue.length) return marked;
  return [...marked, ...dialogue].sort((a, b) => a.start - b.start);
}
