// "DeSantis said he backs the bill, which he called “…”": the words are DeSantis's, and the text's word for him at the
// verb nearest the quotation is "he"; the speaker stays the person named, and a pronoun that is someone else's
// ("Sources have said he said “…”") is not taken for the sources.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quoteOf = (t: string, quote: string) => analyse(t, 'en').quotes.find((q) => q.text.includes(quote));

describe('a pronoun at the verb nearest the quotation', () => {
  it('is the mention, and the person named before it the speaker', () => {
    const q = quoteOf('Rep. Ron DeSantis is running for the Senate. DeSantis said he has backed a bill against the accreditation bodies, which he called “a cartel for higher education.”', 'cartel');
    expect(q?.speaker).toBe('Ron DeSantis');
    expect(q?.speakerMention).toBe('he');
  });

  it('keeps the named subject when the pronoun may be someone else', () => {
    const q = quoteOf('The suspect appeared in court on Monday. Law enforcement sources have said he said “no more of this at all” to the officers.', 'no more');
    expect(q?.speakerMention ?? null).not.toBe('he');
  });

  it('keeps the name when the clause has another subject', () => {
    const q = quoteOf('The debate was on Tuesday. Cruz said he is certain Rubio will continue to be “a strong voice for the party.”', 'strong voice');
    expect(q?.speaker).toBe('Cruz');
    expect(q?.speakerMention).toBe('Cruz');
  });
});

describe('a pronoun of another gender', () => {
  it('is not taken for the person named before it', () => {
    const q = quoteOf('Marina Lacerda spoke to the paper. She said Epstein had a big room. She said he then announced: “My friend will be joining us today,” and then left.', 'My friend');
    expect(q?.speakerMention).not.toBe('he');
  });
});
