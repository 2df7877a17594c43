// A video player set in the story prints the title of the clip it plays (cut, after the player's own label) and the
// clip's length; with the clip's data on the player's box, both lines go, recorded. Without that data, or a line
// the data does not hold, they stay: a story's own line next to a time is never taken for a player's.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { printsTitle } from '../../lib/clean/player-box';

const clip = JSON.stringify([{ id: 'c1', title: 'Ferry operators and the port strike: the week in review', duration: 489 }])
  .replace(/"/g, '&quot;');
// A player as sites set it: the poster and play icon, the title line and the length line as bare divs.
const player = (data: string, title: string) => `<div class="shortcode video" ${data}><div class="videoContainer"><svg class="play"><use xlink:href="#play"></use></svg>` +
  '<figure class="img"><img src="https://news.example/stills/c1.jpg" class="photo" alt="" height="96" width="170"></figure></div>' +
  `<div class="videoTitle"><span class="bold"><span>On air:</span> <span>Look:</span></span> ${title}</div>` +
  '<div class="videoMeta"><span class="duration">8:09 <svg class="video"><use xlink:href="#video"></use></svg></span></div></div>';

describe("a video player's box in the story", () => {
  it("loses the clip's title and length, recorded, when the box carries the clip's data", () => {
    const r = runHtml(page(prose(5) + player(`data-playlist="${clip}"`, 'Ferry operators and the port strike: the week...')));
    const removed = r.removed.filter((x) => x.rule === 'media:player-box').map((x) => x.text);
    expect(removed).toEqual(['On air: Look: Ferry operators and the port strike: the week...', '8:09']);
    expect(r.article!.text).toContain('Paragraph 5 about the harbour wall');
    expect(r.article!.text).not.toContain('8:09');
  });

  it('keeps them without the data, or when the line is not the clip\'s title', () => {
    const bare = runHtml(page(prose(5) + player('', 'Ferry operators and the port strike: the week...')));
    expect(bare.removed.filter((x) => x.rule === 'media:player-box')).toEqual([]);
    const other = runHtml(page(prose(5) + player(`data-playlist="${clip}"`, 'Residents gathered at the quay before dawn')));
    expect(other.removed.filter((x) => x.rule === 'media:player-box')).toEqual([]);
    expect(other.article!.html).toContain('Residents gathered at the quay before dawn');
  });

  it('reads a title cut short or whole, never a mere shared start', () => {
    const data = ['Google Assistant improves, more changes at Twitter'];
    expect(printsTitle('Now: Google Assistant improves, more changes…', data)).toBe(true);
    expect(printsTitle('Google Assistant improves, more changes at Twitter', data)).toBe(true);
    expect(printsTitle('Google Assistant improves, and so does the rest', data)).toBe(false);
  });
});
