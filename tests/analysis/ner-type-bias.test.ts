// The dev tools' model edits (scripts/ner/type-bias.ts): a type's begin bias lands on every transition into its B-
// tag and nowhere else, and a patched header leaves the rest of the model as it was.
import { describe, expect, it } from 'vitest';
import { encodeModel, parseModel } from '../../lib/analysis/ner/model';
import { beginOf, NUM_TAGS, TAG_NAMES } from '../../lib/analysis/ner/tags';
import { withHeader, withTypeBias } from '../../scripts/ner/type-bias';

describe('model edits for the bias sweep', () => {
  const keys = Uint32Array.of(3, 70_000, 0x12345678);
  const weights = Int8Array.from({ length: keys.length * NUM_TAGS }, (_, i) => (i % 9) - 4);
  const transitions = Float32Array.from({ length: (NUM_TAGS + 1) * NUM_TAGS }, (_, i) => i / 4);
  const bytes = encodeModel({ lang: 'dev', tags: [...TAG_NAMES], features: { words: true, affixes: true }, scale: 2, temperature: 1, keys, weights, transitions });

  it('adds the shift to every transition into the type\'s begin tag, from the start row too', () => {
    const m = parseModel(withTypeBias(bytes, { ORG: 2.5 }));
    const org = beginOf('ORG');
    for (let k = 0; k < transitions.length; k++) expect(m.transitions[k]).toBe(k % NUM_TAGS === org ? transitions[k]! + 2.5 : transitions[k]!);
    expect(Array.from(m.weights)).toEqual(Array.from(weights));
  });

  it('gives a dev model a language and a temperature, its weights and features unchanged', () => {
    const m = parseModel(withHeader(bytes, { lang: 'en', temperature: 13.5 }));
    expect([m.lang, m.temperature, m.size]).toEqual(['en', 13.5, keys.length]);
    keys.forEach((k, r) => expect(m.table.row(k)).toBe(r));
    expect(Array.from(m.weights)).toEqual(Array.from(weights));
    expect(Array.from(m.transitions)).toEqual(Array.from(transitions));
  });
});
