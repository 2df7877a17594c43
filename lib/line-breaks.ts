// Line breaks a page draws with its style sheet: an empty inline element in running text whose name says it is a
// break ("<span class="id-r-component br">"), or that its own style sets as a block. The browser breaks the line
// there; the text of the markup runs on ("…named Pihu.She was found"). Made a <br> before Readability runs, they
// part sentences and paragraphs in the reader, the exports and the analysis as on the page.
import { attr, classAndId, INLINE_TAGS } from './dom';

/** A class, id or name part that names a line break, in the words style sheets use ("br", "line-break", "newline"). */
const BREAK_NAME = /^(?:br|linebreak|newline)$/i;
const BLOCK_STYLE = /(?:^|;)\s*display\s*:\s*block\b/i;

const names = (el: Element): string[] => `${classAndId(el)} ${attr(el, 'name')}`.split(/\s+/).filter(Boolean);

/** Its name says break: a whole token ("linebreak", "line-break") or one part of one ("id-r-component br"). */
const namedBreak = (el: Element): boolean =>
  names(el).some((t) => BREAK_NAME.test(t.replace(/[-_]/g, '')) || t.split(/[-_]+/).some((p) => BREAK_NAME.test(p)));

/** Nothing in it but white space: no text, no picture. */
const empty = (el: Element): boolean => !el.firstElementChild && !(el.textContent ?? '').trim();

/** Text of its own beside it in its parent: the element stands in running text (four empty corner spans of a box
 * do not). */
function inRunningText(el: Element): boolean {
  for (let n = el.parentElement?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
  return false;
}

/** Whether `el` (its tag upper-cased) is a line break drawn by style: see the file's head. */
export function isStyledBreak(el: Element, tag: string): boolean {
  return INLINE_TAGS.has(tag) && empty(el) && (namedBreak(el) || BLOCK_STYLE.test(attr(el, 'style'))) && inRunningText(el);
}

/** Each styled break replaced by a <br>. */
export function drawBreaks(breaks: readonly Element[]): void {
  for (const el of breaks) if (el.isConnected) el.replaceWith(el.ownerDocument.createElement('br'));
}
