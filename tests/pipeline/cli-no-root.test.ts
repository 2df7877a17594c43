// A page without text whose root reads as clutter to Readability (<html class="…burgerMenu">): Readability,
// working on the page itself, removes the root element, and asking for the body to tell why no article was
// found threw linkedom's TypeError ("internal error"). The reason is the page's, in words.
import { describe, it, expect } from 'vitest';
import { processInput, failed } from '../../cli/process';

describe('a page left without a root element', () => {
  it('is "no article text", not an internal error', () => {
    const r = processInput({ file: 'page.html', bytes: new TextEncoder().encode('<html class="no-js burgerMenu"\n<head>'), force: true });
    expect(failed(r) && r.error).toBe('no article text found: the page has no text');
  });
});
