// The line at a story's foot that names who provided it ("Provided by European Space Agency": a press release a
// site republishes). It is the story's provenance, as a byline is, but sites set it in a box of its own with a link
// to the source, which Readability drops as a box of links. Found on the working copy before Readability by its
// opening words (lib/rules/source-lines.json) and its place (a short line after the story's paragraphs), put back
// after the block it stood under.
import RULES from './rules/source-lines.json';
import { oneLine } from './chars';
import { letters } from './page/text';

export interface SourceLine { text: string; after: string[] }

const PHRASES: readonly string[] = Object.values(RULES.phrases as Record<string, string[]>).flat();
/** A line at most this long: a source's name, not a sentence of the story that opens so. */
const LINE_CHARS = 100;
/** Characters of a paragraph of the story. */
const PARAGRAPH_MIN = 80;
/** Blocks read back from the line looking for the story's last paragraph. */
const BACK = 8;
const BLOCKS = 'p, div, h2, h3, h4, h5, h6, li, blockquote';
const BLOCK_INSIDE = 'p, div, h2, h3, h4, h5, h6, li, ul, ol, blockquote, table, figure';
const NOT_STORY = 'nav, aside, header, footer, figure, figcaption, li, a, form, button';

/** Whether `t` opens with a phrase as a word (`named`: and a name follows it). */
const opensWithPhrase = (t: string, named = true): boolean => {
  const low = t.toLowerCase();
  return PHRASES.some((p) => low.startsWith(p) && (named ? /^\s+\S/ : /^(?:\s|$)/).test(low.slice(p.length)));
};
/** A block without blocks inside it: the page's line or paragraph itself. */
const leaf = (el: Element) => !el.querySelector(BLOCK_INSIDE);

/** The source lines of `body`, each with the letters of the blocks before it (nearest first), back to the story's
 * last paragraph; none where no paragraph of the story comes before it. */
export function findSourceLines(body: Element): SourceLine[] {
  const out: SourceLine[] = [];
  let blocks: Element[] | null = null;
  for (const el of Array.from(body.querySelectorAll('p, div'))) {
    const first = el.firstChild?.nodeType === 3 ? oneLine(el.firstChild.textContent ?? '') : '';
    if (!first || !opensWithPhrase(first, false) || !leaf(el) || el.closest(NOT_STORY)) continue;
    const text = oneLine(el.textContent ?? '');
    if (text.length > LINE_CHARS || !opensWithPhrase(text)) continue;
    blocks ??= Array.from(body.querySelectorAll(BLOCKS)).filter(leaf);
    const after = before(blocks, el);
    if (after.length) out.push({ text, after });
  }
  return out;
}

/** The letters of the blocks before `el`, nearest first, up to the story's last paragraph; [] without one. */
function before(blocks: readonly Element[], el: Element): string[] {
  const at = blocks.indexOf(el), out: string[] = [];
  for (let k = at - 1; k >= 0 && at - k <= BACK; k--) {
    const text = oneLine(blocks[k]!.textContent ?? '');
    if (!text) continue;
    out.push(letters(text));
    if (blocks[k]!.tagName.toUpperCase() === 'P' && text.length >= PARAGRAPH_MIN) return out;
  }
  return [];
}

/** Put each line back after the block of `body` it stood under, unless the body has it already. */
export function restoreSourceLines(body: Element, lines: readonly SourceLine[]): void {
  if (!lines.length) return;
  const blocks = Array.from(body.querySelectorAll(BLOCKS)).filter(leaf);
  for (const line of lines) {
    if (letters(body.textContent ?? '').includes(letters(line.text))) continue;
    const at = line.after.map((t) => blocks.findLast((b) => letters(b.textContent ?? '') === t)).find((b) => b);
    if (!at) continue;
    const p = body.ownerDocument.createElement('p');
    p.textContent = line.text;
    at.after(p);
  }
}
