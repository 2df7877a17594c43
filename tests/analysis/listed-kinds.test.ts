// Names listed together are of one type, by the majority of the others: in "Harlow Athletic, Dorsey United, Kelvan
// Rovers and Marlow" a club the tagger took for a place is a club like the others. Invented text, the tagger's
// spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';


describe('types of listed names', () => {
  it('follow the majority of the others in the list', () => {
    const text = 'He has coached Harlow Athletic, Dorsey United, Tarrow, Kelvan Rovers and Brentwick FC.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [
      ['Harlow Athletic', 'ORG', 0.9], ['Dorsey United', 'ORG', 0.9], ['Tarrow', 'LOC', 0.4], ['Kelvan Rovers', 'PER', 0.3], ['Brentwick FC', 'ORG', 0.9],
    ]));
    expect(reg.find('Tarrow')?.kind).toBe('organization');
  });

  it('stay as they are where the others disagree', () => {
    const text = 'Talks were held in Tarrow, with Dorsey United and Mara Quint.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Tarrow', 'LOC', 0.9], ['Dorsey United', 'ORG', 0.9], ['Mara Quint', 'PER', 0.9]]));
    expect(reg.find('Tarrow')?.kind).toBe('place');
  });
});
