// Which tagger model a page gets before its article is known: the extension's pipeline host loads it first, because
// the pipeline is synchronous. A page that declares no language must still get its language's model (it used to get
// none, and the popup's speakers and parties came from the capitalised-run fallback).
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { pageModelFile } from '../../lib/analysis';

const page = (lang: string | null, body: string) =>
  parseHTML(`<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;

const EN = '<p>The mayor said on Tuesday that the council would not raise the harbour fees this year, and that the ferry company had agreed to keep its timetable until the spring.</p>'.repeat(3);
const PT = '<p>O presidente da câmara disse na terça-feira que a autarquia não vai aumentar as taxas do porto este ano e que a empresa dos barcos aceitou manter o horário até à primavera.</p>'.repeat(3);

describe('the model a page needs', () => {
  it('follows the declared language', () => {
    expect(pageModelFile(page('de', EN))).toBe('de.bin');
    expect(pageModelFile(page('pt-BR', EN))).toBe('pt.bin');
  });
  it('guesses the language of a page that declares none from its text', () => {
    expect(pageModelFile(page(null, EN))).toBe('en.bin');
    expect(pageModelFile(page(null, PT))).toBe('pt.bin');
  });
  it('takes the multilingual model where the text says nothing', () => {
    expect(pageModelFile(page(null, '<p>12:30</p>'))).toBe('multi.bin');
  });
});
