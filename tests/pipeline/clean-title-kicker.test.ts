// The title's kicker at the body's top ("Nach Gaetz-Rückzug" over the story, titled "Nach Gaetz-Rückzug: Trump-…"):
// the headline's first part, not a line of the story. A line further down that happens to match stays.
import { describe, it, expect } from 'vitest';
import { prose, runHtml } from './helpers';

const TITLE = 'After the vote: Council approves new harbour wall';
const pageWith = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${TITLE}"></head><body><main><article><div class="lead"><div class="keyword">After the vote</div>
<h1>Council approves new harbour wall</h1></div><div class="story">${body}</div></article></main></body></html>`;

describe('the title\'s kicker', () => {
  it('leaves the text when it opens the body', () => {
    const a = runHtml(pageWith(prose(6))).article!;
    expect(a.title).toBe(TITLE);
    expect(a.text.startsWith('After the vote')).toBe(false);
    expect(a.text).toContain('Paragraph 1 about');
  });
  it('stays as a line further down the story', () => {
    const a = runHtml(pageWith(`${prose(3)}<p>After the vote</p>${prose(3).replace(/Paragraph/g, 'Part')}`)).article!;
    expect(a.text).toContain('After the vote\n');
  });
});
