// "He said Mr Okoro later sold the farm. Mr Okoro then …. “…,” he said.": the person a speaker talks about, even
// when he opens the next sentence of the account, is not who "he said" stands for; the speaker goes on.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quoteOf = (t: string, quote: string) => analyse(t, 'en').quotes.find((q) => q.text.includes(quote));

const ACCOUNT = [
  'Former councillor Thabo Nkosi said the farm was first leased in 2014 to one Mr Okoro of Durban, on condition that he would build a road.',
  'He said Mr Okoro later rented the land to a mining firm, which left four years ago.',
  'Mr Okoro then sold the lease to another firm, which promised water and jobs.',
].join('\n\n');

describe('a person named inside reported speech', () => {
  it('does not take the next quotation of the speaker who talks about him', () => {
    const q = quoteOf(`${ACCOUNT}\n\n“Nothing has been built in four years. We still have no water,” he said.`, 'Nothing has been built');
    expect(q?.speaker).toBe('Thabo Nkosi');
  });

  it('is still the speaker when he speaks himself', () => {
    const q = quoteOf(`${ACCOUNT}\n\nMr Okoro told reporters he had done nothing wrong. “I kept every promise I made,” he said.`, 'kept every promise');
    expect(q?.speaker).toBe('Okoro');
  });

  it('is still the subject a pronoun stands for when only named beside a quotation', () => {
    const q = quoteOf('“It was a good year,” Thabo Nkosi wrote on Monday, after Peter Okoro praised the firm online.\n\nPeter Okoro replied quickly: “We are proud of it,” he wrote.', 'proud of it');
    expect(q?.speaker).toBe('Peter Okoro');
  });
});
