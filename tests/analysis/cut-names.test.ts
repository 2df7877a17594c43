// Names the tagger cut short: a body named after its place that it read as the place, a word it left out and the
// bare head ("Hong Kong Polytechnic University"), and a body whose name the text always writes before a lower-case
// head ("the Democratic Progressive party"). Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const span = (text: string, t: string, type: EntitySpan['type'], score: number, from = 0): EntitySpan => ({ start: text.indexOf(t, from), end: text.indexOf(t, from) + t.length, type, score });
const names = (reg: ReturnType<typeof buildRegistry>) => reg.live().map((p) => `${p.name} [${p.kind}]`);

describe('a place, a word left out and a body\'s head', () => {
  it('are one body named after its place', () => {
    const text = 'As the commentary appeared, Carrow Bay Polytechnic University was besieged by police all night.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [span(text, 'Carrow Bay', 'LOC', 0.7), span(text, 'University', 'ORG', 0.35)]);
    expect(names(reg)).toContain('Carrow Bay Polytechnic University [organization]');
    expect(names(reg)).not.toContain('University [organization]');
  });
  it('stay apart with no word between them', () => {
    const text = 'The measure passed the Varnland Senate after a long debate on Tuesday.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [span(text, 'Varnland', 'LOC', 0.9), span(text, 'Senate', 'ORG', 0.8)]);
    expect(names(reg)).not.toContain('Varnland Senate [organization]');
  });
});

describe('a body written only before a lower-case head', () => {
  it('takes the head into its name', () => {
    const text = 'It has helped Mei Lin-hua of the Civic Progressive party, as she faces next year\'s election.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [span(text, 'Mei Lin-hua', 'PER', 0.9), span(text, 'Civic Progressive', 'ORG', 0.6)]);
    expect(names(reg)).toContain('Civic Progressive party [organization]');
  });
  it('keeps its span where the text also writes it alone', () => {
    const text = 'The Greenway party lost two seats. Greenway now sits in opposition, its leader said.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [span(text, 'Greenway', 'ORG', 0.6), span(text, 'Greenway', 'ORG', 0.7, 30)]);
    expect(names(reg).some((n) => n.startsWith('Greenway party'))).toBe(false);
  });
});
