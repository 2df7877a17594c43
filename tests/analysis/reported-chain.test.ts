// Sentences of reported speech (German Konjunktiv I, no verb of saying) go on with the words of whoever the
// paragraph reports: a quotation after them, and one after the next such sentence, are that person's. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

const speakers = speakersOf;

describe('reported speech before a quotation', () => {
  it('gives the quotation to the source of the reported sentences before it, and the next one too', () => {
    const t = 'Das Wetter in Europa wird extremer.\n\nKIT-Forscher Finkbeiner geht davon aus, dass die Erwärmung der Meere den Wasserdampfgehalt nur um wenige Prozent erhöht. Für extreme Regenmengen brauche es zudem eine entsprechende Wetterlage. „Das chaotische Wetter spielt für ihr Auftreten eine große Rolle.“ Herrsche im Sommer eine regenreiche Wetterlage, könne das wärmere Meerwasser die Regenmengen aber erhöhen. „Für genaue Zahlen sind aber aufwändige Modellstudien nötig.“';
    expect(speakers(t, 'de')).toEqual(['Finkbeiner', 'Finkbeiner']);
  });
  it('does not reach back past a sentence in the indicative', () => {
    const t = 'Das Wetter in Europa wird extremer.\n\nKIT-Forscher Finkbeiner geht davon aus, dass die Erwärmung der Meere den Wasserdampfgehalt erhöht. Die Messungen laufen seit Jahren. Für extreme Regenmengen brauche es zudem eine entsprechende Wetterlage. „Das chaotische Wetter spielt für ihr Auftreten eine große Rolle.“';
    expect(speakers(t, 'de')).toEqual([null]);
  });
});
