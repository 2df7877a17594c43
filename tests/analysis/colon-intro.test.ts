// A quotation after a clause that names one person and ends in a colon is that person's, in any language: right
// after the colon, or after the colon's own sentence. Not when a pronoun is the clause's subject, nor for a name
// after a preposition. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a colon after a clause that names one person', () => {
  it('gives the quotation after the colon’s sentence to that person (de)', () => {
    const t = 'Die Bewegung hat in Deutschland viele Anhänger. Einen Vergleich zieht auch der Politologe Jonas Brenner: Die Gruppe wuchs in wenigen Jahren stark, sie wurde zum Vorbild für andere Gruppen im ganzen Land. „Selbst ohne Anführer sollten die Behörden das als Warnung verstehen.“';
    expect(speakerOf(t, 'Anführer', 'de')).toBe('Jonas Brenner');
  });

  it('gives the quotation right after the colon to the one person named, not to a possessive owner (en)', () => {
    const t = 'Sanders gained ten points in a week. The timing of Sanders’ surge does not surprise the pollster Maria Lund: “Candidates who win early contests always get a boost in their national numbers.”';
    expect(speakerOf(t, 'Candidates', 'en')).toBe('Maria Lund');
  });

  it('leaves the words to the pronoun subject, not to the person it points to', () => {
    const t = 'Der Bürgermeister Paul Weber besuchte am Montag die Schule. Er verweist auf den Forscher Jonas Brenner: „Die Kinder brauchen mehr Zeit für das Lesen und weniger Tests.“';
    expect(speakerOf(t, 'Kinder', 'de')).not.toBe('Jonas Brenner');
  });
});
