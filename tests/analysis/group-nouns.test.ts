// A capitalised noun for a group of people ("all Members of Parliament"), named once and hardly read as a name, is no
// party; where the tagger is sure of a body it stays one. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const ranked = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}`);
};

describe('a group noun written with a capital', () => {
  it('is no party when named once and the tagger hardly read a name', () => {
    const text = 'Asked about the gifts, Anna Lindqvist said that all Members of Parliament get them and declare them.';
    const got = ranked(text, [['Anna Lindqvist', 'PER', 0.95], ['Members', 'ORG', 0.27]]);
    expect(got.some((p) => p.startsWith('Members:'))).toBe(false);
    expect(got).toContain('Anna Lindqvist:person');
  });
  it('stays a party where the tagger is sure of a body', () => {
    const text = 'The party known as Members won two seats in the council vote on Sunday.';
    expect(ranked(text, [['Members', 'ORG', 0.9]]).some((p) => p.startsWith('Members:'))).toBe(true);
  });
});
