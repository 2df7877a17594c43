// A story card's headline set as text under a link laid over the whole card (an empty <a> that names the story in
// its aria-label): another story's headline, which stayed at the foot of this one (lib/clean/card-link.ts).
import { describe, expect, it } from 'vitest';
import { page, prose, runHtml } from './helpers';

const url = { url: 'https://gazette.example/news/2026-01-05/harbour-wall/101' };
const card = (headline: string, label = headline, href = '/news/2026-01-04/storm-warning/100') =>
  `<article class="card"><div><h2>${headline}</h2><p><small>In News - 04 Jan 2026</small></p></div>` +
  `<a href="${href}" aria-label="${label}" class="stretched-link"></a></article>`;
const HEAD = 'Storm warning issued for the coast';
const OTHER = 'Ferry timetable changes for the winter';

describe('a card\'s headline under a link laid over the card', () => {
  it('goes as related', () => {
    const r = runHtml(page(prose(6) + `<div class="more">${card(HEAD)}<hr>${card(OTHER, OTHER, '/news/2026-01-03/ferry/99')}</div>`), url);
    expect(r.article!.text).toContain('Paragraph 6 about');
    expect(r.article!.text).not.toContain(HEAD);
    expect(r.removed.find((x) => x.text === HEAD)?.reason).toBe('related');
  });

  it('stays when the link names something else, shows words of its own or leads to this page', () => {
    const kept = [
      card(HEAD, 'Read more'),
      card(HEAD).replace('class="stretched-link"></a>', `class="stretched-link">${HEAD}</a>`).replace(`<h2>${HEAD}</h2>`, `<h2>${HEAD}</h2>`),
      card(HEAD, HEAD, '/news/2026-01-05/harbour-wall/101'),
    ];
    for (const c of kept) {
      const r = runHtml(page(prose(6) + `<div class="more">${c}</div>`), url);
      expect(r.removed.some((x) => x.text === HEAD && x.rule === 'links:card-cover')).toBe(false);
    }
  });
});
