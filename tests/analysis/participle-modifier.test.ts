// "“…,” said one Republican involved in the planning, who …": the participle opens the speaker's modifier; the
// speaker phrase is the noun phrase before it, unnamed. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const text = [
  'The race in the valley has tightened since the spring.',
  '"You are going to see a lot of money spent on television," said one organiser involved in the planning, who asked not to be named.',
].join('\n\n');

describe('a speaker phrase with a participle modifier after the verb', () => {
  it('is the noun phrase before the participle', () => {
    const q = analyse(text, 'en').quotes.find((x) => x.text.includes('a lot of money'));
    expect(q?.speakerMention).toBe('one organiser');
    expect(q?.speaker).toBeNull();
  });
});
