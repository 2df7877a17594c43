// A line whose text is HTML tag source ('<script type="text/javascript" src="//…/a.js?123"></script>'): a page's own
// script writes it as text where it meant to write a tag (an escaped document.write), and the reader showed it as
// the story's last line. Tags are no words of any language: a block whose whole text is tags, nothing outside them,
// is markup, not the story (a story about HTML quotes a tag inside a sentence, or in code, which stays).
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';

/** One tag as source: an opening tag with its attributes, or a closing tag. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s+[^<>]*)?\s*\/?>/gi;
const VERDICT: Verdict = { reason: 'other', rule: 'shape:markup-source', score: 1, strong: true, evidence: ['its text is HTML tag source, no words outside the tags'] };

/** Whether the text is tags alone (white space between them). */
export function tagSourceOnly(text: string): boolean {
  const t = text.trim();
  return t.startsWith('<') && t.endsWith('>') && !t.replace(TAG, '').trim();
}

/** Whether a block of tag source may be on the page (asked first: most pages have none). */
export const mayHoldMarkup = (infos: readonly BlockInfo[]): boolean => infos.some((b) => b.s.text.includes('</'));

/** Verdicts for the blocks whose text is tag source (the rest unchanged); code blocks stay. */
export function markupLines(infos: readonly BlockInfo[], v: Verdicts): Verdicts {
  return v.map((x, k) => (x || infos[k]!.s.tag === 'pre' || !tagSourceOnly(infos[k]!.s.text) ? x : VERDICT));
}
