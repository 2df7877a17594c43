// "gifts from Lord Alli, Sir Keir said that …": a name after a comma that the next clause's verb follows is that
// clause's subject, not a description of the name before it. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const descriptionOf = (t: string, name: string) => analyse(t, 'en').parties.find((p) => p.name.endsWith(name))?.description ?? null;

describe('a name and a verb after a comma', () => {
  it('is no description of the name before', () => {
    const t = 'Labour has been criticised over donations. Asked whether he would keep accepting gifts from Lord Alli, Sir Keir said that the rules were clear. Lord Alli has given Labour millions. Keir Starmer is the prime minister.';
    expect(descriptionOf(t, 'Alli')).toBeNull();
  });

  it('leaves a real apposition closed by a comma', () => {
    const t = 'Residents were angry. Maria Lopez, Mayor of Riverton, said the fair would go on.';
    expect(descriptionOf(t, 'Maria Lopez')).toBe('Mayor of Riverton');
  });
});
