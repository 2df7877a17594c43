// @vitest-environment jsdom
// Clean on the live page hides what asks something of the reader inside or beside the story, by structure: a
// newsletter's sign-up box set between two paragraphs (a form asking for an email address), and a control drawn as
// a picture under the byline (an audio player's placeholder whose "Subscribe to listen" is SVG text in a link). The
// story, its byline and date, and a chart drawn in SVG stay.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const P = [
  'Ferry services to the outer islands were cut to four crossings a day on Friday as an overtime ban by the ferry workers’ union began, leaving hundreds of commuters queuing at the harbour before dawn.',
  'The union said the ban would last until the port authority returned to talks about pay, which collapsed on Tuesday after eleven hours of negotiation at the authority’s offices on the quay.',
  'Island councillors said the cut would hit patients travelling to the mainland hospital hardest, and asked both sides to agree at least an emergency timetable for medical appointments.',
  'The port authority said it regretted the disruption and remained open to talks, but that the union’s demands would add more than four million to the ferry budget over the next three years.',
];
const SIGNUP = `<div class="cta" id="cta"><div class="wrap"><form action="/weekly/"><h2>The <em>Courier</em> Weekly</h2>
  <div class="lead"><em>Fridays</em>. A weekly digest of the best of our harbour coverage.</div>
  <label for="mail">Email</label><input type="email" id="mail" name="mail">
  By signing up, you confirm that you are over 16 and agree to receive occasional offers. Read our <a href="/privacy/">Privacy Policy here.</a>
  <button type="submit">Sign Up</button></form></div></div>`;
const PLAYER = `<div class="audio" id="audio"><div class="placeholder"><svg width="100%" height="90" role="img" aria-label="Audio player">
  <rect x="0" y="0" width="300" height="89"></rect><circle cx="35" cy="45" r="23"></circle>
  <a href="/profile/" id="listen"><svg x="100%" y="0"><rect x="-192" y="21" width="170" height="21"></rect><text x="-106" y="35"> SUBSCRIBE TO LISTEN </text></svg></a></svg></div></div>`;
/** A sign-up widget Readability leaves out (its class reads as extra matter), with an SVG logo beside its form. */
const WIDGET = `<section class="widget extra-box" id="posted"><div><img alt="Posted" src="/static/icon-posted.svg"><div class="h2">Harbour Posted</div>
  <p>Get the harbour's news of the day in a very readable format.</p></div><form action="#"><input type="email" aria-label="Email"><button>Sign Up</button></form>
  <p>By signing up you consent to receive the above newsletter from Northgate Media.</p></section>`;
const CHART = `<div class="chart" id="chart"><svg width="400" height="200" role="img"><rect x="10" y="50" width="40" height="150"></rect><text x="10" y="40">2024</text>
  <rect x="60" y="90" width="40" height="110"></rect><text x="60" y="80">2025</text></svg></div>`;
const PAGE = `
  <header class="site"><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><article class="story">
    <h1>Island crossings cut to four a day as overtime ban begins</h1>
    <p class="byline" id="byline">By <a href="/author/mara/">Mara Lindqvist</a> · <time id="date" datetime="2025-10-14">14 October 2025</time></p>
    ${PLAYER}
    <div class="body">
      <p id="p0">${P[0]}</p><p id="p1">${P[1]}</p>
      ${SIGNUP}
      <p id="p2">${P[2]}</p>${WIDGET}${CHART}<p id="p3">${P[3]}</p>
    </div>
  </article></main>
  <footer><p>© 2025 Northgate Courier</p></footer>`;

const clean = () => cleanLive('<title>Island crossings cut to four a day as overtime ban begins</title><meta name="author" content="Mara Lindqvist">', PAGE,
  'https://northgate.example/harbour/crossings/').hid;

describe('forms and drawn controls', () => {
  it('hides a newsletter sign-up box between two paragraphs: its heading, its note and its fine print', () => {
    clean();
    expect(hidden('cta')).toBe(true);
    expect(hidden('posted')).toBe(true); // its logo with it: a sign-up box's graphic is no photo
    for (const id of ['byline', 'date', 'p0', 'p1', 'p2', 'p3']) expect(hidden(id), id).toBe(false);
  });

  it('hides an audio player\'s placeholder whose only words are drawn on a linked button; a chart stays', () => {
    clean();
    expect(hidden('audio')).toBe(true);
    expect(hidden('chart')).toBe(false);
  });
});
