// @vitest-environment happy-dom
// A story that goes on on the page's own next page is said so in the popup and after the reader's text, with the
// link (an address of a scheme the sanitiser refuses is not linked); a whole story says nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ContinuesNotice } from '../../components/Summary';
import type { Report } from '../../lib/types';

const report = (continues?: string): Report => ({
  url: 'https://news.example/a/48213', isArticle: true, articleScore: 0.9, reasons: [],
  article: { title: 'Harbour wall approved', byline: null, siteName: null, publishedTime: null, lang: 'en', excerpt: null, html: '<p>x</p>', text: 'x', ...(continues ? { continues } : {}) },
  removed: [], quotes: [], parties: [],
  timings: { parseMs: 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 },
});

const root = document.createElement('div');
document.body.appendChild(root);
afterEach(() => render(null, root));

describe('the continued-story notice', () => {
  it('names the next page and links it', () => {
    render(<ContinuesNotice report={report('https://news.example/a/48213/2')} />, root);
    expect(root.querySelector('[data-testid=continues]')?.textContent).toContain('continues on the next page');
    expect(root.querySelector('[data-testid=continues] a')?.getAttribute('href')).toBe('https://news.example/a/48213/2');
  });

  it('is absent for a whole story and for an address of another scheme', () => {
    render(<ContinuesNotice report={report()} />, root);
    expect(root.querySelector('[data-testid=continues]')).toBeNull();
    render(<ContinuesNotice report={report('javascript:alert(1)')} />, root);
    expect(root.querySelector('[data-testid=continues]')).toBeNull();
  });
});
