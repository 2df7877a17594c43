// @vitest-environment happy-dom
// The reader view marks the story with its language, and a story whose language is not known as unknown (lang=""),
// not with the reader page's own English.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Report } from '../../lib/types';

const state: { report: Report | null } = { report: null };
vi.mock('../../components/api', () => ({ getReport: () => Promise.resolve({ report: state.report }) }));
const { Reader } = await import('../../components/Reader');

const report = (lang: string | null): Report => ({
  url: 'https://news.example/a', isArticle: true, articleScore: 0.9, reasons: [],
  article: { title: 'Umphakathi ukhathazekile', byline: null, siteName: null, publishedTime: null, lang, excerpt: null, html: '<p>Umphakathi wasendaweni uthe awukwazi ukuthula.</p>', text: 'Umphakathi wasendaweni uthe awukwazi ukuthula.' },
  removed: [], quotes: [], parties: [],
  timings: { parseMs: 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 },
});

const root = document.createElement('div');
document.body.appendChild(root);
afterEach(() => render(null, root));

async function shownLang(lang: string | null): Promise<string | null | undefined> {
  state.report = report(lang);
  render(<Reader tabId={1} />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-testid=reader-article]')).not.toBeNull());
  return root.querySelector('[data-testid=reader]')?.getAttribute('lang');
}

describe("the reader view's language", () => {
  it("is the story's, or unknown where the story's language is not known", async () => {
    expect(await shownLang('id')).toBe('id');
    render(null, root);
    expect(await shownLang(null)).toBe('');
  });
});
