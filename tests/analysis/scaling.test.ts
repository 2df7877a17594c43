// The analysis is linear in the size of the text: four times the paragraphs take about four times as long, never
// sixteen. Asserts a ratio of CPU times (best of three runs each), not a time.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const SMALL = 4000; // and four times as much
/** Linear gives about 4 (4.4–5.5 measured alone; 7–8 when acronym spans were checked against every candidate),
 * quadratic 16. Room for a noisy machine and garbage collection. */
const MAX_RATIO = 8;

// CPU time of this process, not wall time: on a shared, loaded machine wall time mostly measures the wait for a core.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function best(text: string, lang: string): number {
  let min = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = cpu();
    analyzeArticle({ text, lang });
    min = Math.min(min, cpu() - t0);
  }
  return min;
}

/** `join`: what stands between the pieces (a blank line: paragraphs; a space: one paragraph growing). */
function ratio(make: (i: number) => string, { join = '\n\n', lang = 'en', small = SMALL } = {}): number {
  const text = (n: number) => Array.from({ length: n }, (_, i) => make(i)).join(join);
  // Warm up on the small size itself: a warm-up of a few pieces left the optimising compiler's work to the first,
  // large reading (ratios of 7.5–9.5 for a shape that reads 3.6 warm).
  analyzeArticle({ text: text(small), lang });
  const once = () => { const s = best(text(small), lang); return best(text(small * 4), lang) / s; };
  // A collection or a busy core can lift one reading past the bound; quadratic work reads about 16 every time.
  const first = once();
  return first < MAX_RATIO ? first : Math.min(first, once());
}

const NAMES = ['Ada Brun', 'Tom Keller', 'Maria Lund', 'Omar Haddad', 'Rita Velez', 'Karl Berg'];

describe('analysis time', () => {
  it('grows linearly with short paragraphs without quotation marks', () => {
    expect(ratio((i) => `Paragraph ${i} of the report says little of note.`)).toBeLessThan(MAX_RATIO);
  }, 120_000);

  it('grows linearly with names, quotations, pronouns and roles throughout', () => {
    const r = ratio((i) => {
      const n = NAMES[i % NAMES.length]!, m = NAMES[(i + 3) % NAMES.length];
      if (i % 4 === 1) return `“We will look at item ${i},” ${n.split(' ')[1]} said. She met ${m} in Kelby.`;
      if (i % 4 === 3) return `Minister ${n} spoke to the Harbour Board (HB). “It is late,” he said, and the minister added it was “not ready.”`;
      return `Item ${i} was read.`;
    });
    expect(r).toBeLessThan(MAX_RATIO);
  }, 120_000);

  // Text with no sentence end (a list of quoted phrases, a page's lines run together) was one sentence a paragraph,
  // and each quotation's windows (the speech event before it, the verbs around it) ran over the whole of it.
  it('grows linearly in one paragraph of many quotations without a sentence end', () => {
    expect(ratio((i) => `“harbour ${i % 7} workers”`, { join: ' ', small: 2000 })).toBeLessThan(MAX_RATIO);
  }, 240_000);

  // Chinese without 。: each quotation walked back to its paragraph's start for its sentence.
  it('grows linearly in one Chinese paragraph of quotations without a full stop', () => {
    expect(ratio((i) => `港湾工人${i % 9}号说「罢工继续」，`, { join: '', lang: 'zh', small: 800 })).toBeLessThan(MAX_RATIO);
  }, 240_000);
});
