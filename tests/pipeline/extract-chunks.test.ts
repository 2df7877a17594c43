// A story cut into boxes of one make, each in its own row of the page grid with an advertising row between them
// (real pages lost 50 and 18 paragraphs this way): Readability scores each box alone and keeps one. The boxes it
// leaves behind are put back around the one it kept, in page order.
import { describe, it, expect } from 'vitest';
import { runHtml, parse } from './helpers';
import { findChunks, joinChunks } from '../../lib/chunks';

const para = (part: number, i: number) =>
  `<p>Part ${part}, paragraph ${i}: the survey team walked the ridge at dawn, measured the snow pack at each of the marked stakes and wrote down what the wind had moved overnight.</p>`;
const paras = (part: number, n: number) => Array.from({ length: n }, (_, i) => para(part, i + 1)).join('');

/** One box as such sites build it: grid row > content column > body wrapper > text holder, an aside beside it. */
const box = (part: number, n: number, cls = 'grid chunk-grid', extra = '') =>
  `<div class="${cls}"${extra}><div class="grid-item content"><div class="body article-body"><div class="body-inner">${paras(part, n)}</div></div></div>` +
  `<div class="grid-item aside"><a href="/shop/1">Gear we like</a></div></div>`;
const adRow = '<div class="row ad-slot"></div>';

const page = (inner: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>On the ridge</title></head><body><header><nav><a href="/">Home</a> <a href="/outdoors">Outdoors</a></nav></header>` +
  `<main><h1>On the ridge</h1><div class="chunks">${inner}</div></main><footer><p>© Example Outdoors</p></footer></body></html>`;

const chunked = page([box(1, 4), adRow, box(2, 7), adRow, box(3, 5)].join(''));

describe('a story cut into boxes', () => {
  it('keeps every part, in page order, where Readability alone keeps one box', () => {
    const text = runHtml(chunked).article!.text;
    const order = [1, 2, 3].map((part) => text.indexOf(`Part ${part}, paragraph 1:`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const [part, n] of [[1, 4], [2, 7], [3, 5]] as const) expect(text).toContain(`Part ${part}, paragraph ${n}:`);
    expect(text).not.toContain('Gear we like');
  });

  it('finds the text of each box when every paragraph has a wrapper of its own', () => {
    const wrapped = (html: string) => html.replace(/<p>/g, '<div class="para"><p>').replace(/<\/p>/g, '</p></div>');
    const text = runHtml(page([wrapped(box(1, 4)), adRow, wrapped(box(2, 7)), adRow, wrapped(box(3, 5))].join(''))).article!.text;
    for (const [part, n] of [[1, 4], [2, 7], [3, 5]] as const) expect(text).toContain(`Part ${part}, paragraph ${n}:`);
  });

  it('finds the boxes by structure: same tag and class, prose in each, only empty rows between', () => {
    expect(findChunks(parse(chunked).body)?.length).toBe(3);
  });

  it('does not join boxes without a class, a hidden box, the next story, or boxes with a heading between them', () => {
    const cases = [
      page([box(1, 4, ''), adRow, box(2, 7, '')].join('')),
      page([box(1, 4), adRow, box(2, 7, 'grid chunk-grid', ' style="display: none"')].join('')),
      page([box(1, 4), adRow, box(2, 7).replace('<div class="body-inner">', '<div class="body-inner"><h1>Another story</h1>')].join('')),
      page([box(1, 4), '<h2>Gear guide</h2>', box(2, 7)].join('')),
      page([box(1, 4), adRow, box(2, 2)].join('')),
    ];
    for (const html of cases) expect(findChunks(parse(html).body)).toBeNull();
  });

  it('does not join a page whose own paragraphs sit beside the boxes', () => {
    const html = page([`<p>${'An introduction that belongs to the page around the boxes, long enough to be prose of its own. '.repeat(2)}</p>`, box(1, 4), adRow, box(2, 7)].join(''));
    expect(findChunks(parse(html).body)).toBeNull();
  });

  it('joins a short last part set as the story is, and skips a player row of the boxes\' own make', () => {
    const set = (html: string) => html.replace(/<p>/g, '<p class="story-text">');
    const player = '<div class="grid chunk-grid"><h2>Listen: the ridge at dawn</h2><p class="player-info">Audio, 2:57 min. Available until June.</p></div>';
    const html = page([set(box(1, 4)), adRow, player, set(box(2, 5)), adRow, set(box(3, 2))].join(''));
    expect(findChunks(parse(html).body)?.length).toBe(3);
    const text = runHtml(html).article!.text;
    for (const [part, n] of [[1, 4], [2, 5], [3, 2]] as const) expect(text).toContain(`Part ${part}, paragraph ${n}:`);
  });

  it('joins the parts around an inline teaser box of another make, in page order, and leaves the teaser out', () => {
    const set = (html: string) => html.replace(/<p>/g, '<p class="story-text">');
    const teaser = '<div class="teaser-box inline"><h4><a href="/video/ridge">Video: the ridge at dawn</a></h4><p class="teaser-text"><a href="/video/ridge">Our team filmed the snow pack on the ridge at dawn, before the wind moved it, and talked to the rangers.</a></p></div>';
    const html = page([set(box(1, 6)), teaser, set(box(2, 2)), adRow, set(box(3, 8)), teaser, set(box(4, 3))].join(''));
    expect(findChunks(parse(html).body)?.length).toBe(4);
    const text = runHtml(html).article!.text;
    const order = [1, 2, 3, 4].map((part) => text.indexOf(`Part ${part}, paragraph 1:`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toContain('talked to the rangers');
  });

  it('puts a part back between the two kept around it when Readability kept more than one', () => {
    const doc = parse('<html><body><div id="page"><div data-cp-text="1"><p>Second part.</p></div><div data-cp-text="3"><p>Fourth part.</p></div></div>' +
      '<div id="article"><div data-cp-text="0"><p>First part.</p></div><div data-cp-text="2"><p>Third part.</p></div></div></body></html>');
    const article = doc.getElementById('article')!;
    article.remove();
    expect(joinChunks(article, doc)).toBe(2);
    expect(article.textContent).toBe('First part.Second part.Third part.Fourth part.');
    expect(article.querySelector('[data-cp-text]')).toBeNull();
  });

  it('does not join a short box whose paragraphs are set otherwise than the story\'s', () => {
    const set = (html: string, cls: string) => html.replace(/<p>/g, `<p class="${cls}">`);
    const html = page([set(box(1, 4), 'story-text'), adRow, set(box(2, 2), 'teaser-text')].join(''));
    expect(findChunks(parse(html).body)).toBeNull();
  });
});

describe('boxes of one make all hidden', () => {
  // No box is a member of the family: the walk between the first member and the last began at index -1 and read an
  // element that is not there (a TypeError that lost the page).
  it('makes no family and no error', () => {
    const html = page([box(1, 4, 'grid chunk-grid', ' hidden'), adRow, box(2, 4, 'grid chunk-grid', ' hidden')].join(''));
    expect(findChunks(parse(html).body)).toBeNull();
    expect(() => runHtml(html)).not.toThrow();
  });
});
