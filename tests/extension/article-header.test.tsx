// @vitest-environment happy-dom
// The article's header as the reader view and the popup draw it: the reader shows the standfirst under the
// headline, the popup (no room) does not.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ArticleHeader } from '../../components/Summary';
import type { Report } from '../../lib/types';

const DEK = 'The council voted to build a new harbour wall after a three-day debate.';
const report = (standfirst: string | null, byline = 'Jane Doe', siteName = 'News Example'): Report => ({
  url: 'https://news.example/a', isArticle: true, articleScore: 0.9, reasons: [],
  article: { title: 'Harbour wall approved', byline, siteName, publishedTime: null, lang: 'en', excerpt: null, standfirst, html: '<p>x</p>', text: 'word '.repeat(300) },
  removed: [], quotes: [], parties: [],
  timings: { parseMs: 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 },
});

const root = document.createElement('div');
document.body.appendChild(root);
afterEach(() => render(null, root));

describe('article header', () => {
  it('shows the date a story was updated beside the one it was published', () => {
    const r = report(null);
    render(<ArticleHeader report={{ ...r, article: { ...r.article!, publishedTime: '2012-05-10T09:00:00Z', updatedTime: '2026-04-24T08:30:00Z' } }} />, root);
    expect(root.querySelector('[data-testid=date]')?.textContent).toMatch(/2012/);
    expect(root.querySelector('[data-testid=updated]')?.textContent).toMatch(/^Updated .*2026/);
    expect(root.querySelector('[data-testid=updated] time')?.getAttribute('datetime')).toBe('2026-04-24T08:30:00Z');
    render(<ArticleHeader report={{ ...r, article: { ...r.article!, publishedTime: '2012-05-10T09:00:00Z' } }} />, root);
    expect(root.querySelector('[data-testid=updated]')).toBeNull();
  });

  it('shows who paid for or partnered on the story with the byline (a reader must see the story was paid for)', () => {
    const r = report(null);
    render(<ArticleHeader report={{ ...r, article: { ...r.article!, sponsor: 'In partnership with Harbour Savings Bank' } }} />, root);
    const line = root.querySelector('[data-testid=sponsor]');
    expect(line?.textContent).toBe('In partnership with Harbour Savings Bank');
    expect(line?.parentElement).toBe(root.querySelector('[data-testid=byline]')?.parentElement);
    render(<ArticleHeader report={r} />, root);
    expect(root.querySelector('[data-testid=sponsor]')).toBeNull();
  });

  it('shows the standfirst under the headline in the reader view', () => {
    render(<ArticleHeader report={report(DEK)} standfirst />, root);
    const sf = root.querySelector('[data-testid=standfirst]');
    expect(sf?.textContent).toBe(DEK);
    expect(root.querySelector('[data-testid=title]')!.compareDocumentPosition(sf!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the page\'s label above the headline in the reader view ("Opinion": an opinion piece reads as one)', () => {
    const r = report(DEK);
    render(<ArticleHeader report={{ ...r, article: { ...r.article!, kicker: 'Opinion' } }} standfirst />, root);
    const k = root.querySelector('[data-testid=kicker]');
    expect(k?.textContent).toBe('Opinion');
    expect(k!.compareDocumentPosition(root.querySelector('[data-testid=title]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    render(<ArticleHeader report={{ ...r, article: { ...r.article!, kicker: 'Opinion' } }} level={2} />, root);
    expect(root.querySelector('[data-testid=kicker]')).toBeNull();
  });

  it('leaves it out in the popup, and draws nothing for a page without one', () => {
    render(<ArticleHeader report={report(DEK)} level={2} />, root);
    expect(root.querySelector('[data-testid=standfirst]')).toBeNull();
    render(<ArticleHeader report={report(null)} standfirst />, root);
    expect(root.querySelector('[data-testid=standfirst]')).toBeNull();
  });

  it('shows a byline in any script, and hides one that only names the site', () => {
    render(<ArticleHeader report={report(null, '大渡 美咲', '産経新聞')} />, root);
    expect(root.textContent).toContain('大渡 美咲');
    render(<ArticleHeader report={report(null, 'Иван Петров', 'Коммерсантъ')} />, root);
    expect(root.textContent).toContain('Иван Петров');
    render(<ArticleHeader report={report(null, 'NEWS example', 'News Example')} />, root);
    expect(root.textContent).not.toContain('NEWS example');
  });
});
