// Titles of boxes the page fills by script, left alone at the story's foot over nothing ("おすすめ情報",
// "Recommended"): removed with a reason (lib/clean/foot-headings.ts); a line that closes the story in its own
// container, a signature, the byline, a sentence and anything followed by story text stay.
import { describe, expect, it } from 'vitest';
import { page, prose, runHtml } from './helpers';

/** The story's container holding its paragraphs, then `foot` (boxes of the page's layout inside it). */
const run = (foot: string) => runHtml(page(`<div class="story">${prose(4)}${foot}</div>`));
/** A box the page fills by script: its title, and a slot still empty (a box of one paragraph is unwrapped by Readability). */
const box = (title: string) => `<div><p>${title}</p><div class="slot"></div></div>`;

describe('lone titles closing the story', () => {
  it('go with a reason when each stands alone in its own box', () => {
    const r = run(box('関連キーワード') + box('おすすめ情報'));
    expect(r.article!.text).not.toContain('おすすめ情報');
    expect(r.article!.text).not.toContain('関連キーワード');
    expect(r.removed.filter((x) => x.rule === 'heading:foot-over-nothing').map((x) => x.text)).toEqual(['関連キーワード', 'おすすめ情報']);
    expect(run(box('Recommended for you')).article!.text).not.toContain('Recommended for you');
  });
  it('leave a signature, a sentence, a line with a digit and a line set in the story container alone', () => {
    for (const line of ['– Jane R.', 'He declined to comment.', 'Part 2 follows']) {
      expect(run(box(line)).article!.text).toContain(line);
    }
    expect(run('<p>Harbour Desk</p>').article!.text).toContain('Harbour Desk');
  });
  it('leave a title alone when story text follows it', () => {
    const r = run(`${box('The vote')}<div>${prose(2, 'quay')}</div>`);
    expect(r.article!.text).toContain('The vote');
  });
});
