// A speaker the tagger read by the surname alone ("Xhaka") is shown with the full name the text writes ("Granit
// Xhaka"), even where the given name is a common word of the language; not with a word the text uses on its own.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a surname alone as speaker', () => {
  it('is given the full name the text writes before it, not a word the text uses on its own', () => {
    const said = 'Das schmälerte den Frust der Gäste aber nicht, den Kiesel Vrenaj zusammenfasste: „Dieser Elfmeter hat uns alles genommen.“';
    expect(speakerOf(`Die Gäste verloren in der Nachspielzeit. ${said}`, 'Dieser Elfmeter', 'de')).toBe('Kiesel Vrenaj');
    expect(speakerOf(`Der Kiesel Frust war groß. ${said}`, 'Dieser Elfmeter', 'de')).toBe('Vrenaj');
  });

  it('is not given a noun the text inflects, where every noun is capitalised', () => {
    const said = '„Das wird nicht passieren“, sagt Vrenaj.';
    expect(speakerOf(`Viele Soldaten sind gefallen. Diesen Preis sieht der Soldat Vrenaj jeden Tag. ${said}`, 'Das wird', 'de')).toBe('Vrenaj');
    expect(speakerOf(`Viele Menschen sind gefallen. Diesen Preis sieht Kiesel Vrenaj jeden Tag. ${said}`, 'Das wird', 'de')).toBe('Kiesel Vrenaj');
  });
});
