// A page nested deeper than the depth budget is flattened at the cap as a browser's HTML parser builds it (deeper
// nodes become siblings at the cap, in document order) and read, not refused; the element-count refusal stays.
import { describe, it, expect } from 'vitest';
import { processInput, failed } from '../../cli/process';
import { flattenDeep } from '../../lib/flatten';
import { measureTree } from '../../lib/dom';
import { DEFAULT_BUDGET } from '../../lib/types';
import { page, parse, prose } from './helpers';

const run = (html: string) => processInput({ file: 'deep.html', bytes: new TextEncoder().encode(html), force: true });
const textOf = (html: string) => { const r = run(html); return failed(r) ? `ERROR ${r.error}` : r.article?.text ?? ''; };
const STORY = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} about the harbour wall`);
/** The story after `depth` unclosed boxes: each paragraph sits deeper than any browser nests. */
const deepPage = (depth: number) => page(`${'<div class="box">'.repeat(depth)}${prose(6)}`);
/** Positions of the story's paragraphs in `text`, which must rise: text order kept. */
const inOrder = (text: string) => STORY.map((p) => text.indexOf(p)).every((at, i, all) => at >= 0 && (i === 0 || at > all[i - 1]!));

describe('a page nested too deep', () => {
  it('gives its story, in order, when it is nested 2 000 levels deep', () => {
    expect(inOrder(textOf(deepPage(2000)))).toBe(true);
  });

  it('gives its story when every closing tag is dropped', () => {
    // Teasers and menus before the story, every one left open, as a page with its closing tags lost.
    const furniture = Array.from({ length: 150 }, (_, i) => `<div class="item"><span class="tag">Item ${i}</span><a href="/n/${i}">Other news ${i}</a></div>`).join('');
    const html = page(`${furniture}${prose(6)}`).replace(/<\/(p|div|span|a|li|section|article|h1)>/g, '');
    expect(measureTree(parse(html).documentElement).depth).toBeGreaterThan(DEFAULT_BUDGET.maxDepth);
    expect(inOrder(textOf(html))).toBe(true);
  });

  it('gives its story in time that grows no faster than its size (four times as deep: well under sixteen times as long)', () => {
    const time = (depth: number) => {
      let best = Infinity;
      for (let i = 0; i < 2; i++) {
        const t0 = performance.now(), r = run(deepPage(depth));
        best = Math.min(best, performance.now() - t0);
        expect(inOrder(failed(r) ? '' : r.article?.text ?? ''), `${depth} levels`).toBe(true);
      }
      return best;
    };
    time(1000); // warm-up
    const small = time(2000), large = time(8000);
    expect(large / small, `2 000 levels ${small.toFixed(0)} ms, 8 000 levels ${large.toFixed(0)} ms`).toBeLessThan(8);
  }, 120_000);

  it('still refuses a page of too many elements, with a clear error', () => {
    const r = run(page('<p><b>x</b></p>'.repeat(31_000)));
    expect(failed(r) && r.error).toBe(`page too large (over ${DEFAULT_BUDGET.maxElements} elements)`);
  });
});

describe('flattenDeep', () => {
  it('leaves no element deeper than the cap and keeps the text in document order', () => {
    const doc = parse(`<html><body>${'<div><b>a</b>'.repeat(50)}<p>end <i>of</i> story</p>${'</div>'.repeat(50)}<p>after</p></body></html>`);
    const before = doc.body.textContent;
    expect(flattenDeep(doc.documentElement, 10)).toBeGreaterThan(0);
    expect(measureTree(doc.documentElement).depth).toBe(10);
    expect(doc.body.textContent).toBe(before);
  });

  it('leaves the text of an element right at the cap where it is (a link at the last level keeps its words)', () => {
    const doc = parse(`<html><body>${'<div>'.repeat(7)}<a href="/x">the story's link</a>${'</div>'.repeat(7)}</body></html>`);
    const before = doc.documentElement.outerHTML;
    expect(measureTree(doc.documentElement).depth).toBe(10);
    expect(flattenDeep(doc.documentElement, 10)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves a page within the cap untouched', () => {
    const doc = parse(`<html><body>${'<div><b>a</b>'.repeat(5)}<p>story</p>${'</div>'.repeat(5)}</body></html>`);
    const before = doc.documentElement.outerHTML;
    expect(flattenDeep(doc.documentElement, 10)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
