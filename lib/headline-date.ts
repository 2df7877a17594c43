// The date a page prints beside its headline as a line of its own, a label then the date ("기사입력 :[ 2018-08-25
// 15:24 ]", "Published: 2019-11-18"), for a page whose metadata gives none. Evidence without words: the headline is
// the element whose text is the page's title, and the line is among the first bits of text after it, short, the date
// with a word or two beside it (a label, brackets); a paragraph of the story ends the look. A blog's template may set
// the line right before the headline instead ("Dec 28 Sat 2013 00:28" above the post's title), its parts in spans.
import { oneLine } from './chars';
import { eachElement } from './dom';
import { writtenTimestamp } from './written-time';

/** Bits of text read after the headline at most. */
const AFTER = 4;
/** A date line is this short; a longer text is the story's (or a teaser's), and ends the look. */
const LINE_CHARS = 60;
/** Words of letters a date line may hold beside its date (a label: "기사입력", "Published on"). */
const LABEL_WORDS = 3;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Whether `text` is one of the page's titles, or one without the site's name after a separator ("Headline - Site",
 * a blog's "Post @ Blog"). */
export const isPageTitle = (text: string, titles: readonly string[]) =>
  text.length >= 8 && titles.some((t) => t === text || (t.startsWith(text) && /^\s+[-–—|·:@]\s/.test(t.slice(text.length))));

/** The innermost element whose text is the page's title: the printed headline, whatever its tag (a <dt>, a styled <p>). */
function printedHeadline(body: Element, titles: readonly string[]): Element | null {
  let found: Element | null = null;
  eachElement(body, (el) => {
    if (el.childElementCount || SKIP.has(el.tagName.toUpperCase())) return;
    if (isPageTitle(oneLine(el.textContent ?? ''), titles)) { found = el; return false; }
  });
  return found;
}

/** The text node after `node` in document order within `root`, leaving out scripts and styles. */
function nextText(node: Node, root: Node): Text | null {
  let n: Node | null = node;
  for (;;) {
    const skip = n.nodeType === 1 && SKIP.has((n as Element).tagName.toUpperCase());
    if (n.firstChild && !skip && n !== node) n = n.firstChild;
    else {
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      if (!n || n === root) return null;
      n = n.nextSibling!;
    }
    if (n.nodeType === 3) return n as Text;
  }
}

/** The timestamp a short line gives: the date with a few words at most beside it (a label, a weekday). */
function lineDate(text: string, lang: string | null): string | null {
  if (text.length > LINE_CHARS) return null;
  const stamp = writtenTimestamp(text, lang);
  return stamp && (text.match(/\p{L}+/gu) ?? []).length <= LABEL_WORDS ? stamp : null;
}

/** The element of the line right before the headline: the largest around the last text before it that does not hold
 * the headline (a list item beside the headline's, its date split into spans), or null. */
function lineBefore(headline: Element, body: Element): Element | null {
  for (let at: Node | null = headline; at && at !== body; at = at.parentNode) {
    for (let n = at.previousSibling; n; n = n.previousSibling) {
      if (n.nodeType === 3 && oneLine((n as Text).data)) return null; // loose text: no line of its own
      if (n.nodeType === 1 && !SKIP.has((n as Element).tagName.toUpperCase()) && oneLine(n.textContent ?? '')) return n as Element;
    }
  }
  return null;
}

/** The timestamp of the short date line after the page's printed headline (or right before it), or null. */
export function headlineDate(body: Element | null, titles: readonly string[], lang: string | null): string | null {
  const tidy = titles.map(oneLine).filter(Boolean);
  const headline = body && tidy.length ? printedHeadline(body, tidy) : null;
  if (!body || !headline) return null;
  return dateAfter(headline, body, lang) ?? lineDateOf(lineBefore(headline, body), lang);
}

const lineDateOf = (el: Element | null, lang: string | null) => (el ? lineDate(oneLine(el.textContent ?? ''), lang) : null);

/** The date of the first short bits of text after the headline, before any longer one. */
function dateAfter(headline: Element, body: Element, lang: string | null): string | null {
  let seen = 0;
  for (let t = nextText(headline, body); t && seen < AFTER; t = nextText(t, body)) {
    const text = oneLine(t.data);
    if (!text) continue;
    seen++;
    if (text.length > LINE_CHARS) return null;
    const stamp = lineDate(text, lang);
    if (stamp) return stamp;
  }
  return null;
}
