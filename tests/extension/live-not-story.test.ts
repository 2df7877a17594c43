// @vitest-environment jsdom
// Clean on the live page tells the story's own lines from boxes that only look like them: a poll's question naming
// a year is no date line, a broadcast's date after the story is not the story's date, and a card for another story
// inside the body goes even with no heading, while the story's standfirst beside a link to another story stays.
import { describe, expect, it } from 'vitest';
import { looksLikeDate } from '../../lib/page/text';
import { isOtherDay } from '../../lib/page/meta';
import { isCard } from '../../lib/page/left-out';
import { isPollBox as isPoll } from '../../lib/clean/poll-box';
import { cleanLive, hidden } from './live-clean';

const P = [
  'Ferry services to the outer islands were cut to four crossings a day on Friday as an overtime ban by the ferry workers’ union began, leaving hundreds of commuters queuing at the harbour before dawn.',
  'The union said the ban would last until the port authority returned to talks about pay, which collapsed on Tuesday after eleven hours of negotiation at the authority’s offices on the quay.',
  'Island councillors said the cut would hit patients travelling to the mainland hospital hardest, and asked both sides to agree at least an emergency timetable for medical appointments.',
  'The port authority said it regretted the disruption and remained open to talks, but that the union’s demands would add more than four million to the ferry budget over the next three years.',
  'Commuters who missed the first crossing said they had been told nothing of the cut until they reached the quay, where a single notice taped to the ticket office listed the new times.',
];
const HEAD = '<title>Island crossings cut to four a day as overtime ban begins</title><meta name="author" content="Mara Lindqvist">' +
  '<meta name="description" content="Hundreds of commuters queued before dawn as the ferry workers’ overtime ban began on the outer islands.">' +
  '<meta property="article:published_time" content="2025-10-14T08:00:00+02:00">';
const URL = 'https://northgate.example/harbour/crossings/';

const page = (extra: { header?: string; body?: string; after?: string }) => `
  <header><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><article>
    <div class="head"><h1>Island crossings cut to four a day as overtime ban begins</h1>
      <h2 id="standfirst">Hundreds of commuters queued before dawn as the ferry workers’ overtime ban began on the outer islands.</h2>
      ${extra.header ?? ''}
      <p class="by">By Mara Lindqvist</p><p id="date">Tuesday, October 14, 2025 - Northgate Courier</p></div>
    <div class="body">${P.slice(0, 3).map((p, i) => `<p id="p${i}">${p}</p>`).join('')}${extra.body ?? ''}${P.slice(3).map((p, i) => `<p id="p${i + 3}">${p}</p>`).join('')}
    ${extra.after ?? ''}</div>
  </article></main>
  <footer><p>© 2025 Northgate Courier</p></footer>`;

describe('lines that look like the story\'s own', () => {
  it('reads a year among many words as a sentence, not a date line; a year with a few words is one', () => {
    expect(looksLikeDate('Do you expect the 2031 harbour vote to come down to the two mayors of the islands?')).toBe(false);
    expect(looksLikeDate('Tuesday, October 14, 2025 - Northgate Courier')).toBe(true);
    expect(looksLikeDate('Published 8:00 AM on the harbour desk of the Northgate Courier, with the wires')).toBe(true);
  });

  it('hides a poll whose question names a year; the story\'s date line stays', () => {
    cleanLive(HEAD, page({ after: `<section class="qotd" id="poll"><h2>Question of the Day</h2><h3 id="question">Do you expect the 2031 harbour vote to come down to the two mayors of the islands?</h3>
      <form action="/polls/2025/harbour-vote/" method="post"><label><input type="radio" name="c" value="1"> Yes, both will stand</label>
      <label><input type="radio" name="c" value="2"> No, neither will</label><input type="submit" value="Vote"></form></section>` }), URL);
    expect(hidden('question')).toBe(true);
    for (const id of ['date', 'p0', 'p4', 'standfirst']) expect(hidden(id), id).toBe(false);
    // A poll is a short box around radio buttons that share a name; a box with a paragraph of prose is none.
    const box = (html: string) => { document.body.innerHTML = html; return document.body.firstElementChild!; };
    const answers = '<label><input type="radio" name="q" value="1"> Yes, both will stand</label><label><input type="radio" name="q" value="2"> No, neither will</label>';
    expect(isPoll(box(`<section><h3>Do you expect the 2031 vote to come down to the two mayors?</h3>${answers}</section>`))).toBe(true);
    expect(isPoll(box(`<section><p>${P[0]}</p>${answers}</section>`))).toBe(false);
    expect(isPoll(box('<section><label><input type="radio" name="a"> Small</label><label><input type="radio" name="b"> Large</label></section>'))).toBe(false);
    // a video player's speed settings are radios without answers in words: the story's media, no poll
    expect(isPoll(box('<section><video></video><label><input type="radio" name="speed"> 0.5x</label><label><input type="radio" name="speed"> 1x</label></section>'))).toBe(false);
  });

  it('hides a broadcast\'s date line after the story; a date line there printing the story\'s day stays', () => {
    cleanLive(HEAD, page({ after: `<p id="stamp">Northgate Courier | 14.10.2025 | 08:00</p>
      <div class="supplemental"><p>On air:</p><h3 id="aired">HARBOUR RADIO | EVENING NEWS | 12.10.2025 | 19:00</h3></div>` }), URL);
    expect(hidden('aired')).toBe(true);
    for (const id of ['stamp', 'date', 'p4']) expect(hidden(id), id).toBe(false);
    // Another day is the chrome's only where no markup names the line a date or a byline.
    const line = (html: string) => { document.body.innerHTML = html; return document.body.firstElementChild!; };
    const day = '2025-10-14T08:00:00+02:00';
    expect(isOtherDay(line('<h3>HARBOUR RADIO | 12.10.2025 | 19:00</h3>'), day)).toBe(true);
    expect(isOtherDay(line('<h3>HARBOUR RADIO | 14.10.2025 | 19:00</h3>'), day)).toBe(false);
    expect(isOtherDay(line('<p>Updated <time datetime="2025-10-16">16.10.2025</time></p>'), day)).toBe(false);
    expect(isOtherDay(line('<p class="story-date">16.10.2025 | 10:00</p>'), day)).toBe(false);
    expect(isOtherDay(line('<h3>HARBOUR RADIO | 12.10.2025 | 19:00</h3>'), null)).toBe(false);
  });

  it('hides a copy under the story of the date line its header shows; the header\'s stays', () => {
    cleanLive(HEAD, page({ after: '<div class="footer-publish-date" id="copy">Tuesday, October 14, 2025 - Northgate Courier</div>' }), URL);
    expect(hidden('copy')).toBe(true);
    for (const id of ['date', 'p4']) expect(hidden(id), id).toBe(false);
  });

  it('hides a card for another story in the body (picture and headline to one page, a summary); the standfirst beside a link to another story stays', () => {
    const card = `<div class="promo" id="promo"><div class="promo-media"><a href="/harbour/tolls/"><img src="/img/tolls.jpg" width="840" height="560" alt="Tolls"></a></div>
      <div class="promo-title"><a href="/harbour/tolls/">Harbour tolls to rise again as the port authority counts the cost of the storm</a></div>
      <div class="promo-summary" id="promo-summary">The authority said the rise, its second this year, would pay for repairs to the breakwater and the ferry ramps damaged in the February storm.</div></div>`;
    cleanLive(HEAD, page({ header: '<h2 id="also"><a href="/harbour/strike-talks/">Strike talks collapse after eleven hours at the port authority</a></h2>', body: card }), URL);
    expect(hidden('promo-summary')).toBe(true);
    for (const id of ['standfirst', 'date', 'p2', 'p3']) expect(hidden(id), id).toBe(false);
    // A story's photo linked to its own page, with lazy markup in a <noscript> (text to a browser with scripts on),
    // and its caption in a box of its own: no headline in the link, no card.
    const photo = document.createElement('div');
    photo.innerHTML = '<a href="/harbour/crossings/photo-2/"><img src="/img/blank.gif" alt=""><noscript>&lt;img class="img" alt="The quay at dawn" src="/img/quay-576.jpg"&gt;</noscript></a>' +
      '<div class="media-info"><span>Commuters queue on the quay before the first crossing.</span></div>';
    expect(isCard(photo)).toBe(false);
  });

  it("keeps the story's photo wrapped whole with its caption in a link to the story's own gallery; a card for another story goes", () => {
    const url = 'https://northgate.example/harbour/island-crossings-cut-4417/';
    const photo = `<div class="photo" id="photo"><a href="/galleries/quay-at-dawn/island-crossings-cut-4417/"><div class="photo-image"><img src="/img/quay.jpg" width="840" height="560" alt="The quay at dawn before the first crossing."></div>
      <div class="photo-desc" id="photo-desc">The quay at dawn before the first crossing. | Photo: Harbour Agency</div></a></div>`;
    const card = `<div class="promo" id="promo"><a href="/harbour/tolls-rise-again-5521/"><div class="promo-image"><img src="/img/tolls.jpg" width="840" height="560" alt="Tolls"></div>
      <div class="promo-title" id="promo-title">Harbour tolls to rise again as the port authority counts the cost of the storm</div></a></div>`;
    cleanLive(`${HEAD}<link rel="canonical" href="${url}">`, page({ body: photo + card }), url);
    expect(hidden('photo-desc')).toBe(false);
    expect(hidden('promo-title')).toBe(true);
    for (const id of ['date', 'p2', 'p3']) expect(hidden(id), id).toBe(false);
  });
});
