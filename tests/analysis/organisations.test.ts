// Organisations named through a common noun: appositions ("the operator, X,") type them, and "the company" or
// "a spokeswoman for the firm" resolves to the organisation named last.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const run = (text: string) => analyzeArticle({ text, lang: 'en' });
const typeOf = (text: string, name: string) => run(text).parties.find((p) => p.name === name)?.type;

describe('organisations behind common nouns', () => {
  it('types a name in an apposition with an organisation noun as an organisation', () => {
    const t = 'Drivers walked out after talks between the Transit Drivers Guild (TDG) and the operator, Brackmoor Coaches, broke down.\n\nBrackmoor Coaches said it was “surprised” by the walkout.';
    expect(typeOf(t, 'Brackmoor Coaches')).toBe('organization');
    const t2 = 'Pellworth Dairies, a family-owned cheese maker, will close its plant.\n\nPellworth Dairies said the site had “no future”.';
    expect(typeOf(t2, 'Pellworth Dairies')).toBe('organization');
  });

  it('keeps people in appositions with a role as people', () => {
    const t = 'The union’s negotiator, Hanna Birk, left the room.\n\n“We are done for today,” Birk said.';
    expect(typeOf(t, 'Hanna Birk')).toBe('person');
  });

  it('gives an unnamed spokesperson’s words to the organisation named last', () => {
    const t = [
      'Talks between the Coastal Pilots Association and the operator, Brackmoor Coaches, collapsed on Monday.',
      'A spokesman for the company said its final offer was “generous by any measure”, and that services would run.',
      'The company said the strike was “regrettable but avoidable.”',
    ].join('\n\n');
    const q = run(t).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Brackmoor Coaches', 'Brackmoor Coaches']);
    expect(q[0]!.speakerMention).toBe('A spokesman for the company');
  });

  it('gives "the bank said" to the body named before, not to a bank named only later', () => {
    const t = [
      'According to analysts at the investment bank Harlow Pemberton, output could double.',
      'Harlow Pemberton estimates that production could rise within two years.',
      '“We maintain our view that prices will fall,” the bank said in a note.',
      'Traders were unconvinced.',
      'Ola Brenner, an analyst at Tidewell Bank, said: “The market has priced this in already.”',
    ].join('\n\n');
    const q = run(t).quotes;
    expect(q[0]!.speaker).toBe('Harlow Pemberton');
  });

  it('leaves "the company" alone when no organisation was named before', () => {
    const t = 'Nobody had been told about the plan.\n\nThe company said the closure was “temporary.”';
    expect(run(t).quotes[0]!.speaker).toBeNull();
  });
});
