// Where every noun is capitalised, a genitive name before an organisation's bare head ("Estlands Armee") is the
// owner's body as "Estonia's army" is: the party is the owner; a compound body's name stays whole.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const reg = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('de'), spans(text, tagged));

describe('a genitive name before a bare head', () => {
  it('is the owner, whatever the tagger typed the phrase', () => {
    const text = 'Estlands Armee teilte am Montag mit, die Übung beginne. Estland hatte sie lange geplant. Estlands Polizei sperrte die Straße.';
    const r = reg(text, [['Estlands Armee', 'PER', 0.5], ['Estland', 'LOC', 0.9], ['Estlands Polizei', 'ORG', 0.7]]);
    expect(r.find('Estlands Armee')).toBeUndefined();
    expect(r.find('Estlands Polizei')).toBeUndefined();
    expect(r.find('Estland')?.kind).toBe('country');
  });

  it('leaves a compound body whole', () => {
    const text = 'Estlands Verteidigungsministerium teilte am Montag mit, die Übung beginne. Estland hatte sie lange geplant.';
    const r = reg(text, [['Estlands Verteidigungsministerium', 'ORG', 0.8], ['Estland', 'LOC', 0.9]]);
    expect(r.find('Estlands Verteidigungsministerium')?.kind).toBe('organization');
  });
});
