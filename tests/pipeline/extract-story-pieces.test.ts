// Pieces of a story that are not plain paragraphs, which Readability used to drop before the clean stage saw them
// (so "left out of the article" never listed them): embedded posts, a fact check's claim and rating, pictures set
// as custom elements; and a drop cap split from its word.
import { describe, it, expect } from 'vitest';
import { toMarkdown } from '../../lib/export';
import { runHtml, page, prose } from './helpers';

describe('a post embedded in the story (a network\'s embed code)', () => {
  const tweet = (words: string, who: string) => `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${words} <a href="https://t.co/AbC123">https://t.co/AbC123</a></p>— ${who} (@${who.replace(/\W/g, '')}) <a href="https://twitter.com/${who.replace(/\W/g, '')}/status/1196501054197649413">November 18, 2019</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>`;
  // A box Readability takes for page furniture ("social") and one it drops as a box of links.
  const social = (post: string) => `<div class="social-media-embed">${post}</div>`;
  const oembed = (post: string) => `<div class="oembed"><div class="inline-element">${post}</div></div>`;
  const html = (box: string) => page(`${prose(3)}<p>Many people answered the mayor online within the hour.</p>${box}${prose(3)}`);

  it.each([['a "social" box', social], ['an embed box', oembed]])('stays in the reader, in its place, with its author line and link, in %s', (_n, wrap) => {
    const r = runHtml(html(wrap(tweet('The new harbour wall is already leaking at the north end', 'Jana Roth'))));
    const text = r.article!.text;
    expect(text).toContain('The new harbour wall is already leaking at the north end');
    expect(text).toContain('— Jana Roth (@JanaRoth)');
    expect(text.indexOf('within the hour')).toBeLessThan(text.indexOf('already leaking'));
    expect(text.indexOf('already leaking')).toBeLessThan(text.indexOf('Paragraph 1 about the harbour wall', text.indexOf('already leaking')));
    expect(r.article!.html).toContain('https://twitter.com/JanaRoth/status/1196501054197649413');
    expect(r.article!.html).toMatch(/<blockquote/);
    expect(r.article!.html).not.toMatch(/<script|widgets\.js/);
  });

  it('keeps the words of a post with blank lines in it (Readability cut them into a box of links and dropped it)', () => {
    const post = tweet('on. the. wall.<br><br>it.<br><br>leaks.', 'Ola Berg');
    const r = runHtml(html(post));
    expect(r.article!.text).toMatch(/on\. the\. wall\.\s+it\.\s+leaks\./);
    const md = toMarkdown(r);
    expect(md).toContain('> on. the. wall.');
    expect(md).toContain('> — Ola Berg (@OlaBerg)');
  });
});

describe("a fact check's claim and rating, named by the page's ClaimReview", () => {
  const ld = (claim: string, rating: string) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: claim, reviewRating: { '@type': 'Rating', alternateName: rating } })}</script>`;
  const claim = 'The harbour wall cost the town forty million euros.';
  // Short boxes beside the story's text box: Readability takes the text box and leaves them out.
  const boxes = `<div class="claim-box card"><h3 class="card-title">Claim</h3><div class="claim"><p>${claim}</p></div></div>
    <div class="verdict-box card"><h3 class="card-title">Rating</h3><div class="verdict"><h5>Mostly false</h5></div></div>`;
  const html = (head: string) => `<!DOCTYPE html><html lang="en"><head><title>Did the harbour wall cost forty million?</title>${head}</head>
    <body><main><article><h1>Did the harbour wall cost forty million?</h1>${boxes}<div class="content-box card"><h3>Origin</h3><div class="content">${prose(6)}</div></div></article></main></body></html>`;

  it('are in the reader and the Markdown, before the story, in the page\'s order', () => {
    const r = runHtml(html(ld(claim, 'Mostly false')));
    const text = r.article!.text;
    expect(text).toContain(claim);
    expect(text).toContain('Mostly false');
    expect(text.indexOf(claim)).toBeLessThan(text.indexOf('Mostly false'));
    expect(text.indexOf('Mostly false')).toBeLessThan(text.indexOf('Paragraph 1 about the harbour wall'));
    expect(toMarkdown(r)).toContain(claim);
  });

  it('bring back the section heading the story opens under, between them and the text, once', () => {
    const text = runHtml(html(ld(claim, 'Mostly false'))).article!.text;
    expect(text.indexOf('Mostly false')).toBeLessThan(text.indexOf('Origin'));
    expect(text.indexOf('Origin')).toBeLessThan(text.indexOf('Paragraph 1 about the harbour wall'));
    // Where the heading stands in the text's own box, Readability keeps it: it is not put back a second time.
    const inBox = runHtml(html(ld(claim, 'Mostly false')).replace('<h3>Origin</h3><div class="content">', '<div class="content"><h3>Origin</h3>')).article!.text;
    expect(inBox.split('Origin').length - 1).toBe(1);
  });

  it('appear once when the page states the claim in the story as well', () => {
    const r = runHtml(html(ld(claim, 'Mostly false')).replace('<div class="content">', `<div class="content"><p>Readers asked us whether it is true that ${claim.toLowerCase()} We looked at the budget and the minutes of the council.</p>`));
    expect(r.article!.text.split('forty million euros').length - 1).toBe(1);
  });

  it('never puts back a breadcrumb that ends in the claim (a review whose claim is the headline)', () => {
    const title = 'Did the harbour wall cost forty million?';
    const crumbs = `<div class="crumbs"><h3>You are at:</h3><ul><li><a href="/">Home</a></li><li><a href="/checks/wall">${title}</a></li></ul></div>`;
    const r = runHtml(html(ld(title, 'False')).replace(boxes, crumbs));
    expect(r.article!.text).not.toContain('You are at');
  });
});

describe('a picture set as a custom element (AMP\'s <amp-img>)', () => {
  const live = (n: number) => `<div class="image-container"><figure class="image--embedded"><amp-img class="image--live-event" src="https://news.example/p/quay-${n}.jpg" layout="fill"></amp-img></figure><figcaption class="caption"><span class="credit"> (<div class="camera"><span></span>Image:</div>Jana Roth)</span></figcaption></div>`;
  const html = page(`${prose(2)}${live(1)}${prose(2)}${live(2)}${prose(2)}`);

  it('is a picture in the reader and the Markdown, its credit one line under it', () => {
    const r = runHtml(html);
    expect(r.article!.html).toContain('quay-1.jpg');
    expect(r.article!.html).toContain('quay-2.jpg');
    const md = toMarkdown(r);
    expect(md).toContain('![](https://news.example/p/quay-1.jpg)');
    expect(md).toContain('(Image: Jana Roth)');
    expect(md).not.toMatch(/^\($/m);
  });
});

describe('a drop cap (the first letter set apart, floated beside the paragraph)', () => {
  const para = (cap: string, rest: string) => `<p class="first"><span class="initial-outer"><span class="initial">${cap}</span></span> <span class="inline">${rest}</span></p>`;
  const html = (first: string, lang = 'de') => page(`${first}${prose(4)}`).replace('lang="en"', `lang="${lang}"`);

  it('is one word with the rest of it in the reader', () => {
    const r = runHtml(html(para('N', 'a endlich! Die Ministerien haben sich nach langen Verhandlungen über den Entwurf geeinigt.')));
    expect(r.article!.text).toContain('Na endlich! Die Ministerien');
    expect(r.article!.text).not.toContain('N a endlich');
  });

  it('keeps the space after a letter that is a word of its own in the page\'s language', () => {
    const r = runHtml(html(para('A', 'harbour wall was approved on Monday after a long debate in the council chamber.'), 'en'));
    expect(r.article!.text).toContain('A harbour wall was approved');
  });
});
