// A one-word "place" or "body" that the text glues to the front of several different words ("Immobilienentwickler",
// "Immobilienprojekte", "Immobilienriesen") is a common noun the text builds compounds with: no party. A place named
// in one compound or two ("Gazastreifen", "Gazakrieg") and a country whatever its compounds stay. Invented text,
// the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';
import { compoundsOf } from '../../lib/analysis/parties/compound-stems';

/** The parties with mentions left, and their types. */
const ranked = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const reg = buildRegistry(scan(text), [], rulesFor('de'), spans(text, tagged));
  return reg.live().filter((p) => p.mentions.length).map((p) => `${p.name}:${p.kind}`);
};

describe('a name the text builds compounds with', () => {
  it('is a common noun when the text glues it to three different words', () => {
    const text = 'Viele Familien lebten in Immobilien am Stadtrand. Der Immobilienentwickler Nordbau baute sie. '
      + 'Die Immobilienprojekte stocken, seit der Immobilienriese Geld braucht. Die Bank in Immobilien investiert.';
    const got = ranked(text, [['Immobilien', 'LOC', 0.9], ['Nordbau', 'ORG', 0.9], ['Immobilien', 'LOC', 0.9]]);
    expect(got.some((p) => p.startsWith('Immobilien:'))).toBe(false);
    expect(got).toContain('Nordbau:organization');
  });
  it('counts a place glued to two words as no noun ("Gazastreifen", "Gazakrieg")', () => {
    const text = 'Die Hilfe für Gaza stockt. Im Gazastreifen fehlt Wasser, der Gazakrieg dauert an, die Gazastreifens Grenzen sind zu.';
    expect(compoundsOf(text, 'Gaza', rulesFor('de'))).toBe(2);
  });
  it('keeps a country, however many compounds open with it', () => {
    const text = 'Die Firma verkauft viel in China. Das Chinageschäft wächst, die Chinastrategie ist neu, der Chinachef zufrieden. China bleibt wichtig.';
    expect(ranked(text, [['China', 'LOC', 0.95], ['China', 'LOC', 0.95]])).toContain('China:country');
  });
});
