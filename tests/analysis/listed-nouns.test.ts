// One word the tagger took once, unsure, for a name, listed beside a common noun, is one of the things listed;
// a name listed beside names, or with confidence, stays. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const shown = (text: string, tagged: [string, EntitySpan['type'], number][], lang: string) => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
};

describe('a thing listed among things', () => {
  it('is no party where every noun is capitalised', () => {
    const text = 'Er rechnete im Kopf: Miete, Kita, Unterhalt. Dann ging Jonas Brell nach Hause.';
    const ps = shown(text, [['Kita', 'PER', 0.41], ['Jonas Brell', 'PER', 0.95]], 'de');
    expect(ps).not.toContain('Kita');
    expect(ps).toContain('Jonas Brell');
  });

  it('is no party beside a lower-case noun', () => {
    const text = 'The cost is less than that of hospitals and ICUs for the detainees.';
    expect(shown(text, [['ICUs', 'PER', 0.3]], 'en')).toEqual([]);
  });

  it('leaves a place listed beside places', () => {
    const text = 'Die Sektionen Bozen, Brixen, Marling, Meran und Vinschgau trafen sich.';
    expect(shown(text, [['Bozen', 'LOC', 0.9], ['Marling', 'LOC', 0.4], ['Meran', 'LOC', 0.3], ['Vinschgau', 'LOC', 0.6]], 'de')).toContain('Marling');
  });

  it('leaves a name the tagger is fairly sure of', () => {
    const text = 'Die Republiken Tatarstan, Jakutien, Dagestan, Baschkortostan und Tschuwaschien pflegen ihre Sprachen.';
    expect(shown(text, [['Tatarstan', 'LOC', 0.9], ['Baschkortostan', 'LOC', 0.64]], 'de')).toContain('Baschkortostan');
  });

  it('leaves a name that ends a list before the sentence goes on', () => {
    const text = 'Authors from Cape Town, Johannesburg and Durban, spoke about their work.';
    expect(shown(text, [['Cape Town', 'LOC', 0.9], ['Johannesburg', 'LOC', 0.9], ['Durban', 'LOC', 0.27]], 'en')).toContain('Durban');
  });
});
