// The last item of a list of the site's promoted links, its other items gone as related links, goes too when every
// link of it leads to the site's own pages tagged for a marketing campaign; the list's label goes with it when
// nothing of the story follows. An item linking without a campaign tag, or in a list whose other items stay, stays.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const url = 'https://gazette.example/story/harbour-wall-approved';
const teaser = (n: number) => `<li><a href="https://gazette.example/story/other-headline-${n}?itm_campaign=BottomRelated">Another headline about the coast, number ${n}</a></li>`;
const rest = (tag: string) => `<li>🚣 Want the best gear for a long day on the water this summer? Check out our outdoor team's tested picks for the <a href="https://gazette.example/gallery/best-boats/${tag}">best boats</a>, sturdy <a href="https://gazette.example/gallery/best-oars/${tag}">oars</a> and <a href="https://gazette.example/gallery/best-jackets/${tag}">life jackets</a>, with advice on the sizes and prices that suit a family.</li>`;
const list = (tag: string) => `<hr><p><em>More Great Gazette Stories</em></p><ul>${[1, 2, 3, 4].map(teaser).join('')}${rest(tag)}</ul>`;

describe("the rest of a list of the site's promoted links", () => {
  it('goes with the list, and so does its label', () => {
    const r = runHtml(page(`<div>${prose(4)}${list('?itm_campaign=BottomRelated')}</div>`), { url });
    expect(r.article!.text).not.toContain('Want the best gear');
    expect(r.removed.find((x) => x.text.includes('Want the best gear'))?.rule).toBe('links:list-rest');
    expect(r.article!.html).not.toContain('More Great Gazette Stories');
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
  });

  it('stays when its links carry no campaign tag', () => {
    const r = runHtml(page(`<div>${prose(4)}${list('')}</div>`), { url });
    expect(r.removed.some((x) => x.rule.startsWith('links:list-rest'))).toBe(false);
  });
});
