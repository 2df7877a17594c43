// A name or a title in quotation marks right after a noun its determiner introduces ("forderte die Partei „Die
// Mitte“", "in seinem Lagebericht „Sicherheit Schweiz 2023“") names that thing: it is no quotation, whoever the verb
// beside it gives words to. Words after a role noun or a name stay quotations. Invented text, de/en.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quotes = (text: string, lang: string) => analyse(text, lang).quotes.map((q) => q.text.replace(/[„“”"]/g, ''));

describe('names and titles in quotation marks after a noun', () => {
  it('a party named after „die Partei“ and a report named after its noun are no quotations (de)', () => {
    const t = 'Die Regierung schweigt. Spione müssten ausgewiesen werden, forderte die Partei „Neue Mitte“. Davon sei ein Drittel für fremde Dienste tätig, schreibt der Dienst in seinem Lagebericht „Sicherheit Nordland 2023“. „Wir sehen eine wachsende Bedrohung durch fremde Agenten“, sagte die Sprecherin Anna Keller.';
    expect(quotes(t, 'de')).toEqual(['Wir sehen eine wachsende Bedrohung durch fremde Agenten']);
  });

  it('a report named after its noun is no quotation (en)', () => {
    const t = 'At least a third of them work for foreign services, the agency writes in its annual report “Northland Security 2023”. “We see a growing threat from foreign agents,” said spokeswoman Anna Keller.';
    expect(quotes(t, 'en')).toEqual(['We see a growing threat from foreign agents,']);
  });

  it('words after a role noun, or with a speaker\'s pronoun in them, stay quotations', () => {
    const t = 'Nach dem Treffen kam Jonas Berg heraus. Er sagte der Zeitung „Wir bleiben hart“. Später rief der Sprecher „Keine Fragen mehr“.';
    expect(quotes(t, 'de')).toEqual(['Wir bleiben hart', 'Keine Fragen mehr']);
  });
});
