// A sentence's capitalised first word glued to a body's name by the run around the tagger's span ("Recent Halvex smart
// TVs"), where the text names the body without it elsewhere and the word is no given name, is no part of the name.
// Invented text, the shipped English model.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

describe('a sentence opener before a body’s name', () => {
  it('is left out when the name modifies a noun and stands alone elsewhere', () => {
    const text = 'Recent Samsung smart TVs also include the app. The phones from Samsung are popular, and Samsung said sales grew. Tom Baker agreed.';
    const got = partyNames(text, 'en');
    expect(got).toContain('Samsung');
    expect(got.some((n) => n.startsWith('Recent'))).toBe(false);
  });
});
