// An English news outlet's name in another language's text ("Vatican News" in a German story) is the press, no
// person and no party, even where the tagger is sure of a person (its given name is none the name data knows, its
// head a word the data never gives a person). Invented text, the German model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('an English media head in another language', () => {
  it('makes the press, no party', () => {
    const a = analyse('Die US-Zeitungen jubelten über den neuen Papst. Doch Vatican News verkündete die Ankunft des zweiten Papstes aus Amerika, sagte der Historiker Paul Berger.', 'de');
    expect(a.parties.map((p) => p.name)).not.toContain('Vatican News');
    expect(a.parties.find((p) => p.name === 'Paul Berger')?.type).toBe('person');
  });
});
