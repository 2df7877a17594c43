// Text dividers read as breaks, and blocks with nothing to read leave the article; words always stay.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { tidyTextDividers } from '../../lib/dividers';

const tidy = (html: string) => {
  const { document } = parseHTML(`<!doctype html><html><body><div id="a">${html}</div></body></html>`);
  const body = document.getElementById('a')!;
  tidyTextDividers(body);
  return body.innerHTML;
};

describe('text dividers in the article', () => {
  it('turns a rule, stars or a diamond written as text into a break', () => {
    expect(tidy('<p>One.</p><h2>___</h2><p>Two.</p>')).toBe('<p>One.</p><hr><p>Two.</p>');
    expect(tidy('<p>One.</p><p>* * *</p><p>Two.</p>')).toBe('<p>One.</p><hr><p>Two.</p>');
    expect(tidy('<p>一。</p><p>　◇　</p><p>二。</p>')).toBe('<p>一。</p><hr><p>二。</p>');
  });

  it('drops a block with a stray sign or an invisible space', () => {
    expect(tidy('<p>One.</p><p> ( </p><p>\u200b</p><p>.</p><p>Two.</p>')).toBe('<p>One.</p><p>Two.</p>');
  });

  it('keeps every block with a letter, a number or a picture', () => {
    const kept = '<p>—</p><h3>2</h3><p>…?</p><p>a</p><p><img src="x.jpg"></p><p>~ ~ ~<iframe src="x"></iframe></p>';
    const out = tidy(kept);
    expect(out).toContain('<h3>2</h3>');
    expect(out).toContain('<p>…?</p>');
    expect(out).toContain('<p>a</p>');
    expect(out).toContain('<img src="x.jpg">');
    expect(out).toContain('<iframe');
  });
});
