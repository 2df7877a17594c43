// @vitest-environment jsdom
// Clean on the live page keeps the story's lead line under the headline though the site's class names call it a
// "teaser": a card for another story links to it, a line of words with no link to anywhere is the story's own.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const P = [
  'The district council voted on Thursday evening to close the old swimming baths on Mill Lane at the end of the summer, after engineers found cracks in the main pool and the roof above it.',
  'Councillors said repairs would cost more than the baths take in ten years, and that the money would go to the new leisure centre planned beside the railway station instead.',
  'Swimming clubs that train at the baths will be offered lanes at the school pool in the meantime, though the clubs say the hours offered are too few for their members.',
  'A petition to keep the baths open has gathered some three thousand signatures since the plans were first published in the spring, and its organisers want a public meeting.',
];
const PAGE = `
  <header class="site"><a href="/">Millbrook Gazette</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><article>
    <header>
      <div class="kicker"><div>Mill Lane baths</div></div>
      <h1>Council votes to close the old baths</h1>
      <div class="teaser lead" id="lead">District council ends a century of swimming on Mill Lane at the end of the summer</div>
      <address class="author">By Nora Pilling</address>
    </header>
    <div class="body">${P.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div>
  </article>
  <div class="teaser" id="card"><h3><a href="/news/leisure-centre-plans-go-on-show/">Leisure centre plans go on show at the town hall</a></h3></div></main>
  <footer><p>© 2026 Millbrook Gazette</p></footer>`;

const clean = () => cleanLive('<title>Council votes to close the old baths</title><meta name="author" content="Nora Pilling">', PAGE,
  'https://millbrook-gazette.example/news/council-votes-to-close-the-old-baths/').report;

describe('a lead line the site calls a teaser', () => {
  it('stays under the headline: no link leads from it to another story', () => {
    clean();
    for (const id of ['lead', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
    expect(hidden('card')).toBe(true);
  });
});
