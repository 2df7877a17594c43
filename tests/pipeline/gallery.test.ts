// A story's pictures kept once, with their captions, where the page sets them apart from a <figure>: a caption box
// beside the picture that says what the alt text says, a gallery whose slides a carousel hides or gives only as
// <noscript> copies, a figure inside a link that leads nowhere (lib/alt-captions.ts, lib/gallery.ts, lib/figures.ts).
import { describe, it, expect } from 'vitest';
import { page, prose, runHtml } from './helpers';

const run = (middle: string) => runHtml(page(`${prose(3)}${middle}${prose(3).replace(/Paragraph (\d)/g, 'Part $1')}`)).article!;
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const ALT = 'Engineers inspect the new harbour wall at low tide in Portsmouth';

describe('a caption beside its picture', () => {
  it('joins the picture as its caption when it says what the alt text says', () => {
    const a = run(`<img src="https://news.example/img/wall.jpg" alt="${ALT} on Monday, March 4, 2024." width="800" height="500">
      <div class="image__caption"><span>${ALT}, on March 4. </span><span>Photo: Jane Doe / AP</span></div>`);
    expect(a.html).toMatch(/<figure>[\s\S]*wall\.jpg[\s\S]*<figcaption>[\s\S]*Engineers inspect[\s\S]*Jane Doe \/ AP[\s\S]*<\/figcaption><\/figure>/);
    expect(a.text).not.toContain('Engineers inspect');
  });
  it('leaves a paragraph after the picture in the story, however like the alt text it starts', () => {
    const para = `<p>${ALT}, the council said on Monday, as residents gathered to watch the tide come in and the engineers measured the stones one by one, a task that will take them the whole of the spring and part of the summer.</p>`;
    const a = run(`<img src="https://news.example/img/wall.jpg" alt="${ALT}" width="800" height="500">${para}`);
    expect(a.html).not.toContain('<figcaption>');
    expect(a.text).toContain('the council said on Monday');
  });
  it('says a caption once when the page sets it twice (a full and a cut version) and keeps its words', () => {
    const a = run(`<ul class="gallery"><li><div class="img-wrap"><img src="https://news.example/img/wall.jpg" alt="${ALT}. Photo: Jane Doe, AP"></div>
      <div class="caption"><div class="caption-full">${ALT}.</div><div class="caption-truncated">${ALT}.</div><span class="credit">Photo: Jane Doe, AP</span></div></li></ul>`);
    expect(a.html).toMatch(/<figcaption>[\s\S]*Engineers inspect[\s\S]*Jane Doe, AP/);
    expect(count(a.html.replace(/alt="[^"]*"/g, ""), /Engineers inspect/g)).toBe(1);
  });
});

describe('a gallery', () => {
  const slide = (id: string, inner: string) => `<div class="carousel__slide" aria-hidden="true"><div class="spinner"></div><div class="image">${inner}</div></div>`;
  const img = (id: string, alt: string) => `<img src="https://news.example/img/${id}.jpg" width="1600" height="1200" alt="${alt}">`;
  const gallery = `<div class="gallery"><div class="carousel__container"><div class="carousel__scroller">
      ${slide('a', img('a', `${ALT} on Monday`))}
      ${slide('b', `<div class="image-container"></div><noscript>${img('b', 'The old wall before the storm')}</noscript>`)}
      ${slide('c', `<div class="image-container"></div><noscript>${img('c', 'A crane lifts a stone block')}</noscript>`)}
      ${slide('a2', img('a', `${ALT} on Monday`))}
    </div></div><div class="gallery__detail"><div class="caption"><b>[1/3]</b><span>${ALT}, March 4. REUTERS/Jane Doe
      <a href="https://agency.example/license/?utm=caption">Purchase Licensing Rights</a></span></div></div></div>`;
  const a = run(gallery + '<footer><a href="https://agency.example/license/?utm=footer">Licensing</a></footer>');
  it('keeps every slide, hidden or given only in <noscript>, once', () => {
    for (const id of ['a', 'b', 'c']) expect(count(a.html, new RegExp(`img/${id}\\.jpg`, 'g')), id).toBe(1);
  });
  it('sets the caption under its own slide, without the counter and the site\'s licensing link', () => {
    expect(a.html).toMatch(/img\/a\.jpg[^]*<figcaption>[^]*Engineers inspect[^]*REUTERS\/Jane Doe[^]*<\/figcaption>[^]*img\/b\.jpg/);
    expect(a.html).not.toContain('[1/3]');
    expect(a.html).not.toContain('Purchase Licensing Rights');
    expect(a.text).not.toContain('Engineers inspect');
  });
  it('takes no icon for a slide', () => {
    const b = run(`<div><div aria-hidden="true"><img src="https://news.example/icons/arrow.png" width="24" height="24"></div></div>`);
    expect(b.html).not.toContain('arrow.png');
  });
});

describe('a figure inside a link to nowhere', () => {
  it('keeps the figure and its caption', () => {
    const a = run(`<div class="main-image"><a class="content-image image-zoomin"><figure><picture><img src="https://news.example/img/loo.jpg" width="480" height="270" alt="A portable toilet"></picture>
      <figcaption><span>A portable toilet by the park.</span><strong>Courtesy of the residents</strong></figcaption></figure></a></div>`);
    expect(a.html).toContain('loo.jpg');
    expect(a.html).toMatch(/<figcaption>[\s\S]*A portable toilet by the park\.[\s\S]*Courtesy of the residents/);
  });
});

describe('a picture shown twice', () => {
  const fig = (size: string, caption = 'Engineers inspect the wall.') => `<figure><img src="https://news.example/img/wall-${size}.jpg" alt="The new wall"><figcaption>${caption}</figcaption></figure>`;
  it('is kept once, whether in the same size or another, with its caption once', () => {
    const a = run(fig('706x386') + '<p>Between the two.</p>' + fig('1412x772'));
    expect(count(a.html, /<img/g)).toBe(1);
    expect(count(a.html, /Engineers inspect the wall/g)).toBe(1);
  });
  it('keeps two pictures from one placeholder file when their alt texts differ', () => {
    const img = (alt: string) => `<figure><img src="https://news.example/spinner.gif" alt="${alt}"><figcaption>${alt}.</figcaption></figure>`;
    const a = run(img('A needle in a clinic') + '<p>Between the two.</p>' + img('Detainees in a yard'));
    expect(count(a.html, /<figcaption>/g)).toBe(2);
  });
});

describe('a stand-in before a captioned picture', () => {
  it('goes, the picture and its caption stay', () => {
    const a = run(`<div><img src="https://news.example/grey-placeholder.png"><figure><img src="https://news.example/img/city.jpg" srcset="https://news.example/img/city.jpg 480w" alt="The city at night"><figcaption>Getty Images</figcaption></figure></div>`);
    expect(a.html).not.toContain('grey-placeholder');
    expect(a.html).toMatch(/city\.jpg[\s\S]*<figcaption>Getty Images<\/figcaption>/);
  });
  it('leaves a small picture of its own size before a figure (no stand-in)', () => {
    const a = run(`<p><img src="https://news.example/img/sticker.png" alt="" width="119" height="103"></p><figure><img src="https://news.example/img/park.jpg" srcset="https://news.example/img/park.jpg 960w" alt=""><figcaption>The park in autumn</figcaption></figure>`);
    expect(a.html).toContain('sticker.png');
  });
});
