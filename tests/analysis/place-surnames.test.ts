// A surname that is a place noun ("Field", "Hill") does not make a person a place where the tagger reads a person:
// the type comes from the evidence of all the party's mentions. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

describe('a place noun as a surname', () => {
  it('leaves a person a person', () => {
    const text = 'The engineer Ada Field tested the coating on a frozen pond. Field told me the results were good. Later Field flew home.';
    const ps = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Ada Field', 'PER', 0.9], ['Field', 'PER', 0.9], ['Field', 'PER', 0.8]])).live();
    expect(ps.find((p) => p.name === 'Ada Field')?.kind).toBe('person');
  });

  it('still makes a place of a name the tagger reads as one', () => {
    const text = 'The match was played at Harwick Field on Sunday.';
    const ps = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Harwick Field', 'LOC', 0.9]])).live();
    expect(ps.find((p) => p.name === 'Harwick Field')?.kind).toBe('place');
  });

  it('makes a place of a place noun after a full name, whatever the tagger says', () => {
    const text = 'Crowds filled Ada Lenz Park, which reopened on Sunday.';
    const ps = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Ada Lenz Park', 'PER', 0.7]])).live();
    expect(ps.find((p) => p.name === 'Ada Lenz Park')?.kind).toBe('place');
  });
});
