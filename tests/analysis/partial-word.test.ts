// "Senator Ortiz wants the rules “tougher”": a word or two in quotation marks inside a sentence with no verb of saying
// are the words of the sentence’s subject, as a longer fragment is.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a quoted word inside its subject’s sentence', () => {
  it('is the subject’s', () => {
    const t = 'The council met on Monday to discuss the new parking rules. Councillor Lena Ortiz wants the rules “tougher” before any vote.';
    expect(speakerOf(t, 'tougher')).toBe('Lena Ortiz');
  });
});
