// A name hyphened to a lower-case adjective at the head of a span ("US-amerikanische …", "Kremlin-controlled …")
// describes what follows: the name starts after it, and in German one capitalised word after it is its noun.
// Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const shown = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const reg = buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));
  return rankParties(reg, rulesFor(lang), { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
};

describe('a span led by a name hyphened to an adjective', () => {
  it('is a noun phrase in German when one word follows the adjective', () => {
    const text = 'Die Armee bekam Kampfpanzer, US-amerikanische Vortex-Flugabwehrsysteme und Munition, sagte Jonas Brenner. Brenner dankte.';
    const ps = shown('de', text, [['US-amerikanische Vortex-Flugabwehrsysteme', 'ORG', 0.5], ['Jonas Brenner', 'PER', 0.9], ['Brenner', 'PER', 0.9]]);
    expect(ps).toContain('Jonas Brenner');
    expect(ps.some((n) => n.includes('Flugabwehrsysteme'))).toBe(false);
  });

  it('names what follows the adjective', () => {
    const text = 'The Kremlin-controlled Kelby Media Group bought the paper. Kelby Media Group said it would keep the staff.';
    const ps = shown('en', text, [['Kremlin-controlled Kelby Media Group', 'ORG', 0.6], ['Kelby Media Group', 'ORG', 0.9]]);
    expect(ps).toContain('Kelby Media Group');
    expect(ps.some((n) => n.includes('controlled'))).toBe(false);
  });

  it('leaves a role written with a prefix to the description', () => {
    const text = 'Co-founder Mara Olsen opened the shop in May. Olsen said it was busy.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Co-founder Mara Olsen', 'PER', 0.8], ['Olsen', 'PER', 0.9]]));
    const ps = rankParties(reg, rulesFor('en'), { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
    expect(ps.find((p) => p.name === 'Mara Olsen')?.description).toMatch(/founder/i);
  });
});

