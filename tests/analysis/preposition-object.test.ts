// A name right after "by" or "to" before a verb is the object of the preposition, never the verb's subject: the
// letter the agency obtained is not the agency's words.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a name after a preposition before the verb', () => {
  it('is not the speaker', () => {
    const text = 'The Veterans League has twice complained about the emblem. A letter from the league obtained by Marta Okonkwo warns that “any further use will be answered by our trademark attorney in the proper forum.”';
    const q = analyse(text, 'en').quotes.find((x) => x.text.includes('trademark attorney'))!;
    expect(q.speaker).not.toBe('Marta Okonkwo');
  });

  it('the subject before the verb still is', () => {
    const text = 'The Veterans League has twice complained about the emblem. Marta Okonkwo warns that “any further use will be answered by our trademark attorney in the proper forum.”';
    expect(analyse(text, 'en').quotes[0]!.speaker).toBe('Marta Okonkwo');
  });
});
