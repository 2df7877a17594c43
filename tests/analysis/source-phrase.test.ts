// A bare phrase after a source preposition that names nobody ("laut britischen Medienberichten": reports, no
// speaker) is not shown as the quotation's speaker; one that names somebody still is. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quoteOf = (t: string, lang: string) => analyse(t, lang).quotes.find((q) => q.text.includes('Zugang'));

describe('the phrase a source preposition governs', () => {
  it('is no speaker when it names nobody (German capitalises every noun)', () => {
    const t = 'Mit einem Aufmacher hat sich die Zeitung „Nordpost“ am Montag gegen den Minister Karl Wendler gestellt. Es sei bekannt, dass nach altem Recht "der Zugang zum Hafen, der von den Fischern als Heimat bezeichnet wird, streng verboten ist", heißt es darin laut britischen Medienberichten.';
    const q = quoteOf(t, 'de');
    expect(q).toBeDefined();
    expect(q!.speakerMention).toBeNull();
  });

  it('is the speaker when it names somebody', () => {
    const t = 'Mit einem Aufmacher hat sich die Zeitung „Nordpost“ am Montag gegen den Minister gestellt. Es sei bekannt, dass nach altem Recht "der Zugang zum Hafen, der von den Fischern als Heimat bezeichnet wird, streng verboten ist", heißt es laut Regierungssprecher Karl Wendler.';
    expect(quoteOf(t, 'de')?.speaker).toBe('Karl Wendler');
  });
});
