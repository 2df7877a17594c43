// The first pass of a batch's site memory reads a page's blocks from the parser's events without building its tree
// (cli/scan.ts). It must read exactly what the tree gives: the same blocks, the same texts, the same address.
import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanHtmlText } from '../../cli/scan';
import { normalizeTree } from '../../cli/tree';
import { leafBlockTexts } from '../../lib/blocks';
import { pageUrl } from '../../lib/detect';

function fromTree(html: string) {
  const document = parseHTML(html).document as unknown as Document;
  normalizeTree(document);
  return { blocks: leafBlockTexts(document.body), url: pageUrl(document) || null };
}

function fromEvents(html: string) {
  const s = scanHtmlText(html);
  return s && { blocks: s.blocks, url: s.canonical || s.ogUrl || null };
}

const PAGES: Record<string, string> = {
  plain: '<!DOCTYPE html><html><head><title>T</title><link rel="canonical" href="https://gazette.example/a"></head><body><main><article><h1>Ferry strike</h1><p>First &amp; <b>bold</b> words.</p><div><p>Nested</p> loose text</div><ul><li>One</li><li>Two <script>var x = "<p>";</script></li></ul></article></main></body></html>',
  'paragraph in the head (a page missing its body tag)': '<html><head><meta charset="utf-8"><noscript><div>Head noscript text</div></noscript><p>Story starts in the head</p><noscript><div>Moved noscript text</div></noscript></head><body><p>Body text</p></body></html>',
  'second body, elements beside the body and after </html>': '<html><head></head><body><p>One</p></body><div><p>Beside</p></div><body><p>Second body</p></body></html><p>After html</p>',
  'unclosed paragraphs and tables the parser closes': '<html><head></head><body><p>One<p>Two<table><tr><td>Cell<td>Cell two</table><blockquote><p>Quoted</blockquote></body></html>',
  'og:url when no canonical link, empty href skipped': '<html><head><link rel="canonical" href=""><meta property="og:url" content=" https://gazette.example/og "></head><body><p>Text</p></body></html>',
  'svg and templates': '<html><head></head><body><svg><foreignObject><div>In SVG</div></foreignObject></svg><template><p>Templated</p></template></body></html>',
};

describe("a batch's first pass from the parser's events", () => {
  for (const [name, html] of Object.entries(PAGES))
    it(`reads what the tree gives: ${name}`, () => {
      const events = fromEvents(html);
      expect(events).not.toBeNull();
      expect(events).toEqual(fromTree(html));
    });

  it('leaves to the full parse a page whose tree linkedom would reshape', () => {
    expect(scanHtmlText('<p>No html element at all</p>')).toBeNull();
    expect(scanHtmlText('<html><body><p>No head</p></body></html>')).toBeNull();
    expect(scanHtmlText('<html><head></head><div>Not the body next</div><body><p>x</p></body></html>')).toBeNull();
  });
});
