// A body named as the object of the sentence's words ("Appearing before the World Court, …", "considers Taiwan part
// of …") did not speak the participle's quotation; "it" after a country that was the subject is that country.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quoteOf = (t: string, quote: string) => analyse(t, 'en').quotes.find((q) => q.text.includes(quote));

describe('a body in a phrase before the subject', () => {
  it('is not the speaker of a participle clause', () => {
    const q = quoteOf('The hearings opened on Monday.\n\nAppearing before the World Court, the Brazilian delegation said the treaty was broken, arguing that ‘the occupying power does not care to fulfil its obligations at all’.', 'does not care');
    expect(q?.speaker ?? null).not.toBe('World Court');
  });

  it('is not the speaker when it is the object of the verb', () => {
    const q = quoteOf('Drills began on Monday.\n\nBeijing considers Taiwan part of its territory and has vowed to take it, calling the drills a “stern warning to all the separatist forces on the island”.', 'stern warning');
    expect(q?.speaker ?? null).not.toBe('Taiwan');
  });

  it('still speaks when it opens the clause after a fronted phrase', () => {
    const q = quoteOf('Here in Geneva, the European Commission stepped up its criticism of the plan, saying, “We will not accept a deal that hurts our farmers.”', 'not accept');
    expect(q?.speaker).toBe('European Commission');
  });
});

describe('"it" after a country that was the subject', () => {
  it('is the country, not an organisation named before it', () => {
    const q = quoteOf('The court heard some 40 countries and organisations, including the African Union and the UN.\n\nIsrael did not appear at the hearings, but rejected the questions in a written submission.\n\nIt argued that no obligation exists, when “the legitimate security concerns of a member state are severely undermined by the agency”.', 'legitimate security');
    expect(q?.speaker).toBe('Israel');
  });
});
