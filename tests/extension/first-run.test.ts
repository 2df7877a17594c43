// The run the every-page script starts for the popup before the engine loads: which later requests it answers
// (a forced request must not be served by a run that was not; an analysed one is, once the host has analysed the
// run's article) and how the engine takes it over.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHTML } from 'linkedom';
import { FirstRun } from '../../entrypoints/engine/run';

const URL_A = 'https://news.example/a';
const page = () => parseHTML('<html><body><article><p>One paragraph of the story.</p></article></body></html>').document;

const ARTICLE = { text: 'One paragraph of the story.', title: 'A story', lang: 'en', siteName: 'News' };

/** A host that answers each tab job directly; `article` is what its report says about the page. It also answers
 * an analysis asked alone (through the background), recorded in `analyses`. */
function host(article: boolean, analyses: unknown[] = []) {
  const jobs: { force: boolean; analyze: boolean }[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const msg = message as { type: string; job: { force: boolean; analyze: boolean }; input?: unknown };
    if (msg.type === 'clearpage:analyze') {
      analyses.push(msg.input);
      return Promise.resolve({ quotes: [{ text: 'We came in good faith', speaker: 'Ada Brun' }], parties: [], lang: 'en' });
    }
    if (msg.type !== 'clearpage:page-job') return undefined;
    jobs.push({ force: msg.job.force, analyze: msg.job.analyze });
    return Promise.resolve({ report: { isArticle: article, article: article ? ARTICLE : null }, map: {}, hostMs: 1 });
  });
  return jobs;
}

describe('the first run of a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers the same request at the same address, and nothing at another', async () => {
    const jobs = host(true);
    const first = new FirstRun();
    const run = first.start(page() as unknown as Document, URL_A, false, true);
    expect(first.for(URL_A, false, true)).toBe(run);
    expect(first.for('https://news.example/b', false, true)).toBeNull();
    const held = await run;
    expect(first.held(URL_A)).toBe(held);
    expect(first.held('https://news.example/b')).toBeNull();
    expect(jobs).toEqual([{ force: false, analyze: true }]);
  });

  it('answers an analysed request with a run made without the analysis by asking the host for the analysis alone', async () => {
    const analyses: unknown[] = [];
    const jobs = host(true, analyses);
    const first = new FirstRun();
    await first.start(page() as unknown as Document, URL_A, false, false);
    expect(analyses).toEqual([]); // nothing analysed until someone needs it
    const h = await first.for(URL_A, false, true)!;
    expect(h.analyzed).toBe(true);
    expect(h.report.quotes?.[0]?.speaker).toBe('Ada Brun');
    // The analysis reads the held article, the site's name included (never a party of its own stories).
    expect(analyses).toEqual([{ text: ARTICLE.text, title: ARTICLE.title, lang: 'en', site: 'News' }]);
    await first.for(URL_A, false, true);
    expect(analyses).toHaveLength(1); // once
    expect(jobs).toEqual([{ force: false, analyze: false }]); // and the page was not snapshot again
  });

  it('answers a forced request with an unforced run only once that run has found an article', async () => {
    host(false);
    const first = new FirstRun();
    const run = first.start(page() as unknown as Document, URL_A, false, true);
    expect(first.for(URL_A, true, true)).toBeNull();
    await run;
    expect(first.for(URL_A, true, true)).toBeNull(); // not an article: forcing would change the result

    fakeBrowser.reset();
    host(true);
    const again = new FirstRun();
    const found = again.start(page() as unknown as Document, URL_A, false, true);
    expect(again.for(URL_A, true, true)).toBeNull(); // not known yet
    await found;
    expect(again.for(URL_A, true, true)).toBe(found);
  });

  it('is handed to the engine once, and forgotten when the address changes', async () => {
    host(true);
    const first = new FirstRun();
    const run = first.start(page() as unknown as Document, URL_A, false, true);
    expect(first.adopt('https://news.example/b')).toBeNull();
    const second = first.start(page() as unknown as Document, URL_A, false, true);
    expect(first.adopt(URL_A)).toBe(second);
    expect(first.adopt(URL_A)).toBeNull();
    await Promise.all([run, second]);
    first.start(page() as unknown as Document, URL_A, false, true);
    first.forget();
    expect(first.for(URL_A, false, false)).toBeNull();
  });
});
