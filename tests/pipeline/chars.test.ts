import { describe, expect, it } from 'vitest';
import { countLetters, isCurrencySign, isLetterChar, isWordChar, squeezeWords, wordRuns } from '../../lib/chars';
import { bylineShape } from '../../lib/clean/signals';

// The character classes cleaning uses instead of \p{L}\p{N} patterns (cold-start cost): they must agree with what a
// reader takes for letters and digits in the scripts news is written in.
describe('letters and digits without property escapes', () => {
  it('splits words in many scripts as \\p{L}\\p{N} would', () => {
    const texts = ["L'appel, 2024 !", 'Grüße aus Köln', 'Привет, мир', 'Γειά σου', 'مرحبا بالعالم', 'שלום עולם', '東京 都', 'नमस्ते दुनिया'];
    for (const t of texts) expect(wordRuns(t).join(' ')).toBe(t.match(/[\p{L}\p{N}\p{M}]+/gu)!.join(' '));
  });
  it('leaves out punctuation, currency signs, arrows and emoji', () => {
    expect(wordRuns('€5 — “quoted” → 👍 ok')).toEqual(['5', 'quoted', 'ok']);
    expect(wordRuns('𠀋山 👍')).toEqual(['𠀋山']);
    expect(squeezeWords('Harbour-Gazette.org')).toBe('HarbourGazetteorg');
    expect(isWordChar('—')).toBe(false);
    expect(isLetterChar('7')).toBe(false);
    expect(isLetterChar('ж')).toBe(true);
    expect(countLetters('a1b2c3', 2)).toBe(2);
  });
  it('knows the currency signs of Unicode category Sc', () => {
    for (const c of ['$', '€', '£', '¥', '₹', '₦', '₽', '₿', '฿', '﷼']) expect(isCurrencySign(c), c).toBe(c.match(/\p{Sc}/u) !== null);
    for (const c of ['a', '%', '#', '1']) expect(isCurrencySign(c), c).toBe(false);
  });
});

describe('byline shape', () => {
  it('is a short lower-case word and a capitalised name of two or three words', () => {
    for (const t of ['By Jane Doe', 'Por Shira Ovide', 'von Max Müller', 'par Jean-Luc M. Dupont']) expect(bylineShape(t), t).toBe(true);
    for (const t of ['Jane Doe', 'by jane doe', 'Because Donald Trump Said So Today', 'By J Doe', 'About Us  Contact']) expect(bylineShape(t), t).toBe(false);
  });
});
