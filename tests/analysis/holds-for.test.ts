// German "hält X für „…“" (holds it to be): a verb of framing whose subject follows it in second place; the
// reported speech after it goes on with the same speaker. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('„hält X für …“', () => {
  it('gives the words to the subject after the verb, and the reported quotation after them too', () => {
    const t = 'Helge Gößling forscht am Alfred-Wegener-Institut. „Es stellt sich also die Frage, ob es sich um natürliche Schwankungen handelt oder um einen Trend.“ Dass die Meere im Sommer zu mehr Regen in Europa beitragen, hält Gößling für „physikalisch sehr plausibel“. Ob der Atlantik so warm bleibt, lasse sich aber nicht sagen. „Schließlich können sich die Winde jederzeit wieder ändern.“';
    expect(speakersOf(t, 'de')).toEqual(['Helge Gößling', 'Helge Gößling', 'Helge Gößling']);
  });
});
