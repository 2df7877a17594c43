// A surname's tail cut at its particle ("Leyen" of "von der Leyen") is no alias to show; a surname written with its
// particle, or a short form that is not cut at one, still is.
import { describe, expect, it } from 'vitest';
import { particleCut } from '../../lib/analysis/parties/cut-aliases';
import { rulesFor } from '../../lib/rules/languages';

const es = rulesFor('es');

describe('an alias cut at a surname particle', () => {
  it('is the tail after a lower-case particle of another form', () => {
    expect(particleCut('Leyen', ['Ursula von der Leyen', 'Von der Leyen', 'Leyen'], es)).toBe(true);
  });
  it('is not the surname with its particle, nor a surname after a given name', () => {
    expect(particleCut('Von der Leyen', ['Ursula von der Leyen', 'Von der Leyen'], es)).toBe(false);
    expect(particleCut('Meloni', ['Giorgia Meloni', 'Meloni'], es)).toBe(false);
  });
});
