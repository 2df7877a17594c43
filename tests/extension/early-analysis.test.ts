// The host starts a tab's analysis when the popup opens on it, and the tab's own request then finds that analysis
// instead of running a second one; an answer never goes to another article.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EarlyAnalysis, isWanted } from '../../entrypoints/offscreen/early-analysis';
import type { Analysis, AnalyzeInput } from '../../lib/analysis';
import type { Report } from '../../lib/types';

const article = (text: string) => ({ title: 'Ferry talks collapse', byline: null, siteName: 'Harbour News', publishedTime: null, lang: 'en', excerpt: null, html: `<p>${text}</p>`, text });
const report = (text: string) => ({ url: 'https://example.org/a', isArticle: true, article: article(text), removed: [], quotes: [], parties: [] }) as unknown as Report;
const input = (text: string): AnalyzeInput => ({ text, title: 'Ferry talks collapse', lang: 'en', site: 'Harbour News' });

function counting() {
  const seen: string[] = [];
  const run = vi.fn(async (i: AnalyzeInput): Promise<Analysis> => { seen.push(i.text); return { quotes: [], parties: [], lang: 'en', timings: {} } as unknown as Analysis; });
  return { run, seen, early: new EarlyAnalysis(run) };
}

afterEach(() => { vi.useRealTimers(); });

describe('the analysis started as the popup opens', () => {
  it('runs once for the popup and the tab that asks after it', async () => {
    const { run, early } = counting();
    early.noteRun(7, 'https://example.org/a', report('The union said talks had failed.'), false);
    expect(run).not.toHaveBeenCalled(); // nothing before a summary is wanted
    early.wantedFor(7);
    expect(run).toHaveBeenCalledTimes(1);
    const a = await early.analyse(input('The union said talks had failed.'));
    expect(run).toHaveBeenCalledTimes(1);
    expect(a.lang).toBe('en');
  });

  it('starts when the tab\'s run comes back, if the popup opened before it did', async () => {
    const { run, seen, early } = counting();
    early.wantedFor(3);
    early.noteRun(3, 'https://example.org/a', report('Ferries stop at midnight.'), false);
    expect(seen).toEqual(['Ferries stop at midnight.']);
    await early.analyse(input('Ferries stop at midnight.'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('forgets a wish that is old, and a tab whose run came with its analysis', () => {
    vi.useFakeTimers();
    const { run, early } = counting();
    early.wantedFor(3);
    vi.advanceTimersByTime(60_000);
    early.noteRun(3, 'https://example.org/a', report('A later article nobody asked about.'), false);
    expect(run).not.toHaveBeenCalled();
    early.noteRun(4, 'https://example.org/a', report('Analysed already.'), true);
    early.wantedFor(4); // no article without its analysis is known for tab 4: only a wish
    expect(run).not.toHaveBeenCalled();
  });

  it('does not start the article a tab showed before it went to another address', () => {
    const { run, seen, early } = counting();
    early.noteRun(2, 'https://example.org/a', report('The old story.'), false);
    early.wantedFor(2, 'https://example.org/b');
    expect(run).not.toHaveBeenCalled();
    early.noteRun(2, 'https://example.org/b', report('The new story.'), false); // the new page's run, wished for
    expect(seen).toEqual(['The new story.']);
  });

  it('never answers one article with another\'s analysis', async () => {
    const { seen, early } = counting();
    early.noteRun(1, 'https://example.org/a', report('First article.'), false);
    early.wantedFor(1);
    await early.analyse(input('Second article.'));
    expect(seen).toEqual(['First article.', 'Second article.']);
  });

  it('runs again after a failed analysis', async () => {
    let fail = true;
    const early = new EarlyAnalysis(async () => { if (fail) throw new Error('model missing'); return { quotes: [], parties: [] } as unknown as Analysis; });
    await expect(early.analyse(input('x'))).rejects.toThrow('model missing');
    fail = false;
    await expect(early.analyse(input('x'))).resolves.toBeTruthy();
  });

  it('reads only the popup\'s message from the channel', () => {
    expect(isWanted({ type: 'clearpage:analysis-wanted', tabId: 5 })).toBe(true);
    expect(isWanted({ type: 'clearpage:analysis-wanted', tabId: '5' })).toBe(false);
    expect(isWanted(null)).toBe(false);
  });
});
