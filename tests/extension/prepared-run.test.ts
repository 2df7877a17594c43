// @vitest-environment happy-dom
// A summary prepared before the click (content.ts: an article, once loaded, at idle) answers the popup only while
// the page reads as it did at its snapshot, and the site memory learns from it only once it is used.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FirstRun } from '../../entrypoints/engine/run';
import { watchChanges } from '../../entrypoints/engine/page-changes';

const URL_A = 'https://news.example/a';

function page(): Document {
  document.body.innerHTML = '<article><p class="lede">One paragraph of the story.</p><div id="slot"></div></article>';
  return document;
}

/** A host answering tab jobs, and what the background is told to learn. */
function extension() {
  const jobs: { prepared?: boolean }[] = [];
  const learnt: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const msg = message as { type: string; job?: { prepared?: boolean }; url?: string };
    if (msg.type === 'clearpage:learn-report') learnt.push(msg.url!);
    if (msg.type !== 'clearpage:page-job') return undefined;
    jobs.push({ prepared: msg.job!.prepared });
    return Promise.resolve({ report: { isArticle: true }, map: {}, hostMs: 1 });
  });
  return { jobs, learnt };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('a summary prepared before the click', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers the popup on an unchanged page, and the site memory learns once, when it is used', async () => {
    const { jobs, learnt } = extension();
    const first = new FirstRun();
    const run = first.start(page(), URL_A, false, true, true);
    const held = await run;
    expect(held.prepared).toBe(true);
    expect(jobs).toEqual([{ prepared: true }]);
    await settle();
    expect(learnt).toEqual([]); // nobody asked yet
    expect(first.for(URL_A, false, true)).toBe(run);
    await settle();
    expect(learnt).toEqual([URL_A]);
    expect(first.for(URL_A, false, true)).toBe(run); // asked again: held, not learnt twice
    await settle();
    expect(learnt).toEqual([URL_A]);
  });

  it('is made without the analysis, which the host runs alone once the popup asks', async () => {
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const msg = message as { type: string; job?: { analyze: boolean } };
      asked.push(msg.type === 'clearpage:page-job' ? `job analyze=${msg.job!.analyze}` : msg.type);
      if (msg.type === 'clearpage:analyze') return Promise.resolve({ quotes: [], parties: [{ name: 'Ada Brun' }], lang: 'en' });
      if (msg.type === 'clearpage:page-job') return Promise.resolve({ report: { isArticle: true, article: { text: 'One paragraph of the story.', title: 'A story', lang: 'en', siteName: null } }, map: {}, hostMs: 1 });
      return undefined;
    });
    const first = new FirstRun();
    await first.start(page(), URL_A, false, false, true);
    await settle();
    expect(asked).toEqual(['job analyze=false']);
    const h = await first.for(URL_A, false, true)!;
    expect(h.report.parties?.[0]?.name).toBe('Ada Brun');
    expect(asked.filter((t) => t === 'clearpage:analyze')).toHaveLength(1);
  });

  it('asks an open host for the analysis straight, not through the background, and the background when no host answers', async () => {
    const asked: string[] = [];
    let hostOpen = true;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const msg = message as { type: string; input?: { text: string } };
      asked.push(msg.type);
      if (msg.type === 'clearpage:analyze-direct') return hostOpen ? Promise.resolve({ quotes: [], parties: [{ name: 'Ada Brun' }], lang: 'en' }) : undefined;
      if (msg.type === 'clearpage:analyze') return Promise.resolve({ quotes: [], parties: [{ name: 'Cleo Dahl' }], lang: 'en' });
      if (msg.type === 'clearpage:page-job') return Promise.resolve({ report: { isArticle: true, article: { text: 'One paragraph of the story.', title: 'A story', lang: 'en', siteName: null } }, map: {}, hostMs: 1 });
      return undefined;
    });
    let first = new FirstRun();
    await first.start(page(), URL_A, false, false, true);
    const h = await first.for(URL_A, false, true)!;
    expect(h.report.parties?.[0]?.name).toBe('Ada Brun');
    expect(asked).not.toContain('clearpage:analyze');
    hostOpen = false; // the host was closed: the background opens it and answers
    asked.length = 0;
    first = new FirstRun();
    await first.start(page(), URL_A, false, false, true);
    const h2 = await first.for(URL_A, false, true)!;
    expect(h2.report.parties?.[0]?.name).toBe('Cleo Dahl');
    expect(asked.filter((t) => t.startsWith('clearpage:analyze'))).toEqual(['clearpage:analyze-direct', 'clearpage:analyze']);
  });

  it("is dropped once the page's text changed after its snapshot: the popup gets a run of the page as it is", async () => {
    const { learnt } = extension();
    const first = new FirstRun();
    const doc = page();
    await first.start(doc, URL_A, false, true, true);
    doc.getElementById('slot')!.append(doc.createElement('p'), 'A late paragraph of the story.');
    expect(first.for(URL_A, false, true)).toBeNull();
    expect(first.has(URL_A)).toBe(false);
    await settle();
    expect(learnt).toEqual([]);
  });

  it('is not handed to the engine after a change either', async () => {
    extension();
    const first = new FirstRun();
    const doc = page();
    await first.start(doc, URL_A, false, true, true);
    doc.querySelector('.lede')!.setAttribute('hidden', '');
    expect(first.adopt(URL_A)).toBeNull();
  });

  it('a run asked for is not watched: it answers as before whatever the page does', async () => {
    extension();
    const first = new FirstRun();
    const doc = page();
    const run = first.start(doc, URL_A, false, true);
    await run;
    doc.getElementById('slot')!.textContent = 'Changed';
    expect(first.for(URL_A, false, true)).toBe(run);
  });
});

describe('what counts as a change of the page', () => {
  it('text added, edited or removed, and class, style, hidden or open', async () => {
    const doc = page();
    const cases: ((d: Document) => void)[] = [
      (d) => d.getElementById('slot')!.append('More text'),
      (d) => { d.querySelector('.lede')!.firstChild!.nodeValue = 'Edited'; },
      (d) => d.querySelector('.lede')!.remove(),
      (d) => d.getElementById('slot')!.setAttribute('class', 'open'),
      (d) => d.getElementById('slot')!.setAttribute('style', 'display:none'),
    ];
    for (const change of cases) {
      page();
      const watch = watchChanges(doc);
      change(doc);
      expect(watch.changed()).toBe(true);
      watch.stop();
    }
  });

  it("not an element without text (an empty ad slot, an image) nor an image's new address", () => {
    const doc = page();
    const watch = watchChanges(doc);
    const img = doc.createElement('img');
    const ad = doc.createElement('div');
    ad.className = 'ad-slot';
    doc.getElementById('slot')!.append(img, ad);
    img.setAttribute('src', 'https://news.example/photo.jpg');
    const script = doc.createElement('script');
    script.textContent = 'window.x = 1;';
    doc.body.append(script);
    expect(watch.changed()).toBe(false);
    watch.stop();
  });
});
