// An organisation's words when no party stands for it ("« … », rapporte le ministère. Il précise : « … »"): neither
// quotation goes to a person named nearby. Invented text, fr/de/en.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quotes = (text: string, lang: string) => analyse(text, lang).quotes;

describe('a body with no party speaking', () => {
  it('is no nearby person, and its pronoun goes on with it (fr)', () => {
    const t = 'Le ministère de la Défense affirme avoir abattu douze drones au-dessus de la région frontalière, après que le colonel Pierre Drake a mis en garde contre de nouvelles attaques. « Nos unités ont détruit dix bateaux en mer du Nord », rapporte le ministère. Il précise : « La flotte reste pleinement opérationnelle. »';
    expect(quotes(t, 'fr').map((q) => [q.speaker, q.speakerMention])).toEqual([[null, 'le ministère'], [null, 'le ministère']]);
  });
  it('is no nearby person (de)', () => {
    const t = 'Das Verteidigungsministerium teilte mit, seine Luftabwehr habe in der Nacht zwölf Drohnen abgeschossen, nachdem Oberst Peter Drake vor neuen Angriffen gewarnt hatte. „Unsere Einheiten haben zehn Boote zerstört“, teilte das Ministerium mit.';
    expect(quotes(t, 'de').map((q) => q.speaker)).toEqual([null]);
  });
  it('a person named in between speaks for himself', () => {
    const t = 'Le ministère de la Défense affirme avoir abattu douze drones au-dessus de la région frontalière. « Nos unités ont détruit dix bateaux en mer du Nord », rapporte le ministère. Le colonel Pierre Drake met en garde contre de nouvelles attaques. Il précise : « La flotte ennemie reste pleinement opérationnelle. »';
    expect(quotes(t, 'fr').map((q) => q.speaker)).toEqual([null, 'Pierre Drake']);
  });
});

describe('a quotation in the first person singular', () => {
  const cases: [string, string][] = [
    ['en', 'Anna Keller has worked for the Northern Relief Agency for six years. “We are sending three more teams to the valley,” the Northern Relief Agency said on Monday. “I have never seen damage like this in my life,” she said.'],
    ['de', 'Anna Keller arbeitet seit sechs Jahren für die Nordische Hilfsagentur. „Wir schicken drei weitere Teams in das Tal“, teilte die Nordische Hilfsagentur am Montag mit. „Ich habe so etwas noch nie gesehen“, sagte sie.'],
  ];
  it('is a person’s, not the organisation’s that spoke before', () => {
    for (const [lang, t] of cases) expect(quotes(t, lang).map((q) => q.speaker)[1], lang).toBe('Anna Keller');
  });
});

describe('a body named with an adjective and its "of" phrase', () => {
  // (it is the body the mention names, owner and all: owned-body.ts)
  it('is no nearby party’s (fr: "rapporte le ministère russe de la Défense")', () => {
    const t = 'Selon la Drees, la situation financière des cliniques reste favorable. « Une proportion inédite depuis vingt ans », souligne la Drees.\n\nLa Russie dit avoir abattu des drones.\n\n« Les systèmes de défense aérienne ont détruit trente drones au-dessus de la péninsule », rapporte le ministère russe de la Défense dans un communiqué. Il précise que des armes « en service en mer Noire ont détruit dix drones navals ».';
    expect(quotes(t, 'fr').map((q) => q.speaker).slice(1)).toEqual(['Ministère russe de la Défense', 'Ministère russe de la Défense']);
  });
});
