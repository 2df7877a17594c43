// A page compiles the rules of its own language only: what the analysis asks of every language (name particles,
// the place nouns that open names) is read from the lists without compiling each language's rules (seventeen of
// them were ~20 ms of a cold page), with the same words.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, compiledLanguages, placeNameLists, rulesFor } from '../../lib/rules/languages';
import { analyse } from './analyse';

describe("every language's place-name lists", () => {
  it('are an English page’s without compiling another language’s rules', () => {
    const text = 'The hikers crossed the Serra da Estrela on Monday. “It was cold,” said John Fitzgerald Kennedy, a guide from Lisbon. The Gulf of Mexico was calm.';
    const parties = analyse(text, 'en').parties.map((p) => p.name);
    expect(parties).toContain('John Fitzgerald Kennedy');
    expect(compiledLanguages()).toEqual(['en']);
  });

  it('hold the words the compiled rules hold, in every language and in one without lists', () => {
    for (const l of [...LANGUAGES, 'xx', 'PT-br']) {
      const lists = placeNameLists(l), rules = rulesFor(l);
      expect([[...lists.particles], [...lists.placeHeads]]).toEqual([[...rules.nameParticles], [...rules.namedPlaceHeads]]);
    }
  });
});
