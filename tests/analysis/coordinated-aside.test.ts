// A second verb of the sentence's subject, past an auxiliary and an aside ("… and, on June 30, had posted …, “…”"),
// has the name that opens the sentence for its subject; not a name after a preposition, nor the subject of a clause
// set off by commas. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const speakers = (text: string) => analyzeArticle({ text, lang: 'en' }, { ner: loadNerModel('en') }).quotes.map((q) => q.speaker);
const LEAD = 'Thandiwe Mokoena, the daughter of a former minister, is on trial in Durban.\n\n';

describe('a coordinated verb past an auxiliary and an aside', () => {
  it('is the sentence-opening name’s', () => {
    expect(speakers(`${LEAD}Mokoena had been watched because she was a well-known blogger and, on June 30, had posted to her followers, “The time for talking is over, and we will be heard.”`)).toEqual(['Thandiwe Mokoena']);
  });
  it('is not the name of a clause set off by commas', () => {
    expect(speakers(`${LEAD}Mokoena was asked by host Peter Dlamini, who supports her, but has dismissed the charges, “Do you regret anything you wrote that week?”`)).not.toContain('Thandiwe Mokoena');
  });
});
