// Soft hyphens and zero-width characters inside words: invisible on the page, they must not cut a name in two
// (a conference written "Pan-&shy;Africanism Summit Against &shy;Imperialism" gave a person "Summit Against"). The
// pipeline takes them out of the article's text, which the analysis reads: tests/pipeline/invisible-text.test.ts.
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../lib/analysis/text';

const SHY = '\u00AD', ZWSP = '\u200B', WJ = '\u2060', BOM = '\uFEFF', ZWJ = '\u200D', ZWNJ = '\u200C';

describe('the visible text', () => {
  it('drops soft hyphens, zero-width spaces, word joiners and byte order marks inside words', () => {
    expect(visibleText(`Ver${SHY}hand${SHY}lung Pan-${SHY}Afri${ZWSP}canism Im${WJ}peri${BOM}alism`)).toBe('Verhandlung Pan-Africanism Imperialism');
  });
  it('drops a joiner between Latin letters, keeps one that shapes a Persian word or an emoji sequence', () => {
    expect(visibleText(`Auf${ZWNJ}lage`)).toBe('Auflage');
    expect(visibleText(`می${ZWNJ}خواهم`)).toBe(`می${ZWNJ}خواهم`);
    expect(visibleText(`👩${ZWJ}💻`)).toBe(`👩${ZWJ}💻`);
  });
  it('leaves a text without them as it is, visible hyphens and all', () => {
    const t = 'The well-known Pan-African summit — in Accra.';
    expect(visibleText(t)).toBe(t);
  });
});
