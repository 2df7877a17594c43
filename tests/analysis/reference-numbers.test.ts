// Letters joined by slashes to a piece of digits are part of a reference number (a suit's, a file's), no party, even
// where the tagger reads them as a person; letters slashed to letters alone are still names. Invented text.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

describe('reference numbers', () => {
  it('give no party, whatever the tagger reads in them', () => {
    // (the English tagger reads these letters as a person)
    const names = partyNames('The papers showed that the claim, with Number FHC/LAG/11/204/2021, was filed by Tomas Berendt, a lawyer for the farmers.', 'en');
    expect(names).toContain('Tomas Berendt');
    expect(names).not.toContain('FHC');
  });

  it('leave names slashed to names alone', () => {
    const names = partyNames('Lisbon/Ankara (AP) - The government in Lisbon condemned the guards. Ankara said it was weighing steps.', 'en');
    expect(names).toEqual(expect.arrayContaining(['Lisbon', 'Ankara']));
  });
});
