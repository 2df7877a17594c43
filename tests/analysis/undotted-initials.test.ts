// "JD Vance", "RJ Barrett": two capitals without dots before a surname the name data knows as a person's are
// initials, whatever body a tagger unsure of the name reads; an acronym the text defines stays a body's.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const ranked = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}`);
};

describe('initials written without dots', () => {
  it('make a person of a known surname the tagger read as a body', () => {
    const text = 'Hier soir, JD Vance a tenu à se présenter à la presse. La foule attendait.';
    expect(ranked('fr', text, [['JD Vance', 'ORG', 0.59]])).toContain('JD Vance:person');
  });
  it('leave a body the text spells out', () => {
    const text = 'La Jeunesse démocrate (JD) a voté. Hier soir, JD Vance a tenu à se présenter à la presse.';
    const got = ranked('fr', text, [['Jeunesse démocrate', 'ORG', 0.9], ['JD', 'ORG', 0.9], ['JD Vance', 'ORG', 0.59]]);
    expect(got).toContain('JD Vance:organization');
  });
});
