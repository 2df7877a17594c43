// A short share line printed twice (over the lead picture and over a video player), one copy removed with its box:
// the other is the same furniture and goes too, in a script whose short lines are too short to count as copies. A
// line of the story that happens to repeat a removed line, outside any box named for furniture, stays.
import { describe, expect, it } from 'vitest';
import { parse, prose } from './helpers';
import { cleanArticle } from '../../lib/clean/index';

const clean = (html: string) => cleanArticle(parse(`<html><body><div id="b">${html}</div></body></html>`).getElementById('b')!);
const share = (cls: string) => `<div class="${cls}"><p>转播到微博</p></div>`;
const tail = '<p><strong>精彩视频推荐</strong></p><div class="player-share"><p>转播到微博</p><p><img src="/video/still-42.jpg" width="640" height="360"></p></div><p>【本文版权归本网站所有，未经授权不得转载。】</p>';

describe('a kept copy of a removed short line', () => {
  it('goes when its own box is named for the same furniture', () => {
    const c = clean(`${share('article-share-btn')}${prose(3)}${tail}`);
    expect(c.removed.filter((x) => x.text === '转播到微博')).toHaveLength(2);
    expect(c.removed.find((x) => x.rule === 'copy:of-removed-line')?.reason).toBe('share');
    expect(c.text).toContain('Paragraph 1 about the harbour wall');
  });

  it('stays outside a box named for furniture', () => {
    const c = clean(`${share('lead')}${prose(3)}${tail}`);
    expect(c.text).toContain('转播到微博');
  });
});
