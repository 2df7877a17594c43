// Readability takes the first element named for the author out as the byline. A name set inside a line of the
// header ("Mon 5 Jan | 10:00 | By <span class="authorname">…</span>") left the line saying "By" of no one.
import { describe, it, expect } from 'vitest';
import { page, prose, runHtml } from './helpers';

const line = (date: string) => `<div class="info"><div class="lineinfo">${date} | 10:00 | By <span class="authorname">Jane Harbourside</span></div></div>`;
const run = (date: string) => runHtml(page(line(date) + prose(6)));
/** The article's markup as text: what the reader and the exports show. */
const shown = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a byline set inside a line of the header', () => {
  it('is still the byline', () => {
    expect(run('Mon 5 Jan 2026').article!.byline).toBe('Jane Harbourside');
  });

  it('leaves no "By" naming no one', () => {
    for (const date of ['Mon 5 Jan 2026', 'Sat 3 Jan 2026']) {
      const html = shown(run(date).article!.html);
      expect(html).not.toMatch(/10:00 \| By (?!Jane Harbourside)/);
    }
  });


  it('still gives the date the line prints when the metadata has none (the line leaves as the header\'s copy)', () => {
    const html = page(line('Sat 3 Jan 2026') + prose(6)).replace(/<meta property="article:published_time"[^>]*>/, '');
    expect(runHtml(html).article!.publishedTime).toMatch(/^2026-01-03/);
  });
});

describe('the author of a related story\'s card', () => {
  const card = (n: number, name: string) => `<li><div><a href="/story-${n}"><h2>Another harbour story ${n}</h2></a> <span class="author">By <span class="authorname">${name}</span></span></div></li>`;
  const related = `<aside class="more"><ul>${card(1, 'Jane Harbourside')}${card(2, 'Tom Quayman')}</ul></aside>`;
  const own = '<div class="info"><span class="author" itemprop="author">Ann Lighthouse</span></div>';
  it("is not this story's byline: the story's own is", () => {
    expect(runHtml(page(related + prose(6) + own)).article!.byline).toBe('Ann Lighthouse');
  });
  it('is the byline where the list is not one of cards (a single item: the story\'s own header)', () => {
    const single = `<ul>${card(1, 'Jane Harbourside')}</ul>`;
    expect(runHtml(page(single + prose(6) + own)).article!.byline).toBe('Jane Harbourside');
  });
});
