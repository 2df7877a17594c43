// "An einem Arbeitstag brauche er eine halbe Stunde. „Aber …“": a sentence of reported speech whose subject is a
// person's pronoun is that person's account; the whole quotation after it goes on with their words.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const DE = `Lena Brandt ist Objektleiterin im Betrieb und übernimmt an Streiktagen selbst solche Fahrten. Seine Erfahrung: Der Verkehr wird zum Nadelöhr. An einem normalen Arbeitstag brauche sie durchschnittlich eine halbe Stunde von Einsatzort zu Einsatzort. „Aber an einem Streik-Tag braucht man schon mehr als eine Stunde.“ Der Grund liegt auf der Hand. „Da kommst du nicht durch“, so Brandt.`;

describe('a quotation after reported speech with a pronoun subject', () => {
  it('is the pronoun’s person’s', () => {
    expect(speakerOf(DE, 'Aber an einem Streik-Tag', 'de')).toBe('Lena Brandt');
  });

  it('stays nobody’s after reported speech about a thing', () => {
    expect(speakerOf(DE.replace('brauche sie durchschnittlich', 'dauere die Fahrt durchschnittlich'), 'Aber an einem Streik-Tag', 'de')).toBeNull();
  });
});
