// A list joins names of one kind: a "person" with no person evidence of its own set in a list right beside a body
// ("support for Velora, Harbour Systems and other platforms") is a body too, not someone. Invented text, the
// tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const typeOf = (text: string, tagged: [string, EntitySpan['type'], number][], name: string) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).find((p) => p.name === name)?.type ?? null;
};

describe('a name listed beside a body', () => {
  it('is a body, not a person', () => {
    const text = 'The lock works with support for Velora, Harbour Systems and other smart home platforms, said Tomas Reed.';
    expect(typeOf(text, [['Velora', 'PER', 0.6], ['Harbour Systems', 'ORG', 0.9], ['Tomas Reed', 'PER', 0.95]], 'Velora')).toBe('organization');
  });
});

describe('a name the tagger is sure of, listed among papers', () => {
  const tagged: [string, EntitySpan['type'], number][] = [['Norfolk Ledger', 'ORG', 0.9], ['Daily News', 'ORG', 0.9], ['Wessex Star', 'PER', 0.6], ['Harlow Beacon', 'PER', 0.9], ['Tomas Reed', 'PER', 0.95]];

  it('is a paper (left out) when its only evidence is its shape, in a list of three or more', () => {
    const text = 'The fund bid for the owner of the Norfolk Ledger, Daily News, Wessex Star and Harlow Beacon, said Tomas Reed.';
    expect(typeOf(text, tagged, 'Harlow Beacon')).toBeNull();
    expect(typeOf(text, tagged, 'Tomas Reed')).toBe('person');
  });

  it('stays a person beside a single paper', () => {
    const text = 'The mayor, Harlow Beacon and the Daily News disagreed on the budget on Monday.';
    expect(typeOf(text, [['Harlow Beacon', 'PER', 0.9], ['Daily News', 'ORG', 0.9]], 'Harlow Beacon')).toBe('person');
  });
});

describe('a name the tagger is sure of, listed between two bodies', () => {
  it('is a body when both its neighbours in a list of four names or more are bodies', () => {
    const text = 'Reed has coached Atletico Norvale, Harbour City, Brenton United and Corran Rovers. Reed said he was glad.';
    const tagged: [string, EntitySpan['type'], number][] = [['Reed', 'PER', 0.95], ['Atletico Norvale', 'ORG', 0.9], ['Harbour City', 'PER', 0.9], ['Brenton United', 'ORG', 0.9], ['Corran Rovers', 'ORG', 0.9]];
    expect(typeOf(text, tagged, 'Harbour City')).toBe('organization');
  });

  it('stays a person between two bodies in a list of three', () => {
    const text = 'The panel heard Atletico Norvale, Marta Lind and Brenton United on Monday.';
    const tagged: [string, EntitySpan['type'], number][] = [['Atletico Norvale', 'ORG', 0.9], ['Marta Lind', 'PER', 0.95], ['Brenton United', 'ORG', 0.9]];
    expect(typeOf(text, tagged, 'Marta Lind')).toBe('person');
  });
});
