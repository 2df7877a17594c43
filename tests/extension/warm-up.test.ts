// The pipeline host runs an invented article once when it opens and is idle (entrypoints/offscreen/warm-up.ts), so
// that a reader's first article does not pay for code compiled on first use: it must wait for a request under way,
// run once only, and go through every stage (an article, cleaned, with a quotation and parties).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WARM_UP_PAGE, warmUpWhenIdle } from '../../entrypoints/offscreen/warm-up';
import { runPipeline } from '../../lib/pipeline';
import { analyzeArticle } from '../../lib/analysis';
import { parseHTML } from 'linkedom';
import type { HostRequest } from '../../utils/messages';

describe('the host warm-up', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('runs the invented article once, after the request under way', async () => {
    const asked: HostRequest[] = [];
    let busy = true;
    warmUpWhenIdle(async (req) => { asked.push(req); return { ok: true }; }, () => busy);
    await vi.advanceTimersByTimeAsync(2000);
    expect(asked).toEqual([]); // a tab's request is still running
    busy = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ type: 'clearpage:pipeline', job: { html: WARM_UP_PAGE, analyze: true } });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked).toHaveLength(1);
  });

  it('takes the invented article through every stage', () => {
    vi.useRealTimers();
    const report = runPipeline(parseHTML(WARM_UP_PAGE).document as unknown as Document, { url: 'https://harbourgazette.example/harbour/night-ferry-returns', force: true, analyze: analyzeArticle });
    expect(report.isArticle).toBe(true);
    expect(report.removed.map((r) => r.reason).sort()).toEqual(['newsletter', 'related', 'share']);
    expect(report.article?.text).toContain('Residents of the outer islands');
    expect(report.quotes.length).toBeGreaterThanOrEqual(2);
    expect(report.parties.map((p) => p.name)).toEqual(expect.arrayContaining(['Maria Lindqvist', 'Harbour Board']));
  });
});
