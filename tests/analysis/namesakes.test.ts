// "The elder Brandt" beside two people named Brandt in full: the comparative picks the one the text makes the elder
// ("his son Oskar Brandt" is the younger), or no one when the text does not say; never the nearer by default.
// Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const mentions = (text: string, name: string) => analyse(text, 'en').parties.find((p) => p.name === name)?.mentions;

describe('a comparative of age before a shared surname', () => {
  it('goes to the elder the kin words make so', () => {
    const text = `Liberal financier Walter Brandt and his son give to the senator.

The senator has embraced the policies pushed by his backers, Walter and Oskar Brandt. The elder Brandt has given to only two candidates this cycle. His son Oskar Brandt has given to only the senator and Rep. Ana Ortiz. The elder Brandt gives millions of dollars each year to groups on the left.`;
    expect(mentions(text, 'Walter Brandt')).toBe(3);
    expect(mentions(text, 'Oskar Brandt')).toBe(2);
  });

  it('goes to no one when the text does not say who is older', () => {
    const text = 'Lena Marsh and Paul Marsh run the farm together. Paul Marsh bought it in 1990. The elder Marsh rarely speaks to the press.';
    const names = analyse(text, 'en').parties.map((p) => [p.name, p.mentions]);
    expect(names).toContainEqual(['Lena Marsh', 1]);
    expect(names).toContainEqual(['Paul Marsh', 2]);
    expect(names.map((n) => n[0])).not.toContain('Marsh');
  });
});
