// "District Administrator (DA)": an acronym's long form that ends in a role, with no body's head, is an office, not an
// organisation: no party unless it speaks. Invented text, the shipped tagger.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

describe('an office defined by an acronym', () => {
  it('is no party', () => {
    const text = 'Residents of Molapo village say blasting at the quarry has cracked their walls.\n\nTheir chief, Tsepo Lekhanya, said he had sent the complaint to the Molapo District Administrator (DA) and was awaiting a reply. The DA has not answered.';
    const names = partyNames(text, 'en');
    expect(names).not.toContain('District Administrator');
    expect(names).not.toContain('DA');
  });

  it('leaves a body defined by an acronym one', () => {
    const text = 'Residents of Molapo village say blasting at the quarry has cracked their walls.\n\nTheir chief, Tsepo Lekhanya, said he had sent the complaint to the Molapo District Council (MDC) and was awaiting a reply. The MDC has not answered.';
    expect(partyNames(text, 'en').some((n) => /District Council|MDC/.test(n))).toBe(true);
  });

  it('leaves a place’s office defined by an acronym a party', () => {
    const text = 'The New York State Attorney General (NYAG) is investigating the lender, according to two people familiar with the matter.\n\n“We received an inquiry from the office of the New York State Attorney General and are cooperating,” said a spokesperson for the lender, Tula Nash.';
    expect(partyNames(text, 'en').some((n) => /Attorney General|NYAG/.test(n))).toBe(true);
  });
});
