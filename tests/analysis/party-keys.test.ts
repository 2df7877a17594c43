// Shortcuts in the parties stage that must give what the plain code gives: a name's key (`norm`) without the
// replacements when there is nothing to replace, and the portfolio and place-noun patterns tried only when the text
// before a name ends with their particle. Each is checked against the plain code on seeded random text.
import { describe, expect, it } from 'vitest';
import { norm } from '../../lib/analysis/parties/registry';
import { placeNounLink, portfolioLink } from '../../lib/analysis/parties/settings';
import { LETTER } from '../../lib/analysis/letters';

const plainNorm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const PORTFOLIO = new RegExp(`(${LETTER}+)(?:\\s+(${LETTER}+))?\\s+(?:of the|of|for|für|de la|de l’|de l'|de|du|des|del|della|dei|delle|do|da|dos|das|van|voor)\\s*$`);
const PLACE = new RegExp(`(${LETTER}+)(?:\\s+(${LETTER}+))?\\s+(?:de|of|di|du|do|da|von|van)\\s*$`);

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['Anna', 'de', 'la', 'of', 'the', 'for', 'von', 'ministre', 'Secretary', 'aeropuerto', 'l’', "l'", 'İstanbul', 'ΣΟΦΙΑ', 'x',
  ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\ufeff', '’', "'", ',', '.', '-', '7', 'é'];

function randomText(next: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('party keys and pattern shortcuts', () => {
  it('norm gives the plain replacements’ key for every string', () => {
    expect(norm('  Jean-Claude  D’Arc\t')).toBe("jean-claude d'arc");
    expect(norm('Mike Pompeo')).toBe('mike pompeo');
    const next = rng(7);
    for (let i = 0; i < 5000; i++) {
      const s = randomText(next, 1 + Math.floor(next() * 8));
      expect(norm(s)).toBe(plainNorm(s));
    }
  });

  it('the portfolio and place-noun links match as the whole patterns do', () => {
    expect(portfolioLink('le nouveau ministre de la ')?.[1]).toBe('nouveau');
    expect(placeNounLink('contra el aeropuerto de ')?.slice(1)).toEqual(['el', 'aeropuerto']);
    expect(portfolioLink('said on Monday that ')).toBeNull();
    const next = rng(11);
    for (let i = 0; i < 5000; i++) {
      const s = randomText(next, 1 + Math.floor(next() * 10));
      expect(portfolioLink(s)?.slice(0)).toEqual(PORTFOLIO.exec(s)?.slice(0));
      expect(placeNounLink(s)?.slice(0)).toEqual(PLACE.exec(s)?.slice(0));
    }
  });
});
