// German reported speech after "X sagte, …": a day written "22. Oktober" does not end the sentence, the plural
// subjunctive ("dürften", "kämen") marks the words as still the speaker's, and the learnt ranker (trained on English)
// does not overrule that reading.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const TEXT = 'Die Kantone seien am Anschlag, sagte Regierungsrat Pius Amrein.\n\nDer Wahlkampfleiter der Partei, Nationalrat Urs Dettwiler (LU) sagte, die Linken wollten eine dauerhafte Aufnahme der halben Welt. Sie dürften bei den Wahlen vom 22. Oktober auf keinen Fall erneut triumphieren, sonst «gute Nacht Schweiz».';

describe('reported speech in German', () => {
  it('past a date with an ordinal dot, is the words of who said the sentence before', () => {
    expect(speakerOf(TEXT, 'gute Nacht', 'de')).toBe('Urs Dettwiler');
  });

  it('in the plural subjunctive with a subject of its own', () => {
    const text = 'Die Folgen seien hohe Kosten und Wohnungsnot, sagte Ständerat Marco Ghisletta. Zudem kämen vor allem junge Männer mit einem «hohen Gewaltpotential».';
    expect(speakerOf(text, 'Gewaltpotential', 'de')).toBe('Marco Ghisletta');
  });

  it('a dative article is no preposition: the body after it still speaks', () => {
    const text = 'Die Lehrer fordern mehr Geld.\n\nAus dem Schulministerium heißt es, es sei klar, „dass es entsprechender Fortbildungsangebote für die Lehrerinnen und Lehrer bedarf“.';
    expect(speakerOf(text, 'Fortbildungsangebote', 'de')).not.toBeNull();
  });
});
