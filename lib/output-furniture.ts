// Furniture the clean stage left in an article's markup that no reader or saved copy wants, found by its shape
// alone (any language): a list of share buttons (links to networks' share intents, their icons), a list item or
// a list left with nothing, a heading without a letter ("___"), a rule with nothing on one side of it. The
// sanitiser (reader view, HTML export) removes them and the Markdown export writes nothing for them. Any DOM
// (the browser's, linkedom, Turndown's own): standard node properties only.
import LINKS from './rules/link-paths.json';
import { MEDIA_TAGS } from './dom';

const SHARE: readonly string[] = LINKS.share;
/** What shows besides text: media, and a table (its cells hold the text). */
const SHOWS = new Set([...MEDIA_TAGS, 'TABLE']);
/** Text that reads: a letter or a digit (a bullet, a bar or a run of underscores does not). */
const READS = /[\p{L}\p{N}]/u;

/** An address that opens a network's share dialog for the page (lib/rules/link-paths.json, "share"). */
export function isShareIntent(href: string | null): boolean {
  const h = (href ?? '').trim().toLowerCase();
  const bare = h.replace(/^[a-z]+:\/\/(www\.|m\.)?/, '');
  // A chat with a number (wa.me/49…, send?phone=49…) is the newsroom's tip line, not a share of the page.
  if (/(?:[?&]phone=|^wa\.me\/)\+?\d{6,}/.test(bare)) return false;
  return !!h && SHARE.some((s) => bare.startsWith(s) || h.startsWith(s));
}

const isElement = (n: Node): n is Element => n.nodeType === 1;

/**
 * What an element holds for a reader, share-intent links apart: whether it holds such a link, and whether it holds
 * anything else that reads (text with a letter or a digit) or shows (a picture, a video, a table).
 */
function holdings(el: Element): { share: boolean; other: boolean } {
  let share = false;
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) { if (READS.test(n.nodeValue ?? '')) return { share, other: true }; continue; }
    if (!isElement(n)) continue;
    const tag = n.nodeName.toUpperCase();
    if (tag === 'A' && isShareIntent(n.getAttribute('href'))) { share = true; continue; }
    if (SHOWS.has(tag)) return { share, other: true };
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { share, other: false };
}

/** A list whose every item holds nothing, or nothing but share buttons: a share bar, or what is left of a box. */
export function isFurnitureList(el: Element): boolean {
  const tag = el.nodeName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL') return false;
  return !holdings(el).other;
}

/** A list item with nothing to read or see (its links and pictures gone, or never there). */
export function isEmptyItem(el: Element): boolean {
  return el.nodeName.toUpperCase() === 'LI' && !holdings(el).other;
}

/** A heading without a letter or a digit: a divider drawn as a heading ("___", "* * *"). */
export function isEmptyHeading(el: Element): boolean {
  return /^H[1-6]$/.test(el.nodeName.toUpperCase()) && !READS.test(el.textContent ?? '') && !holdings(el).other;
}

/** Whether anything that reads or shows comes after `el` (`forward`) or before it, up to `root`. */
function contentBeside(el: Element, root: Node, forward: boolean): boolean {
  for (let n: Node | null = el; n && n !== root; n = n.parentNode) {
    for (let s = forward ? n.nextSibling : n.previousSibling; s; s = forward ? s.nextSibling : s.previousSibling) {
      if (s.nodeType === 3 ? READS.test(s.nodeValue ?? '') : isElement(s) && holdings(s).other) return true;
    }
  }
  return false;
}

/** A rule (<hr>) with nothing of the article before it or after it: a divider between the story and a box gone. */
export function isStrayRule(el: Element, root: Node): boolean {
  return el.nodeName.toUpperCase() === 'HR' && (!contentBeside(el, root, true) || !contentBeside(el, root, false));
}

/**
 * Removes the furniture from a tree of article markup: inner elements first, so that a list emptied of its share
 * buttons goes with them; then the rules left with nothing on one side.
 */
export function removeFurniture(root: Element | DocumentFragment): void {
  for (const el of Array.from(root.querySelectorAll('ul, ol, li, h1, h2, h3, h4, h5, h6')).reverse())
    if (isFurnitureList(el) || isEmptyItem(el) || isEmptyHeading(el)) el.remove();
  for (const hr of Array.from(root.querySelectorAll('hr'))) if (isStrayRule(hr, root)) hr.remove();
}
