// The country gazetteer a language's parties are looked up in: names in the article's language and in English, the
// gazetteer's short and older names, capitals and demonyms, each to its ISO code; names with brackets or "&" are
// not keys; a lower-case demonym (an adjective) is none; the name shown is the language's own.
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../lib/analysis/parties/countries';

describe('country gazetteer', () => {
  it('keys names, capitals and demonyms to their codes, in the language and in English', () => {
    const de = gazetteer('de');
    expect(de.names.get('frankreich')).toBe('FR');
    expect(de.names.get('france')).toBe('FR');
    expect(de.names.get('turkey')).toBe('TR');
    expect(de.capitals.get('kabul')).toBe('AF');
    expect(de.capitals.get("n'djamena")).toBe('TD');
    expect(de.demonyms.get('german')).toBe('DE');
    expect(de.demonyms.has('deutsch')).toBe(false);
    expect(de.display.get('FR')).toBe('Frankreich');
    expect([...de.names.keys()].some((k) => /[()&]/.test(k))).toBe(false);
  });

  it('shows a country under the gazetteer’s plain English name, and is built once a language', () => {
    const en = gazetteer('en');
    expect(en.display.get('BA')).toBe('Bosnia');
    expect(en.names.get('bosnia')).toBe('BA');
    expect(en.names.has('bosnia & herzegovina')).toBe(false);
    expect(gazetteer('en')).toBe(en);
    expect(gazetteer('')).toBe(en);
  });

  it('takes a language named like an Object property ("constructor") as one the table lacks, without a crash', () => {
    for (const lang of ['constructor', 'toString', '__proto__']) {
      const g = gazetteer(lang);
      expect(g.names.get('france')).toBe('FR');
    }
  });
});
