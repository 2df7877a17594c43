// A crosshead that is only a quotation is a heading, not somebody's words, nor a second time somebody says them; a
// name in marks that an article brings in ("the “Harbour Gazette” reported") is a name, not speech. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const texts = (text: string) => analyse(text, 'en').quotes.map((q) => q.text);

const heading = [
  'The ferry between Ostwick and Harlow stopped running in March after its owner went bankrupt.',
  '“The last crossing of the winter”',
  'Captain Ruth Abelard steered the boat for twenty years. “I never missed a crossing in all that time,” Abelard said.',
].join('\n\n');

const repeated = [
  'The ferry between Ostwick and Harlow stopped running in March after its owner went bankrupt.',
  '“We Are Not Finished Yet”',
  '“We are not finished yet, and the town will see the boat again,” Captain Ruth Abelard said on Monday.',
].join('\n\n');

const named = [
  'Die Fähre zwischen Ostwick und Harlow fährt seit März nicht mehr, weil ihr Eigentümer pleite ist.',
  'Als der Käufer kam, jubelten die Zeitungen. Doch die „Harlow Hafen Zeitung“ verkündete die Ankunft des „neuen Eigentümers – nach langer Suche – aus Ostwick“.',
].join('\n\n');

describe('a quotation standing alone as a heading', () => {
  it('is no quotation when nobody says its words', () => {
    expect(texts(heading)).not.toContain('The last crossing of the winter');
    expect(texts(heading).some((t) => t.includes('I never missed a crossing'))).toBe(true);
  });
  // (a crosshead copying words somebody says below it is not said twice: the quotation that has them stays)
  it('is no second quotation when somebody says those words in the text', () => {
    expect(texts(repeated)).not.toContain('We Are Not Finished Yet');
    expect(texts(repeated).some((t) => t.startsWith('We are not finished yet'))).toBe(true);
  });
});

describe('a name in marks after an article', () => {
  it('is no quotation', () => {
    expect(analyse(named, 'de').quotes.map((q) => q.text)).not.toContain('Harlow Hafen Zeitung');
  });
});
