// Pages whose markup leaves the article outside <body> (no <body> tag, paragraphs in <head>, a second <body>,
// text after </html>): the CLI gives linkedom's tree the shape a browser would, so Readability finds the article.
import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { normalizeTree } from '../../cli/tree';
import { processInput, failed } from '../../cli/process';
import { prose } from './helpers';

const shape = (html: string) => {
  const { document } = parseHTML(html) as unknown as { document: Document };
  normalizeTree(document);
  const html_ = document.documentElement;
  return { root: Array.from(html_.children).map((c) => c.tagName), head: Array.from(document.head.children).map((c) => c.tagName), body: Array.from(document.body.children).map((c) => c.tagName) };
};

describe('normalizeTree', () => {
  it('moves what follows the head content out of <head> into the body', () => {
    expect(shape('<html><head><meta charset="utf-8"><title>T</title><p>a</p><main>m</main></head></html>')).toEqual({ root: ['HEAD', 'BODY'], head: ['META', 'TITLE'], body: ['P', 'MAIN'] });
  });
  it('merges a second <body> and elements beside the body into it, in order', () => {
    expect(shape('<html><head></head><div id="a">a</div><body><p>b</p></body><body><p>c</p></body><footer>f</footer></html>'))
      .toEqual({ root: ['HEAD', 'BODY'], head: [], body: ['DIV', 'P', 'P', 'FOOTER'] });
  });
  it('leaves a well-formed page as it is', () => {
    expect(shape('<!DOCTYPE html><html><head><title>T</title><script></script></head><body><article><p>x</p></article></body></html>'))
      .toEqual({ root: ['HEAD', 'BODY'], head: ['TITLE', 'SCRIPT'], body: ['ARTICLE'] });
  });
});

describe('articles outside <body>', () => {
  it.each([
    ['no <body> tag', `<html><head><meta charset="utf-8"><title>Harbour wall</title>${prose(5)}</head></html>`],
    ['a second <body>', `<html><head><title>Harbour wall</title></head><body></body><body><article>${prose(5)}</article></body></html>`],
    ['text after </html>', `<html><head><title>Harbour wall</title></head><body></body></html><article>${prose(5)}</article>`],
  ])('finds the article of a page with %s', (_name, html) => {
    const r = processInput({ file: 'page.html', bytes: new TextEncoder().encode(html), force: true });
    expect(failed(r) ? r.error : r.article!.text).toMatch(/^Paragraph 1 about the harbour wall/);
  });
});
