// A page that leaves its tags open (no </a>, no </p>) gets a story the parser nests inside one link: every paragraph
// then sits in that <a>, and read as "all link" after a "Related" line they all went as its list. A link around a
// block counts as the block's own only when it holds no more text than the block; a real teaser's link still does.
import { describe, expect, it } from 'vitest';
import { parse, prose } from './helpers';
import { cleanArticle } from '../../lib/clean/index';

const run = (inner: string) => cleanArticle(parse(`<html><body><div id="b">${inner}</div></body></html>`).getElementById('b')!);

describe('a story nested inside a link the page left open', () => {
  it('keeps every paragraph after a related line, however deep the link wraps them', () => {
    // As the parser nests them: the link's one child holds the paragraphs, each inside the one before.
    const nested = '<p>Related articles</p><p><a href="/news/2024-05-01-older-story/"><span><p>' +
      prose(3).replace(/<\/p>\n<p>/g, '<span><p>') + '</span></span></span></a></p>';
    const c = run(prose(2, 'quay') + nested);
    for (const n of [1, 2, 3]) expect(c.text).toContain(`Paragraph ${n} about the harbour wall`);
    expect(c.removed.some((x) => x.text.includes('harbour wall'))).toBe(false);
  });

  it('keeps them in another language too, and still takes a real teaser link under the related line', () => {
    const story = prose(3, 'Hafenmauer').replace(/Paragraph (\d) about the Hafenmauer: the council met on day/g,
      'Absatz $1 über die Hafenmauer: der Rat tagte am Tag');
    const c = run(`${prose(2, 'quay')}<p>Related articles</p><p><a href="/news/2024-05-01-older-story/">Older story about the quay walls</a></p>` +
      `<div><a href="/news/2024-04-02-other-story/"><div>${story}</div></a></div>`);
    for (const n of [1, 2, 3]) expect(c.text).toContain(`Absatz ${n} über die Hafenmauer`);
    expect(c.removed.map((x) => x.text)).toContain('Older story about the quay walls');
  });
});
