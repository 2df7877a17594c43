// A nickname in quotation marks between a given name and a surname ("Samson ‘John’ Tollet", "Dwayne “The Rock”
// Johnson", "Gerd „Der Bomber“ Müller") is part of one person's name: one party, named as the text writes it, the
// surname alone later that same person, and the nickname no quotation. Invented text, each language's model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const persons = (text: string, lang = 'en') => analyse(text, lang).parties.filter((p) => p.type === 'person');

describe('a quoted nickname inside a name', () => {
  it('makes one person with single marks', () => {
    const text = 'The farmer Samson ‘John’ Tollet, 54, lost his herd in the flood last week. “We have nothing left,” Tollet said on Monday. His neighbour Mary Quinn agreed.';
    const a = analyse(text, 'en');
    const tollet = a.parties.find((p) => p.aliases.includes('Tollet'));
    expect(tollet?.name).toBe('Samson ‘John’ Tollet');
    expect(tollet?.mentions).toBe(2);
    expect(a.parties.map((p) => p.name)).not.toContain('Samson');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Samson ‘John’ Tollet']);
  });

  it('makes one person with a nickname of two words, and the nickname is no quotation', () => {
    const text = 'The actor Dwayne “The Rock” Johnson visited the town on Friday. Johnson said the town would recover, and he promised to return next year with his family.';
    const a = analyse(text, 'en');
    expect(persons(text).map((p) => p.name)).toEqual(['Dwayne “The Rock” Johnson']);
    expect(a.quotes.some((q) => q.text.includes('Rock'))).toBe(false);
  });

  it('makes one person with German marks', () => {
    const text = 'Der Stürmer Gerd „Der Bomber“ Müller schoss am Samstag drei Tore. „Wir haben gewonnen“, sagte Müller nach dem Spiel. Trainer Udo Lattek lobte die Mannschaft.';
    expect(persons(text, 'de').map((p) => p.name)).toEqual(['Gerd „Der Bomber“ Müller', 'Udo Lattek']);
  });

  it('leaves a quoted word between a name and a common word alone', () => {
    const text = 'Yesterday Maria Lopez called the plan ‘Bold’ Tuesday and left the room before the vote. The council met again in the evening.';
    expect(persons(text).map((p) => p.name)).toEqual(['Maria Lopez']);
    const song = 'Fans have speculated about two tracks. On “The Alchemy” Swift makes several references to football. Taylor Swift did not comment on the album.';
    expect(analyse(song, 'en').parties.filter((p) => /[“”]/.test(p.name))).toEqual([]);
  });
});
