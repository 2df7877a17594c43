// "X, now Y" and "Y (formerly X)": one body by its two names, the other an alias. People stay apart. Invented text,
// the shipped English model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a renamed body', () => {
  it('is one party with its other name as an alias', () => {
    const text = 'The deal was signed by Halvorsen Mining, now Nordvik Resources, in 2019. Nordvik Resources said on Monday it would appeal. Analysts at Goldman Sachs expected the ruling.';
    const bodies = analyse(text, 'en').parties.filter((p) => p.type === 'organization');
    expect(bodies.map((p) => p.name)).toEqual(['Nordvik Resources', 'Goldman Sachs']);
    expect(bodies[0]!.aliases).toContain('Halvorsen Mining');
  });

  it('leaves a person and the body after "now" apart', () => {
    const text = 'The plan was drawn up by Maren Holt, now Nordvik Resources’ chief, in 2019. Holt said on Monday the plan would go ahead.';
    expect(analyse(text, 'en').parties.find((p) => p.name === 'Maren Holt')?.aliases ?? []).not.toContain('Nordvik Resources');
  });
});

describe('two bodies after a comma and "now"', () => {
  it('stay apart where the text names them together again', () => {
    const text = 'The midfielder, formerly of Halvorsen United, now Nordvik City, scored twice on Saturday. Nordvik City beat Halvorsen United 3-1 in the cup last year, and Nordvik City said he would stay.';
    const names = analyse(text, 'en').parties.map((p) => p.name);
    expect(names).toContain('Halvorsen United');
    expect(names).toContain('Nordvik City');
  });
});
