// Blocks: the units Clearpage reads, cleans and prints. A block is a block-level element with no block-level
// element inside (a paragraph, a heading, a list item, a caption…); text that sits loose beside blocks is wrapped
// in a <p> first, so that every piece of text belongs to exactly one block.
import { fingerprint } from './fingerprint';
import { hasMedia } from './dom';
import { squeezeWords } from './chars';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CENTER',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK']);

export interface Block {
  el: Element;
  tag: string;
  /** Text as a reader sees it: white space collapsed, line breaks (<br>) kept as \n. */
  text: string;
}

export const isBlockTag = (tag: string) => BLOCK_TAGS.has(tag.toUpperCase());

let blockMemo = new WeakMap<Element, boolean>();
function hasBlockChild(el: Element): boolean {
  const known = blockMemo.get(el);
  if (known !== undefined) return known;
  let found = false;
  for (let c = el.firstElementChild; c && !found; c = c.nextElementSibling) {
    if (BLOCK_TAGS.has(c.tagName.toUpperCase()) || hasBlockChild(c)) found = true;
  }
  blockMemo.set(el, found);
  return found;
}

/** White space within a line (and zero-width spaces) to collapse: a run of two or more, or one that is not a plain
 * space (a lone space between words is no match, so no replacement is made for it: see SPACE_RUNS in lib/chars.ts). */
const LINE_BLANKS = /(?:[^\S\n]|\u200b){2,}|[^\S\n ]|\u200b/g;

/** A line break in a text node, with the white space around it. */
const SOURCE_BREAK = /[^\S\n]*\n\s*/g;
/** Stands for a source line break until the text is whole (its neighbours may be in other nodes). */
const SEGMENT_BREAK = '\u0001';
/** A source break with the spaces and other breaks around it. */
const SEGMENT_BREAKS = /[ \u0001]*\u0001[ \u0001]*/;
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Text that carries a sentence on: it starts with a lower-case letter or a letter of a script without case. */
const CARRIES_ON = /^[\p{Ll}\p{Lo}\p{Lm}]/u;
/** CARRIES_ON's answer, read from the code unit where it is ASCII (a-z is all of \p{Ll}, \p{Lo}, \p{Lm} there) or
 * general punctuation (quotes, dashes: no letter), and false for no text (a break at a node's edge): the pattern,
 * costly to compile on a cold page, runs only on text that opens with another character. */
export const carriesOn = (s: string): boolean => {
  if (!s) return false;
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : c >= 0x2000 && c <= 0x206f ? false : CARRIES_ON.test(s);
};

/** What a source line break becomes. A browser shows it as a space, and as nothing between two Chinese or Japanese
 * characters (CSS Text's segment break rule, as Firefox renders it: "韓国の\n<ruby>尹錫悦</ruby>\n大統領" reads
 * "韓国の尹錫悦大統領"). Wire copy wraps its sentences so ("said on\nTuesday that"). Where neither side carries a
 * sentence on (a capitalised or punctuated word before it and no lower-case word after it: "© John Brecher\nNeedle
 * poking…", "Pfizer\n(AFP / …)", "CHINESE AGGRESSION:\nManila", a tag list) the break most likely parts a credit, a kicker or list items the page
 * lays out apart, and the analysis reads it as the line break it was: names are not joined across it. */
function segmentBreak(before: string, after: string): string {
  if (CJK.test(before.slice(-1)) && CJK.test(after.slice(0, 1))) return '';
  return carriesOn(before) || carriesOn(after) ? ' ' : '\n';
}

/** The text with each source break replaced by what it becomes; linear in the text's length. */
function joinSegments(text: string): string {
  if (!text.includes(SEGMENT_BREAK)) return text;
  let out = '';
  let word = '';
  for (const part of text.split(SEGMENT_BREAKS)) {
    if (out || word) out += segmentBreak(word, part.slice(0, 2));
    out += part;
    word = part.slice(Math.max(part.lastIndexOf(' '), part.lastIndexOf('\n')) + 1);
  }
  return out;
}

/** Text of an element as a reader sees it: <br> as a line break, runs of white space (source line breaks among
 * them) as one space. */
export function blockText(el: Element): string {
  if (el.tagName.toUpperCase() === 'PRE') return (el.textContent ?? '').replace(/^\n+|\s+$/g, '');
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      // A line break in the page's source is white space, as a browser shows it; only <br> breaks a line.
      if (c.nodeType === 3) out += (c.nodeValue ?? '').replace(SOURCE_BREAK, SEGMENT_BREAK);
      else if (c.nodeType === 1) {
        const t = (c as Element).tagName.toUpperCase();
        if (t === 'BR') out += '\n';
        else if (t === 'IMG') out += ' ';
        else if (!SKIP_TAGS.has(t)) { if (t === 'TD' || t === 'TH') out += ' '; walk(c); }
      }
    }
  };
  walk(el);
  // White space collapsed within lines, lines trimmed, empty lines dropped.
  return joinSegments(out).replace(LINE_BLANKS, ' ').replace(/ ?\n[\s\u200b]*/g, '\n').trim();
}

/** Wrap loose text (and inline elements) that sit beside block children into <p>s, so they become blocks. */
function wrapLooseText(el: Element): void {
  const doc = el.ownerDocument;
  let run: Node[] = [];
  const flush = (before: Node | null) => {
    if (run.some((n) => (n.nodeType === 3 ? /\S/.test(n.nodeValue ?? '') : n.nodeType === 1))) {
      const p = doc.createElement('p');
      el.insertBefore(p, before);
      for (const n of run) p.appendChild(n);
    }
    run = [];
  };
  for (let c = el.firstChild; c; ) {
    const next = c.nextSibling;
    const isBlock = c.nodeType === 1 && (BLOCK_TAGS.has((c as Element).tagName.toUpperCase()) || hasBlockChild(c as Element));
    if (isBlock) flush(c);
    else if (c.nodeType === 3 || (c.nodeType === 1 && !SKIP_TAGS.has((c as Element).tagName.toUpperCase()))) run.push(c);
    c = next;
  }
  flush(null);
}

/**
 * The blocks under `root`, in document order. Empty blocks (no text) are skipped unless they hold an image,
 * a video or a rule. Loose text beside blocks is wrapped into <p> (the caller's tree is changed: use a clone).
 */
export function segmentBlocks(root: Element): Block[] {
  blockMemo = new WeakMap();
  const out: Block[] = [];
  const visit = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (!hasBlockChild(el)) {
      const text = blockText(el);
      if (text || tag === 'HR' || hasMedia(el))
        out.push({ el, tag: tag.toLowerCase(), text });
      return;
    }
    wrapLooseText(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  visit(root);
  return out;
}

/** Article text: the blocks' text, separated by blank lines, empty blocks left out; a data table's row on one line,
 * its cells separated by " | ", and its rows on consecutive lines (each cell a paragraph of its own gave the reader
 * a column of 300 one-word lines for a table of standings). */
export function blocksToText(blocks: Block[]): string {
  const out: string[] = [];
  let row: Element | null = null, table: Element | null = null;
  for (const b of blocks) {
    if (!b.text) continue;
    const cell = b.text.includes('\n') ? null : dataCell(b.el), r = cell?.parentElement ?? null, t = r ? tableOf(r) : null;
    if (r && r === row) out[out.length - 1] += ` | ${b.text}`;
    else if (r && t && t === table) out[out.length - 1] += `\n${b.text}`;
    else out.push(b.text);
    row = r;
    table = t;
  }
  return out.join('\n\n');
}

/** Characters of a data table's cell at most: a layout table's cell holds paragraphs, which stay apart. */
const CELL_CHARS = 80;
/** The table cell the block is, when it is a short cell of one line (a data table's), else null. */
function dataCell(el: Element): Element | null {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'TD' && tag !== 'TH') return null;
  const row = el.parentElement;
  if (!row || row.tagName.toUpperCase() !== 'TR') return null;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if ((c.textContent ?? '').trim().length > CELL_CHARS) return null;
  return el;
}
const tableOf = (row: Element) => row.closest('table');

/** A cheap key of a text: its first 32 letters and digits, lower-cased. Equal fingerprints give equal keys. */
const quickKey = (text: string) => squeezeWords(text.slice(0, 120).toLowerCase()).slice(0, 32);

/**
 * How often each block of a page occurs on it, taken before extraction: the clean stage asks it whether an article
 * block also stands outside the article. Texts are only keyed cheaply up front; a block is fingerprinted when asked.
 */
export class PageBlocks {
  private byKey = new Map<string, string[]>();
  /** The page's blocks under `root`, or the texts of blocks read before (a cache, a test). */
  constructor(root: Element | string[]) {
    for (const t of Array.isArray(root) ? root : leafBlockTexts(root)) {
      const k = quickKey(t);
      const list = this.byKey.get(k);
      if (list) list.push(t); else this.byKey.set(k, [t]);
    }
  }
  /** Every block's text (in no order). */
  *texts(): Iterable<string> { for (const list of this.byKey.values()) yield* list; }
  /** Whether the page has more blocks with this text's fingerprint `fp` than `seen` (the copies in the article). */
  hasMoreThan(text: string, fp: string, seen: number): boolean {
    const list = this.byKey.get(quickKey(text));
    if (!list || list.length <= seen) return false; // no fingerprint needed: there cannot be more copies
    let n = 0;
    for (const t of list) if (fingerprint(t) === fp && ++n > seen) return true;
    return false;
  }
}

/**
 * Text of every leaf block under `root`, without changing the tree (loose text beside blocks is not counted).
 */
export function leafBlockTexts(root: Element): string[] {
  // Pre-order, with each element's nearest block (its own index in `blocks`, or -1) on a stack beside it: every
  // block element marks that block as not a leaf (no climb through its ancestors, no pair per element).
  const blocks: Element[] = [], inner: boolean[] = [];
  const els: Element[] = [root], owners: number[] = [-1];
  while (els.length) {
    const el = els.pop()!;
    let owner = owners.pop()!;
    const tag = el.tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag)) {
      if (owner >= 0) inner[owner] = true;
      owner = blocks.push(el) - 1;
      inner.push(false);
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) { els.push(c); owners.push(owner); }
  }
  const out: string[] = [];
  // textContent is enough here: fingerprints compare words, not line breaks, and it is several times cheaper.
  blocks.forEach((el, k) => { if (!inner[k]) { const t = el.textContent ?? ''; if (/\S/.test(t)) out.push(t); } });
  return out;
}

/**
 * The blocks under `root` as segmentBlocks would cut them, without changing the tree (for a live page): elements
 * with no block-level element inside, and inline elements that stand beside blocks. Empty ones are skipped.
 */
export function leafBlocks(root: Element): Array<{ el: Element; text: string }> {
  blockMemo = new WeakMap();
  const out: Array<{ el: Element; text: string }> = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || tag === 'IFRAME' || tag === 'OBJECT') continue;
    if (!hasBlockChild(el)) {
      const text = blockText(el);
      if (text) out.push({ el, text });
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}
