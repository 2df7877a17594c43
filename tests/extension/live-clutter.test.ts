// @vitest-environment jsdom
// Clean on the live page hides the clutter the reader leaves out around the story: a list of links beside lazy
// thumbnails in the body (the browser holds their <noscript> markup as text), a note in the article's footer between
// its tags and its share bar, a widget that repeats the author's name beside a shown byline. The story stays.
import { describe, expect, it } from 'vitest';
import { overlaysPicture } from '../../lib/page/photos';
import { cleanLive, hidden } from './live-clean';

const P = [
  'Ferry services to the outer islands were cut to four crossings a day on Friday as an overtime ban by the ferry workers’ union began, leaving hundreds of commuters queuing at the harbour before dawn.',
  'The union said the ban would last until the port authority returned to talks about pay, which collapsed on Tuesday after eleven hours of negotiation at the authority’s offices on the quay.',
  'Island councillors said the cut would hit patients travelling to the mainland hospital hardest, and asked both sides to agree at least an emergency timetable for medical appointments.',
  'The port authority said it regretted the disruption and remained open to talks, but that the union’s demands would add more than four million to the ferry budget over the next three years.',
];
/** A lazy thumbnail's fallback as a browser with scripts on holds it: its markup as one text node, a long srcset. */
const LAZY = '<img srcset="https://cdn.northgate.example/media/90x50_crop/2025/10/14/5f1c0e7a9b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3.png 90w" sizes="90px" class="thumb-img thumb-img--complete" alt="Listen to the harbour club" height="256" width="256"/>';
const item = (id: string, href: string, text: string) =>
  `<li><figure class="thumb"><div class="lazy"><img data-srcset="/t/${id}.png 90w" class="thumb-img" alt="" height="256" width="256"><noscript id="ns-${id}"></noscript></div></figure><a id="${id}" href="${href}">${text}</a></li>`;
const PAGE = `
  <header class="site"><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><article class="story">
    <h1>Island crossings cut to four a day as overtime ban begins</h1>
    <p class="byline" id="byline">By <a href="/author/mara/">Mara Lindqvist</a> · <time datetime="2025-10-14">14 October 2025</time></p>
    <div class="body">
      <p id="p0">${P[0]}</p>
      <div class="crosslinks" id="discover"><div class="crosslinks-title"><span>Discover</span></div><ul>
        ${item('podcast', 'https://podcasts.northgate.example/harbour-club/latest', 'Podcast: listen to the harbour club')}
        ${item('app', 'https://apps.northgate.example/courier', 'Follow the dispute with the Courier app')}
      </ul></div>
      ${P.slice(1, 3).map((p, i) => `<p id="p${i + 1}">${p}</p>`).join('')}
      <div class="more" id="more"><div class="more-title">More on this</div><div class="card"><a href="/harbour/ferry-fares-rise/" class="card-link">
        <div class="card-text"><div class="h3" id="card-head">Ferry fares will rise in spring, and the union says its members will pay for it twice</div>
        <div class="card-info">by Tom Ekdahl</div></div><div class="card-picture"><img src="/t/fares.jpg" width="256" height="144" alt=""></div></a></div></div>
      <p id="p3">${P[3]}</p>
      <div class="story-footer" id="story-footer">
        <ul class="tags" id="tags"><li><a href="/t/ferries/">Ferries</a></li><li><a href="/t/islands/">Islands</a></li><li><a href="/t/unions/">Unions</a></li></ul>
        <div class="on-air" id="on-air"><p><span class="on-air-title">On air: </span>Northgate Radio reported on this story on 14 October 2025 at 07:20.</p></div>
        <nav class="share" id="share"><a href="https://social.example/share?u=x">Share</a> <a href="mailto:?body=x">Email</a></nav>
      </div>
    </div>
    <div class="follow" id="follow"><h2>Follow related authors and topics</h2>
      <ul><li><a href="/author/mara/" id="follow-author">Mara Lindqvist</a></li></ul>
      <p>Authors and topics you follow are added to your <a href="/you/">news feed</a>.</p></div>
  </article></main>
  <footer><p>© 2025 Northgate Courier</p></footer>`;

const clean = (page = PAGE) => cleanLive('<title>Island crossings cut to four a day as overtime ban begins</title><meta name="author" content="Mara Lindqvist">', page,
  'https://northgate.example/harbour/crossings/', () => { for (const ns of Array.from(document.querySelectorAll('#discover noscript'))) ns.textContent = LAZY; }).report;

describe('clutter around the story on the live page', () => {
  it('hides a list of links beside lazy thumbnails whose <noscript> holds long markup as text, not read as prose', () => {
    const report = clean();
    expect(report.article?.text).not.toContain('harbour club');
    for (const id of ['podcast', 'app']) expect(hidden(id), id).toBe(true);
    for (const id of ['p0', 'p1', 'p2', 'p3']) expect(hidden(id), id).toBe(false);
  });

  it('hides a card for another story inside the body: its headline and byline inside one link are no prose', () => {
    clean();
    expect(hidden('card-head')).toBe(true);
    for (const id of ['p2', 'p3']) expect(hidden(id), id).toBe(false);
  });

  it('hides a line of prose in the article\'s footer, between its tags and its share bar; the story stays', () => {
    const report = clean();
    expect(report.article?.text).not.toContain('Northgate Radio');
    for (const id of ['tags', 'on-air', 'share']) expect(hidden(id), id).toBe(true);
    for (const id of ['p0', 'p3']) expect(hidden(id), id).toBe(false);
  });

  it('hides a widget that repeats the author\'s name when the header shows the byline; the byline stays', () => {
    const report = clean();
    expect(report.article?.byline).toBe('Mara Lindqvist');
    expect(hidden('follow-author')).toBe(true);
    expect(hidden('byline')).toBe(false);
  });
});

describe('what lies over a picture', () => {
  /** A lead video whose player shows its state over the poster; its caption stands beside the player. */
  const PLAYER = `<div class="lead-media"><div class="player"><div class="preloader"><div class="poster"><img src="/v/poster.jpg" width="800" height="450" alt=""></div>
    <div class="state" id="loading"><span>Video Loading</span></div></div></div>
    <div class="video-caption" id="vcap"><span>Watch: the harbour master speaks after the ferry talks collapsed</span></div></div>`;
  const FIGURE = '<figure><div class="frame"><img src="/img/quay.jpg" width="640" height="400" alt=""><span id="own">The quay on Friday morning, before the first crossing.</span></div></figure>';
  const BARE = '<div class="photo"><div class="frame"><img src="/img/quay.jpg" width="640" height="400" alt=""><p id="bare">The quay on Friday morning.</p></div></div>';
  const PART = '<div class="photo"><div class="frame"><img src="/img/quay.jpg" width="640" height="400" alt=""><p id="beside">The quay on Friday morning.</p></div><p class="caption" id="cap">Photo: Jan Holm</p></div>';

  it('is the text in the picture\'s own box when its caption stands outside that box: a player\'s state, not its caption', () => {
    document.body.innerHTML = PLAYER;
    expect(overlaysPicture(document.getElementById('loading')!)).toBe(true);
    expect(overlaysPicture(document.getElementById('vcap')!)).toBe(false);
  });

  it('is never a photo\'s caption in its own box, nor text beside a picture with no caption near', () => {
    document.body.innerHTML = FIGURE + BARE;
    expect(overlaysPicture(document.getElementById('own')!)).toBe(false);
    expect(overlaysPicture(document.getElementById('bare')!)).toBe(false);
    document.body.innerHTML = PART;
    expect(overlaysPicture(document.getElementById('cap')!)).toBe(false);
    expect(overlaysPicture(document.getElementById('beside')!), 'a sentence beside the picture').toBe(false);
  });
});
