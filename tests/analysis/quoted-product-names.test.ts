// A name in quotation marks is no quotation, whoever the story names near it: a product, a bar, a film are a few
// capitalised words with no verb. Words spoken beside a verb of saying stay quotations, capitals or not, and so do
// capitalised words where every noun is capitalised.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const texts = (t: string, lang = 'en') => analyse(t, lang).quotes.map((q) => q.text);

describe('a name in quotation marks', () => {
  it('is no quotation after a sentence that names a speaker; words said beside a verb are', () => {
    const t = 'Reporters from the Daily Ledger visited the new mall last week. According to its website, the juice bar on the top floor is called ‘Green Fizz’. “A local start-up, Green Fizz opened with an aim to sell fresh drinks,” the description on the website reads.';
    const qs = texts(t);
    expect(qs).not.toContain('Green Fizz');
    expect(qs.some((q) => q.startsWith('A local start-up'))).toBe(true);
    const said = 'Tessa Marlow walked onto the stage at noon. “Good Morning,” she said with a wave, and the crowd cheered.';
    expect(analyse(said, 'en').quotes.find((q) => q.text.startsWith('Good Morning'))?.speaker).toBe('Tessa Marlow');
    expect(texts('The minister was asked whether he would resign. “No,” he said.')).toContain('No,');
  });

  it('is no quotation in a list of titles; capitalised nouns in German are words', () => {
    const t = 'The service streams films from the studio, including “Night Harbour,” Lantern Pictures and older cartoons, said Mara Quint, its director.';
    expect(texts(t)).not.toContain('Night Harbour,');
    expect(texts('Ortiz added that he believed the visiting judge was “Mexican” and could not be fair.')).toContain('Mexican');
    const de = 'Der Minister Paul Anders nannte den Gedenktag ein „Zeichen der Wertschätzung“ für die Helfer.';
    expect(texts(de, 'de')).toContain('Zeichen der Wertschätzung');
  });
});
