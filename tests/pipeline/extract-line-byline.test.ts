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
