// "her former label Big Machine": a name the text calls a label is an organisation, not a person, and the
// quotation it gives is the body's.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const EN = `The singer cannot perform her old hits because of a dispute with her former label Big Machine, which owns her masters. Ithaca Holdings purchased Big Machine last year in a deal backed by The Carlyle Group.

The singer took to Twitter to air her grievances with Big Machine, Ithaca Holdings and The Carlyle Group. Big Machine has denied her claims, saying they were “shocking and false.”`;

describe('a record label', () => {
  it('is an organisation that speaks', () => {
    const a = analyse(EN, 'en');
    expect(a.parties.find((p) => p.name === 'Big Machine')?.type).toBe('organization');
    expect(a.quotes.find((q) => q.text.startsWith('shocking'))?.speaker).toBe('Big Machine');
  });
});
