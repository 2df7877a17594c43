// A place noun that opens a name before a particle ("Gulf of Mexico", "Golf von Mexiko") makes it a place, whatever
// the tagger read; a body's head there ("Bank of England") still makes an organisation. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const typeOf = (text: string, lang: string, name: string) => analyse(text, lang).parties.find((p) => p.name === name)?.type ?? null;

describe('a place noun opening a name', () => {
  it('makes a place in English and German', () => {
    expect(typeOf('The decision by President Donald Trump to rename the Gulf of Mexico was criticised. The Gulf of Mexico is an old name, the historian Anna Weber said on Monday.', 'en', 'Gulf of Mexico')).toBe('place');
    expect(typeOf('Die Entscheidung von Präsident Donald Trump, den Golf von Mexiko umzubenennen, ist ein Akt geografischer Großtuerei. Der Name Golf von Mexiko ist alt, sagte die Historikerin Anna Weber.', 'de', 'Golf von Mexiko')).toBe('place');
  });

  it('leaves a body named by its head an organisation', () => {
    expect(typeOf('The Bank of England raised rates on Thursday, and the House of Commons debated the move. Governor Andrew Bailey said inflation was too high.', 'en', 'Bank of England')).toBe('organization');
  });
});
