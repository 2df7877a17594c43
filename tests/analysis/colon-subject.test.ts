// A long speaker phrase read whole, and a colon sentence's main subject: invented text, de/en.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quotes = (text: string, lang: string) => analyse(text, lang).quotes;
const speakers = (text: string, lang: string) => quotes(text, lang).map((q) => q.speaker);

describe('speaker phrases', () => {
  it('a long title before the name is read to the name', () => {
    const t = '„Wir senden falsche Signale aus“, sagte der Basler Bildungs-, Kultur- und Sportdirektor Hans Peter Imbach.';
    expect(quotes(t, 'de').map((q) => q.speakerMention)).toEqual(['der Basler Bildungs-, Kultur- und Sportdirektor Hans Peter Imbach']);
  });
});

describe('a sentence announcing its quotation with a colon', () => {
  it('is spoken by its main clause subject, not by a noun of its last subordinate clause', () => {
    const t = 'Der Trainer Luca Brunner war nach dem Spiel aufgebracht. Brunner ärgerte sich vor allem darüber, dass die Regel nur Anwendung fand, weil der Schiedsrichter einen Fehler gemacht hatte: „Es gab keinen Grund, dem Stürmer Gelb zu geben.“';
    expect(speakers(t, 'de')).toEqual(['Luca Brunner']);
  });
  it('a named subject of the last clause still speaks', () => {
    const t = 'Asked whether she would meet Tom Ashdown before the vote, the minister Ruth Calder said: “My phone works. He knows the number.”';
    expect(speakers(t, 'en')).toEqual(['Ruth Calder']);
  });
});
