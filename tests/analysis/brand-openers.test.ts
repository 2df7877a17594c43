// A one-word name the tagger takes, unsure, for a person, with no person evidence in the text (no title, role, age,
// quotation, fuller name, verb of saying with a pronoun…), that opens the name of one of the text's organisations is
// that body's short name or brand: listed as an organisation, not a person. With a title, or said to speak as "he",
// it stays a person (the last a guard: the tagger is sure there already). Invented text, the English model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const typeOf = (text: string, name: string) => analyse(text, 'en').parties.find((p) => p.name === name)?.type ?? null;

describe('a brand named by the first word of its company', () => {
  it('is an organisation without person evidence', () => {
    const text = 'The new sedan was unveiled by Marlowe Motors on Tuesday. In fact, Marlowe still believes in sedans, and the brand has taken the covers off a new model.';
    expect(typeOf(text, 'Marlowe Motors')).toBe('organization');
    expect(typeOf(text, 'Marlowe')).toBe('organization');
  });

  it('stays a person with a title', () => {
    const text = 'The new sedan was unveiled by Marlowe Motors on Tuesday. In fact, Mr. Marlowe still believes in sedans, and the brand has taken the covers off a new model.';
    expect(typeOf(text, 'Marlowe')).toBe('person');
  });

  it('stays a person who says something and is called he or she', () => {
    const text = 'The new sedan was unveiled by Marlowe Motors on Tuesday. In fact, Marlowe said he still believes in sedans, and the brand has taken the covers off a new model.';
    expect(typeOf(text, 'Marlowe')).toBe('person');
  });
});
