// A party's type where the data or the name's structure says it. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const typeOf = (text: string, lang: string, name: string) => analyse(text, lang).parties.find((p) => p.name === name)?.type;

describe('party types from data and structure', () => {
  it('a small state is a country', () => {
    const text = 'Oil output in Venezuela, neighbouring Guyana, where foreign companies drill, and Suriname may rise. "Prices will fall," said Maren Holt, an analyst in Oslo.';
    expect(typeOf(text, 'en', 'Guyana')).toBe('country');
    expect(typeOf(text, 'en', 'Maren Holt')).toBe('person');
  });
});
