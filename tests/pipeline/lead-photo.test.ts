import { describe, it, expect } from 'vitest';
import { parse, runHtml, prose } from './helpers';
import { findLeadPhoto } from '../../lib/lead-photo';

// The lead photo a site sets in a header box beside the text's container: Readability leaves it out, the reader
// view and the exports must show it, with its caption, once.
function pageWith(header: string, body = prose(6)): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new harbour wall</title>
<meta property="og:type" content="article"><meta property="og:url" content="https://news.example/2026/01/05/wall">
<meta property="article:published_time" content="2026-01-05T10:00:00Z"></head><body>
<header class="article-header"><h1>Council approves new harbour wall</h1>${header}</header>
<div class="article-body">${body}</div></body></html>`;
}
const photo = '<figure class="hero"><img src="/img/wall-1200x800.jpg" width="1200" height="800" alt=""><figcaption>The new wall at low tide. (Photo: J. Doe)</figcaption></figure>';

describe('lead photo', () => {
  it("takes a photo whose width and height are its box's shares (100 by 56.25) when its srcset gives a photo's widths", () => {
    const share = '<figure><picture><source srcset="/img/w-800.jpg 575w" media="(max-width: 575px)"><img src="" srcset="/img/w-600.jpg 379w, /img/w-1200.jpg 1199w" width="100" height="56.25" alt="The wall"></picture><figcaption>The new wall at low tide.</figcaption></figure>';
    expect(runHtml(pageWith(share)).article!.html).toContain('/img/w-600.jpg');
    const icon = '<figure><img srcset="/img/badge-48.png 48w, /img/badge-96.png 96w" width="48" height="48" alt="Badge"><figcaption>Badge</figcaption></figure>';
    expect(runHtml(pageWith(icon)).article!.html).not.toContain('badge');
  });
  it('puts the photo from the header box back at the top of the article, with its caption', () => {
    const a = runHtml(pageWith(photo)).article!;
    expect(a.html.indexOf('https://news.example/img/wall-1200x800.jpg')).toBeGreaterThan(-1);
    expect(a.html.indexOf('wall-1200x800.jpg')).toBeLessThan(a.html.indexOf('Paragraph 1 about'));
    expect(a.html).toContain('The new wall at low tide');
    expect(a.text).not.toContain('The new wall at low tide'); // a caption is not body text
  });
  it('takes no avatar, icon or logo for a photo', () => {
    const header = `<div class="byline"><img src="/authors/jane.jpg" width="300" height="300"> By Jane Doe</div>
      <img src="/static/share-icon.svg" width="400" height="400"><div class="site-logo"><img src="/brand.png" width="600" height="200"></div>`;
    const a = runHtml(pageWith(header)).article!;
    for (const src of ['jane.jpg', 'share-icon.svg', 'brand.png']) expect(a.html, src).not.toContain(src);
  });
  it('does not show the photo twice when the article already holds it (another size of it)', () => {
    const body = `<figure><img src="/img/wall-800x533.jpg" width="800" height="533"><figcaption>The wall.</figcaption></figure>${prose(6)}`;
    const a = runHtml(pageWith(photo, body)).article!;
    expect(a.html.match(/<img/g)?.length).toBe(1);
  });
});

// A photo set above the headline's box (an "opener"), or one whose address only a lazy-loading attribute or a srcset
// holds: the reader showed no photo at all.
describe('lead photo, other places and attributes', () => {
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new harbour wall</title>
<meta property="og:type" content="article"></head><body>`;
  it('takes a figure set right before the headline\'s box', () => {
    const html = `${head}<div class="story"><figure class="opener"><img srcset="https://news.example/crops/w=875,q=90/wall.jpg" alt="The wall" width="1200" height="600"></figure>
      <div class="lead"><div class="kicker">Harbour</div><h1>Council approves new harbour wall</h1></div>
      <div class="article-body">${prose(6)}</div></div></body></html>`;
    const a = runHtml(html).article!;
    expect(a.html).toContain('src="https://news.example/crops/w=875,q=90/wall.jpg"');
    expect(a.html.indexOf('wall.jpg')).toBeLessThan(a.html.indexOf('Paragraph 1 about'));
  });
  it('reads a lazy-loading attribute a script library names for itself', () => {
    const img = '<img class="Image" alt="Image" width="599" height="401" data-gallery-lazyload="https://news.example/img/wall.jpg" src="data:image/svg+xml;base64,AAAA">';
    const a = runHtml(pageWith(`<div class="slide">${img}</div>`)).article!;
    expect(a.html).toContain('src="https://news.example/img/wall.jpg"');
  });
  it("takes the photo of a grid's media cell set before the title's cell, past a kicker, its caption said once", () => {
    const caption = '<figcaption>The new wall at low tide. Photograph: J. Doe</figcaption>';
    const html = `${head}<main><div class="grid">
      <div data-area="media"><div><figure><picture><img src="https://news.example/img/wall.jpg" alt="The wall" width="1200" height="600"></picture>
        <div class="mobile-caption">${caption}</div>${caption}</figure></div></div>
      <aside data-area="title"><a href="/harbour">Harbour</a></aside><div class="rule"></div>
      <div data-area="headline"><div><h1>Council approves new harbour wall</h1></div></div>
      <div data-area="body">${prose(6)}</div></div></main></body></html>`;
    const a = runHtml(html).article!;
    expect(a.html.indexOf('img/wall.jpg')).toBeGreaterThan(-1);
    expect(a.html.indexOf('img/wall.jpg')).toBeLessThan(a.html.indexOf('Paragraph 1 about'));
    expect(a.html.split('The new wall at low tide').length - 1).toBe(1);
  });
  it("takes the page's share picture set as the background of the headline's header, and no other background", () => {
    const page = (bg: string) => `${head.replace('</head>', '<meta property="og:image" content="https://news.example/img/wall.jpeg"></head>')}
      <header class="hero" style="background-image: url('${bg}');"><div class="meta"><h1>Council approves new harbour wall</h1></div></header>
      <div class="article-body">${prose(6)}</div></body></html>`;
    const a = runHtml(page('https://news.example/img/wall.jpeg')).article!;
    expect(a.html).toContain('src="https://news.example/img/wall.jpeg"');
    expect(a.html.indexOf('img/wall.jpeg')).toBeLessThan(a.html.indexOf('Paragraph 1 about'));
    expect(runHtml(page('https://news.example/img/texture.png')).article!.html).not.toContain('texture.png');
  });
  it('takes no picture that stands before a box other than the headline\'s', () => {
    const html = `${head}<figure class="promo"><img src="https://news.example/img/other.jpg" width="1200" height="600"></figure>
      <nav>Home · World</nav><div class="lead"><h1>Council approves new harbour wall</h1></div>
      <div class="article-body">${prose(6)}</div></body></html>`;
    expect(runHtml(html).article!.html).not.toContain('other.jpg');
  });
});

// The lead photo under a long standfirst (Público, Les Echos), in a box named "placeholder" (TimesLive), or set
// above the headline's box with only its credit beside it (Krautreporter): the reader showed none of them.
describe('lead photo, under a standfirst or with a credit only', () => {
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new harbour wall</title>
<meta property="og:type" content="article"><meta name="description" content="${'Residents of the old town say the council ignored them for years, and the new wall, approved after a long and bitter debate, will cost far more than promised.'}"></head><body>`;
  const standfirst = '<p class="dek">Residents of the old town say the council ignored them for years, and the new wall, approved after a long and bitter debate, will cost far more than promised.</p>';
  it('takes the photo under a long standfirst', () => {
    const html = `${head}<header><h1>Council approves new harbour wall</h1>${standfirst}</header>
      <div class="main"><div class="main-image"><figure><img src="https://news.example/img/crowd.jpg" width="480" height="270" alt="Crowds on the quay"><figcaption>Crowds on the quay. J. Doe / Agency</figcaption></figure></div>
      <div class="article-body">${prose(6)}</div></div></body></html>`;
    const a = runHtml(html).article!;
    expect(a.html).toContain('crowd.jpg');
    expect(a.html).toContain('<figcaption>Crowds on the quay. J. Doe / Agency</figcaption>');
  });
  it('takes the photo whose box is named a placeholder (the picture itself is no stand-in)', () => {
    const a = runHtml(pageWith('<figure><div class="custom-image-placeholder"><img src="/img/wall.jpg" alt="The wall"></div><figcaption>The wall. (NPA)</figcaption></figure>')).article!;
    expect(a.html).toContain('wall.jpg');
    expect(a.html).toContain('(NPA)');
  });
  it('takes the photo set above the headline\'s box with its credit as the caption', () => {
    const html = `${head}<header><section class="teaser-image"><img alt="A woman looks at the camera" srcset="https://news.example/img/woman.jpg?w=100 100w, https://news.example/img/woman.jpg?w=800 800w" src="https://news.example/img/woman.jpg">
      <p class="credits">Jane Doe/Agency</p></section><section class="teaser-text"><h1>Council approves new harbour wall</h1></section></header>
      <div class="article-body">${prose(6)}</div></body></html>`;
    const a = runHtml(html).article!;
    expect(a.html).toMatch(/<figure>[\s\S]*woman\.jpg[\s\S]*<figcaption>Jane Doe\/Agency<\/figcaption><\/figure>/);
    expect(a.text).not.toContain('Jane Doe/Agency');
  });
});

describe('a slideshow at the top (AP)', () => {
  const slide = (media: string, caption: string, n: number) => `<div class="slide"><div class="media">${media}<button aria-label="Full screen"><svg width="35" height="35"></svg></button></div><div class="info"><span>${n} of 3 | </span><span><p>${caption}</p></span><button>Read More</button></div></div>`;
  const longCaption = (who: string) => `${who} speaks at a campaign event at a high school in Detroit on Monday, the first of many stops the campaign has planned across the state this autumn. (Photo/J. Doe)`;
  const show = `<div class="carousel">${slide('<video controls></video>', longCaption('The video shows how the nominee'), 1)}${slide('<picture><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" data-flickity-lazyload="https://img.example/dims/crop/3014x2017/?url=1ad075f731f5" width="599" height="401" alt="Image"></picture>', longCaption('The governor'), 2)}${slide('<img src="https://img.example/p/3.jpg" width="599" height="401" alt="">', longCaption('The mayor'), 3)}</div>`;

  it('gives its first photo as the lead photo, with that slide\'s caption (a video\'s caption is no story text)', () => {
    const a = runHtml(pageWith(show)).article!;
    expect(a.html).toContain('https://img.example/dims/crop/3014x2017/?url=1ad075f731f5');
    expect(a.html).toMatch(/<figcaption>The governor speaks/);
  });
});

describe('an image address that holds a hash', () => {
  it('is no advert for the letters "ad" between its digits', () => {
    const a = runHtml(pageWith('<figure><img src="https://img.example/image/539fcc98d82ad488e52=w700" width="700" height="466" alt=""><figcaption>Readers at the fair.</figcaption></figure>')).article!;
    expect(a.html).toContain('539fcc98d82ad488e52');
  });
});

// Lead photos the reader lost to markup that is a hint or a stand-in (review 23): sizes that are an aspect ratio, a
// site's name as the page's first <h1>, a lazy loader's settings written as JSON.
describe('lead photo behind a hint or a stand-in', () => {
  it('takes a photo whose width and height give only its shape (16 by 9), with its caption', () => {
    const fig = '<figure><img src="/img/stage.jpg?resize=640,360" alt="Thumbnail" width="16" height="9"><figcaption>Protesters on the stage.</figcaption></figure>';
    const a = runHtml(pageWith(fig)).article!;
    expect(a.html).toContain('/img/stage.jpg');
    expect(a.html).toContain('Protesters on the stage.');
    // An icon's own size stays an icon's.
    expect(runHtml(pageWith('<figure><img src="/img/star.png" width="16" height="14" alt="Star"><figcaption>Star</figcaption></figure>')).article!.html).not.toContain('star.png');
  });
  it("finds the photo under the story's headline when the page's first <h1> is the site's name in a link home", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new harbour wall</title>
<meta property="og:type" content="article"></head><body><div class="masthead"><a href="/"><h1><svg viewBox="0 0 10 10"><title>The Harbour Times</title></svg></h1></a></div>
<nav><a href="/news">News</a><a href="/sport">Sport</a></nav>
<div class="story-head"><h1>Council approves new harbour wall</h1><p>Updated Tuesday</p>
<figure><a href="/img/wall.jpg"><img class="lazyload" src="/graphics/site-loader.png" data-srcset="/img/wall_t300.jpg 300w, /img/wall_t900.jpg 900w" alt="The new wall"></a><figcaption>The new wall at low tide.</figcaption></figure></div>
<div class="article-body">${prose(6)}</div></body></html>`;
    const a = runHtml(html).article!;
    expect(a.html).toContain('/img/wall_t300.jpg');
    expect(a.html).not.toContain('site-loader.png');
    expect(a.html).toContain('The new wall at low tide.');
  });
  it('reads the address a lazy loader gives as JSON, not the blank GIF set in src', () => {
    const img = `<img alt="A person on a bed" data-src='{"default":{"load":"default","w":"80","h":"45","src":"//img.news.example/photo/BB1.img?h=450&amp;w=799"}}' src="//static.news.example/sc/9b/e151e5.gif">`;
    const body = `<span class="storyimage"><span class="image">${img}</span><span class="caption">© Photo desk</span></span>${prose(6)}`;
    const a = runHtml(pageWith('', body)).article!;
    expect(a.html).toContain('src="https://img.news.example/photo/BB1.img?h=450&w=799"');
    expect(a.html).not.toContain('e151e5.gif');
  });
});

describe('lead photo on a theme that names its logo in the body class', () => {
  // WordPress themes write their settings as body classes ("wp-custom-logo") and set the masthead as an <h1> holding
  // the logo's link: neither is the story's box or headline.
  const page = (bodyClass: string, masthead: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new harbour wall</title><meta property="og:type" content="article"></head>
<body class="${bodyClass}"><div class="top">${masthead}</div>
<header class="article-header"><h1>Council approves new harbour wall</h1></header>
<img src="/img/wall-1200x800.jpg" width="1200" height="800" alt="The wall" class="header-image">
<div class="article-body">${prose(6)}</div></body></html>`;
  const logo = '<h1><a href="https://news.example/"><img src="/static/masthead.svg" alt="News"></a></h1>';
  it("reads the picture's own boxes, not the body's template classes", () => {
    expect(runHtml(page('single wp-custom-logo', '')).article!.html).toContain('wall-1200x800.jpg');
  });
  it("takes an <h1> holding only the logo's link for the masthead, not the headline the photo follows", () => {
    expect(runHtml(page('single', logo)).article!.html).toContain('wall-1200x800.jpg');
  });
});

describe('lead photo with its caption in a box of its own', () => {
  const page = (after: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new harbour wall</title><meta property="og:type" content="article"></head>
<body><header class="article-header"><h1>Council approves new harbour wall</h1></header>
<div class="hero"><img src="/img/wall-1200x800.jpg" width="1200" height="800" alt="" class="header-image">${after}</div>
<div class="article-body">${prose(6)}</div></body></html>`;
  it('takes the caption set in a caption box right after the picture', () => {
    const html = runHtml(page('<div class="container"><div class="row"><div class="image-caption">The new wall at low tide. Photo: J. Doe</div></div></div>')).article!.html;
    expect(html).toMatch(/<figcaption>The new wall at low tide\. Photo: J\. Doe<\/figcaption>/);
  });
  it('says once a caption set twice, for narrow and for wide screens', () => {
    const twice = '<span class="mobile">The new wall at low tide.</span><span class="desktop">The new wall at low tide.</span>';
    const html = runHtml(page(`<div class="FeaturedImageCaption">${twice}</div><a href="/harbour">Harbour</a>`)).article!.html;
    expect(html).toContain('<figcaption>The new wall at low tide.</figcaption>');
  });
  it('takes no box after the picture that is not named a caption, or that links elsewhere', () => {
    // (a link in the box: no credit box of a picture and a few words either)
    expect(runHtml(page('<div class="kicker">Harbour works</div><a href="/harbour">Harbour</a>')).article!.html).not.toContain('<figcaption>');
    expect(runHtml(page('<div class="image-caption"><a href="/other">More on the wall</a></div>')).article!.html).not.toContain('<figcaption>');
  });
  it('takes the caption and the credit set around the photo in plain boxes, the credit above, the caption below', () => {
    const lead = (after: string) => findLeadPhoto(parse(pageWith(`<div><span>Photo: Jane Roe</span><img src="/img/wall-1200x800.jpg" width="1200" height="800" alt="">${after}</div>`)));
    const caption = lead('<div>Residents watch the first blocks of the new wall being set at low tide</div>')?.querySelector('figcaption')?.textContent ?? '';
    expect(caption).toContain('Residents watch the first blocks');
    expect(caption).toContain('Jane Roe');
    // A box whose text under the photo has a link is a teaser, not a caption.
    expect(lead('<div><a href="/other-story">Residents watch the first blocks</a></div>')?.querySelector('figcaption')).toBeFalsy();
    // A control's label above the photo ("Enlarge Image") is no credit.
    const control = findLeadPhoto(parse(pageWith('<div><a href="#">Enlarge Image</a><img src="/img/wall-1200x800.jpg" width="1200" height="800" alt=""><div>Shutterstock</div></div>')));
    expect(control?.querySelector('figcaption')?.textContent ?? '').not.toContain('Enlarge');
  });
});
