// German capitalises every noun, so a lower-case word right after a name is its verb: "Der Staatsrat Mathias
// Reynard dankte den Helfern: „…“" is Reynard's, the phrase ends before "dankte". An adjective before a noun
// ("der 35 Jahre alte Aufbauspieler") and a name part ("ad-Din") stay inside the phrase.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quoteOf = (t: string, quote: string) => analyse(t, 'de').quotes.find((q) => q.text.includes(quote));

describe('a German speaker phrase before a colon', () => {
  it('ends at the verb after the name', () => {
    const t = 'Der Walliser Staatsrat Mathias Reynard dankte den Helfern für ihren Einsatz: „Ohne sie wäre alles noch schlimmer gekommen.“';
    expect(quoteOf(t, 'Ohne sie')?.speaker).toBe('Mathias Reynard');
  });

  it('keeps an adjective before its noun inside the phrase', () => {
    const t = 'Der 35 Jahre alte Kapitän Sergio Lorca sagte nach dem Spiel: „Ich übernehme die Verantwortung für dieses Foul.“';
    expect(quoteOf(t, 'Ich übernehme')?.speaker).toBe('Sergio Lorca');
  });
});

describe('a German speaker phrase after the verb', () => {
  it('reads an attribute between the article and the noun ("der für … zuständige")', () => {
    const t = 'Die Notenbank hat Fehler bei der Aufsicht eingeräumt. „Wir müssen unsere Aufsicht stärken“, erklärte der für die Bankenaufsicht zuständige Vizechef Michael Barr am Freitag.';
    expect(quoteOf(t, 'Wir müssen')?.speaker).toBe('Michael Barr');
  });
});

describe('a noun of a kind of body', () => {
  it('is not the last body named when that one is of another kind', () => {
    const t = 'Sowohl der Sächsische Bauernverband als auch das Umweltministerium in Dresden beobachten mit Sorge, dass kleine Molkereien verschwinden. "Sehr wenige" sind es noch, sagt der Bauernverband auf Anfrage. Und das Ministerium urteilt über die "schlechte Entwicklung": "Lange Wege sind nicht im Sinne der Tiere. Es geht Wertschöpfung verloren."';
    expect(quoteOf(t, 'Lange Wege')?.speaker).not.toBe('Sächsische Bauernverband');
  });
});
