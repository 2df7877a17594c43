// A byline line that carries the page's date keeps the names only; one that holds only a date or a label and a date
// names nobody (the popup and the Markdown front matter would show it as the author).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanByline } from '../../lib/byline';

describe('a byline without its date', () => {
  it('keeps the names before a date or a time', () => {
    expect(cleanByline('GILLIAN MOHNEY March 11, 2015 3:46 PM', 'en')).toBe('GILLIAN MOHNEY');
    expect(cleanByline('By Jane Doe on Monday, March 11, 2015', 'en')).toBe('Jane Doe');
    expect(cleanByline('Von Max Müller, 12. März 2024, 10:15 Uhr', 'de')).toBe('Max Müller');
    expect(cleanByline('Jean Dupont - 3 avril 2024', 'fr')).toBe('Jean Dupont');
    // Two text nodes joined without a space by the page's markup.
    expect(cleanByline('Carrie ArnoldNovember 15, 2019', 'en')).toBe('Carrie Arnold');
    expect(cleanByline('Jeff FoustMonday, November 18, 2019', 'en')).toBe('Jeff Foust');
  });
  it('keeps the name before a day glued to it, and drops the date and a counter after it', () => {
    // The name, the date and a comment count in elements of their own, read as one string (the plain run's byline).
    expect(cleanByline('Lucas Nolan22 Dec 2016651', 'en')).toBe('Lucas Nolan');
    expect(cleanByline('Anna Meier3. März 2024', 'de')).toBe('Anna Meier');
    // Digits glued to letters that no month's name follows are part of a name.
    expect(cleanByline('Team4Sport Staff', 'en')).toBe('Team4Sport Staff');
    expect(cleanByline('Radio21 Redaktion', 'de')).toBe('Radio21 Redaktion');
  });
  it('names nobody when only a date or a label and a date is there', () => {
    expect(cleanByline('Last Updated: January 7, 2025', 'en')).toBeNull();
    expect(cleanByline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', 'en')).toBeNull();
    expect(cleanByline('2 minute readApril 25, 20232:26 PM GMT+2Last Updated 9 min ago', 'en')).toBeNull();
  });
  it('leaves digits that are part of a name or a newsroom alone', () => {
    expect(cleanByline('9News Staff', 'en')).toBe('9News Staff');
    expect(cleanByline('Rob Ewaschuk Edited by Betsy Beyer', 'en')).toBe('Rob Ewaschuk Edited by Betsy Beyer');
    expect(cleanByline('山田太郎', 'ja')).toBe('山田太郎');
  });
});

describe('a byline looked for on every line near the headline', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  it('builds the patterns of its introducing words once, not at every line', () => {
    const lines = ['Von Max Müller', 'Harbour wall to stay', 'Photo: Ana Lind', 'By Jean Dupont'];
    for (const l of lines) cleanByline(l, 'de');
    let built = 0;
    const Real = RegExp;
    vi.stubGlobal('RegExp', new Proxy(Real, { construct(target, args: [string, string?]) { built++; return new target(...args); } }));
    const names = Array.from({ length: 50 }, (_, i) => cleanByline(lines[i % lines.length], 'de'));
    expect(names.slice(0, 4)).toEqual(['Max Müller', 'Harbour wall to stay', 'Photo: Ana Lind', 'Jean Dupont']);
    expect(built).toBe(0);
  });
});
