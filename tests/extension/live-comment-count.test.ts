// @vitest-environment jsdom
// A comment count set beside the byline and the date ("47" after a speech-bubble icon, in a box named for comments)
// is furniture on the live page: Clean hides it, and keeps the byline and the date beside it.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const P = [
  'Ferry services to the outer islands were cut to four crossings a day on Friday as an overtime ban by the ferry workers’ union began, leaving hundreds of commuters queuing at the harbour before dawn.',
  'The union said the ban would last until the port authority returned to talks about pay, which collapsed on Tuesday after eleven hours of negotiation at the authority’s offices on the quay.',
  'Island councillors said the cut would hit patients travelling to the mainland hospital hardest, and asked both sides to agree at least an emergency timetable for medical appointments.',
  'The port authority said it regretted the disruption and remained open to talks, but that the union’s demands would add more than four million to the ferry budget over the next three years.',
];
const page = (count: string) => `
  <main><article class="story">
    <h1>Island crossings cut to four a day as overtime ban begins</h1>
    <div class="info-wrapper"><p class="authors" id="byline"><a href="/authors/mara/">Mara Lindqvist</a></p>
      <div class="date-comments-wrapper"><div class="date" id="date"><span class="day">14 October 2025</span> <span class="hour">16:51 h</span></div>
      ${count}</div></div>
    <div class="body">${P.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div>
  </article></main>`;

describe('a comment count beside the byline', () => {
  it('is hidden on the live page; the byline and the date stay', () => {
    cleanLive('<title>Island crossings cut to four a day as overtime ban begins</title>', page('<p class="comments" id="count"><i class="far fa-comment-alt"></i>47</p>'), 'https://courier.example/islands/crossings-cut');
    expect(hidden('count')).toBe(true);
    expect(hidden('byline')).toBe(false);
    expect(hidden('date')).toBe(false);
    expect(hidden('p0')).toBe(false);
  });
});
