// A name of several words the tagger was unsure was someone's, with nothing but its shape to say so, whose words
// open a longer organisation's name in the text ("Velmar Advisers" beside "Velmar Advisers Iberia") is that body's
// short name, an organisation. Invented text, the tagger's spans given.
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

describe('a name opening a longer body name of the text', () => {
  const text = 'In 2024, Velmar Advisers recorded a rise in demand. The head of Velmar Advisers Iberia, Rui Costa, expects more. Velmar Advisers organizes a yearly fair.';

  it('is an organisation when only the tagger and its shape call it a person', () => {
    const tagged: [string, EntitySpan['type'], number][] = [['Velmar Advisers', 'PER', 0.6], ['Velmar Advisers Iberia', 'ORG', 0.7], ['Rui Costa', 'PER', 0.95], ['Velmar Advisers', 'PER', 0.6]];
    expect(typeOf(text, tagged, 'Velmar Advisers')).toBe('organization');
  });

  it('stays a person the tagger is sure of', () => {
    // (a name with no head word: "Advisers" names a firm by the data, rules/en.ts orgHeads)
    const own = text.replaceAll('Velmar Advisers', 'Velmar Hollis');
    const tagged: [string, EntitySpan['type'], number][] = [['Velmar Hollis', 'PER', 0.95], ['Velmar Hollis Iberia', 'ORG', 0.7], ['Rui Costa', 'PER', 0.95], ['Velmar Hollis', 'PER', 0.95]];
    expect(typeOf(own, tagged, 'Velmar Hollis')).toBe('person');
  });
});
