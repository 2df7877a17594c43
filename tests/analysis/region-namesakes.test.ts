// A country's name that a federation's region bears too ("Georgia") is the region among that federation's regions or
// after a town and a comma; among countries, or after the country's capital, it stays the country.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const reg = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged));

describe('a region bearing a country\'s name', () => {
  it('is the region among the federation\'s regions', () => {
    const text = 'The campaign spent most in the swing states of Arizona, Georgia, Nevada and Michigan this week.';
    const r = reg(text, [['Arizona', 'LOC', 0.9], ['Georgia', 'LOC', 0.9], ['Nevada', 'LOC', 0.9], ['Michigan', 'LOC', 0.9]]);
    expect(r.find('Georgia')?.kind).toBe('place');
  });

  it('is the region after a town', () => {
    const text = 'The singer grew up in Macon, Georgia, and moved away at twenty.';
    const r = reg(text, [['Macon', 'LOC', 0.9], ['Georgia', 'LOC', 0.9]]);
    expect(r.find('Georgia')?.kind).toBe('place');
  });

  it('stays the country among countries and after its capital', () => {
    const text = 'The alliance met envoys of Moldova, Georgia and Armenia. The talks went on in Tbilisi, Georgia.';
    const r = reg(text, [['Moldova', 'LOC', 0.9], ['Georgia', 'LOC', 0.9], ['Armenia', 'LOC', 0.9], ['Tbilisi', 'LOC', 0.9], ['Georgia', 'LOC', 0.9]]);
    expect(r.find('Georgia')?.kind).toBe('country');
  });
});
