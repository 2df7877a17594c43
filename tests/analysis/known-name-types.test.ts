// A name of two or three words that the name data knows, each word, as a person's and none as a thing's is
// someone's where the tagger reads a body or a place without being sure ("Imelda Marcos", ORG 0.54); where the
// tagger is sure of a body, its reading stands. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const ranked = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('de');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}`);
};

const text = 'Das Grab ist eines der vielen, die Imelda Marcos bauen ließ. Die Arbeiter schwiegen.';

describe('a name whose words the name data knows as a person’s', () => {
  it('is a person where the tagger is unsure of a body', () => {
    expect(ranked(text, [['Imelda Marcos', 'ORG', 0.54]])).toContain('Imelda Marcos:person');
  });
  it('stays a body where the tagger is sure of one', () => {
    expect(ranked(text, [['Imelda Marcos', 'ORG', 0.95]])).toContain('Imelda Marcos:organization');
  });
});
