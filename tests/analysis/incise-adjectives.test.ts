// „Diese martialischen, betont männlichen Auftritte, …“: a verb form used as an adverb inside a list of adjectives
// does not split a German quotation as an incise would; a real incise („…, sagt Müller, …“) still does.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quotes = (t: string) => analyse(t, 'de').quotes.map((q) => q.text);

describe('an adverb-like verb form between adjectives', () => {
  it('leaves the quotation whole', () => {
    const t = 'Die Forscherin Petra Lind erklärt das so: "Diese martialischen, betont männlichen Auftritte, auch mit Waffen, sprechen vor allem junge Männer an."';
    expect(quotes(t)).toEqual([expect.stringContaining('Diese martialischen, betont männlichen Auftritte, auch mit Waffen')]);
  });

  it('still splits at a real incise', () => {
    const t = 'Die Lage ist ernst. "Wir sind sehr stolz, sagen betroffene Eltern, und wir machen weiter."';
    expect(quotes(t).length).toBe(2);
  });
});
