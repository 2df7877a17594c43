// A one-word "person" the text uses as a thing, the modifier of a noun in a noun phrase ("your Velora setup", "the
// Quillo browser"), with nothing that makes it someone, is no person: an organisation where the text says it is a
// company, else no party. A name with person evidence stays a person. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const partiesOf = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
};
const typeOf = (text: string, tagged: [string, EntitySpan['type'], number][], name: string) => partiesOf(text, tagged).find((p) => p.name === name)?.type ?? null;

describe('a one-word name used as a thing', () => {
  it('is no person when the text writes it as a noun’s modifier', () => {
    const text = 'You can ask Velora to dim the lights. Your Velora setup also works in the Quillo browser, said Tomas Reed.';
    const got = partiesOf(text, [['Velora', 'PER', 0.6], ['Velora', 'PER', 0.6], ['Quillo', 'PER', 0.6], ['Tomas Reed', 'PER', 0.95]]);
    expect(got.map((p) => p.name)).toEqual(['Tomas Reed']);
  });

  it('is an organisation where the text says it is a company', () => {
    const text = 'Drivers for the company Ridello earn less. A Ridello driver in Ohio waited an hour for a fare, said Tomas Reed.';
    expect(typeOf(text, [['Ridello', 'PER', 0.6], ['Ridello', 'PER', 0.6], ['Ohio', 'LOC', 0.9], ['Tomas Reed', 'PER', 0.95]], 'Ridello')).toBe('organization');
  });

  it('stays a person with a title or a verb’s auxiliary after it', () => {
    const titled = 'Mr. Brandal spoke first. Later the Brandal family gathered at the house.';
    expect(typeOf(titled, [['Brandal', 'PER', 0.6], ['Brandal', 'PER', 0.6]], 'Brandal')).toBe('person');
    const it = rulesFor('it');
    const text = 'Ieri la Corvasi ha detto che il piano è pronto.';
    const reg = buildRegistry(scan(text), [], it, spans(text, [['Corvasi', 'PER', 0.6]]));
    expect(rankParties(reg, it, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.type)).toEqual(['person']);
  });

  it('stays a person when the data knows the surname and the text writes it as a subject as often', () => {
    const text = 'Brennan also builds fiddles in his shop. There is a two-year wait for a Brennan fiddle.';
    expect(typeOf(text, [['Brennan', 'PER', 0.6], ['Brennan', 'PER', 0.6]], 'Brennan')).toBe('person');
  });
});
