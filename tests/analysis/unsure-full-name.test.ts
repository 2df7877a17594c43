// A full name the tagger read once, unsure, as a body, whose surname it reads more surely as someone's elsewhere:
// with a given name the data knows, it is that person, one party. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const listed = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}`);
};

const text = 'The minister, Anna Ben-Lev (Party of Order), visited the site. Critics said Ben-Lev put people at risk. '
  + 'Ben-Lev had visited it on Monday too.';

describe('a full name typed by an unsure tagger', () => {
  it('is the person its surname names', () => {
    const got = listed(text, [['Anna Ben-Lev', 'ORG', 0.4], ['Ben-Lev', 'PER', 0.72], ['Ben-Lev', 'PER', 0.71]]);
    expect(got).toContain('Anna Ben-Lev:person');
    expect(got.filter((p) => p.includes('Ben-Lev'))).toHaveLength(1);
  });

  it('keeps its own type where the tagger is sure of it', () => {
    const got = listed(text, [['Anna Ben-Lev', 'ORG', 0.9], ['Ben-Lev', 'PER', 0.72], ['Ben-Lev', 'PER', 0.71]]);
    expect(got).not.toContain('Anna Ben-Lev:person');
  });
});
