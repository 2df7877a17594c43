// The extraction's looks at a page before Readability cost one pass over it, not a pass per level or per picture:
// a deep page's boxes are not read once a level (desk credits), a page without a video's length is not searched
// from each picture (video stills), links and JSON-LD are found by their tag, not by selectors run over every element.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { findDeskCredits } from '../../lib/desk-credit';
import { dropVideoStills } from '../../lib/video-still';
import { jsonLd } from '../../lib/json-ld';
import { printedByline } from '../../lib/story-byline';
import { isTitleLike } from '../../lib/analysis/quotes/titles';
import { preparePictures } from '../../lib/pictures';
import { runPipeline } from '../../lib/pipeline';
import { parse } from './helpers';

afterEach(() => { vi.restoreAllMocks(); });

/** Counts reads of `textContent` on the document's elements while `run` runs. */
function textReads(doc: Document, run: () => void): number {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(doc.body)) as object;
  let owner: object | null = proto;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'textContent')) owner = Object.getPrototypeOf(owner) as object | null;
  const spy = vi.spyOn(owner as { textContent: string }, 'textContent', 'get');
  run();
  const n = spy.mock.calls.length;
  spy.mockRestore();
  return n;
}

const PARA = 'The council met on Tuesday evening and voted to keep the harbour wall as it stands for another decade.';

describe('desk credits', () => {
  it('are found under a paragraph nested 40 boxes deep, reading each box once at most', () => {
    const open = '<div>'.repeat(40), close = '</div>'.repeat(40);
    const doc = parse(`<html><body>${open}<p>${PARA}</p><span>sak/Reuters</span>${close}</body></html>`);
    let credits: ReturnType<typeof findDeskCredits> = [];
    const reads = textReads(doc, () => { credits = findDeskCredits(doc.body); });
    expect(credits.map((c) => c.text)).toEqual(['sak/Reuters']);
    expect(reads).toBeLessThan(10);
  });

  it("a story without a credit line: its paragraphs' letters are not worked out (NFKC and a Unicode pattern each)", () => {
    const doc = parse(`<html><body><article>${`<p>${PARA}</p>`.repeat(12)}<span>Share this story</span></article></body></html>`);
    const spy = vi.spyOn(String.prototype, 'normalize');
    expect(findDeskCredits(doc.body)).toEqual([]);
    expect(spy).toHaveBeenCalledTimes(1); // the one line read as a credit, not the twelve paragraphs
    spy.mockRestore();
    const credited = parse(`<html><body><p>${PARA}</p><span>sak/Reuters</span></body></html>`);
    expect(findDeskCredits(credited.body)).toEqual([{ text: 'sak/Reuters', under: PARA.toLowerCase().replace(/[^a-z]/g, '') }]);
  });
});

describe('video stills', () => {
  it('a page of photos and no video length: none removed, no search from each picture', () => {
    const photos = Array.from({ length: 20 }, (_, i) => `<figure><div><img src="https://cdn.example/p/${i}.jpg" width="800"></div><figcaption>Photo ${i}</figcaption></figure>`).join('');
    const doc = parse(`<html><body><article>${photos}<p>${PARA}</p></article></body></html>`);
    const spy = vi.spyOn(Object.getPrototypeOf(Object.getPrototypeOf(doc.body)) as { querySelectorAll: Element['querySelectorAll'] }, 'querySelectorAll');
    expect(dropVideoStills(doc.body)).toBe(0);
    expect(spy).not.toHaveBeenCalled();
    expect(doc.getElementsByTagName('img').length).toBe(20);
  });
});

describe('hosted stand-ins ("…/{width}.jpg")', () => {
  it("a page without one: the pictures' addresses are not read for one", () => {
    const photos = Array.from({ length: 20 }, (_, i) => `<img src="https://cdn.example/p/${i}.jpg" srcset="https://cdn.example/p/${i}-2x.jpg 2x" width="800">`).join('');
    const doc = parse(`<html><body><article>${photos}<p>${PARA}</p></article></body></html>`);
    const spy = vi.spyOn(String.prototype, 'matchAll');
    preparePictures(doc.body);
    const reads = spy.mock.calls.length;
    spy.mockRestore();
    expect(reads).toBe(0);
    expect(doc.getElementsByTagName('img')[3]!.getAttribute('src')).toBe('https://cdn.example/p/3.jpg');
  });
});

describe('found by tag, as the selectors found them', () => {
  const page = (body: string) => parse(`<html><head><script type="application/LD+json">{"@type":"NewsArticle","headline":"A"}</script></head><body>${body}</body></html>`);

  it('JSON-LD: any case of the type, none inside a <template>, no selector run', () => {
    const doc = page('<template><script type="application/ld+json">{"@type":"Hidden"}</script></template><script type="text/javascript">{}</script>');
    const spy = vi.spyOn(doc, 'querySelectorAll');
    expect(jsonLd(doc)).toEqual([{ '@type': 'NewsArticle', headline: 'A' }]);
    expect(spy).not.toHaveBeenCalled();
  });

  it('JSON-LD: parsed once a page by the pipeline, for the paywall probe and the extraction alike', () => {
    const doc = page(`<article><h1>Harbour wall stays</h1>${`<p>${PARA}</p>`.repeat(6)}</article>`);
    const spy = vi.spyOn(JSON, 'parse');
    const report = runPipeline(doc, { force: true, inPlace: true });
    expect(report.article?.text).toContain('harbour wall');
    expect(spy.mock.calls.filter((c) => String(c[0]).includes('NewsArticle'))).toHaveLength(1);
  });

  it("an author's link: rel=author in any case, or an author's page; none inside a <template>", () => {
    const byRel = page('<h1>Harbour wall stays</h1><p>By <a rel="nofollow AUTHOR" href="/x">Jane Roe</a></p>');
    const byPath = page('<h1>Harbour wall stays</h1><template><a href="/author/john-doe/">John Doe</a></template><p>By <a href="/staff/jane-roe/">Jane Roe</a></p>');
    for (const doc of [byRel, byPath]) {
      const spy = vi.spyOn(doc, 'querySelectorAll');
      expect(printedByline(doc, 'en').names[0]).toBe('Jane Roe');
      expect(spy.mock.calls.map((c) => String(c[0])).filter((sel) => sel.includes('href'))).toEqual([]);
      spy.mockRestore();
    }
  });
});

describe('a title in quotation marks', () => {
  it('is told without splitting a long quotation into words', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Word${i}`).join(' ');
    const spy = vi.spyOn(String.prototype, 'split');
    const title = isTitleLike(long), splits = spy.mock.calls.length;
    spy.mockRestore();
    expect([title, splits]).toEqual([false, 0]);
    // seven words of which the last is only stops: still a title's length
    expect(isTitleLike('Face The Nation With Margaret Brennan ?')).toBe(true);
    expect(isTitleLike('Face The Nation With Margaret Brennan Today ?')).toBe(false);
  });
});
