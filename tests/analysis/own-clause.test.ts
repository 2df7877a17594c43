// A quotation inside a clause with a subject of its own ("She signed an agreement barring her from publishing a
// “…”") is not the words of the previous sentence's speaker.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const find = (text: string, quote: string) => analyse(text, 'en').quotes.find((q) => q.text.includes(quote))!;

describe('a quotation in a clause of its own', () => {
  it('does not take the speaker of the sentence before', () => {
    const text = 'Harold Vantreight kept his first wife, Marjorie, from writing about their business. The contract barred her from publishing a “diary, memoir, letter, story or account of any kind whatsoever” about him.';
    expect(find(text, 'diary, memoir').speaker).not.toBe('Harold Vantreight');
  });

  it('a quotation standing alone after the sentence still does', () => {
    const text = 'Harold Vantreight praised the mayor’s leadership after the flood. “We need someone who is going to cut through the noise and bring people together.”';
    expect(find(text, 'cut through').speaker).toBe('Harold Vantreight');
  });

  it('a fronted phrase and its comma are no clause of their own', () => {
    const text = 'Gopal Naidoo said context and timing were important. Specifically on July 9 and 10, “South Africa was a crumbling disaster and the posts fed that fear.”';
    expect(find(text, 'crumbling disaster').speaker).toBe('Gopal Naidoo');
  });
});
