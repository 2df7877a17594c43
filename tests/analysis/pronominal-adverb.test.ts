// "Wovor Vintz vor allem warnt: „…“": a German pronominal adverb (wovor, wofür, darauf…) opening a sentence is a
// function word, not the first name of the person after it.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';

const TEXT = 'Simone Vintz von der Stiftung Warentest hat die Shops geprüft. „Die Geräte waren minderwertig“, sagt Simone Vintz.\n\n'
  + 'Wovor Vintz vor allem warnt: „Verkaufen Sie diese Produkte nicht weiter, sonst haften Sie im Zweifel selbst.“';

describe('a pronominal adverb before a surname', () => {
  it('is not part of the name: the quotation goes to the person named before', () => {
    expect(speakerOf(TEXT, 'Verkaufen Sie', 'de')).toBe('Simone Vintz');
    expect(analyse(TEXT, 'de').parties.map((p) => p.name)).not.toContain('Wovor Vintz');
  });
});
