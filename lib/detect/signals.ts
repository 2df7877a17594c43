// One walk over the page gathers everything detection reads: head metadata, the text of each block (its links
// apart), and counts of page furniture (teasers, edit links, code, sign-in forms). Hand-rolled rather than selectors:
// one pass, no recursion (a page 10 000 levels deep cannot overflow the stack), the same in every DOM.
import type { Budget } from '../types';

/**
 * Text directly in a block (its inline descendants included, nested blocks not): its running text and its links in
 * Latin-equivalent characters (textWeight), and its running text in characters as written.
 */
export interface BlockText { text: number; links: number; chars: number }

export interface PageSignals {
  meta: Map<string, string>;
  canonical: string;
  jsonLd: string[];
  /** schema.org types named by microdata (`itemtype`), last path segment. */
  itemTypes: string[];
  blocks: Map<Element, BlockText>;
  articles: number;
  /** Headings (h2–h6) whose link carries the heading to another page: the headlines of teasers. */
  linkedHeadings: Element[];
  dated: boolean;
  byline: boolean;
  passwords: Element[];
  shop: boolean;
  editLinks: number;
  /** The blocks in which links to a source file stand (in running text they are a story's references). */
  sourceLinks: Element[];
  /** Links to places within a page ("#id"), by the address they point into (without its scheme; "" for this page). */
  pageLinks: Map<string, number>;
  code: number;
  elements: number;
  depth: number;
  /** Characters in long runs of text (RUN or more, each text node alone), wherever they stand: in links and
   * headings too. Unlike the blocks, it does not depend on where the page's elements end (a page missing its
   * closing tags puts its story inside a link or a heading): how much story text extraction should find at most. */
  runs: number;
}

/** A text node this long is running text, whatever holds it (a headline or a link's text is shorter). */
const RUN = 80;

// What a tag is to the walk, looked up once per element: inside a line of text (1; any other element starts a
// block, and text belongs to the nearest block), a heading (2: a title, not prose), or a subtree with no prose of
// the page (4: scripts, styles, controls, media, embedded documents; svg and math keep their lower case).
const INLINE = 1, HEADING = 2, SKIP = 4;
const KIND: Record<string, number> = {};
const kinds = (tags: string, kind: number) => { for (const t of tags.split(' ')) KIND[t] = kind; };
kinds('A SPAN FONT B I EM STRONG SMALL U S MARK CITE Q SUB SUP ABBR TIME CODE BR IMG WBR', INLINE);
kinds('H1 H2 H3 H4 H5 H6', HEADING);
kinds('SCRIPT STYLE NOSCRIPT TEMPLATE svg math SVG MATH IFRAME OBJECT SELECT BUTTON TEXTAREA LABEL CANVAS VIDEO AUDIO TITLE', SKIP);
/** Whether an element (by its tag name) sits inside a line of text rather than starting a block. */
export const isInline = (tag: string): boolean => KIND[tag] === INLINE;
// <meta> names for the date a page was published, across CMSs: article:published_time, datePublished, pubdate,
// publish-date, parsely-pub-date, date, dc.date(.issued), dcterms.issued, sailthru.date…; and for its author.
const DATE_META = /publish|pub-?date|(^|[.:])date$|issued/;
/** <meta> names (lower case) that carry the article's author: detection reads them as a byline, extraction as its
 * fallback byline. */
export const AUTHOR_META: readonly string[] = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'];
const CLASS = /\b(byline|author)\b|\b(published|entry-date|pubdate)\b/;
// Links that open the page in an editor: MediaWiki (?action=edit, history), GitHub, GitLab, documentation sites
// (an /edit/ path to a file: "…/edit/main/docs/page.md"). A path that only passes through /edit/ is a site's
// section (Nikkei's editorial pages, /edit/news/…), not an editor.
const ITEM_ID = /\d{5}/;
const EDIT_HREF = /[?&](action|veaction)=(edit|history)\b|\/_?edit\/[^?#]*\.[a-z]{1,5}(?:[?#]|$)/i;
// A link to a page's source file ("Edit on GitHub" of documentation); a story's text may link such files too.
const SOURCE_HREF = /\/blob\/[^?#]+\.(md|mdx|rst|adoc)$/;

export function readSignals(doc: Document, budget: Budget): PageSignals {
  const s: PageSignals = { meta: new Map(), canonical: '', jsonLd: [], itemTypes: [], blocks: new Map(), articles: 0, linkedHeadings: [], dated: false, byline: false, passwords: [], shop: false, editLinks: 0, sourceLinks: [], pageLinks: new Map(), code: 0, elements: 0, depth: 0, runs: 0 };
  // From every element at the top: a page without <html> leaves <head> and <body> side by side in some DOMs.
  const els = Array.from(doc.children ?? []).reverse();
  // The stack in parallel arrays (no object per element): the element, the block its text belongs to, and its depth
  // with two flags in `state` as depth * 4 + flags: inside a link (1), inside a heading or <pre> (2: not prose).
  const blocks: Element[] = els.slice(), state: number[] = els.map(() => 4);
  while (els.length) {
    const el = els.pop()!, outer = blocks.pop()!, st = state.pop()!, depth = st >> 2;
    if (++s.elements > budget.maxElements || depth > budget.maxDepth) { s.depth = Math.max(s.depth, depth); break; }
    if (depth > s.depth) s.depth = depth;
    const tag = el.tagName, kind = KIND[tag] ?? 0; // upper case in HTML documents
    if (el.hasAttributes() && !readElement(s, el, tag, outer)) continue;
    if (kind === SKIP) continue;
    const heading = kind === HEADING, block = kind === INLINE ? outer : el;
    const flags = (st & 3) | (tag === 'A' ? 1 : 0) | (heading || tag === 'PRE' ? 2 : 0);
    if (tag === 'PRE' || tag === 'CODE') s.code++;
    else if (tag === 'ARTICLE') s.articles++;
    else if (heading && tag !== 'H1' && linksAway(el)) s.linkedHeadings.push(el);
    const next = (depth + 1) * 4 + flags;
    // Children from the last, so that they come off the stack in document order.
    for (let n = el.lastChild; n; n = n.previousSibling) {
      if (n.nodeType === 1) { els.push(n as Element); blocks.push(block); state.push(next); }
      else if (n.nodeType === 3) {
        const data = (n as Text).data;
        if (data.length >= RUN) s.runs += trimmedLength(data);
        if (!(flags & 2)) addText(s, block, data, (flags & 1) === 1);
      }
    }
  }
  return s;
}

/**
 * Whether a heading is a headline linking to another page: its link carries most of its words (not a small "edit"
 * beside a title) and leads elsewhere (a link to a place on the same page is a section anchor).
 */
function linksAway(heading: Element): boolean {
  const a = heading.getElementsByTagName('a')[0];
  const href = a?.getAttribute('href');
  return !!href && href[0] !== '#' && 2 * (a!.textContent ?? '').length >= (heading.textContent ?? '').trim().length;
}

/** Adds a text to its block, as running text or as links. */
function addText(s: PageSignals, block: Element, data: string, inLink: boolean): void {
  const len = trimmedLength(data);
  if (!len) return;
  let b = s.blocks.get(block);
  if (!b) s.blocks.set(block, (b = { text: 0, links: 0, chars: 0 }));
  const weighed = len * textWeight(data);
  if (inLink) b.links += weighed;
  else { b.text += weighed; b.chars += len; }
}

/** A text's length without white space at its ends, counted without making a trimmed copy. */
function trimmedLength(data: string): number {
  let start = 0, end = data.length;
  while (start < end && data.charCodeAt(start) <= 32) start++;
  while (end > start && data.charCodeAt(end - 1) <= 32) end--;
  return end - start;
}

/**
 * What a character of a text weighs against a Latin letter: Han and kana carry about a word a character (3),
 * Hangul a syllable (2), so that one length threshold fits every script. Four characters are sampled, not all.
 */
export function textWeight(text: string): number {
  const one = (c: number) => (c >= 0x3000 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) ? 3 : c >= 0xac00 && c <= 0xd7af ? 2 : 1;
  const n = text.length / 5;
  return (one(text.charCodeAt(n)) + one(text.charCodeAt(2 * n)) + one(text.charCodeAt(3 * n)) + one(text.charCodeAt(4 * n))) / 4;
}

/** Reads what an element with attributes says; false when its subtree is to be skipped (metadata). */
function readElement(s: PageSignals, el: Element, tag: string, block: Element): boolean {
  const attr = (k: string) => el.getAttribute(k) ?? '';
  switch (tag) {
    case 'META': {
      const key = addMeta(s.meta, el);
      if (DATE_META.test(key)) s.dated = true;
      else if (AUTHOR_META.includes(key)) s.byline = true;
      return false;
    }
    case 'LINK': if (!s.canonical && attr('rel') === 'canonical') s.canonical = attr('href'); return false;
    case 'SCRIPT': if (attr('type') === 'application/ld+json') s.jsonLd.push(el.textContent ?? ''); return false;
    case 'INPUT': if (attr('type') === 'password') s.passwords.push(el); break;
    case 'TIME': if (el.hasAttribute('pubdate')) s.dated = true; break;
    case 'A': {
      const href = attr('href'), hash = href.indexOf('#');
      // A place on a page: "#id" on this one, or an address with "#id" (score.ts keeps the page's own); not an
      // item's permalink by its database number ("#comment-2582190": a comment's time stamp, not a contents list)
      if ((hash === 0 ? href.length > 2 && href[1] !== '!' : hash > 0 && href.length > hash + 2) && !ITEM_ID.test(href.slice(hash))) {
        const to = href.slice(0, hash).replace(/^https?:/, '');
        s.pageLinks.set(to, (s.pageLinks.get(to) ?? 0) + 1);
      } else if (EDIT_HREF.test(href)) s.editLinks++;
      else if (SOURCE_HREF.test(href)) s.sourceLinks.push(block);
      if (attr('rel') === 'author') s.byline = true;
    }
  }
  // Class names are read only while the date or the author is unknown (the <head> usually tells both): each
  // attribute read is a call into the DOM, and this runs for every element of every page.
  const type = attr('itemtype'), prop = attr('itemprop');
  // The class as its attribute node holds it: linkedom answers getAttribute('class') by building a token list
  // (the same words in the same order, so the same first match).
  const cls = s.dated && s.byline ? null : CLASS.exec(el.getAttributeNode('class')?.value ?? '');
  if (type) s.itemTypes.push(type.slice(type.lastIndexOf('/') + 1));
  if (prop === 'author' || cls?.[1]) s.byline = true;
  if (prop === 'datePublished' || cls?.[2]) s.dated = true;
  if (prop === 'price') s.shop = true;
  return true;
}

/** Adds a <meta> tag by property, name or itemprop (lower-cased; the first of each wins); its key, or "". */
export function addMeta(tags: Map<string, string>, el: Element): string {
  const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.toLowerCase();
  const content = el.getAttribute('content')?.trim();
  if (!key || !content) return '';
  if (!tags.has(key)) tags.set(key, content);
  return key;
}
