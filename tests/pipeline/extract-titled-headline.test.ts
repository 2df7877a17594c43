// The headline is the <h1> that says the page's title: a page that sets its story's <h1> in a list item of its layout
// (which reads as a breadcrumb's last step) and a sidebar's "Most Popular" as another <h1> still has its deck, the
// heading under the story's headline, as the standfirst.
import { describe, expect, it } from 'vitest';
import { prose, runHtml } from './helpers';

const title = 'Ferry strike ends after talks through the night';
const deck = 'AGREEMENT: Crews accepted a pay rise of four percent and the ferries sail again from Monday morning';
const page = (sidebar: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} - Harbour Times</title>
<meta name="description" content="Bringing the harbour to the world"></head><body>
<ul class="layout"><li id="left"><div class="archives"><h1>${title}</h1><h2><span class="red">AGREEMENT:</span> ${deck.slice(11)}</h2>
<div class="text">${prose(5)}</div></div></li>
</ul><div class="side">${sidebar}<ul><li><a href="/a">Another story of the week</a></li><li><a href="/b">A second story</a></li></ul></div></body></html>`;

describe('the headline that says the page\'s title', () => {
  it('is the story\'s <h1>, not a sidebar\'s, so the deck under it is the standfirst', () => {
    expect(runHtml(page('<h1>Most Popular</h1>')).article!.standfirst).toBe(deck);
  });
});
