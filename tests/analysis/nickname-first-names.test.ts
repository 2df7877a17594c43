// A person named in full with a quoted nickname ("Samson ‘John’ Tollet") goes by that nickname alone later: "John" is
// that person, not a party of its own. Invented text, the shipped English model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a nickname alone', () => {
  it('is the person named in full with it', () => {
    const text = 'The film follows student Samson ‘John’ Tollet and his friends. John’s cold detachment is mirrored by the film. Early in the film, John leads his crew to the river, where Layne Cole waits.';
    const people = analyse(text, 'en').parties.filter((p) => p.type === 'person');
    expect(people.map((p) => p.name)).toEqual(['Samson ‘John’ Tollet', 'Layne Cole']);
    expect(people[0]!.aliases).toContain('John');
  });
});
