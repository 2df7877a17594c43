// A compound of a body's word and a spokesperson noun ("ein Feuerwehrsprecher", "der Feuerwehr-Sprecher") speaks
// for the body the text named with that word, as "ein Sprecher der Feuerwehr" does. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a compound spokesperson noun', () => {
  const t = 'Brand in Berlin\n\nDie Berliner Feuerwehr kämpft seit Freitag gegen einen Brand in einer Halle.\n\n'
    + '„Wir können nur von außen löschen“, sagte ein Feuerwehrsprecher.\n\n„Wir haben das Feuer noch lange nicht unter Kontrolle“, sagte der Feuerwehr-Sprecher.';
  it('gives the quotation to the body it names', () => expect(speakersOf(t, 'de')).toEqual(['Berliner Feuerwehr', 'Berliner Feuerwehr']));
  it('needs that body named: a compound of no body the text names stays anonymous', () => {
    const u = t.replace('Die Berliner Feuerwehr kämpft', 'Die Helfer kämpfen');
    expect(speakersOf(u, 'de')).toEqual([null, null]);
  });
});
