// A name after a role and its workplace preposition ("analyst at X") is an employer, not a place; a building noun
// after a name makes it a place only where it ends the phrase ("the Corva hospital", not "Corva park assist").
// Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, kindOf } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const kinds = (text: string, tagged: [string, EntitySpan['type'], number][], lang = 'en') => {
  const rules = rulesFor(lang);
  return Object.fromEntries(buildRegistry(scan(text), [], rules, spans(text, tagged)).live().filter((p) => p.mentions.length).map((p) => [p.name, kindOf(p, rules)]));
};

describe('a role’s workplace', () => {
  it('is an organisation after "analyst at"', () => {
    const text = 'Demand will grow, said Mira Holt, principal analyst at Quorvel, in an interview.';
    expect(kinds(text, [['Mira Holt', 'PER', 0.95], ['Quorvel', 'LOC', 0.6]]).Quorvel).toBe('organization');
  });

  it('is a place after "at" without a role', () => {
    const text = 'The talks were held at Quorvel on Monday.';
    expect(kinds(text, [['Quorvel', 'LOC', 0.6]]).Quorvel).toBe('place');
  });

  it('is an organisation after "Forscherin bei" in German', () => {
    const text = 'Das sagte Mira Holt, Forscherin bei Quorvel, am Montag.';
    expect(kinds(text, [['Mira Holt', 'PER', 0.95], ['Quorvel', 'LOC', 0.6]], 'de').Quorvel).toBe('organization');
  });
});

describe('a building noun after a name', () => {
  it('makes a place where it ends the phrase', () => {
    const text = 'She was taken to the Corva hospital in the night.';
    expect(kinds(text, [['Corva', 'PER', 0.5]]).Corva).toBe('place');
  });

  it('makes no place of a name whose product it qualifies', () => {
    const text = 'Corva said the car has Corva park assist and a camera. Corva will sell it in May. Corva expects demand.';
    expect(kinds(text, [['Corva', 'ORG', 0.6], ['Corva', 'PER', 0.5], ['Corva', 'ORG', 0.6], ['Corva', 'ORG', 0.6]]).Corva).toBe('organization');
  });
});
