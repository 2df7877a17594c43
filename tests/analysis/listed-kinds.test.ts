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

describe("a town's region after it", () => {
  const kind = (text: string, tagged: Parameters<typeof spans>[1], name: string) => buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged)).find(name)?.kind;

  it('is a place when it ends the phrase ("Pocatello, Idaho.")', () => {
    const text = 'The family sought help from a provider in their hometown of Pocatello, Idaho. The district did not reply.';
    expect(kind(text, [['Pocatello', 'LOC', 0.8], ['Idaho', 'PER', 0.38]], 'Idaho')).toBe('place');
  });

  it('is not asked of a person before a comma, nor of a list of names', () => {
    const text = 'He met Harlan, Dorsey. Then the app makers Chime, Varo, Sofex, Current and GoBank joined in.';
    expect(kind(text, [['Harlan', 'PER', 0.9], ['Dorsey', 'PER', 0.5]], 'Dorsey')).toBe('person');
    const list = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Chime', 'ORG', 0.5], ['Varo', 'LOC', 0.5], ['Sofex', 'ORG', 0.6], ['Current', 'ORG', 0.5], ['GoBank', 'ORG', 0.5]]));
    expect(list.find('Sofex')?.kind).toBe('organization');
  });
});
