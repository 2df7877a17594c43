// Between the pages of a batch the command collects the garbage a page left once the heap has grown by
// GROWTH_BEFORE_COLLECTING since the last collection (cli/memory.ts): the batch's peak memory stays near one page's.
import { describe, it, expect } from 'vitest';
import v8 from 'node:v8';
import { betweenPages, GROWTH_BEFORE_COLLECTING } from '../../cli/memory';

const used = () => v8.getHeapStatistics().used_heap_size;

describe('memory between the pages of a batch', () => {
  it('frees what a page left behind once the heap has grown past the margin', () => {
    betweenPages();
    const before = used();
    // a page's worth of garbage and more: strings and objects nothing refers to once this block ends
    { const junk: unknown[] = []; while (used() < before + GROWTH_BEFORE_COLLECTING * 1.5) junk.push({ text: 'x'.repeat(200) + junk.length, n: junk.length }); }
    const grown = used();
    betweenPages();
    expect(grown - before).toBeGreaterThan(GROWTH_BEFORE_COLLECTING);
    expect(used()).toBeLessThan(before + GROWTH_BEFORE_COLLECTING / 2);
  });

  it('leaves a heap that has not grown past the margin alone', () => {
    betweenPages();
    const a = used();
    const keep = Array.from({ length: 1000 }, (_, i) => ({ i }));
    betweenPages();
    expect(used()).toBeGreaterThanOrEqual(a);
    expect(keep.length).toBe(1000);
  });
});
