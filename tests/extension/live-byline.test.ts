// @vitest-environment jsdom
// Clean on the live page never hides the article's byline, nor the date beside it, wherever the page prints them:
// a side box of facts after the story, the author's box under it. A card for another story by the same author goes.
import { describe, expect, it } from 'vitest';
import { printsDate } from '../../lib/page/text';
import { cleanLive, hidden } from './live-clean';

const P = [
  'Ferry services to the outer islands were cut to four crossings a day on Friday as an overtime ban by the ferry workers’ union began, leaving hundreds of commuters queuing at the harbour before dawn.',
  'The union said the ban would last until the port authority returned to talks about pay, which collapsed on Tuesday after eleven hours of negotiation at the authority’s offices on the quay.',
  'Island councillors said the cut would hit patients travelling to the mainland hospital hardest, and asked both sides to agree at least an emergency timetable for medical appointments.',
  'The port authority said it regretted the disruption and remained open to talks, but that the union’s demands would add more than four million to the ferry budget over the next three years.',
];
const PAGE = `
  <header><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><div class="story">
    <h1>Island crossings cut to four a day as overtime ban begins</h1>
    <div class="body">${P.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div>
    <div class="facts"><ul>
      <li id="f-date"><strong>Date</strong> 14.10.2025</li>
      <li id="f-author"><strong>Author</strong> Mara Lindqvist</li>
      <li id="f-topics"><strong>Topics</strong> <a href="/t/ferries/">Ferries</a>, <a href="/t/islands/">Islands</a>, <a href="/t/unions/">Unions</a></li>
    </ul></div>
    <div class="author-box"><a href="/author/mara/"><p id="bio-name">Mara Lindqvist</p></a><span id="role">Reporter</span>
      <p id="bio">She has covered the harbour and its ferries for the Courier since 2019 and writes about transport and labour.</p></div>
  </div>
  <section class="more" id="more"><h2>More on this</h2>
    <div class="card"><a href="/x/1/"><p>Harbour wall repairs approved after the storm</p></a><p id="card-by">By Mara Lindqvist</p></div>
  </section></main>
  <footer><p>© 2025 Northgate Courier</p></footer>`;

const clean = () => cleanLive('<title>Island crossings cut to four a day as overtime ban begins</title><meta name="author" content="Mara Lindqvist">' +
  '<meta property="article:published_time" content="2025-10-14T08:00:00+02:00">', PAGE, 'https://northgate.example/harbour/crossings/').report;

describe('the byline beyond the header', () => {
  it('keeps the author and the date in a box of facts after the story, and the name in the author\'s box; hides the rest (the bio beside the name, another story\'s card)', () => {
    const report = clean();
    expect(report.article?.byline).toBe('Mara Lindqvist');
    for (const id of ['f-date', 'f-author', 'bio-name', 'role', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
    for (const id of ['f-topics', 'card-by', 'bio']) expect(hidden(id), id).toBe(true);
  });

  it('reads the article\'s day in any print: numbers or a month\'s name, not another day', () => {
    expect(printsDate('14.10.2025', '2025-10-14T08:00:00Z')).toBe(true);
    expect(printsDate('14 octobre 2025', '2025-10-14T08:00:00Z')).toBe(true);
    expect(printsDate('13.10.2025', '2025-10-14T08:00:00Z')).toBe(false);
    expect(printsDate('Ferries', '2025-10-14T08:00:00Z')).toBe(false);
  });
});
