// A photo's caption set as a heading in the picture's box (`<div><img><h1>…</h1><p>Photo: …</p></div>`) read as a
// big title in the middle of the story. It becomes the picture's caption; a teaser card (a picture and another
// story's headline, linked) and a short section heading after a picture stay as they are.
import { describe, it, expect } from 'vitest';
import { page, runHtml } from './helpers';

const para = (i: number) =>
  `<p>Paragraph ${i}: the harbour board met on Tuesday to hear the engineers' report on the wall, and voted after a long debate about the cost.</p>`;
const paras = (from: number, n: number) => Array.from({ length: n }, (_, i) => para(from + i)).join('');
const CAPTION = 'Harbour master Jane Doe, second left, and board chair John Roe, right, inspect the damaged section of the old wall at the north pier yesterday.';
const img = '<div class="zoom"><img src="https://example.org/wall.jpg" width="800" height="500"></div>';

describe('a caption marked up as a heading', () => {
  it('becomes the picture\'s figcaption, not a heading of the story', () => {
    const html = page(`${paras(1, 3)}<div class="imgbox">${img}<h1>${CAPTION}</h1><p>Photo: AFP</p></div>${paras(4, 3)}`);
    const r = runHtml(html);
    const body = r.article!.html;
    expect(body).toMatch(/<figure>[\s\S]*<img[^>]*wall\.jpg[\s\S]*<figcaption>Harbour master Jane Doe/);
    expect(body).not.toMatch(/<h[1-6][^>]*>Harbour master/);
  });

  it('leaves a short section heading after a picture a heading', () => {
    const html = page(`${paras(1, 3)}<div class="imgbox">${img}<h2>What the engineers found</h2></div>${paras(4, 3)}`);
    expect(runHtml(html).article!.html).toMatch(/<h[23][^>]*>What the engineers found/);
  });

  it('leaves a linked teaser card alone', () => {
    const teaser = `<div class="card"><a href="/other-story">${img}<h3>${CAPTION}</h3></a></div>`;
    const body = runHtml(page(paras(1, 6) + teaser)).article!.html;
    expect(body).not.toContain('<figcaption>Harbour master');
  });
});
