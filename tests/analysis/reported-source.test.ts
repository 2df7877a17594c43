// Reported speech with nobody speaking before it goes back to whom the sentence before is about: "X hat … untersucht.
// Der Atlantik habe … – „…“" is X's; "erwartet X, dass …" frames X's view like "glaubt". Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('the source of reported speech', () => {
  it('is the named subject of the sentence before, with no verb of saying in either', () => {
    const t = 'Das Meer wird wärmer\n\nEntwicklung im Atlantik\n\nDer Klimaforscher Jonas Brandt hat die Entwicklung im Atlantik genauer untersucht. Der warme Atlantik habe zwar das Potenzial, Starkregen zu verstärken – „so wie wir es im vergangenen Dezember in Westeuropa gesehen haben“.';
    expect(speakersOf(t, 'de')).toEqual(['Jonas Brandt']);
  });
  it('is whoever expects what the reported sentence says', () => {
    const t = 'Das Meer wird wärmer\n\nDer Klimaforscher Jonas Brandt hat die Entwicklung im Atlantik untersucht.\n\nBei den Temperaturen erwartet Brandt, dass sie an den Küsten höher ausfallen könnten, auch werde die Luft feuchter. „Wenn die Temperaturen weiter so hoch bleiben, ist an den Küsten mit Hitzewellen zu rechnen.“';
    expect(speakersOf(t, 'de')).toEqual(['Jonas Brandt']);
  });
});
