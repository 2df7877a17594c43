// @vitest-environment jsdom
// Clean on the live page hides what the page hides with a style framework's class ("hidden"), where its style sheet
// did not load (the pipeline leaves it out too: lib/hidden-class.ts): a paywall's offers beside the story. A box the
// page shows again at a breakpoint ("hidden md:block") and the article's own byline stay.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const P = [
  'The county board approved the new bus timetable on Monday night, adding an hourly service to the three villages north of the river that lost their last bus route two years ago.',
  'Board members said the service would be paid for from the transport levy for its first two years, after which they would decide on its future from the number of riders it carries.',
  'Residents of the villages had collected signatures for more than a year, and some of them travelled to the board meeting to hear the vote, which passed with two members against.',
];
const PAGE = `
  <main><div class="column">
    <h1>Villages north of the river get their bus back</h1>
    <p class="byline" id="byline">By Hal Brennan · <time id="date" datetime="2025-03-11">11 March 2025</time></p>
    <div class="body">${P.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div>
    <div class="offer hidden"><ul><li id="offer">Unlimited online access to the Riverside Post and its partner papers, every day of the week.</li><li>The daily puzzles.</li></ul></div>
    <div class="wide hidden md:block"><p id="wide">Riverside Post readers on wide screens see this note about the print edition and its supplements.</p></div>
  </div></main>`;

describe('a box the page hides with a framework class', () => {
  it('goes where the style sheet did not hide it; a box shown again at a breakpoint stays', () => {
    cleanLive('<title>Villages north of the river get their bus back</title><meta name="author" content="Hal Brennan">', PAGE, 'https://riverside-post.example/news/villages-bus/');
    expect(hidden('offer')).toBe(true);
    expect(hidden('wide')).toBe(false);
    for (const id of ['byline', 'date', 'p0', 'p2']) expect(hidden(id), id).toBe(false);
  });
  it('goes from a box of the story that holds it, whose other lines stay', () => {
    const wall = `<div class="sign-in hidden"><section class="row"><header class="intro"><div class="col"><img src="https://riverside-post.example/logo.png" alt="Riverside Post" width="280" height="37"><div class="intro-body hidden"><div class="h2">Subscribe for more articles</div><p id="enjoy">Enjoy the latest local, national and international news.</p><ul><li id="li1">Exclusive articles by our columnists and others, every day.</li><li>Daily puzzles including the crossword.</li></ul></div><div class="intro-free"><p id="free">Create an account or sign in to continue with your reading experience.</p></div></div></header></section></div>`;
    const html = `<main><article class="story"><h1>Villages north of the river get their bus back</h1><p class="byline" id="byline">By Hal Brennan</p><div class="body"><p id="p0">${P[0]}</p>${wall}<p id="p1">${P[1]}</p><p id="p2">${P[2]}</p></div></article></main>`;
    cleanLive('<title>Villages north of the river get their bus back</title><meta name="author" content="Hal Brennan">', html, 'https://riverside-post.example/news/villages-bus/');
    for (const id of ['enjoy', 'li1']) expect(hidden(id), id).toBe(true);
    for (const id of ['byline', 'p0', 'p1', 'p2']) expect(hidden(id), id).toBe(false);
  });
});
