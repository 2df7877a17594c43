// @vitest-environment jsdom
// Clean must not break the story's layout: a share rail that is an item of the story's grid
// (grid-template-columns: 40px auto) hidden by display:none let the story flow into the 40 px track, one syllable a
// line. A hidden grid item keeps its cell as an empty slot; Restore gives the page back exactly.
import { afterEach, describe, expect, it } from 'vitest';
import { HIDDEN_ATTR, restoreAll } from '../../lib/page/hide';
import { SLOT_ATTR } from '../../lib/page/grid-slot';
import { cleanLive, hidden } from './live-clean';

const P = [
  'PORT ELLIS – The shire council voted on Tuesday to close the old timber jetty for good after engineers found that half of its piles had rotted through below the waterline during the winter storms.',
  'Fishermen who have tied up at the jetty for three generations said they had not been asked, and that the nearest safe mooring is now forty minutes along the coast by road from the town.',
  'The council said a new concrete landing would be built within two years, paid for by the state’s coastal fund, and that a temporary pontoon would open before the start of the crayfish season.',
  'Residents will be able to comment on the plans at a meeting in the town hall next month, where the engineers are also expected to present their full report on the state of the old jetty.',
];
const HEAD = `<title>Council closes the old jetty</title><style>
  .story-grid{display:grid;grid-template-columns:40px auto}
  .wrap{display:contents}
</style>`;
const SHARE = '<ul><li><a href="https://facebook.example/share">Share to Facebook</a></li><li><a href="https://x.example/share">Share to Twitter</a></li><li><a href="mailto:?body=x">Share by Email</a></li></ul>';
const page = (rail: string) => `
  <header><a href="/">Coast Times</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><article>
    <h1>Council closes the old jetty after storms rot its piles</h1>
    <div class="story-grid" id="grid">
      ${rail}
      <div class="story-text" id="text">${P.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div>
    </div>
  </article></main>
  <footer id="foot"><a href="/about/">About us</a> <a href="/contact/">Contact</a> <a href="/privacy/">Privacy</a></footer>`;

const display = (id: string) => getComputedStyle(document.getElementById(id)!).display;

describe('Clean on a page whose story sits in a grid beside its share rail', () => {
  afterEach(() => { restoreAll(document); });

  const rails: Array<[string, string]> = [
    ['a grid item', `<aside class="share-rail" id="rail">${SHARE}</aside>`],
    ['a grid item inside a display:contents wrapper', `<div class="wrap"><aside class="share-rail" id="rail">${SHARE}</aside></div>`],
  ];
  for (const [name, rail] of rails) {
    it(`hides the rail as ${name} but keeps its cell, so the story stays in its own track`, () => {
      cleanLive(HEAD, page(rail), 'https://coast.example/news/jetty-closes');
      const railEl = document.querySelector(`[${HIDDEN_ATTR}] #rail, #rail[${HIDDEN_ATTR}]`);
      expect(railEl, 'the share rail is hidden').not.toBeNull();
      const slot = document.getElementById('rail')!.closest(`[${SLOT_ATTR}]`)!;
      expect(slot, 'hidden as an empty slot').not.toBeNull();
      expect(getComputedStyle(slot).display).not.toBe('none');
      expect(getComputedStyle(slot).visibility).toBe('hidden');
      for (let i = 0; i < P.length; i++) expect(hidden(`p${i}`)).toBe(false);
      expect(display('foot')).toBe('none'); // not a grid item: hidden as before
      expect(document.querySelector(`#foot[${SLOT_ATTR}]`)).toBeNull();
      restoreAll(document);
      expect(document.querySelector(`[${SLOT_ATTR}]`)).toBeNull();
    });
  }

  it('Restore gives the page back exactly', () => {
    document.head.innerHTML = HEAD;
    document.body.innerHTML = page(`<aside class="share-rail" id="rail">${SHARE}</aside>`);
    const before = document.documentElement.outerHTML;
    cleanLive(HEAD, page(`<aside class="share-rail" id="rail">${SHARE}</aside>`), 'https://coast.example/news/jetty-closes');
    expect(document.getElementById('rail')!.closest(`[${SLOT_ATTR}]`)).not.toBeNull();
    restoreAll(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
