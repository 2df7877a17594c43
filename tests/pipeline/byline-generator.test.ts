// A CMS that writes its own name (or the office running it) into both <meta name="author"> and <meta name="generator">
// names no author: the reader and the exports must not show it as the byline.
import { describe, expect, it } from 'vitest';
import { page, prose, runHtml } from './helpers';

const head = (author: string, generator: string) => `<meta name="author" content="${author}"><meta name="generator" content="${generator}">`;

describe('the author meta tag that names the page maker', () => {
  it('is no byline when it says what the generator says', () => {
    const a = runHtml(page(prose(5), { extraHead: head('City Hall - IT Department', 'City Hall - IT Department') })).article!;
    expect(a.byline ?? '').not.toContain('IT Department');
  });
  it('stays the byline when it names someone else than the generator', () => {
    const a = runHtml(page(prose(5), { extraHead: head('Jane Roe', 'WordPress 6.4') })).article!;
    expect(a.byline).toBe('Jane Roe');
  });
});
