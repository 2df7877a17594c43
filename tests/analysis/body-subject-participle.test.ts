// "On Friday, the FBI criticized Comey, saying “…”": the participle's subject is the party that opens the clause, a
// body too, not the first person named after it; a body that only modifies a name ("NBC reporter Katy Tur") is not.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const speakerOf = (t: string, lang: string) => analyse(t, lang).quotes[0]?.speaker ?? null;

describe('a participle after a clause that a body opens', () => {
  it('is the body’s, not the person named as its object', () => {
    const t = [
      'James Comey left the bureau in May after a long dispute over the investigation.',
      'On Friday, the FBI criticized Comey in a long statement, saying “the director broke the rules of the bureau.”',
    ].join('\n\n');
    expect(speakerOf(t, 'en')).toBe('FBI');
  });

  it('is the person’s when the body only modifies the name', () => {
    const t = [
      'The rally in Ohio ended late on Friday.',
      'On Friday, NBC reporter Katy Tur criticized the crowd, saying “nobody should be treated like this at a rally.”',
    ].join('\n\n');
    expect(speakerOf(t, 'en')).toBe('Katy Tur');
  });
});
