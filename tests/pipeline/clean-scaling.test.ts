// Cleaning is linear in the size of the page: 16 000 paragraphs take about four times as long as 4 000, not
// sixteen. A ratio, not a time (the machine's speed does not matter); the best of two runs each.
import { describe, it, expect } from 'vitest';
import { cleanArticle } from '../../lib/clean/index';
import { parse } from './helpers';

function body(n: number): Element {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 50 === 7) parts.push(`<div class="box"><h3>Support the Gazette</h3><p>Every contribution powers our journalism. IBAN: GB33 BUKB 2020 1555 5555 55</p></div>`);
    else if (i % 40 === 3) parts.push(`<p><a href="https://paper.example/news/2026/01/${i}/story-${i}">Read next: another story number ${i % 97}</a></p>`);
    else parts.push(`<p>Paragraph ${i}: the council heard ${i % 13} residents about the harbour wall, section ${i % 31}, and the engineers' report on costs and risks of phase ${i % 17}.</p>`);
  }
  return parse(`<html><body><div id="a">${parts.join('')}</div></body></html>`).getElementById('a')!;
}

function time(n: number): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const el = body(n);
    const t0 = performance.now();
    cleanArticle(el, { url: 'https://paper.example/news/a' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('cleaning scales linearly', () => {
  it('takes well under sixteen times as long for four times the paragraphs', () => {
    time(500); // warm-up: compile the patterns and the JIT
    const small = time(4000), large = time(16000);
    const ratio = large / small;
    expect(ratio, `4 000 paragraphs ${small.toFixed(0)} ms, 16 000 paragraphs ${large.toFixed(0)} ms`).toBeLessThan(8);
  }, 120_000);
});
