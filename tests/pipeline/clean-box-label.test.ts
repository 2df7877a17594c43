// The title of a box removed whole after the story ("Recommended videos" in bold over a player whose share line and
// picture went) heads nothing a reader can see: it leaves the reader view and the exports. A bold line over a box
// that is kept, a line that ends like a sentence, and a bold line inside the story's run of paragraphs stay.
import { describe, expect, it } from 'vitest';
import { parse, prose } from './helpers';
import { cleanArticle } from '../../lib/clean/index';

const player = '<div class="video-player share-box"><p>Share on Weibo Share on Weibo</p></div>';
const clean = (html: string) => cleanArticle(parse(`<html><body><div id="b">${html}</div></body></html>`).getElementById('b')!);
const notice = '<p>All rights to this translation belong to the Harbour Gazette.</p>';

describe('the title of a box removed after the story', () => {
  it('goes with the box it heads', () => {
    const c = clean(`${prose(3)}<p><strong>Recommended videos</strong></p>${player}${notice}`);
    expect(c.removed.some((x) => x.text.includes('Share on Weibo'))).toBe(true);
    expect(c.text).not.toContain('Recommended videos');
    expect(c.removed.find((x) => x.text === 'Recommended videos')?.rule).toBe('label:over-removed-box');
    expect(c.text).toContain('Paragraph 3 about the harbour wall');
  });

  it('stays over a kept box, as a sentence, or amid the story', () => {
    const kept = clean(`${prose(3)}<p><strong>Recommended videos</strong></p><div class="box"><p>The council filmed the debate for residents who could not attend.</p></div>${notice}`);
    expect(kept.text).toContain('Recommended videos');
    const sentence = clean(`${prose(3)}<p><strong>That is all from the harbour.</strong></p>${player}${notice}`);
    expect(sentence.text).toContain('That is all from the harbour.');
    const plain = clean(`${prose(3)}<p>Recommended videos</p>${player}${notice}`);
    expect(plain.text).toContain('Recommended videos');
  });
});
