// A fragment quoted in a sentence whose subject follows a fronted phrase and its comma ("Pour ce tête-à-tête, Mme
// Binet est « arrivée … »"); not when that phrase gives the source ("According to reports, …") or when the fragment
// speaks in the first person after a third person ("where he “grabbed me …”"). Invented text, fr/en.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

const speakers = speakersOf;

describe('a fronted phrase before the subject', () => {
  it('is skipped to find the subject', () => {
    const t = 'Sophie Berthier dirige le syndicat depuis mars. Pour ce tête-à-tête au sommet, Mme Berthier est « arrivée avec [s]on ordre du jour », d’après le récit qu’elle livre au journal.';
    expect(speakers(t, 'fr')).toEqual(['Sophie Berthier']);
  });
  it('that gives the source keeps the subject out', () => {
    const t = 'Gary Hollis lived alone in the house on the corner. According to reports, Hollis repeatedly beat the women who he “kept alive barely with dog food and water”.';
    expect(speakers(t, 'en')).toEqual([null]);
  });
  it('a first-person fragment after a third person is not the subject’s', () => {
    const t = 'Gary Hollis lived alone in the house on the corner. After agreeing to a price, Hollis took her back to his house where he “came up behind me and grabbed me by my neck”.';
    expect(speakers(t, 'en')).toEqual([null]);
  });
});
