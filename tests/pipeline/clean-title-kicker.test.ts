// The title's kicker at the body's top ("Nach Gaetz-Rückzug" over the story, titled "Nach Gaetz-Rückzug: Trump-…"):
// the headline's first part, not a line of the story. A line further down that happens to match stays.
import { describe, it, expect } from 'vitest';
import { prose, runHtml } from './helpers';

const TITLE = 'After the vote: Council approves new harbour wall';
const pageWith = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${TITLE}"></head><body><main><article><div class="lead"><div class="keyword">After the vote</div>
<h1>Council approves new harbour wall</h1></div><div class="story">${body}</div></article></main></body></html>`;

describe('the title\'s kicker', () => {
  it('leaves the text when it opens the body', () => {
    const a = runHtml(pageWith(prose(6))).article!;
    expect(a.title).toBe(TITLE);
    expect(a.text.startsWith('After the vote')).toBe(false);
    expect(a.text).toContain('Paragraph 1 about');
  });
  it('stays as a line further down the story', () => {
    const a = runHtml(pageWith(`${prose(3)}<p>After the vote</p>${prose(3).replace(/Paragraph/g, 'Part')}`)).article!;
    expect(a.text).toContain('After the vote\n');
  });
});

describe('the label set right before the headline', () => {
  const TITLE2 = 'Council approves new harbour wall';
  const header = (label: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE2}</title>
<meta property="og:type" content="article"></head><body><main><article><div class="story">${label}<h1>${TITLE2}</h1>
${prose(6)}</div></article></main></body></html>`;

  for (const label of ['<h2>Extremism</h2>', '<p class="topline">Heat</p>', '<div><span>Live</span></div>'])
    it(`leaves the text: ${label}`, () => {
      const text = runHtml(header(label)).article!.text;
      expect(text.startsWith('Paragraph 1 about')).toBe(true);
    });

  it('is the article\'s kicker, which the reader shows above the title (an opinion piece reads as one)', () => {
    expect(runHtml(header('<p class="topline">Opinion</p>')).article!.kicker).toBe('Opinion');
    expect(runHtml(header('<p>Storms are ending.</p>')).article!.kicker ?? null).toBeNull();
    expect(runHtml(header('')).article!.kicker ?? null).toBeNull();
    // A separator or an identifier is no label; one the title already says is not said twice.
    for (const label of ['<span>|</span>', '<span>4417 2209</span>', '<p>Harbour wall</p>']) expect(runHtml(header(label)).article!.kicker ?? null).toBeNull();
    // Where a skip link lands ("Content", set off screen) labels the page, not the story.
    expect(runHtml(header('<span id="skip-target">Content</span>').replace('<main>', '<a href="#skip-target">Skip to content</a><main>')).article!.kicker ?? null).toBeNull();
  });

  it('stays when it is a sentence or a link', () => {
    expect(runHtml(header('<p>Storms are ending.</p>')).article!.text).toContain('Storms are ending.');
    expect(runHtml(header('<h2><a href="/topics/extremism">Extremism</a></h2>')).article!.text).toContain('Extremism');
  });

  it('a short line after the headline stays', () => {
    const html = header('').replace('</h1>', '</h1><h2>Extremism</h2>');
    expect(runHtml(html).article!.text).toContain('Extremism');
  });
});

describe('the visible headline when the metadata words the title otherwise', () => {
  const H1 = 'Mayor defiant over harbour wall costs';
  const pageTitled = (ldHeadline: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${H1}</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: ldHeadline })}</script>
<meta property="og:type" content="article"></head><body><main><article><div class="story"><h1>${H1}</h1>
${prose(6)}</div></article></main></body></html>`;

  it('is not printed again under a title in other words', () => {
    const a = runHtml(pageTitled('Mayor says harbour wall costs will not stop the works')).article!;
    expect(a.title).toBe('Mayor says harbour wall costs will not stop the works');
    expect(a.text).not.toContain(H1);
    expect(a.text.startsWith('Paragraph 1 about')).toBe(true);
  });

  it('is the title when the metadata gives no wording of it (a site name), once', () => {
    const a = runHtml(pageTitled('The Harbour Gazette')).article!;
    expect(a.title).toBe(H1);
    expect(a.text).not.toContain(H1);
  });

  it('is the title when the metadata gives another headline altogether (written for search engines), once', () => {
    const a = runHtml(pageTitled('Harbour chaos: old quays and cracked concrete as great risks')).article!;
    expect(a.title).toBe(H1);
    expect(a.text).not.toContain(H1);
    expect(a.text.startsWith('Paragraph 1 about')).toBe(true);
  });

  it('is not taken from a short heading that is no headline ("Log In")', () => {
    const html = pageTitled('Harbour chaos: old quays and cracked concrete as great risks').replace(`<h1>${H1}</h1>`, '<h1>Log In</h1>');
    expect(runHtml(html).article!.title).toBe('Harbour chaos: old quays and cracked concrete as great risks');
  });
});

describe('a headline whose <h1> ends the breadcrumb, set in the story\'s header with its kicker inside', () => {
  const META = 'Artificial intelligence at school - children become faster';
  const page = (title: string, words: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"></head><body><nav><ol><li><a href="/">Home</a></li><li><a href="/schools/">Schools</a></li><li><h1>${title}</h1></li></ol></nav>
<main><article><header><h2><span class="kicker">Technology in class</span> <span class="headline">${words}</span></h2></header>
${prose(6)}</article></main></body></html>`;

  it('is not printed a second time under the title, and its kicker is the article\'s', () => {
    const a = runHtml(page(META, 'Artificial intelligence at school: "They become faster"')).article!;
    expect(a.title).toBe(META);
    expect(a.kicker).toBe('Technology in class');
    expect(a.text).not.toContain('They become faster');
    expect(a.text.startsWith('Paragraph 1 about')).toBe(true);
  });

  it('is the title, without its kicker, when the metadata gives another headline', () => {
    const a = runHtml(page('Payment system: how Europe could beat the card giants', 'Instead of cards and wallets: a new way to pay in the shops of the town')).article!;
    expect(a.title).toBe('Instead of cards and wallets: a new way to pay in the shops of the town');
    expect(a.kicker).toBe('Technology in class');
    expect(a.text).not.toContain('a new way to pay');
  });
});

describe('the headline with its label, set in the body as a lesser heading', () => {
  const TITLE3 = 'Council approves new harbour wall';
  // No <h1>: the page sets its headline as an <h3>, the label in an element of its own before the headline's words.
  const pageWithHeading = (heading: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE3}</title>
<meta property="og:type" content="article"></head><body><main><article>${heading}${prose(6)}</article></main></body></html>`;
  const kicked = '<h3><span class="roofline">After the vote</span><span> - </span><span>Council approves new harbour wall</span></h3>';

  it('leaves the text: the headline is the title already', () => {
    const text = runHtml(pageWithHeading(kicked)).article!.text;
    expect(text).not.toContain('Council approves new harbour wall');
    expect(text.startsWith('Paragraph 1 about')).toBe(true);
  });

  it('stays when its words after the label are another headline', () => {
    const other = kicked.replace('Council approves new harbour wall</span>', 'Residents split over the costs of the works</span>');
    expect(runHtml(pageWithHeading(other)).article!.text).toContain('Residents split over the costs of the works');
  });
});

describe('the kicker of a page whose <h1> is the last step of its breadcrumb', () => {
  const T = 'Harbour wall: why the council keeps changing its mind';
  const pageOf = (heading: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${T}</title>
<meta property="og:type" content="article"></head><body><main><article><div class="head"><ul class="crumbs"><li><a href="/local/">Local</a></li>
<li><h1>${T}</h1></li></ul><div class="title">${heading}</div></div><div class="story">${prose(6)}</div></article></main></body></html>`;

  it('is the label that opens the visible headline after the trail', () => {
    expect(runHtml(pageOf('<h2><span>Opinion</span> <span>Why the harbour wall keeps coming back to the council</span></h2>')).article!.kicker).toBe('Opinion');
  });
  it('is none where that headline opens on no label of its own', () => {
    expect(runHtml(pageOf('<h2>Why the harbour wall keeps coming back to the council</h2>')).article!.kicker ?? null).toBeNull();
  });
});

describe("a headline shown as an <h2> after the breadcrumb's <h1>, in no <header>", () => {
  const SEO = 'Harbour wall: council approves new quay for the ferries';
  const WORDS = 'Trucks and buses will wait for years as the works begin';
  const PHOTO = '<div class="lead-photo"><img src="https://paper.example/quay.jpg" width="1200" height="800" alt="The old quay"></div>';
  const page = (before: string, photo = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${SEO}</title>
<meta property="og:type" content="article"></head><body><nav><a href="/">Home</a> | <h1>${SEO}</h1></nav>${photo}<div class="story">${before}
<div class="head"><h2><div class="label"><span>Rebuilding the old harbour</span><span aria-hidden="true"> – </span></div><span>${WORDS}</span></h2></div>
${prose(6)}</div></body></html>`;

  it('is the title, its label (the dash after it aside) the kicker, and not printed again in the text', () => {
    const a = runHtml(page('')).article!;
    expect(a.title).toBe(WORDS);
    expect(a.kicker).toBe('Rebuilding the old harbour');
    expect(a.text).not.toContain('as the works begin');
    expect(a.text).toContain('Paragraph 6 about');
  });

  it('keeps the lead photo set between the breadcrumb and the headline', () => {
    expect(runHtml(page('', PHOTO)).article!.html).toContain('https://paper.example/quay.jpg');
  });

  it("is a section's heading after the story's first paragraph: the breadcrumb's <h1> stays the headline", () => {
    const a = runHtml(page(prose(1).replace('Paragraph 1', 'Paragraph 0'))).article!;
    expect(a.title).toBe(SEO);
    expect(a.text).toContain('as the works begin');
  });
});
