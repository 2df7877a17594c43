// The desk's slash credit ("sak/Reuters", "dpa/AFP/jm") is a Unicode letter pattern, costly to compile cold: a short
// line with a slash that holds a character no credit holds (a digit, a colon: "12/03/2024", "Foto: AP/Reuters") is
// answered without it, with the pattern's own answer.
import { describe, expect, it, vi } from 'vitest';
import { slashCredit } from '../../lib/clean/credit-shape';

const CREDIT_NAME = '\\p{L}[\\p{L}.-]{1,11}(?: \\p{L}[\\p{L}.-]{1,11}){0,2}';
const PATTERN = new RegExp(`^${CREDIT_NAME}(?:\\s?/\\s?${CREDIT_NAME}){1,3}$`, 'u');
const plain = (norm: string) => norm.length <= 40 && norm.includes('/') && PATTERN.test(norm);

describe('slash credits', () => {
  it('tries no letter pattern on a date, a time or a labelled line', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    try {
      for (const line of ['12/03/2024', 'foto: ap/reuters', '24/7 news desk', 'and/or 3 more']) expect(slashCredit(line, 0)).toBe(false);
      expect(test.mock.contexts.map((re) => (re as RegExp).source).filter((s) => s.includes('\\p{'))).toEqual([]);
    } finally { test.mockRestore(); }
  });

  it('answers as the pattern does (fixed seed)', () => {
    expect(slashCredit('sak/reuters', 0)).toBe(true);
    expect(slashCredit('dpa / afp / jm', 0)).toBe(true);
    expect(slashCredit('mdr/лента.ру', 0)).toBe(true);
    let seed = 0xc0ffee;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const bits = ['dpa', 'afp', 'jm', 'é', 'ß', 'лента', '/', ' / ', ' ', '.', '-', '2', ':', ',', '\t', '(', 'a', 'Reuters', '_', '@'];
    for (let k = 0; k < 2000; k++) {
      let line = '';
      for (let j = rand(8) + 1; j > 0; j--) line += bits[rand(bits.length)]!;
      expect(slashCredit(line, 0), line).toBe(plain(line));
    }
  });
});
