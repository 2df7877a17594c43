// A title in a list of names ("from Pixar, “Star Wars,” Marvel Studios and …") is nobody's quotation: neither the
// next item nor the speaker of the sentence before said it.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a quotation among a list of names', () => {
  it('has no speaker, neither the next item nor the sentence before', () => {
    const t = 'Harbour Films opened its new streaming service on Monday. The company said demand was high. The service offers films from Northwind Pictures, “Blue Harbour,” Marvel Studios and older classics.';
    expect(analyse(t, 'en').quotes.filter((q) => q.speaker)).toEqual([]);
  });
});
