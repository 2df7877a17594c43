// "Sen. Ben Sasse, R-Neb., called …": a US party-and-state tag after a name says which side and seat the person has;
// the quotation is the named person's, never the tag's. And a quotation that ended its sentence is not the one the
// next sentence's "X, a Democrat, said …" attributes.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';
import { isNameTag, withoutTrailingTag } from '../../lib/analysis/attribution/name-tag';


describe('a party-and-state tag after a name', () => {
  it('is stepped over to the name, between commas or in parentheses', () => {
    expect(speakerOf('The bill passed on Tuesday. Rep. Adam Schiff, D-Calif., said the bill was “a wasted chance to fix the system for good.”', 'wasted chance')).toBe('Adam Schiff');
    expect(speakerOf('The vote was close. Sen. Ted Cruz, R-Texas, said, “This is a fireable offense, and everyone knows it.”', 'fireable')).toBe('Ted Cruz');
    expect(speakerOf('After winning Ohio on Tuesday, Gov. John Kasich (R-OH), said, “I am getting ready to rent a covered wagon.”', 'covered wagon')).toBe('John Kasich');
  });

  it('is told by its shape, not by a list of states', () => {
    for (const t of ['R-Neb.', 'D-Calif.', '(D-Mo.)', 'I-Vt.', 'R -S.C.', '(R)', 'R-N.Y.']) expect(isNameTag(t)).toBe(true);
    for (const t of ['Democrat', 'a Democrat', 'R.', 'Neb.', 'the senator']) expect(isNameTag(t)).toBe(false);
    expect(withoutTrailingTag('Gov. John Kasich (R-OH)')).toBe('Gov. John Kasich');
    expect(withoutTrailingTag('the Islamic Emirate (IEA)')).toBe('the Islamic Emirate (IEA)');
  });
});

describe('a sentence after a quotation that ended its own', () => {
  it('attributes its own quotation, not the one before', () => {
    const t = 'Sasse called the plan “a dangerous step toward a bigger government than anyone wants.” Schiff, a Democrat, said the bill was “a wasted chance to fix the system for good.”';
    expect(speakerOf(t, 'dangerous step')).toBe('Sasse');
    expect(speakerOf(t, 'wasted chance')).toBe('Schiff');
  });
});
