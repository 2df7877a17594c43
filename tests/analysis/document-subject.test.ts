// A document or a body that opens the sentence, with its verb right after it, is the source of the quotation that
// sentence carries ("The ad targets a “…”", "The email goes on to say: “…”"), where the reading of the subject used to
// run on past the verb and find nobody. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const mentionOf = (text: string, quote: string) => analyse(text, 'en').quotes.find((q) => q.text.includes(quote))?.speakerMention ?? null;

const text = [
  'The housing charity published its yearly figures on Monday, and they were worse than last year.',
  'The report warns of a “winter in which thousands of families will have no safe place to sleep at night.”',
  'Volunteers in the city centre said the shelters were already full before the cold arrived.',
  'The email goes on to say: “We cannot open another shelter unless the council pays for the staff.”',
].join('\n\n');

describe('a document opening the sentence', () => {
  it('is the source of the quotation after its verb', () => {
    expect(mentionOf(text, 'winter in which thousands')).toBe('The report');
    expect(mentionOf(text, 'We cannot open another shelter')).toBe('The email');
  });
});
