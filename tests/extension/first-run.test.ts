// The run the every-page script starts for the popup before the engine loads: which later requests it answers
// (a forced or analysed request must not be served by a run that was neither) and how the engine takes it over.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHTML } from 'linkedom';
import { FirstRun } from '../../entrypoints/engine/run';

const URL_A = 'https://news.example/a';
const page = () => parseHTML('<html><body><article><p>One paragraph of the story.</p></article></body></html>').document;

/** A host that answers each tab job directly; `article` is what its report says about the page. */
function host(article: boolean) {
  const jobs: { force: boolean; analyze: boolean }[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const msg = message as { type: string; job: { force: boolean; analyze: boolean } };
    if (msg.type !== 'clearpage:page-job') return undefined;
    jobs.push({ force: msg.job.force, analyze: msg.job.analyze });
    return Promise.resolve({ report: { isArticle: article }, map: {}, hostMs: 1 });
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

  it('does not answer an analysed request with a run made without the analysis', async () => {
    host(true);
    const first = new FirstRun();
    await first.start(page() as unknown as Document, URL_A, false, false);
    expect(first.for(URL_A, false, true)).toBeNull();
    expect(first.for(URL_A, false, false)).not.toBeNull();
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
