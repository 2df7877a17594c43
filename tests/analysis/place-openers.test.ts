// One word the tagger takes, unsure, for a person, that the text puts after a preposition of place and that opens
// the names of organisations, is a place ("the Tarvane Provincial Government", "throughout Tarvane"). Invented text,
// the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const text = 'The Tarvane Provincial Government issued warnings on Monday. Storms hit homes throughout Tarvane. '
  + 'Tarvane is acting with urgency, the Tarvane Disaster Management Centre said.';

describe('a name that opens organisations', () => {
  it('is a place, not a person the tagger was unsure of', () => {
    const ps = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Tarvane Provincial Government', 'ORG', 0.9], ['Tarvane', 'PER', 0.6], ['Tarvane', 'PER', 0.6], ['Tarvane Disaster Management Centre', 'ORG', 0.9]])).live();
    expect(ps.find((p) => p.name === 'Tarvane')?.kind).toBe('place');
  });

  it('stays a person the tagger is sure of', () => {
    const ps = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Tarvane Provincial Government', 'ORG', 0.9], ['Tarvane', 'PER', 0.95], ['Tarvane', 'PER', 0.95], ['Tarvane Disaster Management Centre', 'ORG', 0.9]])).live();
    expect(ps.find((p) => p.name === 'Tarvane')?.kind).toBe('person');
  });
});
