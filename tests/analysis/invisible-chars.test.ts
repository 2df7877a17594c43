// Soft hyphens and zero-width characters inside words: invisible on the page, they must not cut a name in two
// (a conference written "Pan-&shy;Africanism Summit Against &shy;Imperialism" gave a person "Summit Against").
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../lib/analysis/text';
import { analyse } from './analyse';

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

describe('a name written with soft hyphens', () => {
  const text = `Kenianische Antiimperialisten reisten zum Pan-${SHY}Africanism Summit Against ${SHY}Imperialism nach Lomé. ` +
    '»Wir sprechen mit einer Stimme«, sagte Kwame Mensah, der das Treffen leitete.';
  it('is read whole: no piece of it is a person, no name holds a soft hyphen, the speaker is found', () => {
    const a = analyse(text, 'de');
    expect(a.parties.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(['Kwame Mensah']);
    expect(a.parties.map((p) => p.name).join(' ')).not.toContain(SHY);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Kwame Mensah']);
  });
});
