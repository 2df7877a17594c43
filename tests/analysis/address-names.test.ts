// A name glued by a dot to the word before it ("Football.London") is part of a web address: no party, and no
// capital standing for its state; an initial or a title glued so ("J.Smith") is no address. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a name inside a web address', () => {
  it('names no party', () => {
    const text = 'The midfielder was strong in the air again, wrote the Evening Courier. The site Sport.London sees it the same way: he was the best player on the pitch, said coach Daniel Moyes.';
    const ps = analyse(text, 'en').parties;
    expect(ps.some((p) => p.name === 'London' || p.aliases.includes('London'))).toBe(false);
    expect(ps.find((p) => p.name === 'Daniel Moyes')?.type).toBe('person');
  });
});
