// @vitest-environment jsdom
// Clean on the live page never hides what the reader keeps as the standfirst: a standfirst set as bullets (headings
// of one class under the headline) shows, though the page judges its header's boxes itself and reads this one, with
// its links to other pages, as a list of other stories (whose links go, as they are no part of the reader's).
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const P = [
  'Firefighters were still battling the blaze in the hills above Valdoria on Saturday evening, two days after it broke out near a quarry road and spread with the wind towards the villages of the valley.',
  'The regional government said the fire had burnt through some 4,000 hectares of scrub and pine, and that the evacuation order for three villages would stay in place at least until Monday morning.',
  'Residents who left their homes on Thursday night have been housed in the sports hall of the market town, where volunteers and the Red Cross have handed out food, water and blankets since Friday.',
  'The interior minister, who visited the command post on Saturday, praised the work of the emergency services and promised aid for the farmers whose olive groves and livestock were lost to the flames.',
];
const BULLETS = [
  'The regional government puts the burnt area at 4,000 hectares, while the minister praises the joint work of the emergency services',
  'Nine people are still missing and six were injured, two of them seriously, and will be flown to the burns unit of the city hospital',
];
const PAGE = `
  <header class="site"><a href="/">Valley Herald</a><nav><a href="/news/">News</a> <a href="/region/">Region</a></nav></header>
  <main>
    <header class="page-header">
      <div class="titles"><h1>Nine missing as wildfire above Valdoria burns into a third day</h1><h2 class="epigraph">Valdoria</h2></div>
      <div class="subtitles">
        <h2 class="subtitle dot" id="b0">${BULLETS[0]}</h2>
        <h2 class="subtitle dot" id="b1">${BULLETS[1]}</h2>
        <h2 class="subtitle dot" id="b2"><a href="/region/valdoria-fire-live/">Live: the latest on the Valdoria fire, the evacuations and the roads closed in the valley</a></h2>
        <h2 class="subtitle dot"><a href="/region/valdoria-fire-map/">Map: where the fire above Valdoria is burning and which villages have been evacuated so far</a></h2>
        <h2 class="subtitle dot"><a href="/region/valdoria-fire-help/">How to help the families who had to leave their homes in the villages of the valley</a></h2>
      </div>
      <p class="byline">Ana Ferrer</p>
    </header>
    <figure><img src="/img/valdoria-fire.jpg" width="800" height="450" alt=""><figcaption>Smoke over the valley on Friday.</figcaption></figure>
    <div class="columns"><div class="article-body"><div class="content">${P.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div></div>
    <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a/1/">Market town fair returns after three years</a></li><li><a href="/a/2/">New bus line to the coast</a></li></ul></aside></div>
  </main>
  <footer><p>© 2026 Valley Herald</p></footer>`;

const clean = () => cleanLive('<title>Nine missing as wildfire above Valdoria burns into a third day</title><meta name="author" content="Ana Ferrer">' +
  `<meta name="description" content="${BULLETS[0]}">`, PAGE, 'https://valley-herald.example/region/valdoria-fire/').report;

describe('the standfirst on the live page', () => {
  it('shows every bullet the reader keeps as the standfirst', () => {
    const report = clean();
    expect(report.article?.standfirst).toContain(BULLETS[1]!.slice(0, 40));
    for (const id of ['b0', 'b1', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
    expect(report.article?.standfirst).not.toContain('Live: the latest');
    expect(hidden('b2')).toBe(true);
  });
});
