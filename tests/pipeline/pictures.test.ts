// Pictures in the extracted article: a lazy-loading page's grey stand-in beside the photo it is swapped for leaves
// the article (the photo stays, a gallery of plain pictures too), and a srcset gets whole addresses, commas and all.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const figure = (imgs: string) => `<figure><div><p>${imgs}<span>Agency Photos</span></p></div></figure>`;

describe('an image standing in for the photo', () => {
  it('leaves the article, the photo and its credit stay', () => {
    const r = runHtml(page(figure('<img src="/static/grey-placeholder.png"><img srcSet="/p/480.jpg 480w, /p/800.jpg 800w" src="/p/480.jpg" alt="The harbour wall at dawn">') + prose(6)));
    expect(r.article!.html).not.toContain('grey-placeholder');
    expect(r.article!.html).toContain('/p/480.jpg');
    expect(r.article!.html).toContain('Agency Photos');
  });

  it('leaves a gallery of plain pictures as it is', () => {
    const r = runHtml(page(figure('<img src="/g/one.jpg" alt=""><img src="/g/two.jpg" alt="">') + prose(6)));
    expect(r.article!.html).toContain('/g/one.jpg');
    expect(r.article!.html).toContain('/g/two.jpg');
  });

  it('keeps a described picture before a responsive one', () => {
    const r = runHtml(page(figure('<img src="/g/map.png" alt="Map of the harbour"><img srcset="/p/a.jpg 1x" src="/p/a.jpg">') + prose(6)));
    expect(r.article!.html).toContain('/g/map.png');
  });
});

describe('responsive pictures', () => {
  it('get whole addresses in their srcset, however the page wrote the attribute', () => {
    const r = runHtml(page(figure('<img srcSet="/p/480.jpg 480w, /p/800.jpg 800w" src="/p/480.jpg" alt="The harbour wall">') + prose(6)), { url: 'https://news.example/story' });
    expect(r.article!.html).toMatch(/srcset="https:\/\/news\.example\/p\/480\.jpg 480w, https:\/\/news\.example\/p\/800\.jpg 800w"/i);
  });
});

describe('a srcset read as browsers read it', () => {
  it('keeps commas inside an address and splits candidates at the commas between them', async () => {
    const { mapSrcset } = await import('../../lib/pictures');
    const up = (u: string) => `[${u}]`;
    expect(mapSrcset('/a.jpg?crop=400,200,1000 400w, /b.jpg?w=800,h=600 800w', up)).toBe('[/a.jpg?crop=400,200,1000] 400w, [/b.jpg?w=800,h=600] 800w');
    expect(mapSrcset('/a.jpg 320w,\n/b.jpg 640w', up)).toBe('[/a.jpg] 320w, [/b.jpg] 640w');
    expect(mapSrcset('/a.jpg, /b.jpg 2x', up)).toBe('[/a.jpg], [/b.jpg] 2x');
    expect(mapSrcset('/a.jpg', up)).toBe('[/a.jpg]');
    expect(mapSrcset(' , ', up)).toBe('');
  });
});

describe('a photo the page names shareable', () => {
  // Daily Mail: a lazy photo, its <noscript> copy, and its alt text printed as the caption below.
  it('stays, once, with its caption (Readability drops anything named "share")', () => {
    const lazy = (n: number) => `<div class="mol-img-group"><div class="mol-img"><div class="image-wrap"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://cdn.example/p/bill-${n}.jpg" height="459" width="634" alt="Caption ${n}: collectors pay thousands for a matched pair" class="blkBorder img-share"></div><noscript><img src="https://cdn.example/p/bill-${n}.jpg" height="459" width="634" alt="Caption ${n}: collectors pay thousands for a matched pair" class="img-share"></noscript></div><p class="imageCaption">Caption ${n}: collectors pay thousands for a matched pair</p></div>`;
    const html = runHtml(page(prose(2) + lazy(1) + prose(2) + lazy(2) + prose(2))).article!.html;
    for (const n of [1, 2]) {
      expect(html.match(new RegExp(`bill-${n}\\.jpg`, 'g'))).toHaveLength(1);
      expect(html).toMatch(new RegExp(`<figure>.*bill-${n}\\.jpg.*<figcaption>Caption ${n}:`, 's'));
    }
  });

  it('but a share button\'s icon is no photo', () => {
    const html = runHtml(page(prose(3) + '<p><a href="https://social.example/share"><img src="/i/share.png" width="24" height="24" class="share" alt="Share"></a></p>' + prose(3))).article!.html;
    expect(html).not.toContain('share.png');
  });
});

describe('a lazy picture whose src is a hosted stand-in', () => {
  const lazy = (file: string, src: string, alt: string) => `<figure><img src="${src}" data-src="https://news.example/photos/${file}" alt="${alt}"><figcaption>${alt}, the caption.</figcaption></figure>`;

  it('shows its own address when several pictures share one src', () => {
    const fallback = 'https://news.example/theme/fallback.png';
    const r = runHtml(page(prose(2) + lazy('wall.jpg', fallback, 'The wall') + prose(2) + lazy('quay.jpg', fallback, 'The quay') + prose(2)), { url: 'https://news.example/story' });
    expect(r.article!.html).not.toContain('fallback.png');
    expect(r.article!.html).toContain('https://news.example/photos/wall.jpg');
    expect(r.article!.html).toContain('https://news.example/photos/quay.jpg');
  });

  it('shows its own address when the src is named a placeholder, and keeps a src of its own otherwise', () => {
    const r = runHtml(page(prose(2) + lazy('wall.jpg', '/img/lazy-placeholder.png', 'The wall') + prose(2) + lazy('quay-big.jpg', '/photos/quay.jpg', 'The quay') + prose(2)), { url: 'https://news.example/story' });
    expect(r.article!.html).not.toContain('lazy-placeholder.png');
    expect(r.article!.html).toContain('https://news.example/photos/wall.jpg');
    expect(r.article!.html).toContain('/photos/quay.jpg');
    expect(r.article!.html).not.toContain('quay-big.jpg');
  });

  it('shows its own address when the src is named by a size alone (a blank drawn at the box\'s size)', () => {
    const r = runHtml(page(prose(2) + lazy('wall.jpg', '/image/stand/800x600.png', 'The wall') + prose(4)), { url: 'https://news.example/story' });
    expect(r.article!.html).not.toContain('800x600.png');
    expect(r.article!.html).toContain('https://news.example/photos/wall.jpg');
  });

  it("keeps the src when the lazy attribute holds a loader's settings, not an address", () => {
    const gif = 'https://cdn.example/sc/blank.gif';
    const settings = (w: number) => `<img src="${gif}" data-src='{"default":{"load":"default","w":"${w}"}}' alt="Photo ${w}">`;
    const r = runHtml(page(prose(2) + settings(300) + prose(2) + settings(400) + prose(2)), { url: 'https://news.example/story' });
    expect(r.article!.html).not.toMatch(/%7B|"default"/);
  });
});

describe("an address holding a script's unfilled placeholder", () => {
  const tpl = (id: number) => `<figure><img data-url="https://img.example/image/${id}_\${formatId}.jpg" alt="Photo ${id}"><figcaption>Caption of photo ${id}.</figcaption></figure>`;
  const lead = '<figure><img src="https://img.example/image/111_600.jpg" srcset="https://img.example/image/111_600.jpg 78w, https://img.example/image/111_605.jpg 1199w" alt="Lead"><figcaption>Lead caption.</figcaption></figure>';

  it("is filled with the value the page's other pictures of that shape carry (the widest)", () => {
    const r = runHtml(page(lead + prose(2) + tpl(222) + prose(3)), { url: 'https://news.example/story' });
    expect(r.article!.html).not.toContain('formatId');
    expect(r.article!.html).toContain('https://img.example/image/222_605.jpg');
    expect(r.article!.html).toContain('Caption of photo 222.');
  });

  it('with no such picture, shows no broken address; the caption stays', () => {
    const r = runHtml(page(prose(2) + tpl(222) + prose(3)), { url: 'https://news.example/story' });
    expect(r.article!.html).not.toMatch(/formatId|%7BformatId/);
    expect(r.article!.html).toContain('Caption of photo 222.');
  });
});
