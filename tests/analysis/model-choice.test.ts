// Which tagger model an article gets: the extension's pipeline host fetches it once the article is extracted. An
// article whose page declares no language must still get its language's model (it once got none, and the popup's
// speakers and parties came from the capitalised-run fallback).
import { describe, expect, it } from 'vitest';
import { modelFile } from '../../lib/analysis';

const EN = 'The mayor said on Tuesday that the council would not raise the harbour fees this year, and that the ferry company had agreed to keep its timetable until the spring. '.repeat(3);
const PT = 'O presidente da câmara disse na terça-feira que a autarquia não vai aumentar as taxas do porto este ano e que a empresa dos barcos aceitou manter o horário até à primavera. '.repeat(3);

describe('the model an article needs', () => {
  it('follows the declared language', () => {
    expect(modelFile({ text: EN, lang: 'de' })).toBe('de.bin');
    expect(modelFile({ text: EN, lang: 'pt-BR' })).toBe('pt.bin');
  });
  it('guesses the language of an article whose page declares none from its text', () => {
    expect(modelFile({ text: EN, lang: null })).toBe('en.bin');
    expect(modelFile({ text: PT, lang: null })).toBe('pt.bin');
  });
  it('takes the multilingual model where the text says nothing', () => {
    expect(modelFile({ text: '12:30', lang: null })).toBe('multi.bin');
  });
});
