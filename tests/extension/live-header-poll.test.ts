// @vitest-environment jsdom
// Clean on the live page hides a poll set between the headline and the body (a "question of the day" beside the
// byline) as it hides one in the body: the question and its label with its answers, by the pipeline's own test of a
// poll's box. The byline, the date and the story stay.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const P = [
  'The county board approved the new bus timetable on Monday night, adding an hourly service to the three villages north of the river that lost their last bus route two years ago.',
  'Board members said the service would be paid for from the transport levy for its first two years, after which they would decide on its future from the number of riders it carries.',
  'Residents of the villages had collected signatures for more than a year, and some of them travelled to the board meeting to hear the vote, which passed with two members against.',
];
const POLL = `<section class="block" id="poll"><h2 class="block-title" id="poll-label">Reader poll</h2><div class="block-content">
  <h3 id="poll-question">Would you take the new bus to work at least once a week?</h3><fieldset><form action="/polls/bus/" method="post">
  <div class="field"><input id="c1" type="radio" name="choice" value="1"> <label for="c1">Yes, most days</label></div>
  <div class="field"><input id="c2" type="radio" name="choice" value="2"> <label for="c2">Only now and then</label></div>
  <div class="field"><input id="c3" type="radio" name="choice" value="3"> <label for="c3">No, never</label></div>
  <input type="submit" value="Vote"></form></fieldset></div></section>`;
const PAGE = `
  <header class="site"><a href="/">Riverside Post</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><div class="column">
    <h1>Villages north of the river get their bus back</h1>
    <p class="standfirst" id="lead">An hourly service returns to three villages that lost their last bus route two years ago.</p>
    <p class="byline" id="byline">By Hal Brennan · <time id="date" datetime="2025-03-11">11 March 2025</time></p>
    ${POLL}
    <div class="body">${P.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div>
  </div></main>
  <footer><p>© 2025 Riverside Post</p></footer>`;

const clean = () => cleanLive('<title>Villages north of the river get their bus back</title><meta name="author" content="Hal Brennan">', PAGE,
  'https://riverside-post.example/news/villages-bus/');

describe('a poll between the headline and the body', () => {
  it('goes whole, its question and label with its answers', () => {
    clean();
    for (const id of ['poll-question', 'poll-label', 'c1']) expect(hidden(id), id).toBe(true);
    for (const id of ['lead', 'byline', 'date', 'p0', 'p2']) expect(hidden(id), id).toBe(false);
  });
});
