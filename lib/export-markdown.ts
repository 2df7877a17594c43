// Article HTML to Markdown (Turndown, with the GFM plugin's tables and strikethrough), safe to render: text is
// escaped so that no raw HTML comes out of it (escaped `&lt;img onerror&gt;` in a page stays text), every link and
// image address goes through the sanitiser's scheme list (an unsafe link keeps its words, loses its address), the
// policy's forbidden elements are dropped whole, and no table is ever kept as raw HTML.
import TurndownService from 'turndown';
import { strikethrough, tables } from 'turndown-plugin-gfm';
import { SANITIZE_POLICY, safeUrl } from './sanitize';
import { oneLine } from './chars';
import { srcsetBest } from './html';
import { isPlaceholder, isTrackerImage } from './tracker-image';
import { isEmptyHeading, isEmptyItem, isFurnitureList, isStrayRule } from './output-furniture';
import { letters } from './page/text';

type TNode = HTMLElement;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const ANCHOR = new Set(['A']);
const CAPTION = new Set(['FIGCAPTION']);
const EMPHASIS = new Set(['EM', 'I', 'STRONG', 'B', 'SMALL', 'CITE']);

/** A Markdown link destination: characters that would end or split it are escaped or percent-encoded. */
const destination = (url: string) => {
  const escaped = url.replace(/[()<>\\]/g, '\\$&').replace(/\|/g, '%7C');
  return /\s/.test(escaped) ? `<${escaped.replace(/\s/g, '%20')}>` : escaped;
};
/** A link's or a picture's title, unless it says nothing `shown` does not say already (a tooltip that repeats the
 * link's words or the alt text: "Alvaro Bautista"), which is only clutter in the file. A title that adds words
 * ("… | Bildquelle: WDR") stays. */
const titlePart = (node: TNode, shown: string) => {
  const t = oneLine(node.getAttribute('title') ?? ''), own = letters(t), said = letters(shown);
  if (!t || (said && said.includes(own))) return '';
  return ` "${t.replace(/["\\]/g, '\\$&')}"`;
};
const within = (node: TNode, tags: Set<string>) => {
  for (let p = node.parentElement; p; p = p.parentElement) if (tags.has(p.nodeName)) return p;
  return null;
};

const TABLE = new Set(['TABLE']);
/** The table a row or cell belongs to, when that table is not itself inside a table (nested ones are read as text). */
const outerTable = (node: TNode) => { const t = within(node, TABLE); return t && !within(t, TABLE) ? t : null; };
const span = (cell: Element) => Math.max(1, Math.min(50, parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1));
const cellsOf = (tr: Element) => Array.from(tr.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH');
const width = (tr: Element) => cellsOf(tr).reduce((n, c) => n + span(c), 0);
/** A table's own rows (not those of tables inside it) and its width in columns, worked out once per table. */
const shapes = new WeakMap<Element, { rows: Element[]; cols: number }>();
function shapeOf(table: TNode): { rows: Element[]; cols: number } {
  let shape = shapes.get(table);
  if (!shape) {
    const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => within(tr as TNode, TABLE) === table);
    shape = { rows, cols: rows.reduce((n, tr) => Math.max(n, width(tr)), 0) };
    shapes.set(table, shape);
  }
  return shape;
}

/** Furniture left in the markup (lib/output-furniture.ts): nothing in the Markdown. */
function addFurnitureRules(td: TurndownService, listItem: TurndownService.Rule): void {
  td.addRule('furniture', {
    filter: (node) => isFurnitureList(node) || isEmptyHeading(node) || isStrayRule(node, node.ownerDocument ?? node.getRootNode()),
    replacement: () => '',
  });
  // An item left with nothing once its list of share buttons has gone ("-   " and nothing).
  td.addRule('itemWithContent', {
    filter: 'li',
    replacement: (content, node, options) => (isEmptyItem(node) || !content.trim() ? '' : (listItem.replacement as (c: string, n: TNode, o: typeof options) => string)(content, node as TNode, options)),
  });
}

/** Turndown's rules for our output, in this order: a rule added later is tried first (Turndown keeps them so). */
function addRules(td: TurndownService, base: () => string | null): void {
  addAddressRules(td, base);
  addBlockRules(td);
  addTableRules(td);
}

/** Links and pictures by the sanitiser's scheme list: an unsafe link keeps its words, an unsafe picture goes. */
function addAddressRules(td: TurndownService, base: () => string | null): void {
  td.addRule('safeLink', {
    filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
    replacement: (content, node) => {
      const href = safeUrl(node.getAttribute('href') ?? '', base());
      // A link around blocks (a teaser's picture and headline) on one line: a blank line inside breaks the link.
      const words = /\n/.test(content) ? content.trim().replace(/\s*\n\s*/g, ' ') : content;
      return href && words.trim() ? `[${words}](${destination(href)}${titlePart(node, node.textContent ?? '')})` : words;
    },
  });
  td.addRule('safeImage', {
    filter: 'img',
    replacement: (_content, node) => {
      // An image without a src shows its srcset's picture; with neither it is no picture (an empty src would
      // resolve to the article's own address).
      const raw = node.getAttribute('src')?.trim() || srcsetBest(node.getAttribute('srcset'));
      const src = raw && !isTrackerImage(node) && !isPlaceholder(raw) ? safeUrl(raw, base(), 'image') : null;
      const shownAlt = oneLine(node.getAttribute('alt') ?? ''), alt = td.escape(shownAlt);
      return src ? `![${alt}](${destination(src)}${titlePart(node, shownAlt)})` : '';
    },
  });
}

/** Headings, pictures' boxes, small print and captions as the reader view sets them apart. */
function addBlockRules(td: TurndownService): void {
  td.addRule('heading', {
    filter: (node) => HEADINGS.has(node.nodeName),
    replacement: (content, node) => {
      const text = oneLine(content);
      // A heading inside a link (a teaser's headline) is the link's words: a link cannot hold a heading.
      if (within(node, ANCHOR)) return text ? `\n${text}\n` : '';
      return text ? `\n\n${'#'.repeat(Number(node.nodeName[1]))} ${text}\n\n` : '';
    },
  });
  // A <picture> is its <img>; its <source>s (void elements) stop Turndown's white-space collapsing, and the markup's
  // indentation left before the image would make it an indented code block.
  td.addRule('picture', { filter: ['picture', 'figure'], replacement: (content) => (content.trim() ? `\n\n${content.trim()}\n\n` : '') });
  // A dateline or byline the clean stage set in small print (the only child of its block): in italics.
  td.addRule('smallPrint', {
    filter: (node) => node.nodeName === 'SMALL' && node.parentNode?.childNodes.length === 1 && !within(node, HEADINGS),
    replacement: (content) => (content.trim() ? `_${content.trim()}_` : ''),
  });
  // A caption in italics, apart from the story's paragraphs as the reader view sets it: each of its lines (a caption,
  // a credit) in italics of its own; emphasis inside it is flat, the whole line is in italics already.
  td.addRule('caption', {
    filter: 'figcaption',
    replacement: (content) => {
      const lines = content.split(/\n+/).map((l) => l.trim()).filter(Boolean);
      return lines.length ? `\n\n${lines.map((l) => `*${l}*`).join('\n')}\n\n` : '';
    },
  });
  td.addRule('flatInCaption', { filter: (node) => EMPHASIS.has(node.nodeName) && !!within(node, CAPTION), replacement: (content) => content });
  // A heading is bold already: `### **Title**` is noise.
  td.addRule('boldInHeading', { filter: (node) => (node.nodeName === 'STRONG' || node.nodeName === 'B') && !!within(node, HEADINGS), replacement: (content) => content });
}

function addTableRules(td: TurndownService): void {
  // Every table becomes a GFM table: its first row is the header (the plugin would keep a table without <th> as
  // raw HTML), cells on one line, spanned and missing cells filled so that every row has the same width. A table
  // inside a table, or one without rows, is read as text.
  td.addRule('anyTable', {
    filter: 'table',
    replacement: (content, node) => (within(node, TABLE) || !shapeOf(node).rows.length ? `\n\n${content}\n\n` : `\n\n${content.replace(/\n+/g, '\n').trim()}\n\n`),
  });
  td.addRule('anyTableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const table = outerTable(node);
      if (!table) return ` ${content} `;
      const { rows, cols } = shapeOf(table);
      const row = `|${content}${' |'.repeat(cols - width(node))}`;
      return `\n${row}${rows[0] === node ? `\n|${' --- |'.repeat(cols)}` : ''}`;
    },
  });
  td.addRule('anyTableCell', {
    filter: ['td', 'th'],
    replacement: (content, node) => {
      if (!outerTable(node)) return ` ${content} `;
      const text = oneLine(content);
      return `${text ? ` ${text} |` : ' |'}${' |'.repeat(span(node) - 1)}`;
    },
  });
}

let service: TurndownService | null = null;
let currentBase: string | null = null;

function turndown(): TurndownService {
  if (service) return service;
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  const escape = td.escape.bind(td);
  // Turndown escapes Markdown's own syntax; `<` and `&` would start raw HTML or an entity, `|` a table cell.
  td.escape = (s: string) => escape(s).replace(/[<&|]/g, '\\$&');
  td.use([tables, strikethrough]);
  td.remove([...SANITIZE_POLICY.forbidTags, 'head', 'title'] as Array<keyof HTMLElementTagNameMap>);
  addRules(td, () => currentBase);
  addFurnitureRules(td, (td.options as { rules: Record<string, TurndownService.Rule> }).rules.listItem!);
  return (service = td);
}

/** A line's block marks: indentation, quotation marks, list markers. */
const BLOCK_MARKS = /^[ \t]*(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]+)*/;
/** Turndown's escapes of what would open a block ("\-", "\+ ", "1\. ", "\#", "\>", "\="), not escaped themselves. */
const BLOCK_ESCAPE = /(?<!\\)\\([-=#>]|\+(?= ))|(?<![\d\\])(\d{1,9})\\(?=\. )/g;

/**
 * Turndown escapes a character that would open a block at the start of every text node, yet most text nodes start
 * mid-line, where it opens nothing: "Best for shoes \- John Lewis", "## 1\. Lakeland" were printed so in the file.
 * Those escapes go where words stand before them on their line, or a heading's marks; at a block's first word (after
 * a list's or a quotation's marker too) they stay, and code is left as it is.
 */
function unescapeMidLine(md: string): string {
  let fenced = false;
  return md.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !line.includes('\\')) return line;
    const heading = /^#{1,6} /.exec(line)?.[0];
    const at = heading ? heading.length : BLOCK_MARKS.exec(line)![0].length;
    const rest = line.slice(at).replace(BLOCK_ESCAPE, (m, ch: string | undefined, digits: string | undefined, offset: number) => (offset === 0 && !heading ? m : ch ?? digits ?? ''));
    return line.slice(0, at) + rest;
  }).join('\n');
}

/** Markdown text of article HTML; `baseUrl` (the article's address) makes relative links absolute. */
export function htmlToMarkdown(html: string, baseUrl?: string | null): string {
  currentBase = baseUrl ?? null;
  // (a byte order mark the page's editor left inside a paragraph: invisible in a browser, a stray in a text file)
  return unescapeMidLine(turndown().turndown(html.replace(/\uFEFF/g, '')).trim());
}

/** A line of text escaped as Markdown (the title of the `#` heading). */
export function escapeMarkdownLine(text: string): string {
  return turndown().escape(oneLine(text));
}
