// One type for one name in a document (ner/consistency.ts): a surname alone after the full name is the person's.
import { describe, expect, it } from 'vitest';
import { harmoniseTypes } from '../../lib/analysis/ner/consistency';
import type { Mention } from '../../lib/analysis/ner';

const m = (text: string, start: number, type: Mention['type'], score: number): Mention =>
  ({ start, end: start + text.length, text, type, score, before: 0, first: 0, last: 1, sentence: 0 });

describe('names in one document', () => {
  it('reads a surname alone after the full name as the person, in any script', () => {
    const out = harmoniseTypes([m('Антон Силуанов', 10, 'PER', 0.4), m('Силуанов', 120, 'LOC', 0.25)]);
    expect(out.map((x) => x.type)).toEqual(['PER', 'PER']);
  });

  it('leaves a word the model was sure is something else, and one that comes before the full name', () => {
    const sure = harmoniseTypes([m('George Washington', 0, 'PER', 0.9), m('Washington', 80, 'LOC', 0.8)]);
    expect(sure[1]!.type).toBe('LOC');
    const before = harmoniseTypes([m('Jordan', 0, 'LOC', 0.3), m('Michael Jordan', 80, 'PER', 0.9)]);
    expect(before[0]!.type).toBe('LOC');
  });

  it('gives the same words one type over the document, the likeliest', () => {
    const out = harmoniseTypes([m('Jordan', 0, 'LOC', 0.9), m('Jordan', 50, 'PER', 0.2)]);
    expect(out.map((x) => x.type)).toEqual(['LOC', 'LOC']);
  });
});
