// A US party-and-state tag after a person's name ("Sen. Ben Sasse, R-Neb., said") describes that person: it is no
// party of its own, and becomes the person's description when there is none. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import { analyse, partyNames } from './analyse';

const registry = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged));

describe('a party-and-state tag after a name', () => {
  it('is the person’s description, not a party', () => {
    const text = 'Sen. Tom Varley, R-Neb., called the deaths a failure. Rep. Ana Ortiz (D-Calif.) agreed.';
    const reg = registry(text, [['Tom Varley', 'PER', 0.97], ['R-Neb.', 'ORG', 0.32], ['Ana Ortiz', 'PER', 0.95], ['D-Calif.', 'LOC', 0.5]]);
    expect(reg.find('R-Neb')).toBeUndefined();
    expect(reg.find('D-Calif')).toBeUndefined();
    expect(reg.find('Tom Varley')?.description).toBe('R-Neb.');
    expect(reg.find('Ana Ortiz')?.description).toBe('D-Calif.');
  });

  it('stays a name after something that is no person', () => {
    const text = 'Shoppers at Harlow Mall, T-Mobile and others queued.';
    const reg = registry(text, [['Harlow Mall', 'LOC', 0.9], ['T-Mobile', 'ORG', 0.9]]);
    expect(reg.find('T-Mobile')).toBeDefined();
  });
});

describe('a party initial and a state in brackets after a name', () => {
  const text = 'Sen. Jon Varley (D., Mont.) said the bill failed. House leader Hakim Jeffords (D., N.Y.) agreed, and Rep. Ruth Galvez (D., Ariz.) voted no. Sen. Rick Blume (D., Conn.) and Rep. Tom Weller (R., Calif.) called for a vote.';

  it('names no party: neither the initial nor the state', () => {
    const names = partyNames(text, 'en');
    for (const junk of ['D.', 'D', 'Mont', 'N.Y.', 'Ariz', 'Conn', 'Calif', 'R.']) expect(names).not.toContain(junk);
    expect(names).toEqual(expect.arrayContaining(['Jon Varley', 'Hakim Jeffords', 'Ruth Galvez', 'Rick Blume', 'Tom Weller']));
  });

  it('describes the person before it', () => {
    const parties = analyse(text, 'en').parties;
    expect(parties.find((p) => p.name === 'Jon Varley')?.description).toBe('D., Mont.');
    expect(parties.find((p) => p.name === 'Tom Weller')?.description).toBe('R., Calif.');
  });
});
