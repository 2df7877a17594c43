// The first pass of a batch's site memory on a page's text: the texts of its leaf blocks and its address, read
// from the HTML parser's events without building a tree (building linkedom's tree is most of a parse's cost, and
// this pass only hashes block texts). It reads what `pageFingerprints(parsePage(html))` reads: the same tokenizer
// and options linkedom builds its tree from (so the same elements nest the same way), blocks as `leafBlockTexts`
// finds them (a block element with no block element inside; its text as `textContent`, scripts included), the
// head's leading head content left out as `normalizeTree` leaves it in <head>, the first canonical link and og:url
// anywhere. A page whose tree linkedom would reshape (no <html> first, no <head> then <body> in it) returns null:
// the caller parses it in full.
import { Parser } from 'htmlparser2';
import { isBlockTag } from '../lib/blocks';
import { HEAD_CONTENT } from './tree';
import { noteAddress, PARSER_OPTIONS, type HeadAddress } from './head';

export interface TextScan {
  blocks: string[];
  canonical: string | null;
  ogUrl: string | null;
}

interface Frame {
  tag: string;
  /** The innermost block among this element and its ancestors (its text's owner), or -1. */
  owner: number;
  /** Inside head content that stays in <head> (not in the body, so not scanned). */
  inHead: boolean;
}

/** Leaf-block texts and address of a page, or null when only the tree can tell. */
export function scanHtmlText(html: string): TextScan | null {
  const texts: string[] = [], inner: boolean[] = [];
  const stack: Frame[] = [];
  const address: HeadAddress = { canonical: null, ogUrl: null };
  let topElements = 0, shapeOk = true, headMoving = false, htmlChildren = 0;
  const parser = new Parser({
    onopentag(name, attrs) {
      const parent = stack[stack.length - 1];
      if (!parent && topElements++ === 0 && name !== 'html') shapeOk = false;
      if (parent?.tag === 'html' && stack.length === 1) {
        // linkedom's document.body: the first child element of <html> must be <head>, the next one <body>
        const k = htmlChildren++;
        if ((k === 0 && name !== 'head') || (k === 1 && name !== 'body')) shapeOk = false;
      }
      if (name === 'head' && stack.length === 1) headMoving = false; // each <head> of <html>, as normalizeTree reads it
      let inHead = parent?.inHead ?? false;
      if (parent?.tag === 'head' && stack.length === 2) {
        headMoving ||= !HEAD_CONTENT.has(name.toUpperCase());
        inHead = !headMoving;
      }
      let owner = parent?.owner ?? -1;
      if (!inHead && isBlockTag(name)) {
        if (owner >= 0) inner[owner] = true;
        owner = texts.push('') - 1;
        inner.push(false);
      }
      stack.push({ tag: name, owner, inHead });
      noteAddress(address, name, attrs);
    },
    ontext(text) {
      if (stack.length === 2 && stack[1]!.tag === 'head' && /\S/.test(text)) headMoving = true;
      const top = stack[stack.length - 1];
      if (top && !top.inHead && top.owner >= 0) texts[top.owner] += text;
    },
    onclosetag() { stack.pop(); },
  }, PARSER_OPTIONS);
  parser.write(html);
  parser.end();
  if (!shapeOk || htmlChildren < 2) return null;
  const blocks = texts.filter((t, i) => !inner[i] && /\S/.test(t));
  return { blocks, canonical: address.canonical?.href ?? null, ogUrl: address.ogUrl };
}
