// A staff list joins each role to a name by an underscore ("Writer_…"): the name is the words after it, whole, with
// no role on it and no first word cut off. Invented text.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

const STAFF = 'The musical opens in May at the small theatre.\n\nSTAFF\nChoreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Writer_Kyeong Min Seon, Composer_Kim Cheol Hwan, Art Director_Park Dong Woo, Prop Design_Kim Sang Hee\n\nTicketing opens soon.';

describe('names after an underscore', () => {
  it('are the words after it, whole', () => {
    const names = partyNames(STAFF, 'en');
    expect(names).toEqual(expect.arrayContaining(['Jeong Hye Jin', 'Oh Kyeong Taek', 'Kyeong Min Seon', 'Kim Sang Hee']));
    expect(names.filter((n) => n.includes('_') || n === 'Hye Jin' || n === 'Kyeong Taek')).toEqual([]);
  });
});
