// The word before each other occurrence of a name (lib/analysis/parties/particle-places.ts), read by indexOf instead of
// a pattern compiled for each name: "bij Tiel" is found, a longer word ("Tielse") or a word glued on ("vanTiel") is not.
import { describe, expect, it } from 'vitest';
import { wordsBefore } from '../../lib/analysis/parties/particle-places';

describe('the word before a name', () => {
  it('is the letter run before each occurrence, across white space', () => {
    expect(wordsBefore('De dijk bij Tiel blijft dicht. Hans Beenakker van  Tiel steunt.', 'Tiel')).toEqual([['bij', 12], ['van', 51]]);
  });

  it('skips an occurrence inside a longer word, glued to the word before, or after a number', () => {
    expect(wordsBefore('de Tielse dijk, vanTiel, 3 Tiel, uit Tiel.', 'Tiel')).toEqual([['uit', 37]]);
  });

  it('takes no letters an earlier match took', () => {
    expect(wordsBefore('in Tiel Tiel', 'Tiel')).toEqual([['in', 3]]);
  });
});
