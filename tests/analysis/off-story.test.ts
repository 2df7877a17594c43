// Names that are no actors: a name met only in title-case headings, and a product taken for a person beside its model
// number; a person with a model-number-like neighbour but a role, and a heading name the text also uses, stay.
// Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const shown = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged));
  return rankParties(reg, rulesFor('en'), { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
};

describe('names off the story', () => {
  it('a name met only in headings is no party', () => {
    const text = 'The Finest Tent Stove for Winter Camps\n\nWe tested nine stoves, from the Finest Mini to the Polar Tent Stove, on a frozen lake with Mara Olsen, a guide.\n\n'
      + 'The Finest Tent Stove for Small Groups\n\nMara Olsen liked the smallest one best.';
    const ps = shown(text, [['Mara Olsen', 'PER', 0.9], ['Mara Olsen', 'PER', 0.9]]);
    expect(ps).toContain('Mara Olsen');
    expect(ps.some((n) => n.includes('Finest Tent Stove'))).toBe(false);
  });

  it('a product beside its model number is no person; a person in the text stays', () => {
    const text = 'Best for Cold Nights\n\nKelby Nordwave 45\n\nThe Kelby Nordwave 45 kept me warm on three trips, said Mara Olsen, a guide. '
      + 'I slept in the Kelby Nordwave for a week.';
    const ps = shown(text, [['Kelby Nordwave', 'PER', 0.7], ['Kelby Nordwave', 'PER', 0.7], ['Mara Olsen', 'PER', 0.9], ['Kelby Nordwave', 'PER', 0.7]]);
    expect(ps).toContain('Mara Olsen');
    expect(ps).not.toContain('Kelby Nordwave');
  });

  it('a number after a name with middle initials is an age, not a model number', () => {
    const text = 'Police arrested Ada K. Lenz 31, of Hope and Mara Olsen, 40, of Elm. Ada K. Lenz: Theft, held without bond.';
    expect(shown(text, [['Ada K. Lenz', 'PER', 0.9], ['Mara Olsen', 'PER', 0.9], ['Ada K. Lenz', 'PER', 0.9]])).toContain('Ada K. Lenz');
  });

  it('a score after a name is no model number', () => {
    const text = 'Final: Ada Lenz 6-3, 6-4 Mara Olsen. Ada Lenz now meets the winner of the other semi-final.';
    expect(shown(text, [['Ada Lenz', 'PER', 0.9], ['Mara Olsen', 'PER', 0.9], ['Ada Lenz', 'PER', 0.9]])).toContain('Ada Lenz');
  });
});

describe('adjectives of origin', () => {
  it('before a noun every time are no party; a name that acts stays', () => {
    const text = 'We hiked Kelbonian peaks for a week with Mara Olsen. The Kelbonian guides knew every path, and Olsen thanked them.';
    const ps = shown(text, [['Kelbonian', 'PER', 0.6], ['Mara Olsen', 'PER', 0.9], ['Kelbonian', 'PER', 0.6], ['Olsen', 'PER', 0.9]]);
    expect(ps).toContain('Mara Olsen');
    expect(ps).not.toContain('Kelbonian');
    const named = 'Ada Morgan led the climb. Morgan said the peaks were hard, and Morgan thanked the guides.';
    expect(shown(named, [['Ada Morgan', 'PER', 0.9], ['Morgan', 'PER', 0.9], ['Morgan', 'PER', 0.9]])).toContain('Ada Morgan');
  });
});

describe('a place adjective before a noun, beside the place itself (German)', () => {
  const shownDe = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
    const reg = buildRegistry(scan(text), [], rulesFor('de'), spans(text, tagged));
    return rankParties(reg, rulesFor('de'), { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
  };

  it('names what of the place the text means, no place', () => {
    const text = 'In der Nacht wurde Kelmar erneut beschossen. Die Lage sei ernst, heißt es in Kelmarer Fachkreisen.';
    const ps = shownDe(text, [['Kelmar', 'LOC', 0.9], ['Kelmarer Fachkreisen', 'LOC', 0.6]]);
    expect(ps).toContain('Kelmar');
    expect(ps).not.toContain('Kelmarer Fachkreisen');
  });
});
