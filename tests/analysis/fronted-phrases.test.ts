// A name in a fronted phrase ("After Harwick, the team flew north") is followed by the comma that closes the phrase:
// what comes next is the sentence, not the name's description; an apposition after a subject stays one. Invented text.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const party = (text: string, name: string, type: 'PER' | 'LOC' | 'ORG') =>
  buildRegistry(scan(text), [], rulesFor('en'), spans(text, [[name, type, 0.9]])).live().find((p) => p.name === name);

describe('fronted phrases', () => {
  it('give a place no description', () => {
    expect(party('The tests went well. In 2017, after years of tests in Harwick, the team flew north to test the coating on a pond.', 'Harwick', 'LOC')?.description).toBeNull();
    expect(party('The tests went well. After Harwick, the team flew north to test the coating on a pond.', 'Harwick', 'LOC')?.description).toBeNull();
    expect(party('The tests went well. After the field test at Kelby, the priorities of the team began to diverge.', 'Kelby', 'LOC')?.description).toBeNull();
  });

  it('leave an apposition after a subject', () => {
    expect(party('The tests went well. Mara Olsen, the harbour master, said the pier would close.', 'Mara Olsen', 'PER')?.description).toBe('harbour master');
  });

  it('a clause opened by "that" is no description', () => {
    expect(party('It is a method, Kelby Coating, that would raise the albedo of the ice.', 'Kelby Coating', 'ORG')?.description ?? null).toBeNull();
  });
});
